// Entry of the content script (bundled as content.js, an IIFE, injected at document_idle).
// Top frame only: frames are separate documents with their own scan (not supported yet), and an
// ad iframe should not cost a scan. The start guard lives in the isolated world's globals, which
// the page cannot see or set.
import { browser } from '../extension/browser';
import { startContent } from './app';
import type { RuntimeLike } from './messaging';

const STARTED = Symbol.for('sanad.content.started');
const g = globalThis as { [STARTED]?: boolean };

if (window === window.top && !g[STARTED]) {
  g[STARTED] = true;
  startContent({ runtime: browser.runtime as unknown as RuntimeLike });
}
