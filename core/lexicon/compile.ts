// Compiles the base lexicon plus the terms of the corpus's facts into fast lookup structures.
// A user-added fact's terms land here exactly like built-in ones, so it is detected the same way.
import type { Fact } from '../facts/model';
import { normalizeTerm } from '../text/normalize';
import { SPOKEN_NUMBER_WORDS } from '../numbers/arabic-words';
import { trieRegexSource } from './trie-regex';
import {
  CONCEPTS,
  COUNT_RULES,
  ENTITIES,
  EVENT_RULES,
  TOPIC_ONLY_TERMS,
  UNITS,
  type CountRule,
  type EntityDef,
  type EventRule,
} from './data';

export type HitType = 'entity' | 'concept' | 'unit' | 'dual';

export interface Entry {
  type: HitType;
  id: string;
  /** Words after the first one, for multi-word terms (normalized). */
  rest: string[];
  /** Adjective form of an entity (جنود أميركيين, American troops). */
  adjective?: boolean;
  /** A part of the place (EntityDef.parts). */
  part?: boolean;
}

export interface CompiledLexicon {
  /** Arabic whole words (first word of a term) → entries. */
  arWords: Map<string, Entry[]>;
  /** Per-word lookup results (words repeat a lot in news text). */
  wordCache: Map<string, Entry[]>;
  /** Cheap test that a normalized sentence may hold a figure: digits, number words, dual nouns, months. */
  figureHint: { test(text: string): boolean };
  /** Arabic roots matched as substrings of a word. */
  arRoots: Array<{ root: string; entry: Entry }>;
  /** English phrases (lower-case unless case-sensitive) → entries. */
  enPhrases: Map<string, Entry[]>;
  enRegex: RegExp;
  /** Case-sensitive English terms (US, IS). */
  enCase: Map<string, Entry[]>;
  enCaseRegex: RegExp | null;
  /** Substring test for a coalition-related sentence (plus the case-sensitive one for US/IS). */
  topicRegex: RegExp;
  topicCaseRegex: RegExp;
  places: Set<string>;
  actors: Set<string>;
  topicEntities: Set<string>;
  countRules: CountRule[];
  eventRules: EventRule[];
}

// A sentence holds a figure only if it has a digit, a number word, a dual noun or a month name
// (dates like "أواخر يناير" have no digit). Arabic words are matched whole: optional proclitics,
// a stem, an inflection suffix, and no Arabic letter on either side, so "الفصائل" is not "ألف".
const AR_NUMBER_STEMS = [
  'واحد', 'احد', 'اثن', 'اثنت', 'ثنت', 'ثلاث', 'اربع', 'خمس', 'ست', 'سبع', 'ثمان', 'ثماني', 'تسع', 'عشر', 'مئ', 'مائ', 'مئت',
  'مائت', 'ميه', 'خمسميه', 'ثلاثميه', 'اربعميه', 'ستميه', 'سبعميه', 'ثمانميه', 'تسعميه', 'ثلاثمئ', 'ثلاثمائ', 'اربعمئ', 'اربعمائ', 'خمسمئ', 'خمسمائ', 'ستمئ', 'ستمائ', 'سبعمئ', 'سبعمائ', 'ثمانمئ', 'ثمانمائ',
  'ثمانيمئ', 'تسعمئ', 'تسعمائ', 'الف', 'الاف', 'مليون', 'ملايين', 'مليار', 'مليارات', 'نصف', 'ربع', 'بضع', 'عده', 'عديد',
  'عشرات', 'مئات', 'تلات', 'تلت', 'تلاف', 'تمان', 'تماني', 'الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر',
];
const AR_MONTHS = [
  'يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'اب', 'ايلول', 'تشرين', 'جانفي', 'فيفري', 'افريل', 'ماي', 'جوان',
  'جويليه', 'اوت', 'يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر',
];
const EN_HINT_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', '[a-z]+teen', '[a-z]+ty',
  'hundreds?', 'thousands?', 'millions?', 'billions?', 'dozens?', 'several', 'few', 'scores?', 'handful', 'jan', 'feb', 'mar',
  'apr', 'may', 'jun', 'jul', 'aug', 'sept?', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', '[0-9]+(st|nd|rd|th)',
];
const AR_LETTER = '\u0621-\u064a\u0671-\u06d3';

const AR_NUMBER_SUFFIXES = ['ه', 'ا', 'ي', 'ين', 'ون', 'ان', 'تان', 'تين', 'ات'];
const AR_HINT_CLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'وال', 'بال', 'فال', 'ولل', 'وب', 'ول', 'وك'];
const DIGIT = /[0-9]/;
const LATIN = /[A-Za-z]/;

/**
 * The figure hint: a digit, or a whole Arabic word made of an optional proclitic and a number
 * stem (with its inflection), a month or a dual noun, or an English number word or month. The
 * Arabic words are one trie-shaped regex (trie-regex.ts) with letter boundaries as lookarounds.
 */
class FigureHint {
  private arabic: RegExp | null = null;
  private readonly english = new RegExp(`(?<![A-Za-z])(?:${EN_HINT_WORDS.join('|')})(?![A-Za-z])`, 'i');

  constructor(private readonly duals: readonly string[]) {}

  /** May this normalized sentence hold a figure? */
  test(text: string): boolean {
    return DIGIT.test(text) || this.arabicRegex().test(text) || (LATIN.test(text) && this.english.test(text));
  }

  /** Built on first use: the content script compiles its lexicon in one task and warms it up in others. */
  private arabicRegex(): RegExp {
    if (!this.arabic) {
      // Stems and suffixes stay separate groups: spelling out every stem + suffix made a regex
      // that took ~20 ms to compile on first use.
      const numberWord = `${trieRegexSource([...AR_NUMBER_STEMS, ...SPOKEN_NUMBER_WORDS])}(?:${trieRegexSource(AR_NUMBER_SUFFIXES)})?`;
      const word = `(?:${numberWord}|${trieRegexSource([...AR_MONTHS, ...this.duals])})`;
      this.arabic = new RegExp(`(?<![${AR_LETTER}])(?:${trieRegexSource(AR_HINT_CLITICS)})?${word}(?![${AR_LETTER}])`);
    }
    return this.arabic;
  }
}

const AR_ADJ_SUFFIXES = ['', 'ه', 'ين', 'ون', 'ا', 'ان', 'يه'];

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function add<K>(map: Map<K, Entry[]>, key: K, entry: Entry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.some((e) => e.type === entry.type && e.id === entry.id && e.rest.join(' ') === entry.rest.join(' '))) list.push(entry);
}

interface Builder {
  arWords: Map<string, Entry[]>;
  arRoots: Array<{ root: string; entry: Entry }>;
  enPhrases: Map<string, Entry[]>;
  enCase: Map<string, Entry[]>;
  topicTerms: Set<string>;
}

function addArabic(b: Builder, term: string, type: HitType, id: string, extra: Partial<Entry> = {}): string | null {
  const isRoot = term.startsWith('~');
  const norm = normalizeTerm(isRoot ? term.slice(1) : term);
  if (!norm) return null;
  if (isRoot) {
    b.arRoots.push({ root: norm, entry: { type, id, rest: [], ...extra } });
    return norm;
  }
  const [first, ...rest] = norm.split(' ');
  add(b.arWords, first as string, { type, id, rest, ...extra });
  return norm;
}

function addEnglish(b: Builder, term: string, type: HitType, id: string, caseSensitive: boolean, extra: Partial<Entry> = {}): void {
  const phrase = term.trim().replace(/\s+/g, ' ');
  if (!phrase) return;
  if (caseSensitive) add(b.enCase, phrase, { type, id, rest: [], ...extra });
  else add(b.enPhrases, phrase.toLowerCase(), { type, id, rest: [], ...extra });
}

function addEntity(b: Builder, e: EntityDef): void {
  for (const t of e.ar) {
    const n = addArabic(b, t, 'entity', e.id);
    // The topic test is a substring test: drop the article so "للتحالف" (ل + التحالف) still counts.
    if (n && e.topic) b.topicTerms.add(n.startsWith('ال') ? n.slice(2) : n);
  }
  for (const a of e.adjAr ?? []) {
    const stem = normalizeTerm(a);
    for (const suf of AR_ADJ_SUFFIXES) add(b.arWords, stem + suf, { type: 'entity', id: e.id, rest: [], adjective: true });
    if (e.topic) b.topicTerms.add(stem);
  }
  for (const t of e.en) addEnglish(b, t, 'entity', e.id, false);
  for (const t of e.parts?.ar ?? []) addArabic(b, t, 'entity', e.id, { part: true });
  for (const t of e.parts?.en ?? []) addEnglish(b, t, 'entity', e.id, false, { part: true });
  for (const t of e.enCase ?? []) addEnglish(b, t, 'entity', e.id, true);
  for (const t of e.adjEn ?? []) addEnglish(b, t, 'entity', e.id, false, { adjective: true });
  if (e.topic) {
    for (const t of [...e.en, ...(e.adjEn ?? [])]) b.topicTerms.add(t.toLowerCase());
  }
}

function phraseRegex(phrases: Iterable<string>, flags: string): RegExp | null {
  const list = [...phrases].sort((a, b) => b.length - a.length).map((p) => escapeRegex(p).replace(/ /g, '\\s+'));
  if (list.length === 0) return null;
  // A phrase stands alone: no Latin letter or digit on either side, except a footnote marker
  // glued after it ("in Syria1 with", "165 times3."). (No lookbehind: the left boundary is
  // consumed as group 1.)
  return new RegExp(`(^|[^A-Za-z0-9])(${list.join('|')})(?![A-Za-z]|[0-9]+[A-Za-z0-9])`, flags);
}

/** Build the lexicon: the base data plus every term the corpus's facts bring. */
export function compileLexicon(facts: readonly Fact[] = []): CompiledLexicon {
  const steps = compileLexiconSteps(facts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * compileLexicon() in steps of a few milliseconds each: the content script runs each step in a
 * task of its own (in one go it was a 12–17 ms task on a cold page). It yields between the parts.
 */
export function* compileLexiconSteps(facts: readonly Fact[] = []): Generator<void, CompiledLexicon, void> {
  const b: Builder = { arWords: new Map(), arRoots: [], enPhrases: new Map(), enCase: new Map(), topicTerms: new Set() };
  const places = new Set<string>();
  const actors = new Set<string>();
  const topicEntities = new Set<string>();
  for (const e of ENTITIES) {
    addEntity(b, e);
    if (e.place) places.add(e.id);
    if (e.actor) actors.add(e.id);
    if (e.topic) topicEntities.add(e.id);
  }
  yield;
  for (const c of CONCEPTS) {
    for (const t of c.ar) addArabic(b, t, 'concept', c.id);
    for (const t of c.en) addEnglish(b, t, 'concept', c.id, false);
  }
  yield;
  for (const u of UNITS) {
    for (const t of u.ar) addArabic(b, t, 'unit', u.id);
    for (const t of u.arDual ?? []) addArabic(b, t, 'dual', u.id);
    for (const t of u.en) addEnglish(b, t, 'unit', u.id, false);
  }
  yield;
  const countRules = [...COUNT_RULES];
  const eventRules = [...EVENT_RULES];
  const knownMeasures = new Set([...countRules.map((r) => r.measure), ...eventRules.map((r) => r.measure)]);
  // Terms from facts: extra spellings of actors and places, and words that name a new measure.
  for (const f of facts) {
    const terms = f.terms;
    if (!terms) continue;
    for (const [ids, list] of [
      [f.place, terms.place],
      [f.actor, terms.actor],
    ] as const) {
      for (const id of ids) {
        if (ids === f.place) places.add(id);
        else actors.add(id);
        for (const t of list ?? []) {
          if (/[\u0600-\u06ff]/.test(t)) addArabic(b, t, 'entity', id);
          else addEnglish(b, t, 'entity', id, false);
        }
      }
    }
    if (terms.measure && terms.measure.length > 0) {
      const conceptId = `measure:${f.measure}`;
      for (const t of terms.measure) {
        if (/[\u0600-\u06ff]/.test(t)) {
          addArabic(b, t, 'concept', conceptId);
          if (f.kind === 'count') addArabic(b, t, 'unit', conceptId);
        } else {
          addEnglish(b, t, 'concept', conceptId, false);
          if (f.kind === 'count') addEnglish(b, t, 'unit', conceptId, false);
        }
      }
      if (!knownMeasures.has(f.measure)) {
        knownMeasures.add(f.measure);
        if (f.kind === 'count') countRules.unshift({ measure: f.measure, units: [conceptId] });
        else eventRules.unshift({ measure: f.measure, all: [[conceptId]] });
      }
    }
  }
  for (const t of TOPIC_ONLY_TERMS) b.topicTerms.add(/[\u0600-\u06ff]/.test(t) ? normalizeTerm(t) : t.toLowerCase());
  const duals = [...b.arWords.entries()].filter(([, es]) => es.some((e) => e.type === 'dual')).map(([w]) => w);
  yield;
  const enRegex = phraseRegex(b.enPhrases.keys(), 'gi') as RegExp;
  const enCaseRegex = phraseRegex(b.enCase.keys(), 'g');
  yield;
  // A substring test over every sentence: trie-shaped (trie-regex.ts).
  const topicRegex = new RegExp(trieRegexSource(b.topicTerms), 'i');
  return {
    wordCache: new Map(),
    figureHint: new FigureHint(duals),
    arWords: b.arWords,
    arRoots: b.arRoots,
    enPhrases: b.enPhrases,
    enRegex,
    enCaseRegex,
    enCase: b.enCase,
    topicRegex,
    topicCaseRegex: /(^|[^A-Za-z])(US|IS|USA)(?![A-Za-z])/,
    places,
    actors,
    topicEntities,
    countRules,
    eventRules,
  };
}
