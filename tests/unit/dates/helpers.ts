// Shared by the date tests: a mention with its spans shown as text, and expected rows in natural spelling.
import { findDates } from '../../../core/dates';
import { normalize, normalizeTerm } from '../../../core/text/normalize';
import type { SimpleDate } from '../../../core/types';

/** A mention with its spans shown as text: y = year digits, d = day. */
export interface Row {
  text: string;
  year?: number;
  month?: number;
  day?: number;
  part?: string;
  rel?: string;
  y?: string;
  d?: string;
}

export function run(raw: string, ref?: SimpleDate): Row[] {
  const n = normalize(raw).text;
  return findDates(n, ref ? { ref } : {}).map((m) => {
    const r: Row = { text: n.slice(m.start, m.end) };
    if (m.year !== undefined) r.year = m.year;
    if (m.month !== undefined) r.month = m.month;
    if (m.day !== undefined) r.day = m.day;
    if (m.part) r.part = m.part;
    if (m.rel) r.rel = m.rel;
    if (m.yearSpan) r.y = n.slice(m.yearSpan.start, m.yearSpan.end);
    if (m.daySpan) r.d = n.slice(m.daySpan.start, m.daySpan.end);
    return r;
  });
}

/** Expected rows are written in natural spelling; normalize their text fields. */
export const exp = (...rows: Row[]): Row[] =>
  rows.map((r) => ({ ...r, text: normalizeTerm(r.text), ...(r.d ? { d: normalizeTerm(r.d) } : {}) }));
