import type { SimpleDate } from './types';

/** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) → SimpleDate, or undefined when malformed. */
export function parseIsoDate(iso: string | undefined): SimpleDate | undefined {
  const m = iso ? /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(iso) : null;
  if (!m) return undefined;
  const d: SimpleDate = { year: Number(m[1]) };
  if (m[2]) d.month = Number(m[2]);
  if (m[3]) d.day = Number(m[3]);
  return d;
}
