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
};

/** 2500 → "2,500", 3.25 → "3.25". Hand-rolled: toLocaleString goes through ICU and is ~100× slower. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const rounded = Math.round(n * 100) / 100;
  const [int, frac] = String(Math.abs(rounded)).split('.');
  const grouped = (int as string).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
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
    return { ar: `بين ${formatNumber(min)} و${formatNumber(max)}`, en: `between ${formatNumber(min)} and ${formatNumber(max)}` };
  }
  const q = QUALIFIER_WORDS[qualifier];
  return { ar: `${q.ar}${formatNumber(value)}`, en: `${q.en}${formatNumber(value)}` };
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

function why(rule: VerdictRule, claim: Claim, fact: Fact | null): Bilingual {
  const page = claimValue(claim);
  const measure = MEASURE_NAMES[claim.measure] ?? { ar: claim.measure, en: claim.measure.replace(/_/g, ' ') };
  if (!fact) {
    return {
      ar: `لا توجد في المدونة حقيقة تغطي هذا الرقم (${measure.ar}).`,
      en: `No fact in the corpus covers this figure (${measure.en}).`,
    };
  }
  const corpus = factValue(fact);
  const src = asOf(fact);
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
    case 'running-total-older':
      return {
        ar: `الرقم أقدم من أول قيمة في المدونة (${corpus.ar}، ${src.ar})؛ لا يمكن التحقق منه.`,
        en: `The figure predates the corpus's first value (${corpus.en}, ${src.en}); it can't be checked.`,
      };
    default:
      return { ar: `لا توجد حقيقة مطابقة.`, en: `No matching fact.` };
  }
}

export const explain = { value: factValue, claimValue, why };
