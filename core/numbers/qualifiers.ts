// Qualifier phrases before and after a figure (ARABIC-FIGURES.md §1.6, §2), matched on tokens.
// Phrases are indexed by their last word (before) or first word (after); the longest match wins.
// The first word of an Arabic phrase may carry a clitic (بنحو، لأكثر من، لما يزيد على).
import type { Qualifier } from '../types';
import type { Token } from '../text/tokenize';
import { matchesWithClitic, QUALIFIER_CLITICS } from './clitics';
import { lowerText } from './english-words';

export interface Phrase {
  words: string[];
  q: Qualifier;
  /** حتى: "up to" before a count, "until" before a date. */
  notBeforeDate?: boolean;
}

const BEFORE: Array<[string, Qualifier]> = [
  // Arabic (normalized: أ→ا, ى→ي, ة→ه)
  // "Just over / just under N" says the figure is close to N: about N, not any larger or smaller number.
  ['اكثر بقليل من|اقل بقليل من|ما يزيد قليلا علي|ما يزيد قليلا عن|ما يقل قليلا عن|يزيد قليلا علي|يقل قليلا عن', 'approx'],
  ['نحو|حوالي|قرابه|زهاء|ما يقارب|يقارب|قارب|ما يقرب من|يقرب من|ما يناهز|يناهز|ناهز|في حدود|تقريبا|قاربت|تقارب|تناهز|ناهزت', 'approx'],
  ['اكثر من|ما يزيد علي|ما يزيد عن|يزيد علي|يزيد عن|زاد علي|زاد عن|ازيد من|ما يربو علي|يربو علي|يفوق|ما يفوق|فاق|يتجاوز|ما يتجاوز|تجاوز|تخطي|يتخطي|فوق|فوگ|ما فوق|تجاوزت|تتجاوز|تخطت|تتخطي|فاقت|تفوق|زادت علي|زادت عن|تزيد علي|تزيد عن|تعدي|تعدت|يتعدي|تتعدي|تجاوزوا|تخطوا|فاقوا|عبرت|عبروا|فاتت', 'gt'],
  // Spoken denials of fewer: «مش أقل من أربع تلاف», «مو أقل من».
  ['ما لا يقل عن|لا يقل عن|ما لا يقل علي|لا يقل علي|علي الاقل|ما لا تقل عن|لا تقل عن|لا تقل علي|مش اقل من|مو اقل من|موش اقل من|مش اقل|مو اقل', 'gte'],
  // Spoken denials of reaching: "ما وصلت تسعين", "ما توصل 90".
  ['اقل من|ما يقل عن|دون|ما دون|لم يصل الي|لم تصل الي|لم يبلغ|لم تبلغ|لم يصل|لم تصل|ما وصل|ما وصلت|ما وصلوا|ما توصل|ما يوصل|ما بلغت|ما بلغ', 'lt'],
  // Negated "exceeded": لم يتجاوز is at most, not more than; ما before a past verb denies it too ("ما تعدّت 100").
  ['بالكاد|بالكاد يبلغ|بالكاد تبلغ|بالكاد يصل الي|مش اكثر من|مش اكتر من|مو اكثر من|موش اكتر من|ما تعدت|ما تعدي|ما تجاوزت|ما تجاوز|ما تخطت|ما تخطي|حتي|ما يصل الي|يصل الي|تصل الي|لا يتجاوز|ما لا يتجاوز|ما لا يزيد علي|ما لا يزيد عن|لا يزيد علي|لا يزيد عن|بحد اقصي|لم يتجاوز|لم تتجاوز|لم يتخط|لم تتخط|لم يزد علي|لم يزد عن|لم يتعد|لم تتعد|لا تتجاوز|ما لا تتجاوز|لم تزد علي|لم تزد عن|لا يزيدون علي|لا يزيدون عن|لا يتجاوزون|لم يتجاوزوا|لا يتعدون|لم يتعدوا|لم يزيدوا علي|لم يزيدوا عن|ما فاتتش|مافاتتش|ما فاتش|مافاتش|ما تعداتش|ما تعداش|ما وصلتش|ما وصلش|ما بلغت اكثر من|ما بلغ اكثر من|لم تبلغ اكثر من|لم يبلغ اكثر من|ما وصلت لاكثر من', 'lte'],
  // English (lower-case)
  ['about|around|roughly|approximately|nearly|almost|some|close to|estimated|an estimated|approx|circa|closer to|nearer to|near|more like|something like|like|somewhere around|in the region of|on the order of', 'approx'],
  ['just over|just above|a little over|a bit over|slightly more than|a little more than|just under|just shy of|a little under|slightly less than|a little less than|just below|slightly over|slightly under', 'approx'],
  ['more than|over|upwards of|in excess of|well over|above|north of|topped|surpassed|exceeded|passed|went past|crossed|topping|exceeding|surpassing', 'gt'],
  ['at least|no fewer than|no less than|not less than|a minimum of', 'gte'],
  ['fewer than|less than|under|below|shy of|south of', 'lt'],
  ['barely|scarcely|hardly|up to|as many as|at most|no more than|not more than|a maximum of|never went past|never exceeded|did not exceed|never topped|never passed|never surpassed|never more than|has not exceeded|have not exceeded|had not exceeded', 'lte'],
];

const AFTER: Array<[string, Qualifier]> = [
  ['تقريبا|او نحو ذلك', 'approx'],
  ['ونيف|ونيفا|نيف', 'gt'],
  ['علي الاقل|او اكثر|علي اقل تقدير|وما يزيد', 'gte'],
  ['or so|or thereabouts|approximately|roughly', 'approx'],
  ['or more|at least|at a minimum', 'gte'],
  ['or fewer|or less|at most', 'lte'],
];

function index(list: Array<[string, Qualifier]>, byLast: boolean): Map<string, Phrase[]> {
  const m = new Map<string, Phrase[]>();
  for (const [forms, q] of list) {
    for (const f of forms.split('|')) {
      const words = f.split(' ');
      const p: Phrase = { words, q };
      if (f === 'حتي') p.notBeforeDate = true;
      const key = byLast ? (words[words.length - 1] as string) : (words[0] as string);
      let arr = m.get(key);
      if (!arr) m.set(key, (arr = []));
      arr.push(p);
    }
  }
  for (const arr of m.values()) arr.sort((a, b) => b.words.length - a.words.length);
  return m;
}

const BEFORE_BY_LAST = index(BEFORE, true);
const AFTER_BY_FIRST = index(AFTER, false);

export interface QualMatch {
  phrase: Phrase;
  /** Token range [t0, t1) of the phrase. */
  t0: number;
  t1: number;
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && (t.kind === 'arabic' || t.kind === 'latin');
}

/** Candidate phrases whose last word is `text` (allowing a clitic when it is also the first word). */
function beforeCandidates(text: string, t: Token): Phrase[] | undefined {
  const direct = BEFORE_BY_LAST.get(text);
  if (direct || t.kind !== 'arabic') return direct;
  for (let k = 1; k <= 2 && k < text.length - 1; k++) {
    if (!QUALIFIER_CLITICS.has(text.slice(0, k))) continue;
    const arr = BEFORE_BY_LAST.get(text.slice(k));
    if (arr) return arr.filter((p) => p.words.length === 1);
  }
  return undefined;
}

/** Longest qualifier phrase ending right before token `e`, starting at or after token `lo`. */
export function matchBefore(tokens: readonly Token[], e: number, lo: number): QualMatch | null {
  const lastTok = tokens[e - 1];
  if (e - 1 < lo || !isWord(lastTok)) return null;
  const cands = beforeCandidates(lowerText(lastTok), lastTok);
  if (!cands) return null;
  for (const p of cands) {
    const n = p.words.length;
    const s = e - n;
    if (s < lo) continue;
    if (matchWords(tokens, s, p.words)) return { phrase: p, t0: s, t1: e };
  }
  return null;
}

// "لم يسجّلوا فعلياً أكثر من 70", "they didn't log more than 70": a denied "more than" is at most.
// لا يزال / ما زال ("still") and لا سيما are not denials.
const AR_DENIALS = new Set(['لم', 'لا', 'لن', 'ليس', 'ليست', 'ولم', 'ولا', 'ولن', 'فلم', 'فلا', 'فلن']);
const NOT_DENIAL_AFTER = new Set(['يزال', 'تزال', 'زال', 'زالت', 'سيما', 'بد']);
const EN_DENIALS = new Set(['not', 'never', 'didn', 'doesn', 'don', 'hasn', 'haven', 'hadn', 'wasn', 'weren', 'isn', 'aren', 'won', 'wouldn', 'couldn', 'cannot']);

/** Whether a denial stands within four words before token `t0` (not across punctuation or before `lo`). */
export function deniedBefore(tokens: readonly Token[], t0: number, lo: number): boolean {
  let words = 0;
  for (let i = t0 - 1; i >= lo && words < 4; i--) {
    const t = tokens[i] as Token;
    if (t.text === "'" || t.text === '’') continue; // didn't
    if (!isWord(t)) return false;
    words++;
    const txt = lowerText(t);
    if (t.kind === 'arabic' ? AR_DENIALS.has(txt) && !NOT_DENIAL_AFTER.has(tokens[i + 1]?.text ?? '') : EN_DENIALS.has(txt)) return true;
  }
  return false;
}

/** Longest qualifier phrase starting at token `s`. */
export function matchAfter(tokens: readonly Token[], s: number): QualMatch | null {
  const first = tokens[s];
  if (!isWord(first)) return null;
  const cands = AFTER_BY_FIRST.get(lowerText(first));
  if (!cands) return null;
  for (const p of cands) {
    if (matchWords(tokens, s, p.words)) {
      const end = s + p.words.length;
      // "أو أكثر من 3000": a new comparison, not a trailing qualifier.
      const nxt = tokens[end];
      if (nxt && (nxt.text === 'من' || nxt.text === 'than')) continue;
      return { phrase: p, t0: s, t1: end };
    }
  }
  return null;
}

function matchWords(tokens: readonly Token[], s: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[s + k];
    if (!isWord(t)) return false;
    if (k > 0 && t.glued) return false;
    const w = words[k] as string;
    const txt = lowerText(t);
    if (txt === w) continue;
    if (k === 0 && t.kind === 'arabic' && matchesWithClitic(txt, w)) continue;
    return false;
  }
  return true;
}

/** Turn a qualifier and value into the interval it allows. */
export function interval(q: Qualifier, v: number): [number, number] {
  switch (q) {
    case 'approx':
      return [v * 0.9, v * 1.1];
    case 'gt':
    case 'gte':
      return [v, Infinity];
    case 'lt':
    case 'lte':
      return [0, v];
    default:
      return [v, v];
  }
}

// Month names (normalized) for the حتى check: "حتى 17 أكتوبر" is a date, not "up to 17".
const MONTHS = new Set(
  ('يناير فبراير مارس ابريل مايو يونيو يونيه يوليو يوليه اغسطس سبتمبر اكتوبر نوفمبر ديسمبر ' +
    'كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين جانفي فيفري افريل ماي جوان جويليه اوت يوليوز غشت شتنبر نونبر دجنبر ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);

export function isMonthToken(t: Token | undefined): boolean {
  return t !== undefined && MONTHS.has(lowerText(t));
}
