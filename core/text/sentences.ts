// Sentence and clause splitting over normalized text. Sentences end at . ! ? ؟ ؛ ۔ and newlines,
// with guards for decimals, single-letter abbreviations (U.S., د.), common English abbreviations,
// and a period glued to a following letter (".الذي" in some CMS copy is not a sentence end).
import type { Span } from '../types';
import { isArabicLetter } from './tokenize';

const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
  'gen', 'lt', 'col', 'sgt', 'maj', 'capt', 'cpl', 'adm', 'gov', 'sen', 'rep', 'pres', 'prof',
  'dr', 'mr', 'mrs', 'ms', 'st', 'no', 'vs', 'etc', 'inc', 'co', 'corp', 'ltd', 'jr', 'sr', 'approx', 'est',
]);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b || c === 0xa0 || c === 0x2028 || c === 0x2029;
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isLetter(c: number): boolean {
  return isLatin(c) || isArabicLetter(c);
}
function isTerminator(c: number): boolean {
  // . ! ? ؟ ؛ ۔
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x061b || c === 0x06d4;
}
function isCloser(c: number): boolean {
  // " ' ) ] »
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0xbb;
}

/** Is the period at `i` a real sentence end? */
function periodEnds(s: string, i: number): boolean {
  const n = s.length;
  const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
  const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
  if (isDigit(prev) && isDigit(next)) return false; // 3.5
  if (isLetter(next)) return false; // U.S / ".الذي" glued to the next word
  // Letters right before the period.
  let ws = i;
  while (ws > 0 && isLetter(s.charCodeAt(ws - 1))) ws--;
  const len = i - ws;
  if (len === 1) {
    // A single letter: U.S. / د. / U.N. — unless it is a digit-led token like "5a."
    const before = ws > 0 ? s.charCodeAt(ws - 1) : 0;
    if (!isDigit(before)) return false;
  } else if (len > 1 && len <= 6 && isLatin(s.charCodeAt(ws))) {
    if (ABBREVIATIONS.has(s.slice(ws, i).toLowerCase())) return false;
  }
  // "… the U.S. and" style continuation: a lowercase Latin word after the space.
  let j = i + 1;
  while (j < n && (s.charCodeAt(j) === 0x20 || s.charCodeAt(j) === 0xa0)) j++;
  const after = j < n ? s.charCodeAt(j) : 0;
  if (j > i + 1 && after >= 0x61 && after <= 0x7a && len > 0 && isLatin(s.charCodeAt(i - 1))) return false;
  return true;
}

function pushTrimmed(out: Span[], s: string, start: number, end: number): void {
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/** Newlines and the terminators of isTerminator. */
const BREAK_CANDIDATES = /[\n\r\u2028\u2029.!?\u061f\u061b\u06d4]/g;

/**
 * A line that is only a figure, with a sign or a short qualifier: "٢٥٠٠", "+٤٠", "165+", "١٦٠ على
 * الأقل" (a stat card's). Digits of every script: the content script tests raw page text with it.
 */
const FIGURE_LINE = /^\s*[+~≈>]?[0-9\u0660-\u0669\u06f0-\u06f9][0-9\u0660-\u0669\u06f0-\u06f9,.\u066b\u066c]*\+?(?:[^\S\n\r\u2028\u2029]+[^\s0-9\u0660-\u0669\u06f0-\u06f9]+){0,2}\s*$/;
const FIGURE_LINE_MAX = 24;

export function isFigureLine(line: string): boolean {
  return line.length <= FIGURE_LINE_MAX && FIGURE_LINE.test(line);
}
/** The next line opens with a word. */
const LETTER_NEXT = /^\s?[A-Za-z\u0621-\u064a]/;

/** Split normalized text into sentence spans (no surrounding whitespace, never empty). */
export function splitSentences(norm: string): Span[] {
  const out: Span[] = [];
  const n = norm.length;
  let start = 0;
  let i = 0;
  const breaks = BREAK_CANDIDATES;
  /** The current sentence starts a line (a figure alone on it may be a stat card's). */
  let lineStart = true;
  while (i < n) {
    // Jump to the next newline or terminator (a native scan; most characters are neither).
    breaks.lastIndex = i;
    if (!breaks.exec(norm)) break;
    i = breaks.lastIndex - 1;
    const c = norm.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x2028) {
      // A stat card: the figure on its own line, what it counts on the next ("٢٥٠٠\nعسكري أمريكي…").
      if (lineStart && i - start <= FIGURE_LINE_MAX && isFigureLine(norm.slice(start, i)) && LETTER_NEXT.test(norm.slice(i + 1, i + 3))) {
        lineStart = false;
        i++;
        continue;
      }
      pushTrimmed(out, norm, start, i);
      start = i + 1;
      lineStart = true;
      i++;
      continue;
    }
    if (c === 0x2e && !periodEnds(norm, i)) {
      i++;
      continue;
    }
    // Swallow a run of terminators (?!, ...) and closing quotes/brackets glued to them.
    let e = i + 1;
    while (e < n && (isTerminator(norm.charCodeAt(e)) || isCloser(norm.charCodeAt(e)))) e++;
    pushTrimmed(out, norm, start, e);
    start = e;
    // A footnote mark after the period («…الآن».3) is no line of its own.
    lineStart = false;
    i = e;
  }
  pushTrimmed(out, norm, start, n);
  return out;
}

const CLAUSE_MARKS = /[\u060c,:;\u061b\t|\u2013\u2014]/g;

/**
 * Split a sentence span at ، , : ; ؛, dashes (a timeline's "Jan. 5, 2020 — …") and table-cell tabs
 * or bars (not inside numbers such as 2,500, 10:26 or 2020–2021).
 */
export function splitClauses(norm: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let start = sentence.start;
  const marks = CLAUSE_MARKS;
  marks.lastIndex = sentence.start;
  for (let m = marks.exec(norm); m !== null && m.index < sentence.end; m = marks.exec(norm)) {
    const i = m.index;
    const c = norm.charCodeAt(i);
    if ((c === 0x2c || c === 0x3a || c === 0x2013 || c === 0x2014) && i > 0 && isDigit(norm.charCodeAt(i - 1)) && i + 1 < norm.length && isDigit(norm.charCodeAt(i + 1))) continue;
    pushTrimmed(out, norm, start, i);
    start = i + 1;
  }
  pushTrimmed(out, norm, start, sentence.end);
  return out;
}
