import { normalize } from '../../../core/text/normalize';
import { tokenize } from '../../../core/text/tokenize';
import { findNumbers } from '../../../core/numbers';
import type { NumberMention } from '../../../core/types';

export interface Found extends NumberMention {
  text: string;
  num: string;
}

export function find(raw: string, opts?: { dotThousands?: boolean }): Found[] {
  const s = normalize(raw).text;
  return findNumbers(s, tokenize(s), opts).map((m) => ({ ...m, text: s.slice(m.start, m.end), num: s.slice(m.numStart, m.numEnd) }));
}

/** The single quantity (non-label) mention in `raw`; fails when there is not exactly one. */
export function one(raw: string): Found {
  const ms = find(raw).filter((m) => !m.label);
  if (ms.length !== 1) throw new Error(`expected one mention in ${raw}, got ${JSON.stringify(ms.map((m) => m.text))}`);
  return ms[0] as Found;
}

export function values(raw: string): number[] {
  return find(raw).filter((m) => !m.label).map((m) => m.value);
}
