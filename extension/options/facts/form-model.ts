// The fact form as plain data: a draft of strings (what the inputs hold), its validation, and the
// conversion to and from a Fact. Pure functions, so the rules are tested without rendering.
import type { CorpusDocument, Fact, FactDate } from '../../../core/facts/model';
import type { FactKind, Lang, PeriodPart, Qualifier } from '../../../core/types';
import type { MessageKey } from '../../i18n';
import { safeHttpUrl } from './present';

export interface FactDraft {
  id: string;
  kind: FactKind;
  measure: string;
  actor: string[];
  place: string[];
  value: string;
  qualifier: Qualifier;
  min: string;
  max: string;
  year: string;
  month: string;
  day: string;
  part: '' | PeriodPart;
  asOf: string;
  since: string;
  runningTotal: boolean;
  termsMeasure: string;
  termsActor: string;
  termsPlace: string;
  docId: string;
  outlet: string;
  published: string;
  title: string;
  url: string;
  quote: string;
  lang: Lang;
  note: string;
}

export type DraftField = keyof FactDraft;
export type DraftErrors = Partial<Record<DraftField, MessageKey>>;

export const QUALIFIERS: Qualifier[] = ['exact', 'approx', 'gt', 'gte', 'lt', 'lte', 'range', 'vague'];
export const KINDS: FactKind[] = ['count', 'year', 'date'];

export function newFactId(now: number = Date.now()): string {
  const rand = Math.floor(Math.random() * 0x100000000).toString(36);
  return `user-${now.toString(36)}-${rand}`;
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function emptyDraft(id: string = newFactId()): FactDraft {
  return {
    id,
    kind: 'count',
    measure: '',
    actor: [],
    place: [],
    value: '',
    qualifier: 'exact',
    min: '',
    max: '',
    year: '',
    month: '',
    day: '',
    part: '',
    asOf: '',
    since: '',
    runningTotal: false,
    termsMeasure: '',
    termsActor: '',
    termsPlace: '',
    docId: '',
    outlet: '',
    published: '',
    title: '',
    url: '',
    quote: '',
    lang: 'ar',
    note: '',
  };
}

const str = (n: number | undefined): string => (n === undefined ? '' : String(n));

export function draftFromFact(f: Fact): FactDraft {
  return {
    id: f.id,
    kind: f.kind,
    measure: f.measure,
    actor: [...f.actor],
    place: [...f.place],
    value: f.kind === 'count' ? String(f.value) : '',
    qualifier: f.qualifier,
    min: str(f.min),
    max: str(f.max),
    year: f.kind !== 'count' ? String(f.date?.year ?? f.value) : '',
    month: str(f.date?.month),
    day: str(f.date?.day),
    part: f.date?.part ?? '',
    asOf: f.asOf,
    since: f.since ?? '',
    runningTotal: f.runningTotal,
    termsMeasure: (f.terms?.measure ?? []).join(', '),
    termsActor: (f.terms?.actor ?? []).join(', '),
    termsPlace: (f.terms?.place ?? []).join(', '),
    docId: f.source.docId,
    outlet: f.source.outlet,
    published: f.source.published,
    title: f.source.title ?? '',
    url: f.source.url ?? '',
    quote: f.source.quote,
    lang: f.source.lang,
    note: f.note ?? '',
  };
}

/** "a, b، c" → ['a', 'b', 'c'] (Latin and Arabic commas). */
export function splitTerms(text: string): string[] {
  return [...new Set(text.split(/[,،]/).map((t) => t.trim()).filter(Boolean))];
}

const NUMBER_RE = /^[+]?\d+(\.\d+)?$/;
const MEASURE_ID_RE = /^[a-z][a-z0-9_]*$/;

/** A plain decimal number written in ASCII or Arabic-Indic digits (thousands separators allowed). */
export function parseNumber(text: string): number | null {
  const ascii = text
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[,٬\s]/g, '')
    .replace(/٫/g, '.');
  if (!NUMBER_RE.test(ascii)) return null;
  const n = Number(ascii);
  return Number.isFinite(n) ? n : null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks a full ISO date `YYYY-MM-DD`; returns an error key or null. */
export function checkIsoDate(text: string, now: Date, opts: { allowPartial?: boolean } = {}): MessageKey | null {
  const m = (opts.allowPartial ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/ : /^(\d{4})-(\d{2})-(\d{2})$/).exec(text.trim());
  if (!m) return opts.allowPartial ? 'errIsoPartial' : 'errIsoDate';
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return 'errYear';
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return 'errMonth';
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      if (day < 1 || day > daysInMonth(year, month)) return 'errDay';
    }
  }
  // "Not in the far future": a little slack for time zones and embargoed articles.
  const limit = new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  if (text.trim() > limit) return 'errFuture';
  return null;
}

export interface ValidateContext {
  documents: readonly Pick<CorpusDocument, 'id' | 'text'>[];
  now?: Date;
}

export interface ValidateResult {
  errors: DraftErrors;
  /** The fact to save, when there are no errors. */
  fact: Fact | null;
}

/** Finds the quote in the document text: the stored offsets when they still hold, else its first occurrence. */
export function locateQuote(text: string, quote: string, hint?: { start: number; end: number }): { start: number; end: number } | null {
  if (!quote) return null;
  if (hint && text.slice(hint.start, hint.end) === quote) return hint;
  const at = text.indexOf(quote);
  return at < 0 ? null : { start: at, end: at + quote.length };
}

/**
 * Validates the whole draft; `fact` is set when it is valid. `previous` (the fact being edited)
 * keeps fields the form does not show (origin) and the quote offsets when they still hold.
 */
export function validateDraft(d: FactDraft, ctx: ValidateContext, previous?: Fact): ValidateResult {
  const now = ctx.now ?? new Date();
  const errors: DraftErrors = {};
  const measure = d.measure.trim();
  if (!measure) errors.measure = 'errRequired';
  else if (!MEASURE_ID_RE.test(measure)) errors.measure = 'errMeasureId';

  let value = 0;
  let min: number | undefined;
  let max: number | undefined;
  let date: FactDate | undefined;
  if (d.kind === 'count') {
    const v = parseNumber(d.value);
    if (d.value.trim() === '') errors.value = 'errRequired';
    else if (v === null || v < 0) errors.value = 'errCount';
    else value = v;
    const minN = d.min.trim() ? parseNumber(d.min) : undefined;
    const maxN = d.max.trim() ? parseNumber(d.max) : undefined;
    if (minN === null || (minN !== undefined && minN < 0)) errors.min = 'errCount';
    if (maxN === null || (maxN !== undefined && maxN < 0)) errors.max = 'errCount';
    if (typeof minN === 'number' && typeof maxN === 'number' && minN > maxN) errors.max = 'errMinMax';
    if (d.qualifier === 'range') {
      if (d.min.trim() === '') errors.min ??= 'errRequired';
      if (d.max.trim() === '') errors.max ??= 'errRequired';
    }
    if (typeof minN === 'number') min = minN;
    if (typeof maxN === 'number') max = maxN;
    if (!errors.value && min !== undefined && max !== undefined && d.qualifier !== 'range' && (value < min || value > max)) {
      errors.value = 'errOutsideRange';
    }
  } else {
    const year = /^\d{4}$/.test(d.year.trim()) ? Number(d.year) : NaN;
    if (d.year.trim() === '') errors.year = 'errRequired';
    else if (!(year >= 1900 && year <= 2100)) errors.year = 'errYear';
    const month = d.month.trim() ? Number(d.month) : undefined;
    const day = d.day.trim() ? Number(d.day) : undefined;
    if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) errors.month = 'errMonth';
    if (day !== undefined) {
      if (month === undefined) errors.day = 'errDayNeedsMonth';
      else if (!Number.isInteger(day) || day < 1 || day > daysInMonth(Number.isNaN(year) ? 2000 : year, errors.month ? 1 : month)) errors.day = 'errDay';
    }
    if (d.kind === 'date' && month === undefined && !errors.month) errors.month = 'errRequired';
    if (!errors.year) {
      value = year;
      date = { year };
      if (month !== undefined && !errors.month) date.month = month;
      if (day !== undefined && !errors.day && date.month !== undefined) date.day = day;
      if (d.part) date.part = d.part;
    }
  }

  const asOfError = d.asOf.trim() ? checkIsoDate(d.asOf, now) : 'errRequired';
  if (asOfError) errors.asOf = asOfError;
  if (d.since.trim()) {
    const e = checkIsoDate(d.since, now, { allowPartial: true });
    if (e) errors.since = e;
  }
  if (!d.outlet.trim()) errors.outlet = 'errRequired';
  const pubError = d.published.trim() ? checkIsoDate(d.published, now) : 'errRequired';
  if (pubError) errors.published = pubError;
  if (d.url.trim() && !safeHttpUrl(d.url)) errors.url = 'errUrl';

  const quote = d.quote.trim();
  let offsets: { start: number; end: number } | null = null;
  if (!quote) errors.quote = 'errRequired';
  if (!d.docId) errors.docId = 'errRequired';
  else {
    const doc = ctx.documents.find((x) => x.id === d.docId);
    if (!doc) errors.docId = 'errUnknownDocument';
    else if (quote) {
      const hint = previous && previous.source.docId === d.docId ? previous.source : undefined;
      offsets = locateQuote(doc.text, quote, hint);
      if (!offsets) errors.quote = 'errQuoteNotInText';
    }
  }

  if (Object.keys(errors).length > 0 || !offsets) return { errors, fact: null };

  const terms = { measure: splitTerms(d.termsMeasure), actor: splitTerms(d.termsActor), place: splitTerms(d.termsPlace) };
  // Start from the fact being edited so fields the form does not show survive a save unchanged.
  const fact: Fact = JSON.parse(JSON.stringify(previous ?? {})) as Fact;
  Object.assign(fact, {
    id: d.id,
    kind: d.kind,
    measure,
    actor: [...d.actor],
    place: [...d.place],
    value,
    qualifier: d.qualifier,
    asOf: d.asOf.trim(),
    runningTotal: d.runningTotal,
    origin: previous?.origin ?? 'user',
  });
  fact.source = {
    ...fact.source,
    docId: d.docId,
    outlet: d.outlet.trim(),
    published: d.published.trim(),
    quote,
    start: offsets.start,
    end: offsets.end,
    lang: d.lang,
  };
  const setOrDrop = <T extends object, K extends keyof T>(obj: T, key: K, v: T[K] | undefined) => {
    if (v === undefined) delete obj[key];
    else obj[key] = v;
  };
  setOrDrop(fact, 'min', min);
  setOrDrop(fact, 'max', max);
  setOrDrop(fact, 'date', d.kind === 'count' ? undefined : date);
  setOrDrop(fact, 'since', d.since.trim() || undefined);
  setOrDrop(fact, 'note', d.note.trim() || undefined);
  setOrDrop(fact.source, 'title', d.title.trim() || undefined);
  setOrDrop(fact.source, 'url', d.url.trim() || undefined);
  const factTerms: NonNullable<Fact['terms']> = {};
  if (terms.measure.length) factTerms.measure = terms.measure;
  if (terms.actor.length) factTerms.actor = terms.actor;
  if (terms.place.length) factTerms.place = terms.place;
  setOrDrop(fact, 'terms', Object.keys(factTerms).length ? factTerms : undefined);
  return { errors, fact };
}
