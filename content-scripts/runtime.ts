// The content script's runtime without webextension-polyfill. Every page compiles the content
// script at start-up, and the polyfill was a tenth of it (32 KB, mostly API metadata) for two
// calls: sendMessage and onMessage. Firefox's `browser.runtime` is used as it is (the polyfill
// does the same). Chrome's `chrome.runtime.sendMessage` returns a promise in MV3; its onMessage
// listeners cannot answer with a promise, so each listener is wrapped the way the polyfill wraps
// it, including the polyfill's rejection marker, which the sender's polyfill turns back into an error.
import type { RuntimeLike } from './messaging';

type Listener = (message: unknown, sender: { id?: string }) => unknown;
type ChromeListener = (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => boolean;

interface ChromeRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(l: ChromeListener): void; removeListener(l: ChromeListener): void };
}

export interface ExtensionGlobals {
  browser?: { runtime?: RuntimeLike & { id?: string } };
  chrome?: { runtime?: ChromeRuntime };
}

function isThenable(x: unknown): x is PromiseLike<unknown> {
  return !!x && (typeof x === 'object' || typeof x === 'function') && typeof (x as { then?: unknown }).then === 'function';
}

/** Wraps a promise-returning listener for Chrome: answer through sendResponse, keep the channel open. */
function chromeListener(listener: Listener): ChromeListener {
  return (message, sender, sendResponse) => {
    let result: unknown;
    try {
      result = listener(message, sender);
    } catch (e) {
      result = Promise.reject(e);
    }
    if (!isThenable(result)) return false;
    result.then(sendResponse, (e: unknown) => {
      const text = e instanceof Error ? e.message : 'An unexpected error occurred';
      sendResponse({ __mozWebExtensionPolyfillReject__: true, message: text });
    });
    return true;
  };
}

export function contentRuntime(g: ExtensionGlobals = globalThis as ExtensionGlobals): RuntimeLike {
  const native = g.browser?.runtime;
  if (native?.id) return native;
  const rt = g.chrome?.runtime;
  if (!rt) throw new Error('sanad: no extension runtime');
  const wrapped = new Map<Listener, ChromeListener>();
  return {
    get id() {
      return rt.id;
    },
    sendMessage: (message) => rt.sendMessage(message),
    onMessage: {
      addListener(listener) {
        if (wrapped.has(listener)) return;
        const w = chromeListener(listener);
        wrapped.set(listener, w);
        rt.onMessage.addListener(w);
      },
      removeListener(listener) {
        const w = wrapped.get(listener);
        if (!w) return;
        wrapped.delete(listener);
        rt.onMessage.removeListener(w);
      },
    },
  };
}
