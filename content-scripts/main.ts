// Entry of the content script (bundled as content.js, an IIFE, injected at document_idle).
// Top frame only: frames are separate documents with their own scan (not supported yet), and an
// ad iframe should not cost a scan. The start guard lives in the isolated world's globals, which
// the page cannot see or set.
//
// Start-up is staged over a few tasks. The bundle turns the dynamic import() below into a lazy
// initialiser, so the app's modules (Preact, the tooltip) are compiled and run only when imported:
// injecting the script then costs little more than parsing it. The engine is not in this bundle:
// it runs in the background (background/check.ts).
// The runtime comes from runtime.ts, not from webextension-polyfill: see there why.
import { nextTask } from './scheduler';
import { contentRuntime } from './runtime';

const STARTED = Symbol.for('sanad.content.started');
const g = globalThis as { [STARTED]?: boolean };

async function boot(): Promise<void> {
  await nextTask();
  const { startContent } = await import('./app');
  await nextTask();
  startContent({ runtime: contentRuntime() });
}

if (window === window.top && !g[STARTED]) {
  g[STARTED] = true;
  void boot();
}
