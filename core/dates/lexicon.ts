// Date lexicon (ARABIC-FIGURES.md §1.8, §1.9, §2). Entries are written in natural spelling and
// normalized once at module load; Arabic first words are expanded with their proclitics here, so
// matching is a plain Map lookup per token.
import { trieRegexSource } from '../lexicon/trie-regex';
import { normalizeTerm } from '../text/normalize';
import type { PeriodPart, TimeRelation } from '../types';

/** Which year a month without a written year points to, relative to the reference date. */
export type Shift = 'past' | 'next' | 'cur';

export interface MonthEntry {
  month: number;
  /** Also a common word (مارس "exercised", ماي, نيسان, آب = أب "father", May): needs a day or year. */
  amb: boolean;
}

export interface RelEntry {
  rel?: TimeRelation;
  /** Makes a bare 4-digit number a year ("في 2014", "since 2014"). */
  marker: boolean;
  /** Also used before counts ("حتى 2000 جندي" = up to 2000): stricter check after the year. */
  weak: boolean;
  /** The word belongs to the mention's span (relations do; "of", "قبل" only mark). */
  inSpan: boolean;
}

export interface PartEntry {
  part: PeriodPart;
  /** "آخر" is also "another/other": it needs a year word or an unambiguous month. */
  weak: boolean;
}

interface Phrase<T> {
  rest: string[];
  value: T;
}

/** Multi-word lookup keyed by the first token (with its clitic forms); longest phrase first. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();

  add(firstForms: readonly string[], rest: string[], value: T): void {
    for (const f of firstForms) {
      let list = this.byFirst.get(f);
      if (!list) this.byFirst.set(f, (list = []));
      list.push({ rest, value });
      list.sort((a, b) => b.rest.length - a.rest.length);
    }
  }

  get(first: string): readonly Phrase<T>[] | undefined {
    return this.byFirst.get(first);
  }

  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }
}

const CONJ = ['', 'و', 'ف'];

/** Surface forms of an Arabic word with و/ف and optionally ب/ل (ل + ال → لل). */
export function arForms(word: string, prep: boolean): string[] {
  const out = new Set<string>();
  for (const c of CONJ) {
    out.add(c + word);
    if (prep) {
      out.add(c + 'ب' + word);
      out.add(c + (word.startsWith('ال') ? 'ل' + word.slice(1) : 'ل' + word));
    }
  }
  return [...out];
}

function words(phrase: string): string[] {
  return normalizeTerm(phrase).split(' ');
}

function arTable<T>(entries: ReadonlyArray<readonly [string, T]>, prep: (v: T) => boolean): PhraseTable<T> {
  const t = new PhraseTable<T>();
  for (const [phrase, value] of entries) {
    const [first, ...rest] = words(phrase);
    t.add(arForms(first as string, prep(value)), rest, value);
  }
  return t;
}

function enTable<T>(entries: ReadonlyArray<readonly [string, T]>): PhraseTable<T> {
  const t = new PhraseTable<T>();
  for (const [phrase, value] of entries) {
    const [first, ...rest] = phrase.toLowerCase().split(' ');
    t.add([first as string], rest, value);
  }
  return t;
}

export interface EnMonth extends MonthEntry {
  abbr: boolean;
}

/**
 * Built on first use, not at module load: the content script loads the engine on every page,
 * and its start-up task must stay short (the tables take a few ms to build).
 */
function buildDateLexicon() {
  // ── Months ────────────────────────────────────────────────────────────────────────────────
  const AMB = new Set(['مارس', 'نيسان', 'ماي', 'آب']);
  const AR_MONTH_NAMES: ReadonlyArray<readonly [number, string]> = [
    [1, 'يناير كانون_الثاني كانون_ثاني كانون_التاني جانفي'],
    [2, 'فبراير شباط فيفري'],
    [3, 'مارس آذار'],
    [4, 'أبريل إبريل نيسان أفريل'],
    [5, 'مايو أيار ماي'],
    [6, 'يونيو يونيه حزيران جوان'],
    [7, 'يوليو يوليه تموز جويلية يوليوز'],
    [8, 'أغسطس آب أوت غشت'],
    [9, 'سبتمبر أيلول شتنبر'],
    [10, 'أكتوبر أوكتوبر تشرين_الأول تشرين_أول'],
    [11, 'نوفمبر تشرين_الثاني تشرين_ثاني تشرين_التاني نونبر'],
    [12, 'ديسمبر دسمبر كانون_الأول كانون_أول دجنبر'],
  ];
  const arMonthEntries: Array<[string, MonthEntry]> = [];
  for (const [month, names] of AR_MONTH_NAMES) {
    for (const n of names.split(' ')) arMonthEntries.push([n.replace('_', ' '), { month, amb: AMB.has(n) }]);
  }
  /** Arabic month names, all systems; ب/ل only on unambiguous names (باب is "door"). */
  const AR_MONTHS = arTable(arMonthEntries, (v) => !v.amb);
  /** The ambiguous names with ب/ل («بآب»): a month only right before its year (find-dates.ts). */
  const AR_MONTHS_PREP_AMB = new PhraseTable<MonthEntry>();
  for (const [n, v] of arMonthEntries) {
    if (!v.amb) continue;
    const [first, ...rest] = words(n);
    AR_MONTHS_PREP_AMB.add(arForms(first as string, true).filter((f) => !arForms(first as string, false).includes(f)), rest, v);
  }

  const EN_MONTH_NAMES = [
    'january jan',
    'february feb',
    'march mar',
    'april apr',
    'may',
    'june jun',
    'july jul',
    'august aug',
    'september sep sept',
    'october oct',
    'november nov',
    'december dec',
  ];
  /** English months keyed lower-case; the token must start with a capital letter. */
  const EN_MONTHS = new Map<string, EnMonth>();
  EN_MONTH_NAMES.forEach((names, i) => {
    names.split(' ').forEach((n, k) => {
      EN_MONTHS.set(n, { month: i + 1, amb: n === 'may' || n === 'march', abbr: k > 0 });
    });
  });

  // ── Ordinal days (masculine, as used for days): الأول … الحادي والثلاثين ───────────────────
  const UNITS = ['الحادي', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
  const ordEntries: Array<[string, number]> = [['الأول', 1], ['العاشر', 10]];
  UNITS.forEach((u, i) => {
    if (i > 0) ordEntries.push([u, i + 1]);
    ordEntries.push([`${u} عشر`, i + 11]);
    ordEntries.push([`${u} والعشرين`, i + 21], [`${u} والعشرون`, i + 21]);
  });
  ordEntries.push(['العشرين', 20], ['العشرون', 20], ['الثلاثين', 30], ['الثلاثون', 30]);
  ordEntries.push(['الحادي والثلاثين', 31], ['الحادي والثلاثون', 31]);
  const AR_ORDINALS = arTable(ordEntries, () => true);

  // ── Cardinal days, spoken and in transcripts: «ثمانية وعشرين كانون الثاني», «سبعطعش تشرين» ─────
  const CARDINAL_UNITS: Array<[string, number]> = [
    ['واحد', 1], ['اثنين', 2], ['ثلاثة', 3], ['تلاتة', 3], ['أربعة', 4], ['خمسة', 5], ['ستة', 6], ['سبعة', 7], ['ثمانية', 8], ['تمانية', 8], ['تسعة', 9],
  ];
  const cardEntries: Array<[string, number]> = [['عشرة', 10], ['عشرين', 20], ['ثلاثين', 30], ['تلاتين', 30]];
  for (const [u, v] of CARDINAL_UNITS) {
    if (v > 1) cardEntries.push([u, v]);
    cardEntries.push([`${u} وعشرين`, 20 + v]);
    if (v >= 3 && v <= 9) cardEntries.push([`${u} عشر`, 10 + v]);
  }
  cardEntries.push(['واحد وثلاثين', 31], ['أحد عشر', 11], ['إحدى عشر', 11], ['اثنا عشر', 12], ['اثني عشر', 12]);
  // Spoken, without ة: «سبع أكتوبر», «تلات تشرين».
  for (const [u, v] of [['ثلاث', 3], ['تلات', 3], ['أربع', 4], ['خمس', 5], ['ست', 6], ['سبع', 7], ['ثمان', 8], ['تمان', 8], ['تسع', 9]] as Array<[string, number]>) cardEntries.push([u, v]);
  const SPOKEN_TEEN_DAYS: Array<[string, number]> = [
    ['حداش حدعش', 11], ['اتناش اطناش طنعش', 12], ['تلتاش تلطعش', 13], ['اربعتاش اربعتعش اربعطعش', 14], ['خمستاش خمستعش خمسطعش', 15],
    ['ستاش ستعش سطعش', 16], ['سبعتاش سبعتعش سبعطعش', 17], ['تمنتاش تمنتعش تمنطعش', 18], ['تسعتاش تسعتعش تسعطعش', 19],
  ];
  for (const [forms, v] of SPOKEN_TEEN_DAYS) for (const f of forms.split(' ')) cardEntries.push([f, v]);
  const AR_CARDINAL_DAYS = arTable(cardEntries, () => true); // «بسبع أكتوبر»: with ب, still only right before its month

  // ── Relations and markers ─────────────────────────────────────────────────────────────────
  const rel = (r: TimeRelation | undefined, marker: boolean, weak = false, inSpan = true): RelEntry => ({
    rel: r,
    marker,
    weak,
    inSpan,
  });
  const AR_REL = arTable<RelEntry>(
    [
      ['منذ', rel('since', true)],
      ['بدءا من', rel('since', true)],
      ['ابتداء من', rel('since', true)],
      ['اعتبارا من', rel('since', true)],
      // "ابتداءً بيوم 17 تشرين الأول": the day glued to its preposition.
      ['ابتداء بيوم', rel('since', true)],
      ['بدءا بيوم', rel('since', true)],
      ['حتى', rel('until', true, true)],
      ['لغاية', rel('until', true)],
      ['إلى غاية', rel('until', true)],
      ['بحلول', rel('until', true)],
      ['في', rel('in', true)],
      ['خلال', rel('in', true)],
      ['قبل', rel(undefined, true, true, false)],
      ['بعد', rel(undefined, true, true, false)],
      // "نحو 170 ألف جندي في ذروة 2007": the height of a year dates it.
      ['في ذروه', rel('in', true)],
      ['ذروه', rel('in', true)],
    ],
    () => false,
  );
  const EN_REL = enTable<RelEntry>([
    ['since', rel('since', true)],
    ['by', rel('until', true, true)],
    ['until', rel('until', true)],
    ['till', rel('until', true)],
    ['in', rel('in', true)],
    ['during', rel('in', true)],
    ['at', rel('in', false)],
    ['as of', rel('asof', true)],
    ['at the height of', rel('in', true)],
    ['at the peak of', rel('in', true)],
    ['of', rel(undefined, true, true, false)],
    ['before', rel(undefined, true, true, false)],
    ['after', rel(undefined, true, true, false)],
    // "The coalition dates to 2014": the year of its start.
    ['dates to', rel(undefined, true, false, false)],
    ['dates back to', rel(undefined, true, false, false)],
    ['date back to', rel(undefined, true, false, false)],
    ['dating to', rel(undefined, true, false, false)],
    ['dating back to', rel(undefined, true, false, false)],
    ['dates from', rel(undefined, true, false, false)],
    ['dating from', rel(undefined, true, false, false)],
  ]);

  // ── Parts of a period ────────────────────────────────────────────────────────────────────
  const part = (p: PeriodPart, weak = false): PartEntry => ({ part: p, weak });
  const AR_PARTS = arTable<PartEntry>(
    [
      ['مطلع', part('early')],
      ['أوائل', part('early')],
      ['بداية', part('early')],
      ['بدايات', part('early')],
      ['مستهل', part('early')],
      ['منتصف', part('mid')],
      ['أواسط', part('mid')],
      ['أواخر', part('late')],
      ['نهاية', part('late')],
      ['نهايات', part('late')],
      ['ختام', part('late')],
      ['آخر', part('late', true)],
      // Seasons of a year ("صيف 2014"); winter straddles two years and is left out.
      ['ربيع', part('spring')],
      ['صيف', part('summer')],
      ['خريف', part('autumn')],
      // "في الأيام الأخيرة من 2021", "الأشهر الأولى من 2024".
      ...(['الأيام', 'الأسابيع', 'الأشهر', 'الشهور'] as const).flatMap((n): Array<[string, PartEntry]> => [
        [`${n} الأخيرة من`, part('late')],
        [`${n} الأولى من`, part('early')],
      ]),
    ],
    () => true,
  );
  const enParts: Array<[string, PartEntry]> = [
    ['early', part('early')],
    ['mid', part('mid')],
    ['late', part('late')],
    ['spring', part('spring')],
    ['summer', part('summer')],
    ['autumn', part('autumn')],
    ['fall', part('autumn')],
  ];
  for (const [noun, p] of [
    ['start', 'early'],
    ['beginning', 'early'],
    ['middle', 'mid'],
    ['end', 'late'],
    ['close', 'late'],
    ['spring', 'spring'],
    ['summer', 'summer'],
    ['autumn', 'autumn'],
    ['fall', 'autumn'],
  ] as const) {
    enParts.push([`the ${noun} of`, part(p)], [`${noun} of`, part(p)]);
  }
  // "the final weeks of 2021", "the first months of 2024".
  for (const span of ['days', 'weeks', 'months']) {
    for (const adj of ['last', 'final', 'closing', 'dying']) enParts.push([`the ${adj} ${span} of`, part('late')], [`${adj} ${span} of`, part('late')]);
    for (const adj of ['first', 'opening']) enParts.push([`the ${adj} ${span} of`, part('early')], [`${adj} ${span} of`, part('early')]);
  }
  const EN_PARTS = enTable(enParts);

  // ── Year words, month word, shifts, connectors ──────────────────────────────────────────
  /** Value: true for the dual (عامي 2014 و2017). */
  const AR_YEAR_WORDS = arTable<boolean>(
    [
      ['عام', false],
      ['العام', false],
      ['سنة', false],
      ['السنة', false],
      ['عامي', true],
      ['العامين', true],
      ['سنتي', true],
      ['السنتين', true],
    ],
    () => true,
  );
  const EN_YEAR_WORDS = enTable<boolean>([['year', false]]);

  /** شهر before a month name (في شهر تموز): also confirms an ambiguous name. */
  const AR_MONTH_WORD = new Set(arForms(normalizeTerm('شهر'), true));

  /** After a month without a year: الماضي (last), المقبل (next), الجاري (current). */
  const AR_SHIFT = new Map<string, Shift>();
  for (const [w, s] of [
    ['الماضي', 'past'],
    ['المنصرم', 'past'],
    ['الفائت', 'past'],
    ['السابق', 'past'],
    ['المقبل', 'next'],
    ['القادم', 'next'],
    ['الجاري', 'cur'],
    ['الحالي', 'cur'],
  ] as const) {
    AR_SHIFT.set(normalizeTerm(w), s);
    // And after السنة, feminine: "آذار من السنة الفائتة".
    AR_SHIFT.set(normalizeTerm(w + 'ة'), s);
  }
  /** Before an English month: last October, next March, this May. */
  const EN_SHIFT = new Map<string, Shift>([
    ['last', 'past'],
    ['next', 'next'],
    ['this', 'cur'],
  ]);

  const AR_MIN = normalizeTerm('من');
  const AR_WAW = 'و';
  /** Clitics glued to a day number: الـ17, و17, بـ17, لل17. */
  const AR_DAY_CLITIC = /^(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)$/;
  const EN_ORD_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

  // ── Words after a bare number that make it a count, not a year ("في 2000 غارة") ─────────
  const BLOCK_AR =
    'جندي جنديا جنود عسكري عسكريا عسكريين عسكريون عنصر عنصرا عناصر فرد فردا أفراد مستشار شخص شخصا أشخاص ' +
    'مقاتل مقاتلا مقاتلين مسلح مسلحا مسلحين مدني مدنيا مدنيين قتيل قتيلا قتلى جريح جريحا جرحى مصاب مصابا ' +
    'هجوم هجوما هجمات غارة غارات ضربة ضربات صاروخ صاروخا صواريخ قذيفة قذائف طائرة طائرات مسيرة مسيرات ' +
    'دولار دولارا يورو كلم كيلومتر كيلومترا متر مترا طن ألف آلاف مليون مليار عام عاما سنة سنوات يوم يوما ' +
    'أيام شهر شهرا أشهر ساعة ساعات مرة مرات نازح لاجئ أسير معتقل من';
  const BLOCK_EN =
    'troops soldiers service servicemembers personnel members marines advisers fighters militants people ' +
    'civilians attacks strikes airstrikes raids rockets missiles drones killed dead deaths wounded injured ' +
    'casualties dollars euros miles km kilometers kilometres feet meters metres tons times years days months ' +
    'hours more additional other new extra';
  const BLOCK_AFTER_YEAR = new Set<string>([...BLOCK_AR.split(' ').map(normalizeTerm), ...BLOCK_EN.split(' ')]);
  /** After weak markers (by, of, حتى, قبل): a nationality or modifier also signals a count. */
  const WEAK_BLOCK_AFTER_YEAR = new Set<string>([
    ...'u us american americans iraqi syrian coalition'.split(' '),
    ...'أميركي أمريكي أميركيا أمريكيا عراقي'.split(' ').map(normalizeTerm),
  ]);

  /** Cheap pre-filter: a digit, the start of a month name, or a year in words (الفين, twenty, two thousand). */
  const DATE_TRIGGER = new RegExp(
    `[0-9]|${trieRegexSource(new Set([...arMonthEntries.map(([n]) => words(n)[0] as string), ...EN_MONTHS.keys(), 'الفين', 'الفان', 'twenty', 'two thousand']))}`,
    'i',
  );
  /** Every word a date mention can start with (lets the parser skip all other tokens). */
  const STARTERS = new Set<string>(['the', ...AR_MONTH_WORD, ...EN_MONTHS.keys(), ...EN_SHIFT.keys()]);
  for (const t of [AR_MONTHS, AR_MONTHS_PREP_AMB, AR_ORDINALS, AR_CARDINAL_DAYS, AR_REL, EN_REL, AR_PARTS, EN_PARTS, AR_YEAR_WORDS, EN_YEAR_WORDS] as PhraseTable<unknown>[]) {
    for (const w of t.firstWords()) STARTERS.add(w);
  }
  return {
    STARTERS,
    AR_MONTHS, AR_MONTHS_PREP_AMB, EN_MONTHS, AR_ORDINALS, AR_CARDINAL_DAYS, AR_REL, EN_REL, AR_PARTS, EN_PARTS, AR_YEAR_WORDS, EN_YEAR_WORDS, AR_MONTH_WORD, AR_SHIFT, EN_SHIFT, AR_MIN, AR_WAW, AR_DAY_CLITIC, EN_ORD_SUFFIX, BLOCK_AFTER_YEAR, WEAK_BLOCK_AFTER_YEAR, DATE_TRIGGER };
}

export type DateLexicon = ReturnType<typeof buildDateLexicon>;

let built: DateLexicon | null = null;

export function dateLexicon(): DateLexicon {
  built ??= buildDateLexicon();
  return built;
}
