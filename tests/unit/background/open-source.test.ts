// The tooltip's "open the source in Sanad": a content script may ask the background to open the
// options page on a corpus document, and nothing else.
import { contentSender } from './fake-browser';
import { boot, freshFactory } from './helpers';

describe('sanad/openSource', () => {
  test('opens the options page on a known document and fact', async () => {
    const { browser } = boot(freshFactory());
    const reply = await browser.dispatch({ type: 'sanad/openSource', args: { docId: 'seed-003', factId: 'seed-003-attacks' } }, contentSender(1));
    expect(reply).toEqual({ ok: true });
    expect(browser.tabs.create).toHaveBeenCalledTimes(1);
    const url = (browser.tabs.create.mock.calls[0]?.[0] as { url: string }).url;
    expect(url).toMatch(/options\.html#doc=seed-003&fact=seed-003-attacks$/);
  });

  test('an unknown document opens nothing', async () => {
    const { browser } = boot(freshFactory());
    expect(await browser.dispatch({ type: 'sanad/openSource', args: { docId: 'nope' } }, contentSender(1))).toEqual({ ok: false });
    expect(browser.tabs.create).not.toHaveBeenCalled();
  });

  test('malformed arguments are refused', async () => {
    const { browser } = boot(freshFactory());
    for (const args of [{}, { docId: '' }, { docId: 5 }, { docId: 'seed-003', factId: ['x'] }, { docId: 'seed-003', url: 'javascript:alert(1)' }]) {
      expect(await browser.dispatch({ type: 'sanad/openSource', args }, contentSender(1))).toEqual({ ok: false, error: 'invalid' });
    }
    expect(browser.tabs.create).not.toHaveBeenCalled();
  });
});
