// The engine's shared vocabulary. Plain data only: every host (CLI, background, content script)
// hands the engine strings and records of these shapes and gets the same shapes back.

/** A half-open span [start, end) of UTF-16 indices into some string (normalized unless named raw). */
export interface Span {
  start: number;
  end: number;
}

/** How a figure relates to the number written: "about 2500" is approx, "more than 130" is gt. */
export type Qualifier = 'exact' | 'approx' | 'gt' | 'gte' | 'lt' | 'lte' | 'range' | 'vague';

/** A number found in normalized text, with its qualifier already turned into an interval. */
export interface NumberMention {
  /** Whole mention in normalized text: qualifier + figure + scale (+ trailing qualifier). */
  start: number;
  end: number;
  /** The figure itself (digits or number words with their scale word), without qualifiers. */
  numStart: number;
  numEnd: number;
  /** The figure as written (for a range, the lower end; for a vague word, its lower bound). */
  value: number;
  /** Interval the qualifier allows; ±Infinity for open ends. "about 2500" → [2250, 2750]. */
  min: number;
  max: number;
  qualifier: Qualifier;
  /** Where the value came from. */
  source: 'digits' | 'words' | 'vague';
  /** Followed or preceded by a percent sign or "per cent" words. */
  percent?: boolean;
  /** A number used as a name (F-16, Tower 22, Resolution 2249, Covid-19): never a quantity. */
  label?: boolean;
  /** Set when the reading is a guess, e.g. 'dot-3-digits' for "2.500". */
  ambiguous?: string;
  /** Carries the article: "الـ54", "ال17" (often an ordinal or a label, rarely a count). */
  definite?: boolean;
  /** A currency sign or word is attached ($, US$, €, £): a price, not a count of people or events. */
  currency?: boolean;
}

/** Part of a year (or, for early/mid/late, of a month); seasons are of the year only. */
export type PeriodPart = 'early' | 'mid' | 'late' | 'spring' | 'summer' | 'autumn';
export type TimeRelation = 'since' | 'until' | 'in' | 'asof';

/** A date or year found in normalized text. Missing parts are unknown (wildcards). */
export interface DateMention {
  start: number;
  end: number;
  /** Span of the year digits when the year is written, so claims can skip that number. */
  yearSpan?: Span;
  /** Span of the day number when written. */
  daySpan?: Span;
  year?: number;
  month?: number; // 1–12
  day?: number; // 1–31
  /** early/mid/late of the year (or of the month when month is set). */
  part?: PeriodPart;
  /** The preposition in front: منذ/since → since, حتى/by → until, في/in → in, as of → asof. */
  rel?: TimeRelation;
  /** The year is not written here but known from the text ("أيلول من العام نفسه"). */
  yearKnown?: boolean;
  /** A bare year read only because it is a label's value ("Founded: 2014"); it may still be a count. */
  label?: boolean;
  /** A year put right after the date before it to reject it: "in January 2020, not 2019" (2019). */
  rejected?: boolean;
}

/** A calendar date as plain numbers; month/day optional. */
export interface SimpleDate {
  year: number;
  month?: number;
  day?: number;
}

export type FactKind = 'count' | 'year' | 'date';
export type Lang = 'ar' | 'en';
