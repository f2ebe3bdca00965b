// One scan pass over some roots: snapshot → filter late → engine → locate. Runs in time slices
// (scheduler.ts) and stops as soon as its generation is superseded. The slicer is asked between
// any two engine calls (not only every 128 nodes of the walk), and a very long block is handed to
// the engine in sentence-aligned pieces, so one slice overruns its budget by one engine call at
// most. Returns the located claims; judging and painting are the caller's (app.ts, batches.ts).
import { extractClaims, pageIsTopical, parseIsoDate, type Claim, type CompiledLexicon, type ExtractOptions } from '../core/extraction';
import type { WireClaim } from '../extension/protocol';
import { isCandidate } from './candidate';
import { locate } from './locate';
import { uiLang } from './meta';
import type { Slicer } from './scheduler';
import { BlockWalker, isVisible as defaultIsVisible, type Block, type WalkState } from './snapshot';
import { toWireClaim } from './wire';

/**
 * Most claims one pass keeps. Not a message limit: app.ts sends them in judge messages of at most
 * JUDGE_BATCH claims each (the background accepts 2000 per message). This only bounds memory on
 * pathological pages (a Located holds a Range and the claim's sentence: ~0.5 KB).
 */
export const MAX_CLAIMS = 20_000;
/** Tail of the previous block handed to the engine as context: its topic carries to the next sentence. */
const CONTEXT_CHARS = 300;
/**
 * Longest text handed to the engine in one call. A longer block (a live blog in one <div>, text
 * joined by <br>s) is cut at sentence ends into pieces of at most this size, each with the
 * CONTEXT_CHARS before it as context, and the scan may yield between pieces: one engine call
 * stays within a few ms (the engine costs ~0.05–0.3 µs per character, cold to warm).
 */
export const CHUNK_CHARS = 4000;
/** Blocks the walker may queue ahead of the engine (bounds the node arrays held at once). */
const QUEUE_MAX = 32;

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

export interface Located {
  wire: WireClaim;
  range: Range;
  lang: 'ar' | 'en';
}

export interface ScanInput {
  roots: readonly Element[];
  lexicon: CompiledLexicon;
  published?: string;
  /** The page's title (document.title): one about the coalition makes the whole page topical. */
  title?: string;
  pageLang?: string;
  slicer: Slicer;
  /** False once a newer pass started: this one stops and its result is dropped. */
  isCurrent: () => boolean;
  maxClaims?: number;
  /** Longest text per engine call (default CHUNK_CHARS). */
  chunkChars?: number;
  isVisible?: (el: Element) => boolean;
  doc?: Document;
}

export type ScanStatus = 'done' | 'stale' | 'superseded';

export interface ScanOutput {
  status: ScanStatus;
  found: Located[];
}

/** A block being handed to the engine piece by piece (see CHUNK_CHARS). */
interface InProgress {
  block: Block;
  cuts: number[];
  /** Index of the next piece: [cuts[next], cuts[next + 1]). */
  next: number;
  /** Context for the first piece (the previous block's tail). */
  context: string;
}

export async function scanRoots(input: ScanInput): Promise<ScanOutput> {
  const doc = input.doc ?? document;
  const max = input.maxClaims ?? MAX_CLAIMS;
  const chunkChars = input.chunkChars ?? CHUNK_CHARS;
  const visible = input.isVisible ?? defaultIsVisible;
  const slicer = input.slicer;
  const published = parseIsoDate(input.published);
  const opts: ExtractOptions = published ? { published } : {};
  if (input.title && pageIsTopical(input.title, input.lexicon)) opts.topicalPage = true;
  const found: Located[] = [];
  const seen = new Map<Element, boolean>(); // visibility, once per element per pass
  const isShown = (el: Element): boolean => {
    let v = seen.get(el);
    if (v === undefined) {
      v = visible(el);
      seen.set(el, v);
    }
    return v;
  };

  /** Runs the engine over block.text[from, to) with `context` before it; adds the located claims. */
  const extractPiece = (block: Block, from: number, to: number, context: string): void => {
    const prefix = context ? context + '\n' : '';
    const piece = from === 0 && to === block.text.length ? block.text : block.text.slice(from, to);
    let claims: Claim[];
    try {
      claims = extractClaims(prefix + piece, input.lexicon, opts);
    } catch {
      return; // one odd block must not end the pass
    }
    const shift = prefix.length;
    for (const c of claims) {
      if (found.length >= max) break;
      if (c.start < shift) continue; // belongs to the context, not to this block
      const claim: Claim = {
        ...c,
        start: c.start - shift + from,
        end: c.end - shift + from,
        sentenceStart: Math.max(0, c.sentenceStart - shift) + from,
        sentenceEnd: Math.max(0, c.sentenceEnd - shift) + from,
      };
      const range = locate(block, claim.start, claim.end, doc);
      if (!range) continue;
      // An inline child can be hidden inside a visible block: check the figure's own element.
      const owner = range.startContainer.parentElement;
      if (owner && owner !== block.el && !isShown(owner)) continue;
      const wire = toWireClaim(claim);
      if (!wire) continue;
      found.push({ wire, range, lang: uiLang(input.pageLang, claim.sentence || block.text) });
    }
  };

  // Blocks come from the walker in document order into a short queue; each step below is one
  // engine call at most, so the slicer is asked between any two of them.
  let prevTail = '';
  let queue: Block[] = [];
  let head = 0;
  let current: InProgress | null = null;

  /** One unit of work: the next piece of the current block, or the next queued block. */
  const step = (): void => {
    if (current) {
      const { block, cuts } = current;
      const k = current.next++;
      const from = cuts[k] as number;
      const context = k === 0 ? current.context : block.text.slice(Math.max(0, from - CONTEXT_CHARS), from);
      extractPiece(block, from, cuts[k + 1] as number, context);
      if (current.next >= cuts.length - 1) current = null;
      return;
    }
    const block = queue[head] as Block;
    queue[head++] = undefined as unknown as Block; // let the node arrays go
    if (head === queue.length) {
      queue = [];
      head = 0;
    }
    if (found.length >= max) return;
    if (!isCandidate(block.text)) {
      prevTail = block.text.slice(-CONTEXT_CHARS);
      return;
    }
    if (!isShown(block.el)) {
      prevTail = '';
      return;
    }
    const context = prevTail;
    prevTail = block.text.slice(-CONTEXT_CHARS);
    if (block.text.length <= chunkChars) {
      extractPiece(block, 0, block.text.length, context);
      return;
    }
    current = { block, cuts: chunkCuts(block.text, chunkChars), next: 0, context };
    step();
  };

  const push = (b: Block): void => {
    queue.push(b);
  };
  const walkerShouldYield = (): boolean => slicer.shouldYield() || queue.length - head >= QUEUE_MAX || found.length >= max;

  if (!input.isCurrent()) return { status: 'superseded', found: [] };
  for (const root of input.roots) {
    if (!root.isConnected) continue;
    const walker = new BlockWalker(root);
    prevTail = '';
    let walked: WalkState = 'paused';
    for (;;) {
      if (slicer.shouldYield()) {
        await slicer.yieldNow();
        if (!input.isCurrent()) return { status: 'superseded', found: [] };
      }
      if (found.length >= max) break;
      if (current || head < queue.length) {
        step();
        continue;
      }
      if (walked === 'done') break;
      walked = walker.run(push, walkerShouldYield);
      if (walked === 'stale') return { status: 'stale', found: [] };
    }
    queue = [];
    head = 0;
    current = null;
    if (found.length >= max) break;
  }
  if (!input.isCurrent()) return { status: 'superseded', found: [] };
  return { status: 'done', found };
}
