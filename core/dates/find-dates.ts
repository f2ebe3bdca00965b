// Date and year mentions in normalized text (ARABIC-FIGURES.md §1.8, §1.9, §2).
//
// One tokenizer pass, then a left-to-right scan: at each token try
//   [relation] [part] core
// where core is a numeric date, a day + month (+ year), a month (+ day) (+ year), a year word +
// year, or a bare year (only after a marker). The first success is taken and the scan resumes
// after it, so mentions come out sorted and non-overlapping. All lookups are Map gets.
import { englishNumberWord, type EnWord } from '../numbers/english-words';
import type { DateMention, PeriodPart, SimpleDate, Span } from '../types';
import { inferYear } from './infer';
import { dateLexicon, type DateLexicon, type PartEntry, type PhraseTable, type RelEntry, type Shift } from './lexicon';
import { AR, DIGIT, LAT, PUNCT, tokenize, type Tok } from './tokens';

export interface FindDatesOptions {
  /**
   * Reference date (the article's publication date). When given, a month or day + month written
   * without a year gets `year` inferred (most recent past occurrence; الماضي/المقبل/الجاري shift
   * it) and no `yearSpan`, since no year digits were written.
   */
  ref?: SimpleDate;
  /**
   * Offsets where a word ends that makes a bare year right after it a year: an event's verb
   * («البرلمان صوّت 2019», "the coalition formed 2016"). The caller knows the event words.
   */
  yearMarks?: ReadonlySet<number>;
  /**
   * The month the text before named last, for «السابع عشر من الشهر نفسه», "the 17th of that
   * month" before any month of the text's own.
   */
  monthBefore?: { month: number; year?: number };
}

/** The date tables, set by findDates before parsing (built lazily: see dateLexicon). */
let L: DateLexicon;

/** "dated … to", "dates the first attack to": a verb of dating, within a few words before "to". */
const DATED_TO = /\bdat(?:e|es|ed|ing)\b[^.;:!?]{0,60}$/i;

/** Words of being there before «من» and a bare year, as spoken (events.ts reads the pair as "since"). */
export const BEING_THERE = '(?<![\u0621-\u064a])[وف]?(?:موجود|موجوده|موجودين|متواجد|جاي|جايين|داخل|قاعد|قاعدين|باقي|باقيين)(?:\\s+هنا)?';
const PRESENT_BEFORE = new RegExp(`${BEING_THERE}\\s*$`);

const OPENING_QUOTES = new Set(['«', '"', '“']);

/** "year is", "date was" right before a bare year. */
const YEAR_OF_EVENT_EN = /(?:year|date)\s+(?:is|was)\s+$/i;
/** «سنة تأسيس التحالف هي», «عام تصويت البرلمان»: "the year of" an event, then the year. */
const YEAR_OF_EVENT_AR = /(?<![\u0621-\u064a])[وف]?(?:سنه|عام)\s+\S+(?:\s+\S+){0,3}\s+(?:(?:هي|هو|كانت|كان)\s+)?$/;

/** Verbs that give a figure's year: '"5,000 troops" describes 2016', "reflects 2017". */
const DESCRIBES = new Set(['describes', 'described', 'reflects', 'reflected']);

/** After a year, "as the coalition's founding year": the year of what follows. */
const YEAR_AS = /^\s+as\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?year\b/i;
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const NUM_SEP = new Set([',', '.', ':', '/', '-']);
const DATE_SEP = new Set(['/', '-', '.']);
const MONEY_OR_PCT = new Set(['$', '€', '£', '¥', '%']);
/** بألفين: "in 2000…", a year in words that needs no year word before it. */
const IN_TWO_THOUSAND = new Set(['بالفين', 'بالفان']);
/** Words for a year spoken aloud (normalized): ألفين / ألفان, then units, teens and tens. */
const TWO_THOUSAND = new Set(['الفين', 'الفان', ...IN_TWO_THOUSAND]);
const YEAR_UNITS = new Map<string, number>([
  ['واحد', 1], ['احد', 1], ['اثنين', 2], ['اثنان', 2], ['اثني', 2], ['اثنا', 2], ['ثلاث', 3], ['ثلاثه', 3], ['اربع', 4], ['اربعه', 4],
  ['خمس', 5], ['خمسه', 5], ['ست', 6], ['سته', 6], ['سبع', 7], ['سبعه', 7], ['ثمان', 8], ['ثماني', 8], ['ثمانيه', 8],
  ['تسع', 9], ['تسعه', 9], ['عشر', 10], ['عشره', 10], ['عشرين', 20], ['عشرون', 20],
]);
// Spoken teens (Levantine, Iraqi, Gulf): "ألفين وتسعتعش" is 2019.
for (const [forms, v] of [
  ['حداش احدعش', 11], ['اطناش اتناش اثنعش', 12], ['تلتاش تلطاش ثلطعش ثلاثطعش تلطعش', 13], ['اربعتعش اربعطاش اربطعش اربعطعش', 14],
  ['خمستعش خمسطاش خمسطعش', 15], ['ستاش سطعش ستطعش', 16], ['سبعتعش سبعطاش سبعطعش', 17], ['تمنتعش تمنطاش ثمنطعش تمنطعش', 18], ['تسعتعش تسعطاش تسعطعش', 19],
  // Egyptian: أربعتاشر، سبعتاشر
  ['حداشر', 11], ['اتناشر', 12], ['تلتاشر', 13], ['اربعتاشر', 14], ['خمستاشر', 15], ['ستاشر', 16], ['سبعتاشر', 17], ['تمنتاشر', 18], ['تسعتاشر', 19],
] as const) for (const f of forms.split(' ')) YEAR_UNITS.set(f, v);
/** An English number word (lower-case key) at a Latin token. */
function englishWord(t: Tok | undefined): EnWord | undefined {
  return t?.k === LAT ? englishNumberWord(t.key) : undefined;
}

/** "من العام نفسه / ذاته": the same year as the date before. */
const SAME_WORDS = new Set(['نفسه', 'ذاته']);
/** Punctuation after a year that opens a timeline entry. */
const ENTRY_MARKS = new Set([':', '–', '—']);
/** Punctuation that ends a label's value. */
const CLAUSE_END = new Set(['.', '،', ',', ';', '؛', '|', '(', ')']);

interface Hit<T> {
  value: T;
  n: number;
}

interface YearHit {
  year: number;
  span: Span;
  /** Token index after the year (after a glued م). */
  e: number;
  suffix: boolean;
  /** "2014-2017": the second year. */
  range?: YearHit;
}

interface MonthHit {
  month: number;
  amb: boolean;
  e: number;
}

interface Core {
  s: number;
  e: number;
  year?: number;
  yearSpan?: Span;
  month?: number;
  day?: number;
  daySpan?: Span;
  shift?: Shift;
  /** "أكتوبر من العام الماضي": year = ref.year + offset. */
  offset?: number;
  /** "من العام نفسه": the year of the date before in the text. */
  sameYear?: boolean;
  second?: YearHit;
  label?: boolean;
  /** "as 2021 drew to a close": the part said after the year. */
  partAfter?: PeriodPart;
  rejected?: boolean;
  /** The year is not written here but known from the date before («في ٢٨ منه»). */
  knownYear?: boolean;
}

/** After "as"/"when" and a bare year, words that place the event at the year's end. */
const YEAR_ENDING = /^\s+(?:drew to a (?:close|end)|was drawing to a close|came to an (?:end|close)|ended|closed|wound down|ran out|was ending|was over)\b/i;
const YEAR_ENDING_BEFORE = new Set(['as', 'when', 'before']);
/** Words that reject what comes before them: "…, not 2019", «… لا 2020», «مو 2019». */
const REJECTING = new Set(['not', 'لا', 'ولا', 'ليس', 'وليس', 'مو', 'مش']);

interface Ctx {
  /** A relation or part word before: a bare 4-digit number may be a year. */
  marker: boolean;
  weak: boolean;
  /** A strong part word before: an ambiguous month name is accepted. */
  confirm: boolean;
}

const span = (a: Tok, b: Tok): Span => ({ start: a.s, end: b.e });

class Parser {
  /** The year of the last date read with one (for "من العام نفسه"). */
  lastYear: number | undefined;
  /** The month of the last date read with one (for «في ٢٨ منه», "the 17th of that month"). */
  lastMonth: { month: number; year?: number } | undefined;
  /** The token after the last date read. */
  lastDateEnd = -1;

  constructor(
    private readonly text: string,
    private readonly toks: Tok[],
    private readonly ref: SimpleDate | undefined,
    private readonly yearMarks: ReadonlySet<number> | undefined,
  ) {}

  /** A rejection word before token j, right after the last date (a comma and a word between at most: "2021 ended, not 2020"). */
  private rejectsDateBefore(j: number): boolean {
    // «لا «2004»», 'not "2013"': a quote may open between.
    if (this.toks[j - 1]?.k === PUNCT && OPENING_QUOTES.has((this.toks[j - 1] as Tok).t)) j--;
    const w = this.toks[j - 1];
    if (w === undefined || !REJECTING.has(w.key) || this.lastDateEnd < 0) return false;
    const between = this.toks.slice(this.lastDateEnd, j - 1);
    return between.length <= 2 && between.every((t) => t.k === AR || t.k === LAT || t.t === ',' || t.t === '،');
  }

  /** The word right before token j is an event's verb (FindDatesOptions.yearMarks). */
  private markedBefore(j: number): boolean {
    const p = this.toks[j - 1];
    if (p === undefined || (p.k !== AR && p.k !== LAT)) return false;
    // Spoken «بـ2019»: ب glued to a year is "in".
    if (p.k === AR && /^[وف]?ب$/.test(p.t) && this.toks[j]?.g === true) return true;
    // '"upward of 5,000 troops" describes 2016': the year a figure is said to be of.
    if (p.k === LAT && DESCRIBES.has(p.key)) return true;
    // "dated the end of combat operations to 2022": the year something is dated to.
    if (p.k === LAT && p.key === 'to' && DATED_TO.test(this.text.slice(Math.max(0, p.s - 70), p.s))) return true;
    // «التحالف موجود من 2016», «جاي من 2016»: «من» after being there is "since" in speech.
    if (p.k === AR && p.key === 'من' && PRESENT_BEFORE.test(this.text.slice(Math.max(0, p.s - 20), p.s))) return true;
    return this.yearMarks !== undefined && (this.yearMarks.has(p.e) || this.yearOfMarked(j));
  }

  /** "the coalition's founding year is 2014", «سنة تأسيس التحالف (هي) 2014»: the year of an event named just before. */
  private yearOfMarked(j: number): boolean {
    const start = (this.toks[j] as Tok).s;
    const from = Math.max(0, start - 50);
    const head = this.text.slice(from, start);
    const marked = (lo: number, hi: number): boolean => [...(this.yearMarks ?? [])].some((mark) => mark >= lo && mark <= hi);
    // English: the event word right before "year" ("founding year", "vote date").
    const en = YEAR_OF_EVENT_EN.exec(head);
    if (en) return marked(from + en.index - 2, from + en.index);
    // Arabic: the event word among those after «سنة».
    const ar = YEAR_OF_EVENT_AR.exec(head);
    return ar !== null && marked(from + ar.index, start);
  }

  private isP(k: number, ch: string, glued = false): boolean {
    const t = this.toks[k];
    return t !== undefined && t.k === PUNCT && t.t === ch && (!glued || t.g);
  }

  private isWord(k: number, key: string, kind: number): boolean {
    const t = this.toks[k];
    return t !== undefined && t.k === kind && t.key === key;
  }

  private phrase<T>(table: PhraseTable<T>, k: number): Hit<T> | null {
    const t = this.toks[k];
    if (t === undefined || (t.k !== AR && t.k !== LAT)) return null;
    const list = table.get(t.key);
    if (!list) return null;
    outer: for (const p of list) {
      for (let r = 0; r < p.rest.length; r++) {
        const u = this.toks[k + 1 + r];
        if (u === undefined || u.k === DIGIT || u.k === PUNCT || u.key !== p.rest[r]) continue outer;
      }
      return { value: p.value, n: p.rest.length + 1 };
    }
    return null;
  }

  /** Digits at k are not the tail of a bigger number (2,014 / 10:26) nor money or percent. */
  private freeLeft(k: number): boolean {
    const t = this.toks[k] as Tok;
    const p = this.toks[k - 1];
    if (!t.g || p === undefined || p.k !== PUNCT) return true;
    if (MONEY_OR_PCT.has(p.t)) return false;
    return !(NUM_SEP.has(p.t) && p.g && this.toks[k - 2]?.k === DIGIT);
  }

  private freeRight(k: number): boolean {
    const n = this.toks[k + 1];
    if (n === undefined || !n.g || n.k !== PUNCT) return true;
    if (n.t === '%') return false;
    const d = this.toks[k + 2];
    return !(NUM_SEP.has(n.t) && d !== undefined && d.g && d.k === DIGIT);
  }

  /** The word after a bare year says it is a count ("2000 جندي", "2000 troops"). */
  private blocked(k: number, weak: boolean): boolean {
    const t = this.toks[k];
    if (t === undefined || (t.k !== AR && t.k !== LAT)) return false;
    // "In 2016 more than 5,000 troops": "more than" qualifies the next number, not this one.
    if (t.key === 'more' && this.toks[k + 1]?.key === 'than') return false;
    // "on Jan. 28 killed three soldiers": a verb whose object is the next number.
    if (t.k === LAT && t.key === 'killed' && (this.toks[k + 1]?.k === DIGIT || englishWord(this.toks[k + 1])?.kind === 'unit')) return false;
    return L.BLOCK_AFTER_YEAR.has(t.key) || (weak && L.WEAK_BLOCK_AFTER_YEAR.has(t.key));
  }

  /**
   * A year in words after a year word, as speakers say it: "سنة ألفين وأربعة عشر", "عام ألفين
   * واثنين وعشرين" (2000–2039).
   */
  private wordsYear(k: number): YearHit | null {
    const t0 = this.toks[k];
    if (t0?.k === LAT) return this.englishWordsYear(k);
    if (t0 === undefined || t0.k !== AR || !TWO_THOUSAND.has(t0.key)) return null;
    let n = 0;
    let e = k + 1;
    const w1 = this.toks[e];
    const u1 = w1 && w1.k === AR && w1.key.startsWith('و') ? (YEAR_UNITS.get(w1.key.slice(1)) ?? null) : null;
    // "ألفين وأربعتاشر" with a word this table lacks is some year of 2000–2039, not 2000 itself.
    if (u1 === null && w1 && w1.k === AR && w1.key.startsWith('و') && !w1.g && /(?:عش|طش|طاش|تاش|تاشر|عشر)$/.test(w1.key)) return null;
    if (u1 !== null) {
      n = u1;
      e++;
      const w2 = this.toks[e];
      if (u1 < 10 && w2 && w2.k === AR && (w2.key === 'عشر' || w2.key === 'عشره')) {
        n += 10;
        e++;
      } else if (u1 < 10 && w2 && w2.k === AR && (w2.key === 'وعشرين' || w2.key === 'وعشرون' || w2.key === 'وثلاثين')) {
        n += w2.key === 'وثلاثين' ? 30 : 20;
        e++;
      }
    }
    const sp = span(t0, this.toks[e - 1] as Tok);
    if (t0.key.startsWith('ب')) sp.start++; // بألفين: the year is after "in"
    return { year: 2000 + n, span: sp, e, suffix: false };
  }

  /** A year in words with no year word before it: English, or Arabic with a unit ("في ألفين وتسعتعش"). */
  private spokenYear(j: number): YearHit | null {
    const t = this.toks[j];
    if (t?.k === LAT) return this.englishWordsYear(j);
    const y = t?.k === AR ? this.wordsYear(j) : null;
    return y && y.e > j + 1 && !this.blocked(y.e, false) ? y : null;
  }

  /** "twenty fourteen", "twenty twenty-two", "two thousand (and) fifteen". */
  private englishWordsYear(k: number): YearHit | null {
    const t0 = this.toks[k] as Tok;
    let tail: { n: number; e: number } | null = null;
    if (t0.key === 'twenty') tail = this.englishYearTail(k + 1, false);
    else if (t0.key === 'two' && this.isWord(k + 1, 'thousand', LAT)) tail = this.englishYearTail(this.isWord(k + 2, 'and', LAT) ? k + 3 : k + 2, true);
    // "twenty twenty-two troops" counts; a year ends its phrase.
    if (!tail || this.blocked(tail.e, false)) return null;
    return { year: 2000 + tail.n, span: span(t0, this.toks[tail.e - 1] as Tok), e: tail.e, suffix: false };
  }

  /** A year's last two digits in words at i: a teen, tens with an optional unit ("twenty-two"), or (`units`) a unit. */
  private englishYearTail(i: number, units: boolean): { n: number; e: number } | null {
    const w = englishWord(this.toks[i]);
    if (w?.kind === 'unit') return w.value >= (units ? 1 : 10) ? { n: w.value, e: i + 1 } : null;
    if (w?.kind !== 'tens') return null;
    const u = this.toks[i + 2];
    const unit = this.isP(i + 1, '-', true) && u?.g ? englishWord(u) : undefined;
    return unit?.kind === 'unit' && unit.value > 0 && unit.value < 10 ? { n: w.value + unit.value, e: i + 3 } : { n: w.value, e: i + 1 };
  }

  /** A 4-digit year at k (1900–2100), with a glued م, or "2014-2017" when allowRange. */
  private year(k: number, allowRange = true, rangeEnd = false): YearHit | null {
    const t = this.toks[k];
    if (t === undefined || t.k !== DIGIT || t.t.length !== 4) return null;
    const v = Number(t.t);
    if (v < YEAR_MIN || v > YEAR_MAX || (!rangeEnd && !this.freeLeft(k))) return null;
    const hit: YearHit = { year: v, span: span(t, t), e: k + 1, suffix: false };
    const n = this.toks[k + 1];
    if (n !== undefined && n.g && n.k === AR && n.t === 'م') return { ...hit, e: k + 2, suffix: true };
    if (this.freeRight(k)) return hit;
    if (allowRange && (this.isP(k + 1, '-', true) || this.isP(k + 1, '/', true))) {
      const r = this.year(k + 2, false, true);
      if (r && r.year > v && (this.toks[k + 2] as Tok).g) return { ...hit, range: r };
    }
    return null;
  }

  /** Day number: optional glued clitic (الـ17 → ال17), 1–31, optional English suffix (17th). */
  private dayNum(k: number): { day: number; span: Span; e: number } | null {
    let i = k;
    const t0 = this.toks[k];
    if (t0 === undefined) return null;
    if (t0.k === AR) {
      if (!L.AR_DAY_CLITIC.test(t0.t)) return null;
      i = k + 1;
      if (!this.toks[i]?.g) return null;
    }
    const d = this.toks[i];
    if (d === undefined || d.k !== DIGIT || d.t.length > 2) return null;
    const v = Number(d.t);
    if (v < 1 || v > 31 || !this.freeLeft(i)) return null;
    let e = i + 1;
    const sfx = this.toks[e];
    // "January 15-19", "15-19 كانون الثاني": a span of days, named by its first.
    const dash = this.toks[e];
    const last = this.toks[e + 1];
    if (dash?.k === PUNCT && dash.t === '-' && dash.g && last?.k === DIGIT && last.g && last.t.length <= 2 && Number(last.t) > v && Number(last.t) <= 31 && this.freeRight(e + 1)) {
      return { day: v, span: span(d, d), e: e + 2 };
    }
    if (sfx !== undefined && sfx.g && sfx.k === LAT && L.EN_ORD_SUFFIX.has(sfx.key)) e++;
    else if (!this.freeRight(i)) return null;
    return { day: v, span: span(d, d), e };
  }

  /** A day before a month: Arabic ordinal (السابع عشر), digits (17, ال17), English "the 17th". */
  private day(k: number): { day: number; span: Span; e: number; ordinal: boolean } | null {
    const o = this.phrase(L.AR_ORDINALS, k);
    if (o) {
      const sp = span(this.toks[k] as Tok, this.toks[k + o.n - 1] as Tok);
      return { day: o.value, span: sp, e: k + o.n, ordinal: true };
    }
    const i = this.isWord(k, 'the', LAT) ? k + 1 : k;
    const d = this.dayNum(i);
    if (d) return { ...d, ordinal: false };
    // A cardinal in words is a day only right before its month (dayFirst): «ثمانية وعشرين كانون الثاني».
    const c = this.phrase(L.AR_CARDINAL_DAYS, k);
    if (!c || !L.AR_MONTHS.get(this.toks[k + c.n]?.key ?? '')) return null;
    return { day: c.value, span: span(this.toks[k] as Tok, this.toks[k + c.n - 1] as Tok), e: k + c.n, ordinal: false };
  }

  /** A month name; Arabic pairs (تشرين الأول/أكتوبر, أكتوبر (تشرين الأول)) give one month. */
  private month(k: number): MonthHit | null {
    const t = this.toks[k];
    if (t === undefined) return null;
    if (t.k === LAT) {
      const m = L.EN_MONTHS.get(t.key);
      const c = t.t.charCodeAt(0);
      if (!m || c < 65 || c > 90) return null;
      let e = k + 1;
      let amb = m.amb;
      if (m.abbr) {
        if (this.isP(e, '.', true)) e++;
        else amb = true;
      }
      return { month: m.month, amb, e };
    }
    let a = this.phrase(L.AR_MONTHS, k);
    // «بآب ٢٠٢٣»: an ambiguous name with ب/ل is a month only right before its year.
    if (!a) {
      const p = this.phrase(L.AR_MONTHS_PREP_AMB, k);
      if (p && this.year(k + p.n, false)) a = p;
    }
    if (!a) return null;
    let e = k + a.n;
    let amb = a.value.amb;
    const open = this.isP(e, '(');
    if (open || this.isP(e, '/')) {
      const b = this.phrase(L.AR_MONTHS, e + 1);
      if (b && b.value.month === a.value.month) {
        const e2 = e + 1 + b.n;
        if (!open) e = e2;
        else if (this.isP(e2, ')')) e = e2 + 1;
        if (e !== k + a.n) amb = amb && b.value.amb;
      }
    }
    return { month: a.value.month, amb, e };
  }

  /**
   * After a month: [,] [من|of] [عام|العام|سنة] YEAR, or "من العام الماضي" (year offset). Without
   * a day or year word, a count noun after the number rejects it ("In October 2000 troops").
   */
  private yearAfter(k: number, hasDay: boolean): { y?: YearHit; offset?: number; same?: boolean; e: number } | null {
    let i = k;
    if (this.isP(i, ',') || this.isP(i, '،')) i++;
    if (this.isWord(i, L.AR_MIN, AR) || this.isWord(i, 'of', LAT)) i++;
    // "من نفس العام", "of the same year": the year of the date before.
    const sameWord = this.isWord(i, 'نفس', AR) ? this.phrase(L.AR_YEAR_WORDS, i + 1) : null;
    if (sameWord) return { same: true, e: i + 1 + sameWord.n };
    if (this.isWord(i, 'the', LAT) && this.isWord(i + 1, 'same', LAT) && this.isWord(i + 2, 'year', LAT)) return { same: true, e: i + 3 };
    const w = this.phrase(L.AR_YEAR_WORDS, i);
    const marked = w !== null && !w.value;
    if (marked) {
      i += (w as Hit<boolean>).n;
      const s = L.AR_SHIFT.get(this.toks[i]?.key ?? '');
      if (s) return { offset: s === 'past' ? -1 : s === 'next' ? 1 : 0, e: i + 1 };
      if (SAME_WORDS.has(this.toks[i]?.key ?? '')) return { same: true, e: i + 1 };
    }
    const y = this.year(i, false) ?? (marked ? this.wordsYear(i) : null);
    if (!y || (!marked && !hasDay && !y.suffix && this.blocked(y.e, false))) return null;
    return { y, e: y.e };
  }

  /** Completes a core that has its month: year, or a shift word, and the ambiguity check. */
  private finishMonth(c: Core, mo: MonthHit, confirm: boolean): Core | null {
    c.month = mo.month;
    c.e = Math.max(c.e, mo.e);
    const ya = this.yearAfter(c.e, c.day !== undefined);
    if (ya) {
      c.e = ya.e;
      if (ya.y) {
        c.year = ya.y.year;
        c.yearSpan = ya.y.span;
      } else if (ya.same) c.sameYear = true;
      else c.offset = ya.offset;
    } else {
      const s = L.AR_SHIFT.get(this.toks[c.e]?.key ?? '');
      if (s) {
        c.shift = s;
        c.e++;
        confirm = true;
      }
    }
    if (mo.amb && !confirm && c.day === undefined && c.year === undefined && c.offset === undefined) return null;
    return c;
  }

  private numeric(j: number): Core | null {
    const t = this.toks;
    const a = t[j];
    const s1 = t[j + 1];
    const b = t[j + 2];
    const s2 = t[j + 3];
    const c = t[j + 4];
    if (!a || !s1 || !b || !s2 || !c || a.k !== DIGIT || b.k !== DIGIT || c.k !== DIGIT) return null;
    if (s1.k !== PUNCT || !DATE_SEP.has(s1.t) || s2.t !== s1.t || !(s1.g && b.g && s2.g && c.g)) return null;
    if (!this.freeLeft(j) || !this.freeRight(j + 4)) return null;
    let y: Tok;
    let m: Tok;
    let d: Tok;
    if (a.t.length === 4 && b.t.length <= 2 && c.t.length <= 2) [y, m, d] = [a, b, c];
    else if (a.t.length <= 2 && b.t.length <= 2 && c.t.length === 4) {
      // Day first (Arabic, European); month first only when the day cannot be a month (10/17/2023).
      [d, m, y] = Number(a.t) <= 12 && Number(b.t) > 12 ? [b, a, c] : [a, b, c];
    } else return null;
    const year = Number(y.t);
    const month = Number(m.t);
    const day = Number(d.t);
    if (year < YEAR_MIN || year > YEAR_MAX || month < 1 || month > 12) return null;
    if (day < 1 || day > (DAYS_IN_MONTH[month - 1] as number)) return null;
    return { s: j, e: j + 5, year, yearSpan: span(y, y), month, day, daySpan: span(d, d) };
  }

  private dayFirst(j: number): Core | null {
    const d = this.day(j);
    if (!d) return null;
    let k = d.e;
    // «عُلّقت في ٢٨ منه», «السابع عشر من الشهر نفسه», "the 17th of that month": the month just named.
    const same = this.ofThatMonth(k);
    if (same > 0 && this.lastMonth) {
      const c: Core = { s: j, e: same, day: d.day, daySpan: d.span, month: this.lastMonth.month };
      if (this.lastMonth.year !== undefined) {
        c.year = this.lastMonth.year;
        c.knownYear = true;
      }
      return c;
    }
    // "السابع عشر من تشرين الأول", and the looser "السابع عشر في تشرين الأول" after a compound
    // ordinal (a single one is more often an adjective: "اجتماعها الثاني في تموز").
    const linked = this.isWord(k, L.AR_MIN, AR) || this.isWord(k, 'of', LAT) || (d.ordinal && d.e - j > 1 && this.isWord(k, 'في', AR));
    if (linked) k++;
    if (d.ordinal && !linked) return null;
    if (linked && L.AR_MONTH_WORD.has(this.toks[k]?.key ?? '')) k++;
    const mo = this.month(k);
    if (!mo || d.day > (DAYS_IN_MONTH[mo.month - 1] as number)) return null;
    return this.finishMonth({ s: j, e: mo.e, day: d.day, daySpan: d.span }, mo, true);
  }

  /** The token after «منه», «من الشهر (نفسه|ذاته)», «من ذلك الشهر», "of that/the same month" at k, else -1. */
  private ofThatMonth(k: number): number {
    if (this.isWord(k, 'منه', AR)) return k + 1;
    if (this.isWord(k, 'من', AR)) {
      const m = this.isWord(k + 1, 'ذلك', AR) ? k + 2 : k + 1;
      if (!this.isWord(m, 'الشهر', AR)) return -1;
      return this.isWord(m + 1, 'نفسه', AR) || this.isWord(m + 1, 'ذاته', AR) ? m + 2 : m + 1;
    }
    if (this.isWord(k, 'of', LAT) && this.isWord(k + 2, 'month', LAT) && (this.isWord(k + 1, 'that', LAT) || this.isWord(k + 1, 'this', LAT))) return k + 3;
    return -1;
  }

  private monthFirst(j: number, ctx: Ctx): Core | null {
    let k = j;
    let confirm = ctx.confirm;
    let shift: Shift | undefined;
    const t = this.toks[k];
    if (t !== undefined && t.k === AR && L.AR_MONTH_WORD.has(t.key)) {
      k++;
      confirm = true;
    } else if (t !== undefined && t.k === LAT && L.EN_SHIFT.has(t.key) && this.toks[k + 1]?.k === LAT) {
      shift = L.EN_SHIFT.get(t.key);
      k++;
      confirm = true;
    }
    const mo = this.month(k);
    if (!mo) return null;
    const c: Core = { s: j, e: mo.e };
    if (this.toks[k]?.k === LAT) {
      const dn = this.dayNum(mo.e);
      if (dn && dn.day <= (DAYS_IN_MONTH[mo.month - 1] as number) && !this.blocked(dn.e, false)) {
        c.day = dn.day;
        c.daySpan = dn.span;
        c.e = dn.e;
      }
    }
    const r = this.finishMonth(c, mo, confirm);
    if (r && shift && r.shift === undefined && r.year === undefined) r.shift = shift;
    return r;
  }

  /** "و2017" after a year (عامي 2014 و2017). */
  private andYear(k: number, block: boolean): YearHit | undefined {
    if (!this.isWord(k, L.AR_WAW, AR)) return undefined;
    const y = this.year(k + 1, false);
    return y && !(block && !y.suffix && this.blocked(y.e, false)) ? y : undefined;
  }

  private yearWord(j: number): Core | null {
    const w = this.phrase(L.AR_YEAR_WORDS, j) ?? this.phrase(L.EN_YEAR_WORDS, j);
    if (!w) return null;
    const y = this.year(j + w.n) ?? this.wordsYear(j + w.n);
    if (!y) return null;
    const second = y.range ?? this.andYear(y.e, !w.value);
    return { s: j, e: y.e, year: y.year, yearSpan: y.span, second };
  }

  /**
   * A fact box's or table row's value: a year alone after a label mark ("سنة التأسيس: 2014",
   * "Founded<TAB>2014"), with nothing after it in its clause.
   */
  private labelValue(j: number, y: YearHit): boolean {
    const prev = this.toks[j - 1];
    const afterLabel = prev !== undefined && prev.k === PUNCT && (prev.t === ':' || prev.t === '|' || prev.t === '\t');
    if (!afterLabel) return false;
    const next = this.toks[y.e];
    // Nothing after it in its cell but punctuation or a note in brackets: "2007 (surge peak)".
    return next === undefined || next.t === '\t' || (next.k === PUNCT && CLAUSE_END.has(next.t));
  }

  private bareYear(j: number, ctx: Ctx): Core | null {
    // A year said aloud needs a relation or part word before it: "since two thousand fifteen".
    const spoken = ctx.marker || IN_TWO_THOUSAND.has(this.toks[j]?.key ?? '') ? this.spokenYear(j) : null;
    if (spoken) return { s: j, e: spoken.e, year: spoken.year, yearSpan: spoken.span };
    const y = this.year(j);
    if (!y) return null;
    if (!ctx.marker && !y.suffix && !y.range && this.labelValue(j, y)) return { s: j, e: y.e, year: y.year, yearSpan: y.span, label: true };
    // "as 2021 drew to a close", "when 2021 ended": the end of that year.
    if (!ctx.marker && !y.range && YEAR_ENDING_BEFORE.has(this.toks[j - 1]?.key ?? '') && YEAR_ENDING.test(this.text.slice(y.span.end))) {
      return { s: j, e: y.e, year: y.year, yearSpan: y.span, partAfter: 'late' };
    }
    // A timeline entry: "٢٠٠٣: غزو العراق…", "2014 — the coalition is formed".
    const after = this.toks[y.e];
    if (j === 0 && after !== undefined && after.k === PUNCT && ENTRY_MARKS.has(after.t)) return { s: j, e: y.e, year: y.year, yearSpan: y.span };
    // "the 2007 surge", "the 2003 invasion", "a 2007 news article": a year naming an event or a
    // thing of that year (not "the 2000 U.S. troops").
    const named = !ctx.marker && !y.range && (this.isWord(j - 1, 'the', LAT) || this.isWord(j - 1, 'a', LAT)) && this.toks[y.e]?.k === LAT;
    // After a strong part word a year is a year even before "من" ("مع نهاية 2021 من القتال إلى التدريب").
    const end = y.range ? y.range.e : y.e;
    const partOf = ctx.confirm && this.toks[end]?.key === 'من';
    // "in January 2020, not 2019", «نهاية 2021 لا 2020»: a year that rejects the date right before it.
    if (!y.range && this.rejectsDateBefore(j)) return { s: j, e: y.e, year: y.year, yearSpan: y.span, rejected: true };
    // «2014 عام تأسيس التحالف»: a year followed by "year of" and what happened in it.
    const yearOf = (this.toks[y.e]?.key === 'عام' || this.toks[y.e]?.key === 'سنه') && this.toks[y.e + 1]?.k === AR;
    // "gave 2015 as the coalition's founding year": a year said to be some event's year.
    const yearAs = !y.range && YEAR_AS.test(this.text.slice(y.span.end, y.span.end + 60));
    const marked = ctx.marker || named || yearOf || yearAs || this.markedBefore(j);
    if (!y.suffix && (!marked || (!partOf && !yearOf && !yearAs && this.blocked(end, ctx.weak || named)))) return null;
    return { s: j, e: y.e, year: y.year, yearSpan: y.span, second: y.range ?? this.andYear(y.e, true) };
  }

  parse(i: number): { out: DateMention[]; next: number } | null {
    const toks = this.toks;
    let j = i;
    let rel: RelEntry | undefined;
    let part: PartEntry | undefined;
    const r = this.phrase(L.AR_REL, j) ?? this.phrase(L.EN_REL, j);
    if (r) {
      rel = r.value;
      j += r.n;
    }
    const partTok = j;
    const p = this.phrase(L.AR_PARTS, j) ?? this.phrase(L.EN_PARTS, j);
    if (p) {
      part = p.value;
      j += p.n;
      if (toks[partTok]?.k === LAT && this.isP(j, '-', true)) j++; // mid-October, mid-2024
    }
    // «آخر 2021» at a clause's end or before a comma: the end of that year ("آخر 2000 جندي" is not).
    const lastOfYear = part?.weak === true && /^(?:19|20)[0-9]{2}$/.test(toks[j]?.t ?? '') && toks[j + 1]?.k !== AR && toks[j + 1]?.k !== LAT;
    const strongPart = part !== undefined && (!part.weak || lastOfYear);
    const ctx: Ctx = {
      marker: strongPart || (rel !== undefined && rel.marker && part === undefined),
      weak: !strongPart && rel !== undefined && rel.weak,
      confirm: strongPart,
    };
    const c =
      this.numeric(j) ?? this.dayFirst(j) ?? this.monthFirst(j, ctx) ?? this.yearWord(j) ?? this.bareYear(j, ctx);
    if (!c || (part && c.day !== undefined)) return null;

    const startTok = rel?.inSpan ? i : part ? partTok : c.s;
    const m: DateMention = { start: (toks[startTok] as Tok).s, end: (toks[c.e - 1] as Tok).e };
    if (c.year !== undefined) {
      m.year = c.year;
      if (c.knownYear) m.yearKnown = true;
    } else if (c.sameYear && this.lastYear !== undefined) {
      m.year = this.lastYear;
      m.yearKnown = true;
    } else if (this.ref && c.offset !== undefined) {
      m.year = this.ref.year + c.offset;
      m.yearKnown = true; // "أكتوبر من العام الماضي"
    } else if (this.ref && c.month !== undefined) {
      m.year = inferYear(this.ref, c.month, c.day, c.shift);
      if (c.shift !== undefined) m.yearKnown = true; // "آب الجاري", "last August"
    }
    if (c.month !== undefined) m.month = c.month;
    if (c.day !== undefined) m.day = c.day;
    if (part) m.part = part.part;
    else if (c.partAfter) m.part = c.partAfter;
    if (rel?.rel) m.rel = rel.rel;
    if (c.yearSpan) m.yearSpan = c.yearSpan;
    if (c.daySpan) m.daySpan = c.daySpan;
    if (c.label) m.label = true;
    if (c.rejected) m.rejected = true;
    const out = [m];
    let next = c.e;
    if (c.second) {
      const s: DateMention = { ...c.second.span, year: c.second.year };
      if (part) s.part = part.part;
      if (rel?.rel) s.rel = rel.rel;
      s.yearSpan = c.second.span;
      out.push(s);
      next = Math.max(next, c.second.e);
    }
    return { out, next };
  }
}

/** Can a mention start at token i? Digits, a date word, or a clitic glued to digits (الـ17). */
function mayStart(toks: readonly Tok[], i: number): boolean {
  const t = toks[i] as Tok;
  if (t.k === DIGIT) return true;
  if (t.k === PUNCT) return false;
  if (L.STARTERS.has(t.key) || IN_TWO_THOUSAND.has(t.key)) return true;
  const next = toks[i + 1];
  return t.k === AR && next !== undefined && next.k === DIGIT && next.g && L.AR_DAY_CLITIC.test(t.t);
}

/** Dates and years in normalized text: sorted, non-overlapping, offsets into `norm`. */
export function findDates(norm: string, opts: FindDatesOptions = {}): DateMention[] {
  L = dateLexicon();
  if (!L.DATE_TRIGGER.test(norm)) return [];
  const toks = tokenize(norm);
  const parser = new Parser(norm, toks, opts.ref, opts.yearMarks);
  if (opts.monthBefore) parser.lastMonth = opts.monthBefore;
  const out: DateMention[] = [];
  for (let i = 0; i < toks.length; ) {
    if (!mayStart(toks, i)) {
      i++;
      continue;
    }
    const r = parser.parse(i);
    if (r) {
      out.push(...r.out);
      for (const m of r.out) {
        if (m.year !== undefined && m.yearSpan !== undefined) parser.lastYear = m.year;
        if (m.month !== undefined) parser.lastMonth = m.yearSpan !== undefined || m.yearKnown ? { month: m.month, year: m.year as number } : { month: m.month };
      }
      i = r.next;
      parser.lastDateEnd = r.next;
    } else i++;
  }
  return out;
}
