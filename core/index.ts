// The engine's public surface: the CLI and the background use only this. The content script
// uses its page-side part, extraction.ts, which leaves the facts and the judge out of its bundle.
import type { Claim } from './claims/claim';
import { extractClaims, isTopicalPage, pageCountry, type ExtractOptions } from './claims/extract';
import { FactIndex } from './facts/fact-index';
import { judgeClaim, judgePacked, type JudgeContext } from './facts/judge';
import type { Corpus, Fact, Verdict } from './facts/model';
import { parseIsoDate } from './iso-date';
import { compileLexicon, compileLexiconSteps, type CompiledLexicon } from './lexicon/compile';
import type { Lang, SimpleDate } from './types';

export type { Claim } from './claims/claim';
export type { Corpus, CorpusDocument, Fact, FactSource, Verdict, VerdictKind } from './facts/model';
export { compileLexicon, compileLexiconSteps, extractClaims, isTopicalPage, pageCountry, judgeClaim, FactIndex };
export type { ExtractOptions };
export type { CompiledLexicon };
export { parseIsoDate };

export interface ScanOptions {
  /** Page language if known (html[lang]); otherwise guessed from the script. */
  lang?: Lang;
  /** Publication date of the page (ISO), used as the as-of date and to infer missing years. */
  published?: string;
  /** The page's title: a title about the coalition makes the whole page topical (ExtractOptions.topicalPage). */
  title?: string;
}

export interface ClaimReport {
  claim: Claim;
  verdict: Verdict;
}

export interface Checker {
  scan(text: string, opts?: ScanOptions): ClaimReport[];
}

/**
 * Judge one claim. A date that may describe several events is judged by the first event the corpus
 * confirms, else by its nearest event: the benefit of the doubt goes to the page. When the corpus
 * has no fact for the nearest event ("talks resumed in February"), a farther reading may confirm
 * the date but not contradict it.
 */
function judgeOne(claim: Claim, index: FactIndex, ctx: JudgeContext): ClaimReport | null {
  if (!claim.impliedMeasures && !claim.impliedOnly) return judgeReadings(claim, index, ctx);
  // Readings in passing (Claim.impliedMeasures) only ever confirm: a match with one, else the
  // claim's own verdict (none for a claim that has no other reading).
  const own = claim.impliedOnly ? null : judgeReadings(claim, index, ctx);
  if (own?.verdict.verdict === 'match') return own;
  const implied = claim.impliedOnly ? [claim.measure, ...(claim.impliedMeasures ?? [])] : (claim.impliedMeasures ?? []);
  for (const measure of implied) {
    const c: Claim = { ...claim, measure };
    delete c.altMeasures;
    const verdict = judgePacked(c, index.packedCandidates(measure, claim.place), ctx);
    if (verdict?.verdict === 'match') return { claim: c, verdict };
  }
  return own;
}

/** One claim with its own readings: its measure, its alternatives, its places. */
function judgeReadings(claim: Claim, index: FactIndex, ctx: JudgeContext): ClaimReport | null {
  if (claim.altPlaces) return judgeAnyPlace(claim, index, ctx);
  if (!claim.altMeasures) {
    const verdict = judgePacked(claim, index.packedCandidates(claim.measure, claim.place), ctx);
    return verdict ? { claim, verdict } : null;
  }
  // The report carries the measure that was judged (a copy of the claim only when it differs).
  const as = (measure: string): Claim => (measure === claim.measure ? claim : { ...claim, measure });
  const measures = [claim.measure, ...claim.altMeasures].filter((m) => index.packedCandidates(m, claim.place).length > 0);
  let first: ClaimReport | null = null;
  if (measures[0] !== claim.measure) {
    const nearest = judgePacked(claim, index.packedCandidates(claim.measure, claim.place), ctx);
    first = nearest ? { claim, verdict: nearest } : null;
  }
  for (const measure of measures) {
    const c = as(measure);
    const verdict = judgePacked(c, index.packedCandidates(measure, claim.place), ctx);
    if (!verdict) continue;
    if (verdict.verdict === 'match') return { claim: c, verdict };
    first ??= { claim: c, verdict };
  }
  return first;
}

/**
 * A figure that may be about one of several places: a match for any place confirms it, and it is a
 * mismatch only when it contradicts every place's fact (otherwise the first other verdict).
 */
function judgeAnyPlace(claim: Claim, index: FactIndex, ctx: JudgeContext): ClaimReport | null {
  const { altPlaces, ...single } = claim;
  const reports: ClaimReport[] = [];
  for (const place of [claim.place, ...(altPlaces ?? [])]) {
    const report = judgeReadings({ ...single, place }, index, ctx);
    if (report?.verdict.verdict === 'match') return report;
    if (report) reports.push(report);
  }
  if (reports.length === 0) return null;
  return reports.every((r) => r.verdict.verdict === 'mismatch') ? (reports[0] as ClaimReport) : (reports.find((r) => r.verdict.verdict !== 'mismatch') as ClaimReport);
}

/** Judge extracted claims; historical figures about other times are dropped. */
export function judgeClaims(claims: readonly Claim[], index: FactIndex, published?: SimpleDate): ClaimReport[] {
  const ctx: JudgeContext = published ? { published } : {};
  const out: ClaimReport[] = [];
  for (const claim of claims) {
    const report = judgeOne(claim, index, ctx);
    if (report) out.push(report);
  }
  return out;
}

/** Build a checker over a corpus: the lexicon includes every term the corpus's facts bring. */
export function createChecker(corpus: Corpus | { facts: readonly Fact[] }): Checker {
  const lexicon = compileLexicon(corpus.facts);
  const index = new FactIndex(corpus.facts);
  return {
    scan(text, opts = {}) {
      const published = parseIsoDate(opts.published);
      const extract: ExtractOptions = published ? { published } : {};
      if (isTopicalPage(opts.title, [text], lexicon)) extract.topicalPage = true;
      const home = pageCountry(opts.title, [text]);
      if (home) extract.homeCountry = home;
      const claims = extractClaims(text, lexicon, extract);
      return judgeClaims(claims, index, published);
    },
  };
}
