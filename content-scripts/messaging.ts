// The content script's requests to the background ('sanad/hello', 'sanad/check', …), with retry.
// Why retry: Chrome stops an idle service worker; the first message after that can fail with
// "Could not establish connection. Receiving end does not exist." or hang while it restarts.
// The page must still be annotated, so each request gets a timeout and up to 3 retries with backoff.
import type { ContentToBackground } from '../extension/protocol';
import { sleep } from './scheduler';

/** The slice of runtime the content script uses (tests hand in a fake). */
export interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: { id?: string }) => unknown): void;
    removeListener?(listener: (message: unknown, sender: { id?: string }) => unknown): void;
  };
}

export interface RetryOptions {
  /** Waits before the retries; its length is the number of retries. */
  backoffMs?: readonly number[];
  timeoutMs?: number;
}

export const DEFAULT_BACKOFF = [250, 1000, 3000] as const;
export const DEFAULT_TIMEOUT_MS = 10_000;

/** The extension was reloaded or removed: nothing will ever answer again. */
export class ContextGone extends Error {
  override name = 'ContextGone';
}

/** The background refused the request as such: retrying the same message cannot help. */
export class Refused extends Error {
  override name = 'Refused';
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('sanad: request timed out')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

export async function request<N extends keyof ContentToBackground>(
  runtime: RuntimeLike,
  type: N,
  args: ContentToBackground[N]['args'],
  opts: RetryOptions = {},
): Promise<ContentToBackground[N]['result']> {
  const backoff = opts.backoffMs ?? DEFAULT_BACKOFF;
  const timeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let lastError: Error = new Error('sanad: no attempt');
  for (let attempt = 0; attempt <= backoff.length; attempt++) {
    if (attempt > 0) await sleep(backoff[attempt - 1] as number);
    try {
      const reply = await withTimeout(Promise.resolve().then(() => runtime.sendMessage({ type, args })), timeout);
      if (reply === undefined || reply === null || typeof reply !== 'object') throw new Error('sanad: empty reply');
      // The router answers refusals and failures with {ok:false, error} (background/router.ts).
      const refusal = (reply as { ok?: unknown; error?: unknown }).ok === false ? String((reply as { error?: unknown }).error) : null;
      if (refusal === 'forbidden' || refusal === 'invalid') throw new Refused(refusal);
      if (refusal !== null) throw new Error(`sanad: background error ${refusal}`);
      return reply as ContentToBackground[N]['result'];
    } catch (e) {
      lastError = e instanceof Error ? e : new Error(String(e));
      if (e instanceof Refused) throw e;
      if (/context invalidated/i.test(lastError.message)) throw new ContextGone(lastError.message);
    }
  }
  throw lastError;
}
