// One scan pass over some roots: snapshot → filter late → engine → locate. Runs in time slices
// (scheduler.ts) and stops as soon as its generation is superseded. Returns the located claims;
// judging and painting are the caller's (one batched message per pass, app.ts).
import { extractClaims, parseIsoDate, type Claim, type CompiledLexicon } from '../core/index';
import type { WireClaim } from '../extension/protocol';
import { isCandidate } from './candidate';
import { locate } from './locate';
import { uiLang } from './meta';
import type { Slicer } from './scheduler';
import { BlockWalker, isVisible as defaultIsVisible, type Block } from './snapshot';
import { toWireClaim } from './wire';

/** Most claims one page sends (the background accepts 2000 per message). */
export const MAX_CLAIMS = 2000;
/** Tail of the previous block handed to the engine as context: its topic carries to the next sentence. */
const CONTEXT_CHARS = 300;

export interface Located {
  wire: WireClaim;
  range: Range;
  lang: 'ar' | 'en';
}

export interface ScanInput {
  roots: readonly Element[];
  lexicon: CompiledLexicon;
  published?: string;
  pageLang?: string;
  slicer: Slicer;
  /** False once a newer pass started: this one stops and its result is dropped. */
  isCurrent: () => boolean;
  maxClaims?: number;
  isVisible?: (el: Element) => boolean;
  doc?: Document;
}

export type ScanStatus = 'done' | 'stale' | 'superseded';

export interface ScanOutput {
  status: ScanStatus;
  found: Located[];
}

export async function scanRoots(input: ScanInput): Promise<ScanOutput> {
  const doc = input.doc ?? document;
  const max = input.maxClaims ?? MAX_CLAIMS;
  const visible = input.isVisible ?? defaultIsVisible;
  const published = parseIsoDate(input.published);
  const opts = published ? { published } : {};
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

  let prevTail = '';
  const onBlock = (block: Block): void => {
    if (found.length >= max) return;
    if (!isCandidate(block.text)) {
      prevTail = block.text.slice(-CONTEXT_CHARS);
      return;
    }
    if (!isShown(block.el)) {
      prevTail = '';
      return;
    }
    const prefix = prevTail ? prevTail + '\n' : '';
    prevTail = block.text.slice(-CONTEXT_CHARS);
    let claims: Claim[];
    try {
      claims = extractClaims(prefix + block.text, input.lexicon, opts);
    } catch {
      return; // one odd block must not end the pass
    }
    const shift = prefix.length;
    for (const c of claims) {
      if (found.length >= max) break;
      if (c.start < shift) continue; // belongs to the context, not to this block
      const claim: Claim = {
        ...c,
        start: c.start - shift,
        end: c.end - shift,
        sentenceStart: Math.max(0, c.sentenceStart - shift),
        sentenceEnd: Math.max(0, c.sentenceEnd - shift),
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

  for (const root of input.roots) {
    if (!root.isConnected) continue;
    const walker = new BlockWalker(root);
    prevTail = '';
    for (;;) {
      if (!input.isCurrent()) return { status: 'superseded', found: [] };
      const state = walker.run(onBlock, () => input.slicer.shouldYield() || found.length >= max);
      if (state === 'stale') return { status: 'stale', found: [] };
      if (state === 'done' || found.length >= max) break;
      await input.slicer.yieldNow();
    }
    if (found.length >= max) break;
  }
  if (!input.isCurrent()) return { status: 'superseded', found: [] };
  return { status: 'done', found };
}
