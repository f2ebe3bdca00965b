// A claim: one figure on a page tied to what it counts, who, where and when.
import type { FactDate } from '../facts/model';
import type { FactKind, Qualifier, SimpleDate, TimeRelation } from '../types';

export interface Claim {
  kind: FactKind;
  /** Measure id from the lexicon ('troops', 'attacks', 'killed', 'coalition_founded', …). */
  measure: string;
  actor: string[];
  place: string[];
  /** Count, or the year for year/date claims. */
  value: number;
  min: number;
  max: number;
  qualifier: Qualifier;
  /** For year/date claims. */
  date?: FactDate;
  /** The year was not written (inferred from the page date): compare month and day only. */
  yearInferred?: boolean;
  /** Other events the same date may describe, nearest first ("28 January": talks suspended, attack). */
  altMeasures?: string[];
  /**
   * The sentence implies this value without asserting it ("the coalition… since 2014" implies its
   * founding year): it can confirm a fact but never contradicts one.
   */
  confirmOnly?: boolean;
  /** The time the sentence gives the figure: since (running totals), in, until, as of. */
  rel?: TimeRelation;
  since?: SimpleDate;
  /** An explicit time the sentence gives a count ("in 2011"); otherwise the page date applies. */
  at?: SimpleDate;
  /** The figure's span in the raw text (what gets highlighted), and the text there. */
  start: number;
  end: number;
  text: string;
  /** The sentence around it, in the raw text. */
  sentenceStart: number;
  sentenceEnd: number;
  sentence: string;
}
