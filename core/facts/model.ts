// Facts are data, never code: what is counted, by whom, where, the value, and where it comes from.
import type { FactKind, Lang, PeriodPart, Qualifier } from '../types';

/** Where a fact comes from: the sanad behind every flag. */
export interface FactSource {
  /** Id of the corpus document the quote is taken from. */
  docId: string;
  outlet: string;
  /** Publication date, ISO `YYYY-MM-DD`. */
  published: string;
  title?: string;
  /** http(s) only; anything else is shown as text, never as a link. */
  url?: string;
  /** The exact words of the source, verbatim from the document text. */
  quote: string;
  /** Offsets of the quote in the document text (UTF-16). */
  start: number;
  end: number;
  lang: Lang;
}

/** A date value for year/date facts; missing month/day are unknown. */
export interface FactDate {
  year: number;
  month?: number;
  day?: number;
  /** early/mid/late of the year (or of the month when set). */
  part?: PeriodPart;
}

/** Extra spellings for a fact's measure, actor and place; matched exactly like built-in lexicon terms. */
export interface FactTerms {
  measure?: string[];
  actor?: string[];
  place?: string[];
}

export interface Fact {
  id: string;
  kind: FactKind;
  /** What is counted or dated: a measure id from the lexicon ('troops', 'attacks', 'coalition_founded'…). */
  measure: string;
  /** Entity ids of who does or suffers it ('US', 'COALITION', 'IRAQ', 'FACTIONS', …); empty = any. */
  actor: string[];
  /** Entity ids of places ('IQ', 'SY', 'JO', …); empty = any. */
  place: string[];
  /** For counts, the number; for years and dates, the year. */
  value: number;
  /** Explicit range; when absent it follows from value and qualifier. */
  min?: number;
  max?: number;
  qualifier: Qualifier;
  /** For year/date facts. */
  date?: FactDate;
  /** When the figure was true (ISO date); for seed facts the article's publication date. */
  asOf: string;
  /** Running totals: counted since this date (ISO, `YYYY-MM` or `YYYY-MM-DD`). */
  since?: string;
  /** A cumulative count (attacks so far): values at different as-of dates form a series. */
  runningTotal: boolean;
  terms?: FactTerms;
  source: FactSource;
  origin: 'seed' | 'user';
  /** True once a user edited a seed fact: seed updates never overwrite it. */
  edited?: boolean;
  note?: string;
}

/** A source document of the corpus. */
export interface CorpusDocument {
  id: string;
  title: string;
  outlet: string;
  published: string;
  lang: Lang;
  url?: string;
  /** Seed file name (`store/seeds/…`) for seed documents. */
  file?: string;
  text: string;
  origin: 'seed' | 'user';
}

export interface Corpus {
  documents: CorpusDocument[];
  facts: Fact[];
}

export type VerdictKind = 'match' | 'mismatch' | 'unverified';

/** Which rule decided; the tooltip and the CLI say it in words. */
export type VerdictRule =
  | 'equal'
  | 'within-range'
  | 'outside-range'
  | 'running-total-between'
  | 'running-total-newer'
  | 'running-total-older'
  | 'running-total-below'
  | 'same-period'
  | 'different-period'
  /** A date the page implies in passing (Claim.confirmOnly) that differs from the corpus's. */
  | 'implied-only'
  /** A count over part of what the fact counts (one base, fewer places): lower is no contradiction. */
  | 'part-of-total'
  /** Counted from a start well after the corpus's series began: another window, not the total. */
  | 'later-start'
  /** A count at one base or town of the fact's place that is above the whole place's figure. */
  | 'part-exceeds-total'
  | 'no-fact';

export interface Verdict {
  verdict: VerdictKind;
  rule: VerdictRule;
  /** The fact that decided, or null. */
  factId: string | null;
  /** The corpus value (count or year), or null. */
  expected: number | null;
  /** The fact's value as a person would say it, e.g. "أكثر من 130" / "more than 130". */
  expectedText: { ar: string; en: string } | null;
  /** Why, in both languages. */
  explanation: { ar: string; en: string };
}
