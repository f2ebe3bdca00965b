// Reads an import file: size cap before anything else, a nesting-depth scan before JSON.parse (no
// recursion anywhere, so a hostile file can't overflow the stack), an iterative copy into fresh
// plain objects without __proto__/constructor/prototype keys, then format detection (a Sanad
// corpus backup or schema.org ClaimReview JSON-LD) and per-record validation.
import { compileLexicon, extractClaims, parseIsoDate, type CompiledLexicon } from '../../core/index';
import type { CorpusDocument, Fact } from '../../core/facts/model';
import { SCHEMA_VERSION } from '../schema';
import { FORMAT_NAME, FORMAT_VERSION, MAX_ARRAY_ITEMS, MAX_DEPTH, MAX_IMPORT_BYTES, SANAD_FACT_KEY } from './format';
import { httpUrl, isIsoDate, LIMITS, validateCorpus, type ImportProblem } from './validate';

export type ImportFormat = 'sanad-corpus' | 'claimreview';

export type ImportErrorCode = 'too-large' | 'empty' | 'invalid-json' | 'too-deep' | 'too-many' | 'newer-version' | 'unknown-format';

export interface ImportParseOk {
  ok: true;
  format: ImportFormat;
  documents: CorpusDocument[];
  facts: Fact[];
  /** Seed-fact tombstones carried by a corpus backup (empty for ClaimReview). */
  tombstones: string[];
  /** Records dropped (errors) or fixed (warnings), and ClaimReview items that could not be mapped. */
  problems: ImportProblem[];
  exportedAt?: string;
}

export interface ImportParseError {
  ok: false;
  code: ImportErrorCode;
  /** A clear English message; the UI shows its own words for `code`, with this as detail. */
  error: string;
}

export type ImportParseResult = ImportParseOk | ImportParseError;

export interface ParseOptions {
  /** Facts whose user terms help map foreign ClaimReview items (default: the built-in lexicon only). */
  lexiconFacts?: readonly Fact[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function fail(code: ImportErrorCode, error: string): ImportParseError {
  return { ok: false, code, error };
}

/** Deepest nesting of [ and { outside strings; stops counting once above `limit`. */
export function jsonDepth(text: string, limit: number = MAX_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

function lineCol(text: string, position: number): { line: number; col: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lastBreak = i;
    }
  }
  return { line, col: position - lastBreak };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * Where JSON.parse gave up, found by a small iterative scanner (engines word and place their
 * errors differently; V8 often gives no position at all). -1 when the text is valid JSON.
 */
export function jsonErrorPosition(s: string): number {
  const n = s.length;
  let i = 0;
  const stack: string[] = [];
  let state: 'value' | 'firstValue' | 'key' | 'firstKey' | 'after' = 'value';
  const skipWs = () => {
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const str = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(s)) return false;
        i = ESCAPE.lastIndex;
      } else i++;
    }
    return false;
  };
  for (;;) {
    skipWs();
    if (state === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : -1;
      if (i >= n) return n;
      const c = s[i];
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        i++;
        stack.pop();
      } else return i;
      continue;
    }
    if (i >= n) return n;
    const c = s[i];
    if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && c === '}') {
        i++;
        stack.pop();
        state = 'after';
        continue;
      }
      if (c !== '"' || !str()) return i;
      skipWs();
      if (s[i] !== ':') return i;
      i++;
      state = 'value';
      continue;
    }
    // a value
    if (state === 'firstValue' && c === ']') {
      i++;
      stack.pop();
      state = 'after';
    } else if (c === '{') {
      i++;
      stack.push('{');
      state = 'firstKey';
    } else if (c === '[') {
      i++;
      stack.push('[');
      state = 'firstValue';
    } else if (c === '"') {
      if (!str()) return i;
      state = 'after';
    } else {
      NUMBER.lastIndex = i;
      LITERAL.lastIndex = i;
      if (NUMBER.test(s)) i = NUMBER.lastIndex;
      else if (LITERAL.test(s)) i = LITERAL.lastIndex;
      else return i;
      state = 'after';
    }
  }
}

/** "not valid JSON (line 3, column 7)"; never echoes the file's text. */
function jsonErrorMessage(text: string, error: unknown): string {
  let position = jsonErrorPosition(text);
  if (position < 0) {
    const m = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    position = m ? Number(m[1]) : -1;
  }
  if (position >= text.length) return 'This file is not valid JSON (it ends too early).';
  if (position < 0) return 'This file is not valid JSON.';
  const { line, col } = lineCol(text, position);
  return `This file is not valid JSON (line ${line}, column ${col}).`;
}

/**
 * Copies parsed JSON into fresh plain objects/arrays without forbidden keys, iteratively.
 * Throws a `Limit` when an array is too long (depth was checked on the text already).
 */
class Limit extends Error {}

function sanitize(root: unknown): unknown {
  if (typeof root !== 'object' || root === null) return root;
  const out: unknown = Array.isArray(root) ? [] : {};
  const stack: Array<[unknown, unknown]> = [[root, out]];
  while (stack.length) {
    const [src, dst] = stack.pop() as [unknown, unknown];
    if (Array.isArray(src)) {
      if (src.length > MAX_ARRAY_ITEMS) throw new Limit(`a list in this file has ${src.length} items (at most ${MAX_ARRAY_ITEMS})`);
      const arr = dst as unknown[];
      for (const item of src) {
        if (typeof item === 'object' && item !== null) {
          const copy: unknown = Array.isArray(item) ? [] : {};
          arr.push(copy);
          stack.push([item, copy]);
        } else arr.push(item);
      }
    } else {
      const obj = dst as Record<string, unknown>;
      for (const key of Object.keys(src as object)) {
        if (FORBIDDEN_KEYS.has(key)) continue;
        const value = (src as Record<string, unknown>)[key];
        let copy: unknown = value;
        if (typeof value === 'object' && value !== null) {
          copy = Array.isArray(value) ? [] : {};
          stack.push([value, copy]);
        }
        Object.defineProperty(obj, key, { value: copy, enumerable: true, writable: true, configurable: true });
      }
    }
  }
  return out;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function isClaimReview(v: unknown): v is Obj {
  if (!isObj(v)) return false;
  const t = v['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => x === 'ClaimReview' || x === 'schema:ClaimReview' || x === 'https://schema.org/ClaimReview' || x === 'http://schema.org/ClaimReview');
}

/** ClaimReview items of a JSON-LD document: one object, an array, or an @graph (array items too). */
function claimReviewItems(data: unknown): unknown[] | null {
  const tops = Array.isArray(data) ? data : [data];
  const items: unknown[] = [];
  let found = false;
  for (const top of tops) {
    if (isObj(top) && Array.isArray(top['@graph'])) {
      for (const item of top['@graph']) {
        items.push(item);
        if (isClaimReview(item)) found = true;
      }
    } else {
      items.push(top);
      if (isClaimReview(top)) found = true;
    }
  }
  return found ? items : null;
}

// ---- foreign ClaimReview items (no sanad:fact) ----

const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** The first number in a rating text: "2,500 (as of …)", "about 3000", "٢٥٠٠". */
export function numberIn(text: string): number | undefined {
  const ascii = text.replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10)).replace(/[\u066c]/g, ',');
  const m = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(ascii);
  if (!m) return undefined;
  const n = Number(m[0].replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function strAt(o: unknown, ...path: string[]): string | undefined {
  let v: unknown = o;
  for (const key of path) {
    if (Array.isArray(v)) v = v[0];
    if (!isObj(v)) return undefined;
    v = v[key];
  }
  if (Array.isArray(v)) v = v[0];
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function isoDay(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const day = v.slice(0, 10);
  return isIsoDate(day) ? day : isIsoDate(v) ? v : undefined;
}

interface Mapped {
  document: Obj;
  fact: Obj;
}

/** Maps a ClaimReview without sanad:fact to a user document (the claim's words) and a fact. */
function mapForeign(item: Obj, lex: () => CompiledLexicon): Mapped | string {
  const quote = strAt(item, 'claimReviewed');
  if (!quote) return 'it has no claimReviewed text';
  if (quote.length > LIMITS.quote) return `its claimReviewed text is too long (at most ${LIMITS.quote} characters)`;
  const rating = strAt(item, 'reviewRating', 'alternateName') ?? strAt(item, 'reviewRating', 'name') ?? '';
  const published =
    isoDay(strAt(item, 'itemReviewed', 'appearance', 'datePublished')) ??
    isoDay(strAt(item, 'itemReviewed', 'datePublished')) ??
    isoDay(strAt(item, 'datePublished'));
  if (!published) return 'it has no valid publication date';
  const asOf = isoDay(strAt(item, 'datePublished')) ?? published;
  const pub = parseIsoDate(published);
  const claim = extractClaims(quote, lex(), pub ? { published: pub } : {})[0];
  if (!claim) return 'Sanad could not tell what figure the claim states (no known measure in its text)';
  const value = claim.kind === 'count' ? (numberIn(rating) ?? claim.value) : claim.value;
  const rawUrl = strAt(item, 'itemReviewed', 'appearance', 'url') ?? strAt(item, 'itemReviewed', 'url') ?? strAt(item, 'url');
  const url = httpUrl(rawUrl) ?? undefined;
  let host = '';
  if (url) host = new URL(url).hostname;
  const outlet =
    strAt(item, 'itemReviewed', 'appearance', 'publisher', 'name') ??
    strAt(item, 'itemReviewed', 'author', 'name') ??
    strAt(item, 'author', 'name') ??
    (host || 'unknown');
  const title = strAt(item, 'itemReviewed', 'appearance', 'headline') ?? strAt(item, 'itemReviewed', 'appearance', 'name');
  const lang = /[\u0600-\u06ff]/.test(quote) ? 'ar' : 'en';
  const key = hashOf(`${quote}\u0000${value}\u0000${asOf}\u0000${outlet}`);
  const docId = `cr-doc-${key}`;
  const document: Obj = { id: docId, title: title ?? quote.slice(0, 80), outlet, published, lang, text: quote, origin: 'user' };
  const fact: Obj = {
    id: `cr-${key}`,
    kind: claim.kind,
    measure: claim.measure,
    actor: [...claim.actor],
    place: [...claim.place],
    value,
    qualifier: claim.qualifier,
    asOf,
    runningTotal: claim.rel === 'since',
    source: { docId, outlet, published, quote, start: 0, end: quote.length, lang },
    origin: 'user',
  };
  if (claim.kind !== 'count' && claim.date) fact.date = { ...claim.date };
  if (claim.kind === 'count' && (claim.qualifier === 'range' || claim.qualifier === 'vague')) {
    if (Number.isFinite(claim.min)) fact.min = claim.min;
    if (Number.isFinite(claim.max)) fact.max = claim.max;
  }
  if (title) {
    (fact.source as Obj).title = title;
  }
  if (url) {
    document.url = url;
    (fact.source as Obj).url = url;
  } else if (rawUrl) {
    // validate.ts never sees the bad link: report it here.
    document.badUrl = rawUrl;
  }
  return { document, fact };
}

function parseClaimReview(items: unknown[], opts: ParseOptions): ImportParseOk {
  const problems: ImportProblem[] = [];
  const rawDocs: unknown[] = [];
  const rawFacts: unknown[] = [];
  let lexicon: CompiledLexicon | undefined;
  const lex = () => (lexicon ??= compileLexicon(opts.lexiconFacts ?? []));
  items.forEach((item, i) => {
    const where = `ClaimReview item #${i + 1}`;
    if (!isClaimReview(item)) {
      problems.push({ kind: 'error', where, message: 'not a ClaimReview: skipped' });
      return;
    }
    const own = item[SANAD_FACT_KEY];
    if (own !== undefined) {
      rawFacts.push(own);
      return;
    }
    const mapped = mapForeign(item, lex);
    if (typeof mapped === 'string') {
      problems.push({ kind: 'error', where, message: `${mapped}: skipped` });
      return;
    }
    if (mapped.document.badUrl !== undefined) {
      problems.push({ kind: 'warning', where: `${where} › url`, message: 'the link is not http(s): dropped' });
      delete mapped.document.badUrl;
    }
    if (!rawDocs.some((d) => isObj(d) && d.id === mapped.document.id)) rawDocs.push(mapped.document);
    rawFacts.push(mapped.fact);
  });
  const { valid, problems: more } = validateCorpus(rawDocs, rawFacts);
  return { ok: true, format: 'claimreview', documents: valid.documents, facts: valid.facts, tombstones: [], problems: [...problems, ...more] };
}

function parseSanad(data: Obj): ImportParseResult {
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('unknown-format', 'This Sanad file has no valid format version.');
  }
  if (version > FORMAT_VERSION) {
    return fail('newer-version', `This file was made by a newer Sanad (file format ${version}; this version reads up to ${FORMAT_VERSION}). Update Sanad to import it.`);
  }
  const schemaVersion = data.schemaVersion;
  if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION) {
    return fail('newer-version', `This file was made by a newer Sanad (database schema ${schemaVersion}; this version has ${SCHEMA_VERSION}). Update Sanad to import it.`);
  }
  if (!Array.isArray(data.documents) || !Array.isArray(data.facts)) {
    return fail('unknown-format', 'This Sanad file lacks its "documents" and "facts" lists.');
  }
  const problems: ImportProblem[] = [];
  const tombstones: string[] = [];
  if (data.tombstones !== undefined) {
    if (!Array.isArray(data.tombstones)) problems.push({ kind: 'warning', where: 'tombstones', message: 'not a list: ignored' });
    else {
      for (const id of data.tombstones) {
        if (typeof id === 'string' && id && id.length <= LIMITS.id) tombstones.push(id);
        else problems.push({ kind: 'warning', where: 'tombstones', message: 'an entry is not a valid id: ignored' });
      }
    }
  }
  const { valid, problems: more } = validateCorpus(data.documents, data.facts);
  const result: ImportParseOk = {
    ok: true,
    format: 'sanad-corpus',
    documents: valid.documents,
    facts: valid.facts,
    tombstones: [...new Set(tombstones)],
    problems: [...problems, ...more],
  };
  if (typeof data.exportedAt === 'string' && !Number.isNaN(Date.parse(data.exportedAt))) result.exportedAt = data.exportedAt;
  return result;
}

export function parseImport(text: string, opts: ParseOptions = {}): ImportParseResult {
  if (typeof text !== 'string') return fail('unknown-format', 'Nothing to import.');
  // One UTF-16 unit is at least one byte on disk, so this never lets a > 20 MB file through.
  if (text.length > MAX_IMPORT_BYTES) {
    return fail('too-large', `This file is too large (${Math.ceil(text.length / (1024 * 1024))} MB; at most ${MAX_IMPORT_BYTES / (1024 * 1024)} MB).`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return fail('empty', 'This file is empty.');
  if (jsonDepth(body) > MAX_DEPTH) return fail('too-deep', `This file is nested too deeply (more than ${MAX_DEPTH} levels).`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return fail('invalid-json', jsonErrorMessage(body, error));
  }
  let data: unknown;
  try {
    data = sanitize(parsed);
  } catch (error) {
    if (error instanceof Limit) return fail('too-many', `This file is too large: ${error.message}.`);
    throw error;
  }
  if (isObj(data) && data.format === FORMAT_NAME) return parseSanad(data);
  const items = claimReviewItems(data);
  if (items) return parseClaimReview(items, opts);
  return fail('unknown-format', 'This is not a Sanad or ClaimReview file.');
}
