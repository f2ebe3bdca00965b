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
   * The figure can confirm a fact but never contradict one: the sentence only implies it ("the
   * coalition… since 2014" implies its founding year), or counts a part of what the fact counts
   * (troops at one base of the country).
   */
  confirmOnly?: boolean;
  /**
   * Events the date may name in passing (lexicon EventRule.implied): a match with one confirms the
   * date; they never contradict it. With `impliedOnly`, the claim has no other reading: it is
   * reported only when one of them matches.
   */
  impliedMeasures?: string[];
  impliedOnly?: boolean;
  /**
   * Other places the figure may be about ("the real number is 3,500" after levels in Iraq and in
   * Syria): it matches if any place's fact agrees, and is a mismatch only if every place's does not.
   */
  altPlaces?: string[][];
  /** The count is at one base or town of the fact's place: it can't exceed the whole's figure. */
  partOfPlace?: boolean;
  /** The time the sentence gives the figure: since (running totals), in, until, as of. */
  rel?: TimeRelation;
  /** The start of a running total, when its year is written ("since 1 August 2024"). */
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
