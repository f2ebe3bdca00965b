// Year inference for a month (and day) written without a year, as chrono-node does: the most
// recent past occurrence relative to the reference date (usually the article's publication date).
import type { SimpleDate } from '../types';
import type { Shift } from './lexicon';

/**
 * Year of `month`/`day` relative to `ref`.
 * - no shift: most recent occurrence on or before ref ("17 أكتوبر", "Oct. 17");
 * - 'past' (الماضي, last): strictly before ref; a month-only "last October" in October is a year back;
 * - 'next' (المقبل, next): the next occurrence strictly after ref;
 * - 'cur' (الجاري, this): ref's year.
 * Without ref.month the comparison is impossible and ref.year is returned.
 */
export function inferYear(ref: SimpleDate, month: number, day?: number, shift?: Shift): number {
  if (shift === 'cur' || ref.month === undefined) return ref.year;
  // Compare (month, day) with ref; an unknown day on either side compares as equal.
  let cmp = month - ref.month;
  if (cmp === 0 && day !== undefined && ref.day !== undefined) cmp = day - ref.day;
  const monthOnly = day === undefined;
  if (shift === 'next') return cmp > 0 ? ref.year : ref.year + 1;
  if (shift === 'past') return cmp < 0 || (cmp === 0 && !monthOnly && ref.day === undefined) ? ref.year : ref.year - 1;
  return cmp <= 0 ? ref.year : ref.year - 1;
}
