// The engine's half of a page scan, in the background: the content script sends the page's
// candidate text (pieces of its blocks, each with the text before it as context) and gets back the
// figures that match or contradict the corpus, with their offsets in each piece. Why here and not
// in the page: parsing claims costs ~60× a regex pass over the same text (bench:core); in the
// background it runs off the page's main thread, so the page pays only for its walk and the paint.
import { extractClaims, isTopicalPage, judgeClaims, pageCountry, parseIsoDate, type Claim, type CompiledLexicon, type ExtractOptions } from '../core/index';
import type { CheckedFigure, ContentToBackground, SourceSummary } from '../extension/protocol';
import { LIMITS } from '../extension/protocol-validate';
import type { CheckerState } from './checker-service';
import { sourceSummary } from './source';

type CheckArgs = ContentToBackground['sanad/check']['args'];

/** The claim's sentence, or a window of LIMITS.sentence characters around its figure. */
export function sentenceWindow(c: Claim): string {
  const sentence = c.sentence;
  if (sentence.length <= LIMITS.sentence) return sentence;
  const figAt = Math.max(0, c.start - c.sentenceStart);
  const from = Math.max(0, Math.min(figAt - (LIMITS.sentence >> 1), sentence.length - LIMITS.sentence));
  return sentence.slice(from, from + LIMITS.sentence);
}

/**
 * The engine's options for a check message: the page's date, whether the page is topical (its
 * title, or enough topical sentences among the message's pieces and the text before them), and
 * the country those name most.
 */
export function extractOptions(args: Pick<CheckArgs, 'published' | 'title'> & Partial<Pick<CheckArgs, 'texts' | 'contexts'>>, lexicon: CompiledLexicon): ExtractOptions {
  const published = parseIsoDate(args.published);
  const opts: ExtractOptions = published ? { published } : {};
  const texts = [...(args.contexts ?? []), ...(args.texts ?? [])];
  if (isTopicalPage(args.title, texts, lexicon)) opts.topicalPage = true;
  const home = pageCountry(args.title, texts);
  if (home) opts.homeCountry = home;
  return opts;
}

/**
 * The claims in `text`, read with `context` before it (its topic carries over), with offsets in
 * `text`. Claims inside the context belong to the piece before this one and are left out.
 */
export function extractPiece(text: string, context: string, lexicon: CompiledLexicon, opts: ExtractOptions): Claim[] {
  const prefix = context ? context + '\n' : '';
  const shift = prefix.length;
  const out: Claim[] = [];
  for (const c of extractClaims(prefix + text, lexicon, opts)) {
    if (c.start < shift) continue;
    out.push({ ...c, start: c.start - shift, end: c.end - shift, sentenceStart: c.sentenceStart - shift, sentenceEnd: c.sentenceEnd - shift });
  }
  return out;
}

/** The figures of a check message, and the sources they cite (each once: many figures share one). */
export interface CheckResult {
  found: CheckedFigure[];
  sources: SourceSummary[];
}

/** Extracts and judges every piece of a check message. */
export function checkTexts(state: CheckerState, args: CheckArgs): CheckResult {
  const opts = extractOptions(args, state.lexicon);
  const found: CheckedFigure[] = [];
  const sources: SourceSummary[] = [];
  const sourceAt = new Map<string, number>();
  /** Index of the fact's source in `sources`, added on first use; -1 when it has none. */
  const sourceIndex = (factId: string | null): number => {
    if (!factId) return -1;
    let at = sourceAt.get(factId);
    if (at === undefined) {
      const summary = sourceSummary(state.index.get(factId));
      at = summary ? sources.push(summary) - 1 : -1;
      sourceAt.set(factId, at);
    }
    return at;
  };
  for (let i = 0; i < args.texts.length; i++) {
    let claims: Claim[];
    try {
      claims = extractPiece(args.texts[i] as string, args.contexts[i] ?? '', state.lexicon, opts);
    } catch {
      continue; // one odd piece must not cost the page its other flags
    }
    for (const { claim, verdict } of judgeClaims(claims, state.index, opts.published)) {
      if (verdict.verdict !== 'match' && verdict.verdict !== 'mismatch') continue;
      if (claim.text.length > LIMITS.claimText) continue;
      found.push({
        piece: i,
        start: claim.start,
        end: claim.end,
        text: claim.text,
        sentence: sentenceWindow(claim),
        verdict,
        source: sourceIndex(verdict.factId),
      });
    }
  }
  return { found, sources };
}
