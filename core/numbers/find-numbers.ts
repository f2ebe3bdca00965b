// Number mentions in normalized, tokenized text: digits (+ scale), Arabic and English number words,
// vague quantities, qualifiers turned into intervals, ranges, percent, currency and labels.
// One left-to-right pass over the tokens; each token costs O(1) Map lookups.
import type { NumberMention, Qualifier } from '../types';
import type { Token } from '../text/tokenize';
import { AR_WORDS, parseArabicNumber } from './arabic-words';
import { digitCount, parseDigits } from './digits';
import { enWord, lowerText, parseEnglishNumber } from './english-words';
import { tidy, type Figure } from './figure';
import {
  clueNumberEnd, digitClitic, digitScale, isCurrencySign, isCurrencyWord, isLabelWord, isOrdinalSuffix, percentAfter,
} from './labels';
import { deniedBefore, interval, isMonthToken, matchAfter, matchBefore } from './qualifiers';
import { parseArabicVague, parseEnglishVague } from './vague';
import { matchesWithClitic } from './clitics';

export interface FindNumbersOptions {
  /** The page writes thousands with a dot (2.500 = 2500), e.g. from html[lang=ar-MA]. */
  dotThousands?: boolean;
}

/** Find number mentions (sorted, non-overlapping; offsets into `norm`). */
export function findNumbers(norm: string, tokens: readonly Token[], opts?: FindNumbersOptions): NumberMention[] {
  void norm; // offsets come from the tokens, which index into norm
  const out: NumberMention[] = [];
  const dotThousands = opts?.dotThousands === true;
  const n = tokens.length;
  let lo = 0; // first token not yet part of a mention
  let i = 0;
  while (i < n) {
    const t = tokens[i] as Token;
    let fig: Figure | null = null;
    if (t.kind === 'digits') {
      const lab = digitLabel(tokens, i, lo);
      if (lab) {
        out.push(labelMention(tokens, lab, dotThousands));
        lo = i = lab.t1;
        continue;
      }
      fig = digitFigure(tokens, i, dotThousands);
    } else if (t.kind === 'arabic') {
      if (AR_WORDS.has(t.text)) fig = parseArabicNumber(tokens, i) ?? parseArabicVague(tokens, i);
      if (fig && i - 1 >= lo) fig = compoundOrdinal(tokens, i, fig);
    } else if (t.kind === 'latin') {
      fig = parseEnglishNumber(tokens, i) ?? parseEnglishVague(tokens, i);
    }
    if (!fig) {
      i++;
      continue;
    }
    const endTok = build(tokens, fig, lo, dotThousands, out);
    lo = i = endTok;
  }
  return out;
}

/** Ordinal units before "و" + tens (normalized): "الرابعة والخمسين" is the fifty-fourth. */
const ORDINAL_UNITS = new Map<string, number>([
  ['الحادي', 1], ['الحاديه', 1], ['الثاني', 2], ['الثانيه', 2], ['الثالث', 3], ['الثالثه', 3], ['الرابع', 4], ['الرابعه', 4],
  ['الخامس', 5], ['الخامسه', 5], ['السادس', 6], ['السادسه', 6], ['السابع', 7], ['السابعه', 7], ['الثامن', 8], ['الثامنه', 8],
  ['التاسع', 9], ['التاسعه', 9],
]);

/**
 * "الرابعة والخمسين": the tens word starts the number the parser found (والخمسين, 50); with the
 * ordinal unit before it, the figure is the ordinal 54. Otherwise the figure is unchanged.
 */
function compoundOrdinal(tokens: readonly Token[], i: number, fig: Figure): Figure {
  const t = tokens[i] as Token;
  const unit = ORDINAL_UNITS.get((tokens[i - 1] as Token).text);
  if (unit === undefined || !t.text.startsWith('و') || fig.t1 !== i + 1 || fig.value < 20 || fig.value > 90 || fig.value % 10 !== 0) return fig;
  return { ...fig, t0: i - 1, value: fig.value + unit, raw: fig.value + unit, definite: true };
}

interface LabelSpan {
  t0: number; // label start (incl. "F-", "Tower", "+")
  d0: number; // digits token
  d1: number; // end of the figure part
  t1: number;
  ambiguous?: string;
}

function isWordTok(t: Token | undefined): t is Token {
  return t !== undefined && (t.kind === 'arabic' || t.kind === 'latin');
}
function isDigitsTok(t: Token | undefined, glued: boolean): t is Token {
  return t !== undefined && t.kind === 'digits' && (!glued || t.glued);
}

/** "+160": at most this many digits after a plus sign make a count ("more than"), not a phone number. */
const PLUS_COUNT_DIGITS = 4;

/** «2024م», «1445ه»: a year's era, not an abbreviation of time. */
const ERA_MARKS = new Set(['م', 'ه']);

/** Is the digit token at i a label, time, date-like chain or phone number? */
function digitLabel(tokens: readonly Token[], i: number, lo: number): LabelSpan | null {
  const t = tokens[i] as Token;
  const prev = i - 1 >= lo ? tokens[i - 1] : undefined;
  const next = tokens[i + 1];
  // Time of day: 10:26 (and 10:26:30)
  if (next && next.text === ':' && next.glued && isDigitsTok(tokens[i + 2], true) && (tokens[i + 2] as Token).text.length === 2) {
    let e = i + 3;
    if (tokens[e]?.text === ':' && tokens[e]?.glued && isDigitsTok(tokens[e + 1], true)) e += 2;
    return { t0: i, d0: i, d1: e, t1: e, ambiguous: 'time' };
  }
  // Date-like chains: 17/10/2023, 2023/10/17, 17-10-2023
  if (next && next.glued && (next.text === '/' || next.text === '-') && isDigitsTok(tokens[i + 2], true)) {
    const sep = next.text;
    const third = tokens[i + 3];
    if (sep === '/' || (third && third.text === '-' && third.glued && isDigitsTok(tokens[i + 4], true))) {
      let e = i + 3;
      while (tokens[e]?.text === sep && tokens[e]?.glued && isDigitsTok(tokens[e + 1], true)) e += 2;
      return { t0: i, d0: i, d1: e, t1: e, ambiguous: 'date' };
    }
  }
  // Phone-like: +964 770 …, or 8+ digits with no separators
  if (prev && prev.text === '+' && t.glued && !(tokens[i - 2]?.kind === 'digits' && prev.glued)) {
    let e = i + 1;
    while (isDigitsTok(tokens[e], false) && !(tokens[e] as Token).glued) e++;
    // "+١٦٠ هجوماً" (Arabic infographics write "160+" this way): a lone short group is a count.
    if (e > i + 1 || t.text.length > PLUS_COUNT_DIGITS) return { t0: i - 1, d0: i, d1: e, t1: e, ambiguous: 'phone' };
  }
  if (t.text.length >= 8 && digitCount(t.text) === t.text.length) return { t0: i, d0: i, d1: i + 1, t1: i + 1, ambiguous: 'phone' };
  // Name-dash-number: F-16, MQ-9, كوفيد-19, اف-16 (and a glued suffix: F-16C)
  if (prev && prev.text === '-' && t.glued && prev.glued && i - 2 >= lo && isWordTok(tokens[i - 2])) {
    const e = tokens[i + 1]?.kind === 'latin' && tokens[i + 1]?.glued ? i + 2 : i + 1;
    return { t0: i - 2, d0: i, d1: i + 1, t1: e };
  }
  // Latin glued in front: MQ9, A400
  if (prev && prev.kind === 'latin' && t.glued) return { t0: i - 1, d0: i, d1: i + 1, t1: i + 1 };
  // An Arabic letter glued in front that is no clitic: a numbered question or answer («س3», «ج2»).
  if (prev && prev.kind === 'arabic' && t.glued && prev.text.length === 1 && digitClitic(prev) === null) return { t0: i - 1, d0: i, d1: i + 1, t1: i + 1 };
  // A footnote marker: "المرجع[٤]", "[12]"
  if (prev?.text === '[' && next?.text === ']' && t.text.length <= 3) return { t0: i - 1, d0: i, d1: i + 1, t1: i + 2 };
  // Tower 22, البرج 22, Resolution 2249, رقم 5
  if (prev && !t.glued && isLabelWord(prev)) return { t0: i - 1, d0: i, d1: i + 1, t1: i + 1 };
  // A crossword's "8 Down", "(6,9) 7 Combat role…"
  const clueEnd = clueNumberEnd(tokens, i);
  if (clueEnd > 0 && !t.glued) return { t0: i, d0: i, d1: i + 1, t1: clueEnd };
  // Ordinals: 17th, 1st
  if (isOrdinalSuffix(next)) return { t0: i, d0: i, d1: i + 1, t1: i + 2, ambiguous: 'ordinal' };
  // A single Arabic letter glued after: a comment's age ("3س" hours, "1ي" days), a time ("10ص").
  if (next && next.kind === 'arabic' && next.glued && next.text.length === 1 && !ERA_MARKS.has(next.text)) return { t0: i, d0: i, d1: i + 1, t1: i + 2 };
  return null;
}

function labelMention(tokens: readonly Token[], lab: LabelSpan, dotThousands: boolean): NumberMention {
  const d = tokens[lab.d0] as Token;
  const value = parseDigits(d.text, { dotThousands }).value;
  const m: NumberMention = {
    start: (tokens[lab.t0] as Token).start,
    end: (tokens[lab.t1 - 1] as Token).end,
    numStart: d.start,
    numEnd: (tokens[lab.d1 - 1] as Token).end,
    value,
    min: value,
    max: value,
    qualifier: 'exact',
    source: 'digits',
    label: true,
  };
  if (lab.ambiguous) m.ambiguous = lab.ambiguous;
  return m;
}

/** Digits with an optional scale word: 2500, 2.5 مليون, 20 ألفا, 1.5 million, 10k, 2 مليون ونصف. */
function digitFigure(tokens: readonly Token[], i: number, dotThousands: boolean): Figure {
  const t = tokens[i] as Token;
  let j = i + 1;
  const scale = digitScale(tokens[j]);
  if (scale > 0) j++;
  const parsed = parseDigits(t.text, { dotThousands, scaleFollows: scale > 0 });
  let value = scale > 0 ? tidy(parsed.value * scale) : parsed.value;
  if (scale > 0) {
    const h = tokens[j];
    const hs = h && h.kind === 'arabic' ? AR_WORDS.get(h.text) : undefined;
    if (hs && hs.prefix === 'و' && hs.entry.kind === 'frac' && hs.entry.value === 0.5) {
      value = tidy(value + 0.5 * scale);
      j++;
    }
  }
  const fig: Figure = { t0: i, t1: j, value, source: 'digits', scale: scale > 0 ? scale : 1, raw: parsed.value };
  if (parsed.ambiguous) fig.ambiguous = parsed.ambiguous;
  if (t.glued && digitClitic(tokens[i - 1]) === 'article') fig.definite = true;
  return fig;
}

/** A second figure for a range (digits or words), or null. */
function figureAt(tokens: readonly Token[], k: number, dotThousands: boolean): Figure | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.kind === 'digits') return digitFigure(tokens, k, dotThousands);
  if (t.kind === 'arabic') return parseArabicNumber(tokens, k);
  if (t.kind === 'latin') return parseEnglishNumber(tokens, k);
  return null;
}

interface RangeMatch {
  b: Figure;
  t0: number;
  a: number; // lower value (after scale distribution)
}

function wordIs(t: Token | undefined, ar: string, en: string): boolean {
  if (!t) return false;
  if (t.kind === 'arabic') return matchesWithClitic(t.text, ar);
  if (t.kind === 'latin') return lowerText(t) === en;
  return false;
}

/** بين X و Y, من X إلى Y, X-Y, between X and Y, from X to Y, X to Y. */
function tryRange(tokens: readonly Token[], a: Figure, p: number, lo: number, dotThousands: boolean): RangeMatch | null {
  if (a.source === 'vague') return null;
  const k = a.t1;
  const sep = tokens[k];
  if (!sep) return null;
  const prev = p - 1 >= lo ? tokens[p - 1] : undefined;
  let b: Figure | null = null;
  let t0 = p;
  if (sep.text === '-' && a.source === 'digits') {
    const nb = tokens[k + 1];
    if (nb && nb.kind === 'digits' && nb.glued === sep.glued) b = digitFigure(tokens, k + 1, dotThousands);
  } else if (wordIs(prev, 'بين', 'between')) {
    t0 = p - 1;
    if (p - 2 >= lo && tokens[p - 2]?.text === 'ما') t0 = p - 2;
    const s = lowerText(sep);
    if (s === 'و' || s === 'and' || s === 'الي') b = figureAt(tokens, k + 1, dotThousands);
    else if (sep.kind === 'arabic' && sep.text.charCodeAt(0) === 0x0648 && AR_WORDS.get(sep.text)?.prefix === 'و') b = parseArabicNumber(tokens, k);
  } else {
    const s = lowerText(sep);
    if (s === 'الي' || s === 'حتي' || s === 'to' || s === 'through') {
      const from = wordIs(prev, 'من', 'from');
      if (from) t0 = p - 1;
      if (from || s === 'to') b = figureAt(tokens, k + 1, dotThousands);
    }
  }
  if (!b || b.source === 'vague') return null;
  let av = a.value;
  if (a.scale === 1 && b.scale > 1 && av <= b.raw) av = tidy(av * b.scale); // بين 2 و3 ملايين
  if (!(b.value > av)) return null;
  return { b, t0, a: av };
}

function dateFollows(tokens: readonly Token[], f: Figure): boolean {
  const t = tokens[f.t1];
  if (isMonthToken(t)) return true;
  if (t && t.text === 'من' && isMonthToken(tokens[f.t1 + 1])) return true;
  return f.source === 'digits' && f.scale === 1 && Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100;
}

/**
 * Thousands in words or with a scale word, then و and digits below a thousand: "ألفين و500",
 * "3 آلاف و500" (Maghreb and Gulf outlets write the hundreds in digits).
 */
function withDigitTail(tokens: readonly Token[], fig: Figure): Figure {
  if (fig.source === 'vague' || fig.value < 1000 || fig.value % 1000 !== 0 || (fig.source === 'digits' && fig.scale === 1)) return fig;
  const waw = tokens[fig.t1];
  const tail = tokens[fig.t1 + 1];
  if (!waw || waw.kind !== 'arabic' || waw.text !== 'و' || !tail || tail.kind !== 'digits' || !tail.glued || !/^[0-9]{1,3}$/.test(tail.text)) return fig;
  // Not a range or a list: "بين ألفين و3 آلاف", "ألفين و500 دولار" stays a count with its own unit.
  const after = tokens[fig.t1 + 2];
  if (after && after.kind === 'arabic' && AR_WORDS.get(after.text)?.entry.kind === 'scale') return fig;
  const value = fig.value + Number(tail.text);
  return { ...fig, t1: fig.t1 + 2, value, min: value, max: value };
}

/** Build the mention for a figure (qualifiers, range, percent, currency). Returns the end token. */
function build(tokens: readonly Token[], figure: Figure, lo: number, dotThousands: boolean, out: NumberMention[]): number {
  const fig = withDigitTail(tokens, figure);
  let p = fig.t0; // first token of figure + sign prefix
  let percent = false;
  let currency = false;
  if (fig.source === 'digits') {
    const prev = p - 1 >= lo ? tokens[p - 1] : undefined;
    const t = tokens[p] as Token;
    if (prev && prev.text === '%' && t.glued && !(tokens[p - 2]?.kind === 'digits' && prev.glued)) {
      percent = true; // %25 (RTL logical order)
      p--;
    } else if (isCurrencySign(prev) && (t.glued || !tokens[p - 1]?.glued)) {
      currency = true;
      p--;
      const cc = p - 1 >= lo ? tokens[p - 1] : undefined;
      if (cc && cc.kind === 'latin' && tokens[p]?.glued && cc.text.length <= 2 && cc.text === cc.text.toUpperCase()) p--; // US$
    }
  }
  let qualifier: Qualifier = fig.source === 'vague' ? 'vague' : 'exact';
  let value = fig.value;
  let min = fig.min ?? value;
  let max = fig.max ?? value;
  let startTok = p;
  let numEndTok = fig.t1;
  let endTok = fig.t1;
  const range = tryRange(tokens, fig, p, lo, dotThousands);
  if (range) {
    qualifier = 'range';
    value = range.a;
    min = range.a;
    max = range.b.value;
    startTok = range.t0;
    numEndTok = endTok = range.b.t1;
  } else if (fig.source !== 'vague') {
    // «نحو (2500) مستشار»: official style brackets the digits; the qualifier stands outside.
    const bracketed = tokens[p - 1]?.text === '(' && tokens[fig.t1]?.text === ')' && p - 1 > lo;
    const qm = matchBefore(tokens, p, lo) ?? (bracketed ? matchBefore(tokens, p - 1, lo) : null);
    const tilde = tokens[p - 1];
    if (qm && !(qm.phrase.notBeforeDate && dateFollows(tokens, fig))) {
      qualifier = qm.phrase.q === 'gt' && deniedBefore(tokens, qm.t0, lo) ? 'lte' : qm.phrase.q;
      startTok = qm.t0;
    } else if (p - 1 >= lo && tilde && tilde.text === '~' && tokens[p]?.glued) {
      qualifier = 'approx'; // "~2,500" in tables and briefs
      startTok = p - 1;
    } else if (p - 1 >= lo && tilde && tilde.text === '+' && tokens[p]?.glued && fig.source === 'digits') {
      qualifier = 'gt'; // "+١٦٠ هجوماً": 160+ written right-to-left
      startTok = p - 1;
    }
  }
  if (fig.source !== 'vague') {
    const pc = percentAfter(tokens, endTok);
    if (pc > 0) {
      percent = true;
      endTok += pc;
    }
  }
  if (isCurrencyWord(tokens[endTok])) currency = true;
  // 900-plus, 4,000-odd
  const dash = tokens[endTok];
  const tail = lowerText(tokens[endTok + 1]);
  if (fig.source !== 'vague' && !range && dash && dash.text === '-' && dash.glued && (tail === 'plus' || tail === 'odd') && tokens[endTok + 1]?.glued) {
    if (qualifier === 'exact') qualifier = tail === 'plus' ? 'gt' : 'approx';
    endTok += 2;
  } else if (fig.source === 'digits' && !range && dash && dash.text === '+' && dash.glued) {
    if (qualifier === 'exact') qualifier = 'gt'; // "3,000+"
    endTok += 1;
  } else if (fig.source !== 'vague' && !range) {
    // Trailing qualifier right after the figure or after up to two words (the counted noun).
    for (let skip = 0; skip <= 2; skip++) {
      const am = matchAfter(tokens, endTok + skip);
      if (am) {
        if (qualifier === 'exact') qualifier = am.phrase.q;
        if (qualifier === am.phrase.q) endTok = am.t1;
        break;
      }
      const w = tokens[endTok + skip];
      if (!isWordTok(w) || AR_WORDS.has(w.text) || enWord(w) !== undefined) break;
    }
  }
  if (qualifier !== 'range' && qualifier !== 'vague') {
    const iv = interval(qualifier, value);
    min = tidy(iv[0]);
    max = tidy(iv[1]);
  }
  const m: NumberMention = {
    start: (tokens[startTok] as Token).start,
    end: (tokens[endTok - 1] as Token).end,
    numStart: (tokens[fig.t0] as Token).start,
    numEnd: (tokens[numEndTok - 1] as Token).end,
    value,
    min,
    max,
    qualifier,
    source: fig.source,
  };
  if (percent) m.percent = true;
  if (currency) m.currency = true;
  if (fig.definite) m.definite = true;
  if (fig.ambiguous) m.ambiguous = fig.ambiguous;
  out.push(m);
  return endTok;
}
