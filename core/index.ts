// The engine's public surface: every host (CLI, background, content script) uses only this.
import type { Claim } from './claims/claim';
import type { Corpus, Verdict } from './facts/model';
import type { Lang } from './types';

export type { Claim } from './claims/claim';
export type { Corpus, CorpusDocument, Fact, FactSource, Verdict, VerdictKind } from './facts/model';

export interface ScanOptions {
  /** Page language if known (html[lang]); otherwise guessed from the script. */
  lang?: Lang;
  /** Publication date of the page (ISO), used as the as-of date and to infer missing years. */
  published?: string;
}

export interface ClaimReport {
  claim: Claim;
  verdict: Verdict;
}

export interface Checker {
  scan(text: string, opts?: ScanOptions): ClaimReport[];
}

/** Build a checker over a corpus. (Engine wiring lands with the claims layer.) */
export function createChecker(_corpus: Corpus): Checker {
  return { scan: () => [] };
}
