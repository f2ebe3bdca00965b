// Entry of the content script (bundled as content.js, an IIFE, injected at document_idle).
// Top frame only: frames are separate documents with their own scan (not supported yet), and an
// ad iframe should not cost a scan. The start guard lives in the isolated world's globals, which
// the page cannot see or set.
//
// Start-up is staged over several tasks. The bundle turns each dynamic import() below into a lazy
// initialiser, so the modules' own code (engine tables, Preact) is compiled and run
// only when imported: injecting the script then costs little more than parsing it, and the engine
// and the app each initialise in a task of their own instead of one long task at injection.
// The runtime comes from runtime.ts, not from webextension-polyfill: see there why.
import { nextTask } from './scheduler';
import { contentRuntime } from './runtime';

const STARTED = Symbol.for('sanad.content.started');
const g = globalThis as { [STARTED]?: boolean };

/** The engine, a few modules at a time: their tables are built when first imported. */
const ENGINE_PARTS: Array<() => Promise<unknown>> = [
  () => import('../core/numbers/index'),
  () => import('../core/dates/index'),
  () => import('../core/lexicon/compile'),
  () => import('./scan'),
];

async function boot(): Promise<void> {
  // One task per part (the whole engine at once was one task of 13–15 ms).
  for (const load of ENGINE_PARTS) {
    await nextTask();
    await load();
  }
  await nextTask();
  const { startContent } = await import('./app'); // Preact, the tooltip, the rest of the app
  await nextTask();
  startContent({ runtime: contentRuntime() });
}

if (window === window.top && !g[STARTED]) {
  g[STARTED] = true;
  void boot();
}
