// Per-record validation of imported data. Input is untrusted (already sanitized by parse.ts: plain
// objects, no __proto__/constructor/prototype keys). Output records are built field by field from a
// whitelist, so nothing unexpected reaches the database. A record with an error is dropped and
// reported; a fixable problem (a non-http(s) URL) is fixed and reported as a warning.
import type { Corpus, CorpusDocument, Fact, FactDate, FactSource, FactTerms } from '../../core/facts/model';
import type { FactKind, Lang, PeriodPart, Qualifier } from '../../core/types';

export interface ImportProblem {
  kind: 'error' | 'warning';
  /** Which record (and field), e.g. `fact "seed-000-troops" (#3) › source.url`. */
  where: string;
  message: string;
}

export interface ValidationResult {
  valid: Corpus;
  problems: ImportProblem[];
}

export const LIMITS = {
  id: 200,
  quote: 5_000,
  title: 1_000,
  outlet: 300,
  note: 5_000,
  url: 4_096,
  measure: 100,
  entity: 100,
  entities: 100,
  terms: 200,
  term: 200,
  file: 300,
  /** Document text, in UTF-16 code units (≈ 2 MB of Latin text). */
  text: 2 * 1024 * 1024,
} as const;

export const KINDS: readonly FactKind[] = ['count', 'year', 'date'];
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'approx', 'gt', 'gte', 'lt', 'lte', 'range', 'vague'];
const PARTS: readonly PeriodPart[] = ['early', 'mid', 'late'];
const LANGS: readonly Lang[] = ['ar', 'en'];
const ORIGINS = ['seed', 'user'] as const;

/** Thrown inside a record check; the record is dropped with this message. */
class Invalid extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * An ISO date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (optionally followed by a time, as in
 * `2024-01-18T10:00:00Z`) that exists on the calendar, year 1900–2100.
 */
export function isIsoDate(value: unknown, allowPartial = false): value is string {
  if (typeof value !== 'string' || value.length > 40) return false;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return false;
  if (m[2] === undefined) return allowPartial;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return allowPartial;
  const day = Number(m[3]);
  if (day < 1 || day > daysIn(year, month)) return false;
  if (m[4] !== undefined && Number.isNaN(Date.parse(value))) return false;
  return true;
}

/** The URL if it parses as http(s), else null. */
export function httpUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > LIMITS.url) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? raw.trim() : null;
  } catch {
    return null;
  }
}

function str(o: Obj, key: string, field: string, max: number, opts: { required?: boolean; nonEmpty?: boolean } = {}): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) {
    if (opts.required) throw new Invalid(field, `${field} is missing`);
    return undefined;
  }
  if (typeof v !== 'string') throw new Invalid(field, `${field} must be text`);
  if (opts.nonEmpty && !v.trim()) throw new Invalid(field, `${field} is empty`);
  if (v.length > max) throw new Invalid(field, `${field} is too long (${v.length} characters; at most ${max})`);
  return v;
}

function reqStr(o: Obj, key: string, field: string, max: number, nonEmpty = true): string {
  return str(o, key, field, max, { required: true, nonEmpty }) as string;
}

function oneOf<T extends string>(o: Obj, key: string, field: string, set: readonly T[], fallback?: T): T {
  const v = o[key];
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'string' || !(set as readonly string[]).includes(v)) {
    throw new Invalid(field, `${field} must be one of ${set.join(', ')} (got ${describe(v)})`);
  }
  return v as T;
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  return Array.isArray(v) ? 'a list' : 'an object';
}

function isoDate(o: Obj, key: string, field: string, opts: { required: boolean; partial?: boolean }): string | undefined {
  const v = o[key];
  if (v === undefined && !opts.required) return undefined;
  if (!isIsoDate(v, opts.partial)) {
    throw new Invalid(field, `${field} is not a valid date (${describe(v)}; expected YYYY-MM-DD between 1900 and 2100)`);
  }
  return v;
}

function strList(v: unknown, field: string, maxItems: number, maxLen: number): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new Invalid(field, `${field} must be a list of text`);
  if (v.length > maxItems) throw new Invalid(field, `${field} has too many items (at most ${maxItems})`);
  return v.map((x, i) => {
    if (typeof x !== 'string' || !x.trim()) throw new Invalid(field, `${field}[${i}] must be non-empty text`);
    if (x.length > maxLen) throw new Invalid(field, `${field}[${i}] is too long`);
    return x;
  });
}

function finite(v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Invalid(field, `${field} must be a finite number (got ${describe(v)})`);
  return v;
}

function year(v: unknown, field: string): number {
  const n = finite(v, field);
  if (!Number.isInteger(n) || n < 1900 || n > 2100) throw new Invalid(field, `${field} must be a year between 1900 and 2100 (got ${n})`);
  return n;
}

function validateDate(v: unknown, value: number): FactDate {
  if (!isObj(v)) throw new Invalid('date', 'date must be an object');
  const date: FactDate = { year: year(v.year, 'date.year') };
  if (date.year !== value) throw new Invalid('date.year', `date.year (${date.year}) differs from value (${value})`);
  if (v.month !== undefined) {
    const m = finite(v.month, 'date.month');
    if (!Number.isInteger(m) || m < 1 || m > 12) throw new Invalid('date.month', `date.month must be 1–12 (got ${m})`);
    date.month = m;
  }
  if (v.day !== undefined) {
    const d = finite(v.day, 'date.day');
    if (date.month === undefined) throw new Invalid('date.day', 'date.day is set without a month');
    if (!Number.isInteger(d) || d < 1 || d > daysIn(date.year, date.month)) {
      throw new Invalid('date.day', `date.day ${d} does not exist in ${date.year}-${String(date.month).padStart(2, '0')}`);
    }
    date.day = d;
  }
  if (v.part !== undefined) date.part = oneOf(v, 'part', 'date.part', PARTS);
  return date;
}

function validateTerms(v: unknown): FactTerms | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v)) throw new Invalid('terms', 'terms must be an object');
  const terms: FactTerms = {};
  for (const key of ['measure', 'actor', 'place'] as const) {
    if (v[key] !== undefined) terms[key] = strList(v[key], `terms.${key}`, LIMITS.terms, LIMITS.term);
  }
  return terms;
}

function validateSource(v: unknown, warn: (field: string, message: string) => void): FactSource {
  if (!isObj(v)) throw new Invalid('source', 'source is missing');
  const start = finite(v.start, 'source.start');
  const end = finite(v.end, 'source.end');
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end) {
    throw new Invalid('source.start', `source.start/end must be whole numbers with 0 ≤ start ≤ end (got ${start}, ${end})`);
  }
  const source: FactSource = {
    docId: reqStr(v, 'docId', 'source.docId', LIMITS.id),
    outlet: reqStr(v, 'outlet', 'source.outlet', LIMITS.outlet),
    published: isoDate(v, 'published', 'source.published', { required: true }) as string,
    quote: reqStr(v, 'quote', 'source.quote', LIMITS.quote, false),
    start,
    end,
    lang: oneOf(v, 'lang', 'source.lang', LANGS),
  };
  const title = str(v, 'title', 'source.title', LIMITS.title);
  if (title !== undefined) source.title = title;
  if (v.url !== undefined && v.url !== '') {
    const url = httpUrl(v.url);
    if (url) source.url = url;
    else warn('source.url', `the link ${describe(v.url)} is not http(s): dropped`);
  }
  // Keep key order stable: title and url after the required fields is fine for deep equality.
  return source;
}

export function validateFact(raw: unknown, warn: (field: string, message: string) => void): Fact {
  if (!isObj(raw)) throw new Invalid('', 'a fact must be an object');
  const id = reqStr(raw, 'id', 'id', LIMITS.id);
  const kind = oneOf(raw, 'kind', 'kind', KINDS);
  const qualifier = oneOf(raw, 'qualifier', 'qualifier', QUALIFIERS);
  const value = kind === 'count' ? finite(raw.value, 'value') : year(raw.value, 'value');
  if (kind === 'count' && value < 0) throw new Invalid('value', `value must be 0 or more (got ${value})`);
  const fact: Fact = {
    id,
    kind,
    measure: reqStr(raw, 'measure', 'measure', LIMITS.measure),
    actor: strList(raw.actor, 'actor', LIMITS.entities, LIMITS.entity),
    place: strList(raw.place, 'place', LIMITS.entities, LIMITS.entity),
    value,
    qualifier,
    asOf: isoDate(raw, 'asOf', 'asOf', { required: true }) as string,
    runningTotal: false,
    source: validateSource(raw.source, warn),
    origin: 'user',
  };
  for (const key of ['min', 'max'] as const) {
    if (raw[key] === undefined || raw[key] === null) continue;
    const n = finite(raw[key], key);
    if (kind === 'count' && n < 0) throw new Invalid(key, `${key} must be 0 or more (got ${n})`);
    fact[key] = n;
  }
  if (fact.min !== undefined && fact.max !== undefined && fact.min > fact.max) {
    throw new Invalid('min', `min (${fact.min}) is above max (${fact.max})`);
  }
  if (raw.date !== undefined) fact.date = validateDate(raw.date, value);
  else if (kind === 'date') throw new Invalid('date', 'a date fact needs a date (year, month)');
  const since = isoDate(raw, 'since', 'since', { required: false, partial: true });
  if (since !== undefined) fact.since = since;
  if (raw.runningTotal !== undefined) {
    if (typeof raw.runningTotal !== 'boolean') throw new Invalid('runningTotal', 'runningTotal must be true or false');
    fact.runningTotal = raw.runningTotal;
  }
  const terms = validateTerms(raw.terms);
  if (terms) fact.terms = terms;
  fact.origin = oneOf(raw, 'origin', 'origin', ORIGINS, 'user');
  if (raw.edited !== undefined) {
    if (typeof raw.edited !== 'boolean') throw new Invalid('edited', 'edited must be true or false');
    fact.edited = raw.edited;
  }
  const note = str(raw, 'note', 'note', LIMITS.note);
  if (note !== undefined) fact.note = note;
  return fact;
}

export function validateDocument(raw: unknown, warn: (field: string, message: string) => void): CorpusDocument {
  if (!isObj(raw)) throw new Invalid('', 'a document must be an object');
  const text = raw.text;
  if (typeof text !== 'string') throw new Invalid('text', 'text is missing');
  if (text.length > LIMITS.text) throw new Invalid('text', `text is too long (${text.length} characters; at most ${LIMITS.text})`);
  const doc: CorpusDocument = {
    id: reqStr(raw, 'id', 'id', LIMITS.id),
    title: reqStr(raw, 'title', 'title', LIMITS.title, false),
    outlet: reqStr(raw, 'outlet', 'outlet', LIMITS.outlet),
    published: isoDate(raw, 'published', 'published', { required: true }) as string,
    lang: oneOf(raw, 'lang', 'lang', LANGS),
    text,
    origin: oneOf(raw, 'origin', 'origin', ORIGINS, 'user'),
  };
  if (raw.url !== undefined && raw.url !== '') {
    const url = httpUrl(raw.url);
    if (url) doc.url = url;
    else warn('url', `the link ${describe(raw.url)} is not http(s): dropped`);
  }
  const file = str(raw, 'file', 'file', LIMITS.file);
  if (file !== undefined) doc.file = file;
  return doc;
}

function label(kind: 'fact' | 'document', raw: unknown, index: number): string {
  const id = isObj(raw) && typeof raw.id === 'string' && raw.id.length <= LIMITS.id ? ` "${raw.id}"` : '';
  return `${kind}${id} (#${index + 1})`;
}

/**
 * Validates raw documents and facts. Invalid records are dropped (error), duplicates of an id keep
 * the first record (error), fixable ones are kept with a warning. A fact whose quote is not at its
 * offsets in a document of the same import gets a warning only (the offsets are the user's data).
 */
export function validateCorpus(rawDocuments: readonly unknown[], rawFacts: readonly unknown[]): ValidationResult {
  const problems: ImportProblem[] = [];
  const documents: CorpusDocument[] = [];
  const facts: Fact[] = [];
  const run = <T extends { id: string }>(kind: 'fact' | 'document', raws: readonly unknown[], check: typeof validateFact | typeof validateDocument, out: T[]) => {
    const seen = new Set<string>();
    raws.forEach((raw, i) => {
      const where = label(kind, raw, i);
      const warnings: ImportProblem[] = [];
      try {
        const record = check(raw, (field, message) => warnings.push({ kind: 'warning', where: `${where} › ${field}`, message })) as unknown as T;
        if (seen.has(record.id)) {
          problems.push({ kind: 'error', where, message: `another ${kind} in this file has the id "${record.id}": skipped` });
          return;
        }
        seen.add(record.id);
        out.push(record);
        problems.push(...warnings);
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        problems.push({ kind: 'error', where: error.field ? `${where} › ${error.field}` : where, message: `${error.message}: skipped` });
      }
    });
  };
  run('document', rawDocuments, validateDocument, documents);
  run('fact', rawFacts, validateFact, facts);
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  facts.forEach((f) => {
    const text = texts.get(f.source.docId);
    if (text !== undefined && text.slice(f.source.start, f.source.end) !== f.source.quote) {
      problems.push({ kind: 'warning', where: `fact "${f.id}" › source.quote`, message: 'the quote is not found at its offsets in the document text' });
    }
  });
  return { valid: { documents, facts }, problems };
}
