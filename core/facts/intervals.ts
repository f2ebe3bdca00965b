// Values as intervals: a qualifier turns a figure into the range it allows, and a date with
// early/mid/late into a range of months. Comparison is overlap of intervals.
import type { Qualifier } from '../types';
import type { Fact, FactDate } from './model';

export interface Interval {
  min: number;
  max: number;
}

/** "about" allows ±10% (ARABIC-FIGURES §5.3). */
export const APPROX_TOLERANCE = 0.1;

export function qualifierInterval(value: number, qualifier: Qualifier): Interval {
  switch (qualifier) {
    case 'approx':
      return { min: value * (1 - APPROX_TOLERANCE), max: value * (1 + APPROX_TOLERANCE) };
    case 'gt':
    case 'gte':
    case 'vague':
      return { min: value, max: Infinity };
    case 'lt':
    case 'lte':
      return { min: 0, max: value };
    default:
      return { min: value, max: value };
  }
}

/** A fact's range: explicit min/max, else what its qualifier allows (kept in PackedFacts). */
export function factInterval(f: Fact): Interval {
  if (f.min !== undefined || f.max !== undefined) return { min: f.min ?? -Infinity, max: f.max ?? Infinity };
  return qualifierInterval(f.value, f.qualifier);
}

const PART_MONTHS: Record<string, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12], spring: [3, 5], summer: [6, 8], autumn: [9, 11] };
const MONTH_PARTS: Record<string, [number, number]> = { early: [1, 10], mid: [8, 22], late: [18, 31] };

/**
 * A date as an interval of days since year 0 (coarse: 31-day months are fine for overlap).
 * `year` replaces the date's own year (a claim whose year was inferred is compared in the fact's year).
 */
export function dateInterval(d: FactDate, year = d.year): Interval {
  const key = (y: number, m: number, day: number): number => y * 372 + (m - 1) * 31 + (day - 1);
  if (d.month !== undefined) {
    if (d.day !== undefined) return { min: key(year, d.month, d.day), max: key(year, d.month, d.day) };
    const days = d.part ? MONTH_PARTS[d.part] : undefined;
    if (days) return { min: key(year, d.month, days[0]), max: key(year, d.month, days[1]) };
    return { min: key(year, d.month, 1), max: key(year, d.month, 31) };
  }
  const [from, to] = d.part ? (PART_MONTHS[d.part] as [number, number]) : [1, 12];
  return { min: key(year, from, 1), max: key(year, to, 31) };
}

/** ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD` → a comparable day number (start of the period). */
const isoDayCache = new Map<string, number | null>();

export function isoDay(iso: string | undefined): number | null {
  if (!iso) return null;
  const cached = isoDayCache.get(iso);
  if (cached !== undefined) return cached;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  const day = m ? Number(m[1]) * 372 + (Number(m[2] ?? 1) - 1) * 31 + (Number(m[3] ?? 1) - 1) : null;
  if (isoDayCache.size > 10_000) isoDayCache.clear();
  isoDayCache.set(iso, day);
  return day;
}

export function simpleDay(d: { year: number; month?: number; day?: number }): number {
  return d.year * 372 + ((d.month ?? 1) - 1) * 31 + ((d.day ?? 1) - 1);
}

/** The last day of a date's period ("January 2024" → 31 January). */
export function simpleDayEnd(d: { year: number; month?: number; day?: number }): number {
  return d.year * 372 + ((d.month ?? 12) - 1) * 31 + ((d.day ?? 31) - 1);
}
