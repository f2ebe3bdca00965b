// Arabic number words (ARABIC-FIGURES.md §1.4): gender, case, dual and compound forms, with
// proclitics. The lexicon is expanded once at module load; parsing is one Map.get per token.
import type { Token } from '../text/tokenize';
import { CliticLookup, type Surface } from './clitics';
import type { Figure } from './figure';

export type ArKind = 'unit' | 'tens' | 'hundreds' | 'scale' | 'frac' | 'vague';

export interface ArWord {
  kind: ArKind;
  value: number;
  /** احد/احدي/اثنا/اثني…: a number only in front of عشر/عشره. */
  teenOnly?: boolean;
  /** عشر/عشره: second half of a teen (and 10 on its own). */
  teenTail?: boolean;
  /** Construct or nominative dual of a scale word: value already doubled (الفين = 2000). */
  dual?: boolean;
  /** الفا/مليونا/مليارا: ×scale after a number, or a construct dual when it opens the number. */
  alfa?: boolean;
  /** الاف/ملايين/مليارات: multiplies after 3–10; on its own a vague quantity. */
  plural?: boolean;
  /** ست/سبع/تسع/عشر: also ordinary words ("lady", "lion"); count only before another word. */
  needsNoun?: boolean;
  /** Vague interval (kind 'vague'). */
  min?: number;
  max?: number;
}

const STEMS = new Map<string, ArWord>();
function add(forms: string, w: ArWord): void {
  for (const f of forms.split(' ')) STEMS.set(f, w);
}

add('واحد واحده واحدا', { kind: 'unit', value: 1 });
add('احد احدي', { kind: 'unit', value: 1, teenOnly: true });
add('اثنان اثنين اثنتان اثنتين ثنتان ثنتين', { kind: 'unit', value: 2 });
add('اثنا اثني اثنتا اثنتي', { kind: 'unit', value: 2, teenOnly: true });
add('ثلاثه ثلاث', { kind: 'unit', value: 3 });
// Spoken (Egyptian, Levantine): تلاتة، تلات تلاف، تمانية.
add('تلاته تلات تلاث', { kind: 'unit', value: 3 });
add('تلت', { kind: 'unit', value: 3, needsNoun: true });
add('تمانيه تماني تمان', { kind: 'unit', value: 8 });
add('اربعه اربع', { kind: 'unit', value: 4 });
add('خمسه خمس', { kind: 'unit', value: 5 });
add('سته', { kind: 'unit', value: 6 });
add('ست', { kind: 'unit', value: 6, needsNoun: true });
add('سبعه', { kind: 'unit', value: 7 });
add('سبع', { kind: 'unit', value: 7, needsNoun: true });
add('ثمانيه ثماني ثمان', { kind: 'unit', value: 8 });
add('تسعه', { kind: 'unit', value: 9 });
add('تسع', { kind: 'unit', value: 9, needsNoun: true });
add('عشره', { kind: 'unit', value: 10, teenTail: true });
add('عشر', { kind: 'unit', value: 10, teenTail: true, needsNoun: true });
const TENS: Array<[string, number]> = [
  ['عشرون عشرين', 20], ['ثلاثون ثلاثين', 30], ['اربعون اربعين', 40], ['خمسون خمسين', 50],
  ['ستون ستين', 60], ['سبعون سبعين', 70], ['ثمانون ثمانين', 80], ['تسعون تسعين', 90],
];
for (const [forms, v] of TENS) add(forms, { kind: 'tens', value: v });
// Spoken teens in one word (Levantine -تعش/-طعش, Egyptian -تاشر, Iraqi -طعش): "ألفين وأربعتعش" is
// 2014, «سبعطعش تشرين» the 17th. They take the place of tens in a compound.
const SPOKEN_TEENS: Array<[string, number]> = [
  ['حداش احداش حدعش احدعش حدعشر', 11], ['اتناش اطناش طنعش اتنعش اثنعش', 12],
  ['تلتاش تلطعش ثلطعش تلتعش تلتاشر', 13], ['اربعتاش اربعتعش اربعطعش اربعتاشر اربعتعشر', 14],
  ['خمستاش خمستعش خمسطعش خمستاشر', 15], ['ستاش ستعش سطعش ستاشر', 16],
  ['سبعتاش سبعتعش سبعطعش سبعتاشر', 17], ['تمنتاش تمنتعش تمنطعش ثمنطعش تمنتاشر', 18],
  ['تسعتاش تسعتعش تسعطعش تسعتاشر', 19],
];
for (const [forms, v] of SPOKEN_TEENS) add(forms, { kind: 'tens', value: v });
/** Spoken one-word forms the sentence prefilter (lexicon/compile.ts) must know as number words. */
export const SPOKEN_NUMBER_WORDS: string[] = SPOKEN_TEENS.flatMap(([forms]) => forms.split(' '));
add('مئه مائه ميه', { kind: 'hundreds', value: 100 }); // ميه: spoken (مية)
add('مئتان مئتين مئتا مئتي مائتان مائتين مائتا مائتي ميتين', { kind: 'hundreds', value: 200 });
const HUNDREDS: Array<[string, number]> = [
  ['ثلاث', 300], ['تلت', 300], ['اربع', 400], ['خمس', 500], ['ست', 600], ['سبع', 700], ['ثمان', 800], ['ثماني', 800], ['تمن', 800], ['تسع', 900],
];
for (const [u, v] of HUNDREDS) add(`${u}مئه ${u}مائه ${u}ميه`, { kind: 'hundreds', value: v });
const SCALES: Array<[string, string, string, string, number]> = [
  // singular, accusative/construct-dual, duals, plural
  ['الف', 'الفا', 'الفان الفين الفي', 'الاف', 1e3],
  ['مليون', 'مليونا', 'مليونان مليونين مليوني', 'ملايين', 1e6],
  ['مليار', 'مليارا', 'ملياران مليارين ملياري', 'مليارات', 1e9],
  ['بليون', 'بليونا', 'بليونان بليونين بليوني', 'بلايين', 1e9],
  ['تريليون ترليون', 'تريليونا', 'تريليونان تريليونين', 'تريليونات', 1e12],
];
for (const [sing, acc, duals, plural, v] of SCALES) {
  add(sing, { kind: 'scale', value: v });
  add(acc, { kind: 'scale', value: v, alfa: true });
  add(duals, { kind: 'scale', value: 2 * v, dual: true });
  add(plural, { kind: 'scale', value: v, plural: true });
}
add('تلاف', { kind: 'scale', value: 1e3, plural: true }); // spoken آلاف: "خمس تلاف"
// Spoken thousands in one word: «أربعتلاف» is 4,000 (a whole number, like الفين).
const SPOKEN_THOUSANDS: Array<[string, number]> = [
  ['تلاتلاف تلتلاف ثلاثتلاف', 3], ['اربعتلاف', 4], ['خمستلاف', 5], ['ستلاف ستتلاف', 6], ['سبعتلاف', 7], ['تمنتلاف ثمانتلاف', 8], ['تسعتلاف', 9], ['عشرتلاف', 10],
];
for (const [forms, n] of SPOKEN_THOUSANDS) add(forms, { kind: 'scale', value: n * 1e3, dual: true });
SPOKEN_NUMBER_WORDS.push(...SPOKEN_THOUSANDS.flatMap(([forms]) => forms.split(' ')), 'تلاث', 'ميتين', 'تلتميه', 'تمنميه');
add('نصف', { kind: 'frac', value: 0.5 });
add('نص', { kind: 'frac', value: 0.5 }); // spoken نصف: "ألفين ونص" = 2500 (alone it is "text": a frac needs a scale)
add('ربع', { kind: 'frac', value: 0.25 });
// Vague quantities (§1.5). Plural scales (الاف, ملايين) are vague when nothing precedes them.
add('عشرات', { kind: 'vague', value: 10, min: 20, max: 99 });
add('مئات', { kind: 'vague', value: 100, min: 200, max: 999 });
add('بضعه بضع', { kind: 'vague', value: 1, min: 3, max: 9 });
add('عده', { kind: 'vague', value: 1, min: 3, max: 10 });

/** Surface form (normalized, clitics included) → word. Built once. */
export const AR_WORDS = new CliticLookup<ArWord>(STEMS, (w, stem, prefix) => {
  if (w.teenOnly || w.kind === 'frac') return false; // الاحد = Sunday
  if (stem.startsWith('اثن')) return false; // الاثنين / الاثنان = Monday
  // بالمئه / للمئه = percent; «تقارب المئة», «لم تتجاوز المائة» are a hundred (but see «في المئة» in parseArabicNumber).
  if (w.kind === 'hundreds' && w.value === 100) return /^[وف]?ال$/.test(prefix);
  return true;
});

export function lookupAr(text: string): Surface<ArWord> | undefined {
  return AR_WORDS.get(text);
}

function isNumberWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'arabic') return false;
  const s = AR_WORDS.get(t.text);
  return s !== undefined && s.entry.kind !== 'vague';
}

/** A following word that can be a counted noun: an Arabic word that is not a number word. */
function nounFollows(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && t.kind === 'arabic' && !isNumberWord(t);
}

/** The first word of an ordinal teen (الحادي عشر … التاسع عشر), with or without the article. */
const ORDINAL_UNIT = /^[وف]?(?:ال)?(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)(?:ه)?$/;

/** Nouns that make واحدة an adverb of manner: دفعة واحدة، مرة واحدة، جملة واحدة. */
const ONCE_NOUNS = new Set(['دفعه', 'مره', 'جمله', 'ضربه', 'لحظه']);

type Last = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';

/** Parse a compound Arabic number word starting at token i (see §1.4 "Compound grammar"). */
export function parseArabicNumber(tokens: readonly Token[], i: number): Figure | null {
  const t0 = tokens[i];
  if (!t0 || t0.kind !== 'arabic') return null;
  const s0 = AR_WORDS.get(t0.text);
  if (!s0 || s0.entry.kind === 'vague') return null;
  const w0 = s0.entry;
  // «20 في المئة», «نسبة مئة في المئة»: a percent sign in words, not a hundred.
  if (s0.article && w0.kind === 'hundreds' && w0.value === 100 && (tokens[i - 1]?.text === 'في' || tokens[i - 1]?.kind === 'digits')) return null;
  const next = tokens[i + 1];
  let total = 0;
  let cur = 0;
  let last: Last;
  let lastScale = 0;
  let j = i + 1;
  let ambiguous: string | undefined;
  if (w0.teenOnly) {
    if (!next || next.kind !== 'arabic' || !isTeenTail(next.text)) return null;
  }
  if (w0.needsNoun && (!next || next.kind !== 'arabic' || next.glued)) return null;
  // "السابع عشر": the tail of an ordinal (the seventeenth), not ten.
  if (w0.teenTail && ORDINAL_UNIT.test(tokens[i - 1]?.text ?? '')) return null;
  // "دفعة واحدة" (at once), "مرة واحدة" (once): idioms, not a count of one.
  if (w0.kind === 'unit' && w0.value === 1 && ONCE_NOUNS.has(tokens[i - 1]?.text ?? '')) return null;
  // "وأحد الجنود" normalizes to واحد + a definite noun: "and one of the soldiers", not a count
  // (a real واحد follows its noun: جندي واحد).
  if (t0.text === 'واحد' && next && next.kind === 'arabic' && !next.glued && next.text.startsWith('ال') && !isTeenTail(next.text)) return null;
  switch (w0.kind) {
    case 'unit':
      cur = w0.value;
      last = 'unit';
      break;
    case 'tens':
      cur = w0.value;
      last = 'tens';
      break;
    case 'hundreds':
      cur = w0.value;
      last = 'hundred';
      break;
    case 'frac': {
      const sc = next && next.kind === 'arabic' ? AR_WORDS.get(next.text) : undefined;
      if (!sc || sc.prefix !== '' || sc.entry.kind !== 'scale' || sc.entry.dual || sc.entry.plural) return null;
      total = w0.value * sc.entry.value;
      lastScale = sc.entry.value;
      last = 'scale';
      j = i + 2;
      break;
    }
    default: {
      // scale
      if (w0.plural) return null; // vague (الاف alone) — handled by vague.ts
      if (w0.dual) {
        total = w0.value;
        lastScale = w0.value / 2;
      } else if (w0.alfa && nounFollows(tokens, i + 1)) {
        total = 2 * w0.value; // ألفا جندي = 2000
        lastScale = w0.value;
        ambiguous = 'alfa-dual';
      } else {
        total = w0.value;
        lastScale = w0.value;
      }
      last = 'scale';
    }
  }

  for (;;) {
    const t = tokens[j];
    if (!t || t.kind !== 'arabic') break;
    let s: Surface<ArWord> | undefined;
    let conj = false;
    let width = 1;
    if (t.text === 'و') {
      const u = tokens[j + 1];
      if (!u || u.kind !== 'arabic') break;
      s = AR_WORDS.get(u.text);
      if (!s || s.prefix !== '') break;
      conj = true;
      width = 2;
    } else if (t.text === 'واحد' && (last === 'hundred' || last === 'scale') && isTeenTail(tokens[j + 1]?.text)) {
      s = AR_WORDS.get('احد') as Surface<ArWord>; // "وأحد عشر" after a hundred or a scale: و + احد, not واحد
      conj = true;
    } else {
      s = AR_WORDS.get(t.text);
      if (!s) break;
      // «الست والثمانين»: a definite compound keeps its article on every part.
      if (s.prefix === 'و' || (s.prefix === 'وال' && s0.article)) conj = true;
      else if (s.prefix !== '') break;
    }
    const w = s.entry;
    if (w.kind === 'vague') break;
    if (!conj) {
      if (w.teenTail && last === 'unit' && cur % 100 >= 1 && cur % 100 <= 9) {
        cur += 10;
        last = 'teen';
      } else if (w.kind === 'hundreds' && w.value === 100 && last === 'unit' && cur >= 1 && cur <= 9) {
        cur *= 100; // ثلاث مئه
        last = 'hundred';
      } else if (w.kind === 'scale' && !w.dual && cur > 0 && last !== 'scale' && (lastScale === 0 || w.value < lastScale)) {
        total += cur * w.value;
        cur = 0;
        lastScale = w.value;
        last = 'scale';
      } else break;
    } else {
      if (w.kind === 'frac') {
        if (w.value !== 0.5 || last !== 'scale') break;
        total += 0.5 * lastScale; // مليون ونصف
        j += width;
        break;
      }
      if (w.teenOnly) {
        const after = tokens[j + width];
        if (!after || !isTeenTail(after.text)) break;
      }
      if (last === 'scale' && cur === 0) {
        if (w.kind === 'scale') {
          if (w.dual || w.plural || w.value >= lastScale) break;
          total += w.value;
          lastScale = w.value;
        } else if (w.value < lastScale) {
          cur = w.value;
          last = w.kind === 'unit' ? 'unit' : w.kind === 'tens' ? 'tens' : 'hundred';
        } else break;
      } else if (last === 'hundred' && (w.kind === 'unit' || w.kind === 'tens')) {
        cur += w.value;
        last = w.kind === 'unit' ? 'unit' : 'tens';
      } else if (last === 'unit' && w.kind === 'tens' && cur % 100 >= 1 && cur % 100 <= 9) {
        cur += w.value; // خمسه وستين
        last = 'tens';
      } else break;
    }
    j += width;
  }
  const value = total + cur;
  if (value <= 0) return null;
  const fig: Figure = { t0: i, t1: j, value, source: 'words', scale: 1, raw: value };
  if (s0.article) fig.definite = true;
  if (ambiguous) fig.ambiguous = ambiguous;
  return fig;
}

function isTeenTail(text: string | undefined): boolean {
  return text === 'عشر' || text === 'عشره';
}
