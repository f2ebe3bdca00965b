// English number words (ARABIC-FIGURES.md §2): three, sixty-five, one hundred and sixty-five,
// two thousand five hundred, a hundred, a dozen, two dozen. "a"/"an" count only before
// hundred/thousand/million/billion/dozen ("A drone attack" is not 1).
import type { Token } from '../text/tokenize';
import type { Figure } from './figure';

export type EnKind = 'unit' | 'tens' | 'hundred' | 'scale' | 'dozen' | 'a';

export interface EnWord {
  kind: EnKind;
  value: number;
}

const EN = new Map<string, EnWord>();
const UNITS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
UNITS.forEach((w, v) => EN.set(w, { kind: 'unit', value: v }));
'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((w, k) => EN.set(w, { kind: 'tens', value: 20 + 10 * k }));
EN.set('hundred', { kind: 'hundred', value: 100 });
EN.set('thousand', { kind: 'scale', value: 1e3 });
EN.set('million', { kind: 'scale', value: 1e6 });
EN.set('billion', { kind: 'scale', value: 1e9 });
EN.set('trillion', { kind: 'scale', value: 1e12 });
EN.set('dozen', { kind: 'dozen', value: 12 });
EN.set('a', { kind: 'a', value: 1 });
EN.set('an', { kind: 'a', value: 1 });

/** Ordinal units after "tens-": "fifty-fourth" is the 54th (the figure comes back `definite`, as ordinals do). */
const ORDINAL_UNITS = new Map(
  'first second third fourth fifth sixth seventh eighth ninth'.split(' ').map((w, k) => [w, k + 1] as const),
);

/** A lower-case English number word ("fourteen", "twenty", "thousand"), or undefined. */
export function englishNumberWord(lower: string): EnWord | undefined {
  return EN.get(lower);
}

/** Lower-case lookup of a Latin token (only lower-cases when the token has capitals). */
export function enWord(t: Token | undefined): EnWord | undefined {
  if (!t || t.kind !== 'latin') return undefined;
  return EN.get(t.text) ?? EN.get(t.text.toLowerCase());
}

export function lowerText(t: Token | undefined): string {
  if (!t) return '';
  return t.kind === 'latin' ? t.text.toLowerCase() : t.text;
}

type Last = 'none' | 'unit' | 'tens' | 'hundred' | 'scale';

/** Tokens k, k+1 are "a half" and a hundred or scale word follows. */
function isHalfOfScale(tokens: readonly Token[], k: number): boolean {
  const next = enWord(tokens[k + 2]);
  return enWord(tokens[k])?.kind === 'a' && lowerText(tokens[k + 1]) === 'half' && !!next && (next.kind === 'scale' || next.kind === 'hundred');
}

/** Parse English number words starting at token i. */
export function parseEnglishNumber(tokens: readonly Token[], i: number): Figure | null {
  const w0 = enWord(tokens[i]);
  if (!w0) return null;
  let total = 0;
  let cur = 0;
  let last: Last = 'none';
  let lastScale = 0;
  let j = i;
  if (w0.kind === 'a') {
    const n = enWord(tokens[i + 1]);
    if (!n || (n.kind !== 'hundred' && n.kind !== 'scale' && n.kind !== 'dozen')) return null;
    cur = 1;
    last = 'unit';
    j = i + 1;
  }
  for (;;) {
    const t = tokens[j];
    if (!t) break;
    let w = enWord(t);
    let width = 1;
    if (!w) {
      const txt = t.text;
      // "sixty-five": a glued hyphen between tens and a unit.
      if (txt === '-' && t.glued && last === 'tens' && cur % 10 === 0) {
        const u = tokens[j + 1];
        const ordinal = u?.glued ? ORDINAL_UNITS.get(lowerText(u)) : undefined;
        if (ordinal !== undefined && total === 0 && cur < 100) {
          const value = cur + ordinal;
          return { t0: i, t1: j + 2, value, source: 'words', scale: 1, raw: value, definite: true };
        }
        const uw = enWord(u);
        if (!u || !u.glued || !uw || uw.kind !== 'unit' || uw.value < 1 || uw.value > 9) break;
        w = uw;
        width = 2;
      } else if (txt.toLowerCase() === 'and' && (last === 'unit' || last === 'tens') && cur % 1 === 0 && isHalfOfScale(tokens, j + 1)) {
        // "two and a half thousand": the half belongs to the scale word that follows.
        cur += 0.5;
        j += 3;
        continue;
      } else if ((txt === 'and' || txt === 'And') && (last === 'hundred' || last === 'scale')) {
        const aw = enWord(tokens[j + 1]);
        if (!aw || (aw.kind !== 'unit' && aw.kind !== 'tens') || aw.value === 0) break;
        w = aw;
        width = 2;
      } else break;
    }
    if (w.kind === 'a') break;
    if (w.kind === 'unit') {
      if (w.value === 0 && last !== 'none') break;
      if (last === 'none') cur = w.value;
      else if (last === 'tens' && w.value < 10 && cur % 10 === 0) cur += w.value;
      else if (last === 'hundred' && cur % 100 === 0) cur += w.value;
      else if (last === 'scale' && cur === 0) cur = w.value;
      else break;
      last = 'unit';
    } else if (w.kind === 'tens') {
      if (last === 'none' || (last === 'scale' && cur === 0)) cur = w.value;
      else if (last === 'hundred' && cur % 100 === 0) cur += w.value;
      else break;
      last = 'tens';
    } else if (w.kind === 'hundred') {
      // "five hundred", "fifteen hundred", "twenty-five hundred" (2,500).
      if ((last !== 'unit' && last !== 'tens') || cur < 1 || cur > (total > 0 ? 9 : 99)) break;
      cur *= 100;
      last = 'hundred';
    } else if (w.kind === 'scale') {
      if (cur <= 0 || last === 'scale' || (lastScale !== 0 && w.value >= lastScale)) break;
      total += cur * w.value;
      cur = 0;
      lastScale = w.value;
      last = 'scale';
    } else {
      // dozen: "a dozen" = 12, "two dozen" = 24; ends the number.
      if (last !== 'unit' || cur < 1 || cur > 19) break;
      cur *= 12;
      j += width;
      break;
    }
    j += width;
  }
  const value = total + cur;
  if (j === i || (value === 0 && w0.value !== 0)) return null;
  return { t0: i, t1: j, value, source: 'words', scale: 1, raw: value };
}
