// Numbers used as names (F-16, Tower 22, القرار 2249, Covid-19), times of day and phone-like
// numbers: emitted with label:true, never quantities. Also the currency and percent markers.
import type { Token } from '../text/tokenize';
import { CliticLookup } from './clitics';
import { lowerText } from './english-words';

const EN_LABEL_WORDS = new Set([
  'tower', 'resolution', 'article', 'camp', 'route', 'flight', 'highway', 'gate', 'chapter', 'paragraph', 'phase', 'covid', 'terminal',
  'layer', 'table', 'step', 'section', 'episode', 'season',
]);
const AR_LABEL_STEMS = new Map<string, true>();
for (const w of 'برج قرار ماده رقم فقره بند لواء فرقه كتيبه مخيم معسكر بوابه صفحه جدول طبقه'.split(' ')) {
  AR_LABEL_STEMS.set(w, true);
}
const AR_LABEL_WORDS = new CliticLookup(AR_LABEL_STEMS, () => true);

/** A word that names the number after it: Tower 22, البرج 22, Resolution 2249, رقم 5. */
export function isLabelWord(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'arabic') return AR_LABEL_WORDS.has(t.text);
  if (t.kind === 'latin') return EN_LABEL_WORDS.has(lowerText(t)) || (AIRLINE_CODE.test(t.text) && !COUNTRY_CODES.has(t.text));
  return false;
}

/** A two-letter code before a number is a flight's or a form's: "RJ 812", "IA 237". */
const AIRLINE_CODE = /^[A-Z][A-Z0-9]$/;
/** Not the country abbreviations a figure may follow: "the US 2,500". */
const COUNTRY_CODES = new Set(['US', 'UK', 'UN', 'EU']);

/** A crossword's grid directions: "8 Down", "12 Across" name a clue, as does a number after them. */
const GRID_DIRECTIONS = new Set(['Across', 'Down']);

/** The tokens of a clue's enumeration "(6,9)", "(6,6-3)", "(7)", ending at `close` (its ")"). */
function enumerationBefore(tokens: readonly Token[], close: number): boolean {
  if (tokens[close]?.text !== ')') return false;
  let k = close - 1;
  let letters = 0;
  for (; k >= 0 && tokens[k]?.text !== '('; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'digits' && /^\d{1,2}(?:,\d{1,2})*$/.test(t.text)) for (const part of t.text.split(',')) letters += Number(part);
    else if (t.text !== '-' && t.text !== ',') return false;
  }
  // Answers run three letters or more: "(2)" is more likely a part or a footnote.
  return k >= 0 && letters >= 3;
}

/**
 * A crossword clue's number: "8 Down", "Down 2 Hamas struck…", "(6,9) 7 Combat role…". Returns the
 * token after the label, or -1. Only before a capitalized word or a direction, as clues are printed.
 */
export function clueNumberEnd(tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  if (next?.kind === 'latin' && GRID_DIRECTIONS.has(next.text)) return i + 2;
  if (!(next?.kind === 'latin' && /^[A-Z]/.test(next.text))) return -1;
  const prev = tokens[i - 1];
  if ((prev?.kind === 'latin' && GRID_DIRECTIONS.has(prev.text)) || enumerationBefore(tokens, i - 1)) return i + 1;
  // A clue printed on its own line: "8 Soldiers killed at 12 Across, the Pentagon said (5)".
  return prev === undefined && clueEndsAhead(tokens, i + 1) ? i + 1 : -1;
}

/** Most tokens a clue runs before its enumeration. */
const CLUE_TOKENS = 60;

/** An enumeration closes the text (or the next clue's number follows it) within a clue's length. */
function clueEndsAhead(tokens: readonly Token[], from: number): boolean {
  const last = Math.min(tokens.length - 1, from + CLUE_TOKENS);
  for (let k = from; k <= last; k++) {
    if (tokens[k]?.text !== ')' || !enumerationBefore(tokens, k)) continue;
    const after = tokens[k + 1];
    return after === undefined || after.kind === 'digits';
  }
  return false;
}

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
export function isOrdinalSuffix(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'latin' && t.glued && ORDINAL_SUFFIXES.has(lowerText(t));
}

/** Arabic clitics that can sit glued in front of digits (بـ2500, و900, الـ17). */
const DIGIT_CLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'وب', 'ول', 'فب', 'فل', 'وك', 'وبال']);
export function digitClitic(t: Token | undefined): 'article' | 'clitic' | null {
  if (!t || t.kind !== 'arabic' || !DIGIT_CLITICS.has(t.text)) return null;
  return t.text.indexOf('ال') >= 0 || t.text.endsWith('لل') ? 'article' : 'clitic';
}

const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥']);
export function isCurrencySign(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && CURRENCY_SIGNS.has(t.text);
}
const CURRENCY_WORDS = new Set([
  'دولار', 'دولارا', 'دولارات', 'يورو', 'جنيه', 'جنيها', 'دينار', 'دينارا', 'ريال', 'ريالا', 'درهم', 'درهما',
  'dollar', 'dollars', 'euro', 'euros', 'pounds', 'usd', 'eur',
]);
export function isCurrencyWord(t: Token | undefined): boolean {
  if (!t || (t.kind !== 'arabic' && t.kind !== 'latin')) return false;
  return CURRENCY_WORDS.has(lowerText(t));
}

/** Scale words after digits: 2.5 مليون, 3 آلاف, 20 ألفا, 1.5 million, $1.5bn. */
const DIGIT_SCALES = new Map<string, number>([
  ['الف', 1e3], ['الفا', 1e3], ['الاف', 1e3], ['مليون', 1e6], ['مليونا', 1e6], ['ملايين', 1e6],
  ['مليار', 1e9], ['مليارا', 1e9], ['مليارات', 1e9], ['بليون', 1e9], ['بلايين', 1e9], ['تريليون', 1e12], ['ترليون', 1e12],
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['bn', 1e9], ['mn', 1e6], ['mln', 1e6],
]);
/** Scales accepted only glued to the digits ("10k", "$5m"). */
const GLUED_SCALES = new Map<string, number>([['k', 1e3], ['m', 1e6], ['b', 1e9]]);
export function digitScale(t: Token | undefined): number {
  if (!t || (t.kind !== 'arabic' && t.kind !== 'latin')) return 0;
  const txt = lowerText(t);
  const v = DIGIT_SCALES.get(txt);
  if (v !== undefined) return v;
  if (t.glued) return GLUED_SCALES.get(txt) ?? 0;
  return 0;
}

/**
 * Percent words after a figure: %, في المئه, في المائه, بالمئه, بالمائه, percent, per cent, pct.
 * Returns the number of tokens used (0 if none).
 */
export function percentAfter(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!t) return 0;
  if (t.text === '%') return 1;
  const txt = lowerText(t);
  if (txt === 'بالمئه' || txt === 'بالمائه' || txt === 'percent' || txt === 'pct') return 1;
  const n = tokens[j + 1];
  if (!n || n.glued) return 0;
  if ((txt === 'في' && (n.text === 'المئه' || n.text === 'المائه')) || (txt === 'per' && lowerText(n) === 'cent')) return 2;
  return 0;
}
