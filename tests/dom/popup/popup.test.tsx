// The popup against a fake browser: list, click → scrollToFlag, toggle → setSiteEnabled + rescan,
// friendly states, Arabic direction, and page text rendered literally.
// The package's "browser" export is an .mjs file that this jest config does not transform, so the
// tests load its CommonJS build (same API; types from the package).
import type * as TL from '@testing-library/preact';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fireEvent, render, screen, waitFor } = require('../../../node_modules/@testing-library/preact/dist/cjs/index.js') as typeof TL;
import { createI18n } from '../../../extension/i18n';
import type { FlagSummary } from '../../../extension/protocol';
import { createPopupApi } from '../../../extension/popup/api';
import { PopupContainer } from '../../../extension/popup/PopupContainer';
import { FakeBrowser } from '../../unit/background/fake-browser';

const FLAGS: FlagSummary[] = [
  { index: 0, text: '4000', verdict: 'mismatch', expected: 'about 2,500', sentence: 'The US deploys 4000 troops in Iraq.' },
  { index: 1, text: '<img src=x onerror=alert(1)>', verdict: 'mismatch', expected: '<b>2</b>', sentence: '<script>alert(1)</script> said' },
  { index: 2, text: '2,500', verdict: 'match', expected: null, sentence: 'About 2,500 troops.' },
];

function setup({ url = 'https://news.example.com/a', flags = FLAGS as FlagSummary[] | null, enabled = true, lang = 'en-US' } = {}) {
  const browser = new FakeBrowser();
  browser.uiLanguage = lang;
  browser.tabs_ = [{ id: 7, url, active: true }];
  const contentCalls: unknown[] = [];
  if (flags) {
    browser.contentHandlers.set(7, (message) => {
      contentCalls.push(message);
      const type = (message as { type: string }).type;
      if (type === 'sanad/listFlags') return { flags };
      return { ok: true };
    });
  }
  let siteEnabled = enabled;
  browser.runtime.sendMessage.mockImplementation(async (message: unknown) => {
    const m = message as { type: string; args: { enabled?: boolean } };
    if (m.type === 'sanad/getSiteState') return { enabled: siteEnabled };
    if (m.type === 'sanad/setSiteEnabled') {
      siteEnabled = m.args.enabled === true;
      return { ok: true };
    }
    return undefined;
  });
  const win = { close: jest.fn() };
  const api = createPopupApi(browser.asBrowser(), win, { warn: () => {} });
  const onReady = jest.fn();
  const view = render(<PopupContainer api={api} i18n={createI18n(browser.i18n)} onReady={onReady} />);
  return { browser, win, onReady, contentCalls, view };
}

async function ready(onReady: jest.Mock): Promise<void> {
  await waitFor(() => expect(onReady).toHaveBeenCalled());
}

it('lists the flagged figures with the count of mismatches', async () => {
  const { onReady } = setup();
  await ready(onReady);
  expect(await screen.findByText('4000')).toBeTruthy();
  expect(screen.getByText('Flagged figures: 2')).toBeTruthy();
  expect(screen.getByText('Corpus: about 2,500')).toBeTruthy();
  expect(screen.getAllByRole('button', { name: /Show in the page/ })).toHaveLength(3);
});

it('renders HTML in a figure, an expected value or a sentence literally', async () => {
  const { onReady, view } = setup();
  await ready(onReady);
  expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  expect(screen.getByText('Corpus: <b>2</b>')).toBeTruthy();
  expect(screen.getByText('<script>alert(1)</script> said')).toBeTruthy();
  expect(view.container.querySelector('img, script, b')).toBeNull();
});

it('a click sends scrollToFlag to the tab and closes the popup', async () => {
  const { onReady, browser, win } = setup();
  await ready(onReady);
  fireEvent.click(screen.getByRole('button', { name: 'Show in the page: 4000' }));
  await waitFor(() => expect(win.close).toHaveBeenCalled());
  expect(browser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'sanad/scrollToFlag', args: { index: 0 } });
});

it('the site switch sends setSiteEnabled to the background, then rescan to the tab', async () => {
  const { onReady, browser, contentCalls } = setup();
  await ready(onReady);
  const toggle = screen.getByRole('switch', { name: 'Sanad on this site' }) as HTMLInputElement;
  expect(toggle.checked).toBe(true);
  fireEvent.click(toggle);
  await waitFor(() => expect(contentCalls).toContainEqual({ type: 'sanad/rescan', args: {} }));
  expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'sanad/setSiteEnabled', args: { host: 'news.example.com', enabled: false } });
  expect(await screen.findByText('Sanad is off on this site.')).toBeTruthy();
  expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(false);
});

it('opens the options page', async () => {
  const { onReady, browser, win } = setup();
  await ready(onReady);
  fireEvent.click(screen.getByRole('button', { name: 'Corpus and settings' }));
  await waitFor(() => expect(win.close).toHaveBeenCalled());
  expect(browser.runtime.openOptionsPage).toHaveBeenCalled();
});

it('says so on a browser page', async () => {
  const { onReady, browser } = setup({ url: 'chrome://extensions/' });
  await ready(onReady);
  expect(screen.getByText(/doesn't run on this kind of page/)).toBeTruthy();
  expect(browser.tabs.sendMessage).not.toHaveBeenCalled();
});

it('says so when the content script does not answer', async () => {
  const { onReady } = setup({ flags: null });
  await ready(onReady);
  expect(screen.getByText(/isn't running on this page yet/)).toBeTruthy();
});

it('shows the empty state', async () => {
  const { onReady } = setup({ flags: [] });
  await ready(onReady);
  expect(screen.getByText(/No figure on this page contradicts/)).toBeTruthy();
});

it('ignores a malformed flag list from the page', async () => {
  const browserFlags = [{ index: 0, text: 1, verdict: 'mismatch', expected: null, sentence: '' }] as unknown as FlagSummary[];
  const { onReady } = setup({ flags: browserFlags });
  await ready(onReady);
  expect(screen.getByText(/isn't running on this page yet/)).toBeTruthy();
});

it('is right-to-left in Arabic', async () => {
  const { onReady, view } = setup({ lang: 'ar' });
  await ready(onReady);
  const main = view.container.querySelector('main')!;
  expect(main.getAttribute('dir')).toBe('rtl');
  expect(main.getAttribute('lang')).toBe('ar');
  expect(screen.getByText('سند على هذا الموقع')).toBeTruthy();
});

describe('the popup language', () => {
  function apiWith(reply: (message: { type: string }) => Promise<unknown>) {
    const browser = new FakeBrowser();
    browser.runtime.sendMessage.mockImplementation(async (message: unknown) => reply(message as { type: string }));
    return createPopupApi(browser.asBrowser(), { close: jest.fn() }, { warn: () => {} });
  }

  it('follows the language chosen in the options page', async () => {
    expect(await apiWith(async () => ({ uiLanguage: 'ar' })).uiLanguage()).toBe('ar');
    expect(await apiWith(async () => ({ uiLanguage: 'en' })).uiLanguage()).toBe('en');
  });

  it("is the browser's when the choice is auto, the reply is malformed, or the background does not answer in time", async () => {
    expect(await apiWith(async () => ({ uiLanguage: 'auto' })).uiLanguage()).toBeNull();
    expect(await apiWith(async () => ({ uiLanguage: 'fr' })).uiLanguage()).toBeNull();
    expect(await apiWith(async () => undefined).uiLanguage()).toBeNull();
    expect(await apiWith(() => new Promise(() => {})).uiLanguage()).toBeNull();
  });

  it('an Arabic choice gives an Arabic, right-to-left popup even in an English browser', async () => {
    const browser = new FakeBrowser();
    browser.uiLanguage = 'en-US';
    const i18n = createI18n(browser.i18n, 'ar');
    expect(i18n.dir).toBe('rtl');
    expect(i18n.t('popupTitle')).not.toBe(createI18n(browser.i18n).t('popupTitle'));
  });
});
