// One scan pass over some roots: snapshot → filter late → pieces of candidate text. Runs in time
// slices (scheduler.ts) and stops as soon as its generation is superseded. The engine is not run
// here: the pieces go to the background (sanad/check), which parses and judges them off the page's
// main thread, and its figures come back as offsets that locateFigure() turns into ranges.
import { isCandidate } from './candidate';
import { locate } from './locate';
import type { Slicer } from './scheduler';
import { BlockWalker, isVisible as defaultIsVisible, type Block, type WalkState } from './snapshot';

/**
 * Most candidate text one pass keeps, in characters (text and context). Bounds memory and the
 * background's work on pathological pages; a 5 MB news page has about half of this.
 */
export const MAX_PASS_CHARS = 6_000_000;
/** Tail of the previous block sent as a piece's context: its topic carries to the next sentence. */
export const CONTEXT_CHARS = 300;
/**
 * Longest piece of text. A longer block (a live blog in one <div>, text joined by <br>s) is cut at
 * sentence ends into pieces of at most this size, each with the CONTEXT_CHARS before it as context:
 * the background parses one piece at a time, and a check message is split between pieces.
 */
export const CHUNK_CHARS = 4000;

/** Sentence terminators the engine splits at (core/text/sentences.ts), newlines first. */
const TERMINATORS = '.!?\u061f\u061b\u06d4';

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0;
}

/**
 * Where to cut `text` so no piece is longer than `max`: offsets [0, c1, …, text.length]. Each cut
 * falls after a newline if the last half of the window has one, else after a sentence terminator
 * followed by a space, else after a space, else at `max` (one unbroken word).
 */
export function chunkCuts(text: string, max = CHUNK_CHARS): number[] {
  const cuts = [0];
  let from = 0;
  while (text.length - from > max) {
    const hi = from + max;
    const lo = from + (max >> 1);
    let cut = -1;
    for (let i = hi - 1; i >= lo && cut < 0; i--) if (text.charCodeAt(i) === 0x0a) cut = i + 1;
    for (let i = hi - 1; i >= lo && cut < 0; i--) {
      if (isSpaceCode(text.charCodeAt(i)) && TERMINATORS.includes(text.charAt(i - 1))) cut = i + 1;
    }
    for (let i = hi - 1; i >= lo && cut < 0; i--) if (isSpaceCode(text.charCodeAt(i))) cut = i + 1;
    if (cut < 0) cut = hi;
    cuts.push(cut);
    from = cut;
  }
  cuts.push(text.length);
  return cuts;
}

/** Text sent to the engine: block.text[from, from + text.length), with the text before it as context. */
export interface Piece {
  block: Block;
  from: number;
  text: string;
  context: string;
}

/** Layout visibility, asked once per element per pass. */
export type Visibility = (el: Element) => boolean;

export function cachedVisibility(visible: (el: Element) => boolean = defaultIsVisible): Visibility {
  const seen = new Map<Element, boolean>();
  return (el) => {
    let v = seen.get(el);
    if (v === undefined) {
      v = visible(el);
      seen.set(el, v);
    }
    return v;
  };
}

/**
 * The range of a figure the background found at [start, end) of `piece.text`, or null when the
 * text changed since the snapshot (locate.ts) or the figure sits in a hidden inline element of a
 * visible block.
 */
export function locateFigure(piece: Piece, start: number, end: number, isShown: Visibility, doc: Document = document): Range | null {
  if (!(start >= 0 && end > start && end <= piece.text.length)) return null;
  const range = locate(piece.block, piece.from + start, piece.from + end, doc);
  if (!range) return null;
  const owner = range.startContainer.parentElement;
  if (owner && owner !== piece.block.el && !isShown(owner)) return null;
  return range;
}

export interface ScanInput {
  roots: readonly Element[];
  slicer: Slicer;
  /** False once a newer pass started: this one stops and its result is dropped. */
  isCurrent: () => boolean;
  isShown: Visibility;
  maxChars?: number;
  /** Longest piece (default CHUNK_CHARS). */
  chunkChars?: number;
}

export type ScanStatus = 'done' | 'stale' | 'superseded';

export interface ScanOutput {
  status: ScanStatus;
  pieces: Piece[];
}

export async function scanRoots(input: ScanInput): Promise<ScanOutput> {
  const maxChars = input.maxChars ?? MAX_PASS_CHARS;
  const chunkChars = input.chunkChars ?? CHUNK_CHARS;
  const { slicer, isShown } = input;
  const pieces: Piece[] = [];
  let chars = 0;
  let prevTail = '';

  /** Cuts a visible candidate block into pieces; the walk calls it for every block, in order. */
  const onBlock = (block: Block): void => {
    if (chars >= maxChars) return;
    const text = block.text;
    if (!isCandidate(text)) {
      prevTail = text.slice(-CONTEXT_CHARS);
      return;
    }
    if (!isShown(block.el)) {
      prevTail = '';
      return;
    }
    const cuts = text.length <= chunkChars ? [0, text.length] : chunkCuts(text, chunkChars);
    for (let k = 0; k + 1 < cuts.length; k++) {
      const from = cuts[k] as number;
      const to = cuts[k + 1] as number;
      const context = k === 0 ? prevTail : text.slice(Math.max(0, from - CONTEXT_CHARS), from);
      const piece = from === 0 && to === text.length ? text : text.slice(from, to);
      pieces.push({ block, from, text: piece, context });
      chars += piece.length + context.length;
    }
    prevTail = text.slice(-CONTEXT_CHARS);
  };
  const shouldYield = (): boolean => slicer.shouldYield() || chars >= maxChars;

  if (!input.isCurrent()) return { status: 'superseded', pieces: [] };
  for (const root of input.roots) {
    if (!root.isConnected) continue;
    const walker = new BlockWalker(root);
    prevTail = '';
    for (;;) {
      const walked: WalkState = walker.run(onBlock, shouldYield);
      if (walked === 'stale') return { status: 'stale', pieces: [] };
      if (walked === 'done' || chars >= maxChars) break;
      await slicer.yieldNow();
      if (!input.isCurrent()) return { status: 'superseded', pieces: [] };
    }
    if (chars >= maxChars) break;
  }
  if (!input.isCurrent()) return { status: 'superseded', pieces: [] };
  return { status: 'done', pieces };
}
