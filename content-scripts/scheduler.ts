// Time slicing for the scan. Why: a 5 MB page takes ~100 ms of scanning in all; run as one task it
// is a long task that freezes the page (PERFORMANCE.md G1). Work runs in slices of at most
// SLICE_MS and yields to the page between them (requestIdleCallback where available, else
// setTimeout 0), so no extension task reaches 16 ms.

/** Budget per slice. 8 ms leaves room for the page's own work in a 16 ms frame. */
export const SLICE_MS = 8;

export interface Slicer {
  /** True once the current slice has used its budget: the caller should stop and `await yieldNow()`. */
  shouldYield(): boolean;
  /** Ends the current slice; resolves when the next one starts. */
  yieldNow(): Promise<void>;
}

export interface SlicerOptions {
  sliceMs?: number;
  now?: () => number;
}

type IdleWindow = {
  requestIdleCallback?: (cb: (deadline: { timeRemaining(): number }) => void, opts?: { timeout: number }) => number;
};

/** Waits for the next chance to run: an idle period (capped at 50 ms of waiting) or a macrotask. */
function nextSlice(): Promise<void> {
  return new Promise((resolve) => {
    const ric = (globalThis as IdleWindow).requestIdleCallback;
    if (typeof ric === 'function') ric(() => resolve(), { timeout: 50 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Ends the current task and resumes in a new one, queued behind the page's own tasks: a
 * MessageChannel message (no 4 ms timer clamp, no wait for idle time). For start-up steps that
 * must not form one long task but should not wait for idle periods either (each
 * requestIdleCallback waits for a frame's idle time: a dozen of them delayed the first highlights
 * by ~250 ms). Not scheduler.yield(): its continuations jump ahead of the page's tasks, so the
 * steps ran back to back and delayed the page's timers by ~40 ms.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createSlicer(opts: SlicerOptions = {}): Slicer {
  const budget = opts.sliceMs ?? SLICE_MS;
  const now = opts.now ?? (() => performance.now());
  let sliceStart = now();
  return {
    shouldYield: () => now() - sliceStart >= budget,
    async yieldNow() {
      await nextSlice();
      sliceStart = now();
    },
  };
}

/**
 * A trailing-edge debounce with a cancel; used for the MutationObserver batches. `maxWaitMs` bounds
 * the delay: a page that never goes quiet (a ticker rewriting a number every 50 ms) still gets its
 * new text scanned at least that often.
 */
export function debounce(fn: () => void, ms: number, maxWaitMs = Infinity): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstCall: number | undefined;
  const fire = () => {
    timer = undefined;
    firstCall = undefined;
    fn();
  };
  const call = () => {
    const now = Date.now();
    firstCall ??= now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(ms, firstCall + maxWaitMs - now)));
  };
  call.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    firstCall = undefined;
  };
  return call;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
