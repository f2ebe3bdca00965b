// Verdicts in words, Arabic and English: what the page says, what the corpus says, which rule decided.
import type { Claim } from '../claims/claim';
import { MEASURE_NAMES } from '../lexicon/data';
import type { Qualifier } from '../types';
import type { Fact, FactDate, VerdictRule } from './model';

export interface Bilingual {
  ar: string;
  en: string;
}

const QUALIFIER_WORDS: Record<Qualifier, Bilingual> = {
  exact: { ar: '', en: '' },
  approx: { ar: 'نحو ', en: 'about ' },
  gt: { ar: 'أكثر من ', en: 'more than ' },
  gte: { ar: 'ما لا يقل عن ', en: 'at least ' },
  lt: { ar: 'أقل من ', en: 'fewer than ' },
  lte: { ar: 'حتى ', en: 'up to ' },
  range: { ar: '', en: '' },
  vague: { ar: '', en: '' },
};

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_AR = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيو',
  'تموز/يوليو',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
];
const PART_WORDS: Record<string, Bilingual> = {
  early: { ar: 'مطلع ', en: 'early ' },
  mid: { ar: 'منتصف ', en: 'mid-' },
  late: { ar: 'أواخر ', en: 'late ' },
  spring: { ar: 'ربيع ', en: 'spring ' },
  summer: { ar: 'صيف ', en: 'summer ' },
  autumn: { ar: 'خريف ', en: 'autumn ' },
};

/**
 * 2500 → "2,500", 3.25 → "3.25". Hand-rolled: toLocaleString goes through ICU and is ~100× slower,
 * and a regex with split costs more than the rest of a verdict.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const rounded = Math.round(n * 100) / 100;
  const digits = String(Math.abs(rounded));
  const sign = rounded < 0 ? '-' : '';
  const dot = digits.indexOf('.');
  const intLength = dot < 0 ? digits.length : dot;
  // From 1e21 String() writes an exponent ("1e+21"), which is left as it is.
  if (intLength <= 3 || digits.includes('e')) return sign + digits;
  const head = intLength % 3 || 3;
  let out = sign + digits.slice(0, head);
  for (let i = head; i < intLength; i += 3) out += ',' + digits.slice(i, i + 3);
  return dot < 0 ? out : out + digits.slice(dot);
}

export function formatDate(d: FactDate): Bilingual {
  const part = d.part ? PART_WORDS[d.part] : undefined;
  if (d.month !== undefined) {
    const m = d.month - 1;
    const day = d.day !== undefined ? `${d.day} ` : '';
    return {
      ar: `${part?.ar ?? ''}${day}${MONTHS_AR[m] ?? ''} ${d.year}`,
      en: `${part?.en ?? ''}${day}${MONTHS_EN[m] ?? ''} ${d.year}`,
    };
  }
  return { ar: `${part?.ar ?? ''}${d.year}`, en: `${part?.en ?? ''}${d.year}` };
}

function formatQuantity(value: number, qualifier: Qualifier, min?: number, max?: number): Bilingual {
  if (qualifier === 'range' && min !== undefined && max !== undefined) {
    const from = formatNumber(min);
    const to = formatNumber(max);
    return { ar: `بين ${from} و${to}`, en: `between ${from} and ${to}` };
  }
  const q = QUALIFIER_WORDS[qualifier];
  const figure = formatNumber(value);
  return { ar: q.ar + figure, en: q.en + figure };
}

/** A fact's value as a person would say it. */
function factValue(f: Fact): Bilingual {
  if (f.kind !== 'count' && f.date) return formatDate(f.date);
  return formatQuantity(f.value, f.qualifier, f.min, f.max);
}

function claimValue(c: Claim): Bilingual {
  if (c.kind !== 'count' && c.date) return formatDate(c.date);
  // A vague word ("عشرات", "dozens") is best quoted as written.
  if (c.qualifier === 'vague') return { ar: c.text, en: c.text };
  return formatQuantity(c.value, c.qualifier, c.min, c.max);
}

/** First-strong isolate: an Arabic outlet name inside English text (or the reverse) keeps its own direction. */
const isolate = (s: string): string => `\u2068${s}\u2069`;

function asOf(f: Fact): Bilingual {
  return { ar: `حتى ${f.asOf}، ${isolate(f.source.outlet)}`, en: `as of ${f.asOf}, ${isolate(f.source.outlet)}` };
}

/** What explanations say about a fact, made once for each fact that decides verdicts. */
export interface FactTexts {
  value: Bilingual;
  source: Bilingual;
  /** Per rule, its sentence about this fact, cut where the page's figure goes. */
  sentences: Partial<Record<VerdictRule, Cut>>;
}

/** A sentence before and after the page's figure; `after` is null when it doesn't quote the page. */
interface Cut {
  ar: [before: string, after: string | null];
  en: [before: string, after: string | null];
}

function factTexts(f: Fact): FactTexts {
  return { value: factValue(f), source: asOf(f), sentences: {} };
}

function why(rule: VerdictRule, claim: Claim, fact: Fact | null): Bilingual {
  return whyFrom(rule, claim, fact ? factTexts(fact) : null);
}

/** Stands for the page's figure in the sentences kept per fact. */
const PAGE = '\u0000';

function cut(sentence: string): [string, string | null] {
  const at = sentence.indexOf(PAGE);
  return at < 0 ? [sentence, null] : [sentence.slice(0, at), sentence.slice(at + PAGE.length)];
}

/**
 * why(), given the deciding fact's texts. The fact's sentence for the rule is made once and kept cut
 * around the page's figure, so each verdict joins three pieces per language instead of up to seven:
 * that halved the bytes a verdict keeps alive, which the garbage collector copies.
 */
function whyFrom(rule: VerdictRule, claim: Claim, fact: FactTexts | null): Bilingual {
  if (!fact) {
    const measure = MEASURE_NAMES[claim.measure] ?? { ar: claim.measure, en: claim.measure.replace(/_/g, ' ') };
    return {
      ar: `لا توجد في المدونة حقيقة تغطي هذا الرقم (${measure.ar}).`,
      en: `No fact in the corpus covers this figure (${measure.en}).`,
    };
  }
  let parts = fact.sentences[rule];
  if (!parts) {
    // A fact whose own words hold the mark would be cut in the wrong place: say it in full.
    const texts = [fact.value.ar, fact.value.en, fact.source.ar, fact.source.en];
    if (texts.some((t) => t.includes(PAGE))) return sentence(rule, claimValue(claim), fact.value, fact.source);
    const s = sentence(rule, { ar: PAGE, en: PAGE }, fact.value, fact.source);
    parts = fact.sentences[rule] = { ar: cut(s.ar), en: cut(s.en) };
  }
  if (parts.ar[1] === null && parts.en[1] === null) return { ar: parts.ar[0], en: parts.en[0] };
  const page = claimValue(claim);
  return { ar: join(parts.ar, page.ar), en: join(parts.en, page.en) };
}

function join([before, after]: readonly [string, string | null], page: string): string {
  return after === null ? before : before + page + after;
}

/** A rule's verdict in words: what the page says, what the corpus says, and where that comes from. */
function sentence(rule: VerdictRule, page: Bilingual, corpus: Bilingual, src: Bilingual): Bilingual {
  switch (rule) {
    case 'equal':
      return { ar: `الرقم نفسه في المدونة: ${corpus.ar} (${src.ar}).`, en: `Same figure as the corpus: ${corpus.en} (${src.en}).` };
    case 'within-range':
      return {
        ar: `متسق: ${page.ar} يقع ضمن ما تسمح به المدونة (${corpus.ar}، ${src.ar}).`,
        en: `Consistent: ${page.en} falls within what the corpus allows (${corpus.en}, ${src.en}).`,
      };
    case 'same-period':
      return { ar: `متسق: التاريخ نفسه في المدونة (${corpus.ar}).`, en: `Consistent: the corpus gives the same period (${corpus.en}).` };
    case 'outside-range':
    case 'different-period':
      return {
        ar: `تقول الصفحة ${page.ar}، والمدونة تقول ${corpus.ar} (${src.ar}).`,
        en: `The page says ${page.en}; the corpus says ${corpus.en} (${src.en}).`,
      };
    case 'running-total-between':
      return {
        ar: `حصيلة تراكمية: ${page.ar} متسق مع ${corpus.ar} (${src.ar})؛ الحصيلة لا تنقص.`,
        en: `Running total: ${page.en} is consistent with ${corpus.en} (${src.en}); the count only grows.`,
      };
    case 'running-total-below':
      return {
        ar: `حصيلة تراكمية: بلغت في المدونة ${corpus.ar} (${src.ar})، و${page.ar} أقل من ذلك.`,
        en: `Running total: the corpus already counts ${corpus.en} (${src.en}); ${page.en} is lower.`,
      };
    case 'running-total-newer':
      return {
        ar: `حصيلة تراكمية: ${page.ar} أعلى من أحدث قيمة في المدونة (${corpus.ar}، ${src.ar})؛ الرقم أحدث من المدونة وليس تناقضا.`,
        en: `Running total: ${page.en} is above the newest corpus value (${corpus.en}, ${src.en}): newer than the corpus, not a contradiction.`,
      };
    case 'part-of-total':
      return {
        ar: `تعدّ الصفحة جزءا فقط مما تعدّه المدونة (مكانا أضيق): ${page.ar} لا يناقض ${corpus.ar} (${src.ar}).`,
        en: `The page counts only part of what the corpus counts (a narrower place): ${page.en} does not contradict ${corpus.en} (${src.en}).`,
      };
    case 'later-start':
      return {
        ar: `تعدّ الصفحة من تاريخ لاحق لبداية السلسلة في المدونة (${corpus.ar}، ${src.ar})؛ فترة أخرى، ليست تناقضا.`,
        en: `The page counts from a later start than the corpus's series (${corpus.en}, ${src.en}): another window, not a contradiction.`,
      };
    case 'part-exceeds-total':
      return {
        ar: `تعدّ الصفحة ${page.ar} في جزء فقط من المكان، وهذا أكثر مما تعدّه المدونة في المكان كله: ${corpus.ar} (${src.ar}).`,
        en: `The page counts ${page.en} in only part of the place, more than the corpus counts in all of it: ${corpus.en} (${src.en}).`,
      };
    case 'implied-only':
      return {
        ar: `تذكر الصفحة ${page.ar} عرضا، لا تاريخا لهذا الحدث؛ والمدونة تقول ${corpus.ar} (${src.ar}). ليس تناقضا.`,
        en: `The page mentions ${page.en} in passing, not as this event's date; the corpus says ${corpus.en} (${src.en}). Not a contradiction.`,
      };
    case 'running-total-older':
      return {
        ar: `الرقم أقدم من أول قيمة في المدونة (${corpus.ar}، ${src.ar})؛ لا يمكن التحقق منه.`,
        en: `The figure predates the corpus's first value (${corpus.en}, ${src.en}); it can't be checked.`,
      };
    default:
      return { ar: `لا توجد حقيقة مطابقة.`, en: `No matching fact.` };
  }
}

export const explain = { value: factValue, claimValue, why, factTexts, whyFrom };
