import { contentRuntime, type ExtensionGlobals } from '../../../content-scripts/runtime';

type ChromeListener = (message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => boolean;

function fakeChrome() {
  const listeners: ChromeListener[] = [];
  const sent: unknown[] = [];
  const g: ExtensionGlobals = {
    chrome: {
      runtime: {
        id: 'ext-id',
        sendMessage: (m: unknown) => {
          sent.push(m);
          return Promise.resolve({ ok: true });
        },
        onMessage: {
          addListener: (l: ChromeListener) => void listeners.push(l),
          removeListener: (l: ChromeListener) => void listeners.splice(listeners.indexOf(l), 1),
        },
      },
    },
  };
  return { g, listeners, sent };
}

describe('contentRuntime', () => {
  it('uses Firefox\'s native browser.runtime as it is', () => {
    const native = { id: 'ff', sendMessage: () => Promise.resolve(1), onMessage: { addListener: () => undefined } };
    expect(contentRuntime({ browser: { runtime: native } })).toBe(native);
  });

  it('in Chrome, answers a listener\'s promise through sendResponse and keeps the channel open', async () => {
    const c = fakeChrome();
    const rt = contentRuntime(c.g);
    expect(rt.id).toBe('ext-id');
    rt.onMessage.addListener((m) => Promise.resolve({ echo: m }));
    const listener = c.listeners[0] as ChromeListener;
    let answer: unknown;
    const done = new Promise<void>((resolve) => {
      expect(listener('hi', { id: 'ext-id' }, (r) => ((answer = r), resolve()))).toBe(true);
    });
    await done;
    expect(answer).toEqual({ echo: 'hi' });
  });

  it('closes the channel at once when the listener does not answer', () => {
    const c = fakeChrome();
    contentRuntime(c.g).onMessage.addListener(() => undefined);
    const send = jest.fn();
    expect((c.listeners[0] as ChromeListener)('x', {}, send)).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('turns a rejection or a throw into the polyfill\'s rejection marker', async () => {
    for (const listener of [() => Promise.reject(new Error('nope')), () => { throw new Error('nope'); }]) {
      const c = fakeChrome();
      contentRuntime(c.g).onMessage.addListener(listener);
      const answer = await new Promise((resolve) => (c.listeners[0] as ChromeListener)('x', {}, resolve));
      expect(answer).toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'nope' });
    }
  });

  it('removes the wrapped listener and passes messages to chrome.runtime.sendMessage', async () => {
    const c = fakeChrome();
    const rt = contentRuntime(c.g);
    const listener = () => Promise.resolve(1);
    rt.onMessage.addListener(listener);
    rt.onMessage.addListener(listener);
    expect(c.listeners).toHaveLength(1);
    rt.onMessage.removeListener?.(listener);
    expect(c.listeners).toHaveLength(0);
    await expect(rt.sendMessage({ type: 't' })).resolves.toEqual({ ok: true });
    expect(c.sent).toEqual([{ type: 't' }]);
  });

  it('fails clearly outside an extension', () => {
    expect(() => contentRuntime({})).toThrow(/no extension runtime/);
  });
});
