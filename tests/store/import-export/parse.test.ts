// parseImport on hostile and broken files: clear errors, no stack overflow, no prototype pollution,
// per-record problems, URLs and HTML handled as data.
import type { Fact } from '../../../core/facts/model';
import { FORMAT_NAME, MAX_IMPORT_BYTES } from '../../../store/import-export/format';
import { jsonDepth, jsonErrorPosition, numberIn, parseImport, type ImportParseOk, type ImportParseResult } from '../../../store/import-export/parse';
import { SCHEMA_VERSION } from '../../../store/schema';
import { makeDocument, makeFact } from '../fixtures/corpus';

function file(over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: FORMAT_NAME,
    version: 1,
    exportedAt: '2025-01-01T00:00:00.000Z',
    schemaVersion: SCHEMA_VERSION,
    documents: [makeDocument('d1')],
    facts: [makeFact('f1', 'd1')],
    tombstones: [],
    ...over,
  });
}

function ok(r: ImportParseResult): ImportParseOk {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.error}`);
  return r;
}

function err(r: ImportParseResult) {
  if (r.ok) throw new Error('expected an error');
  return r;
}

describe('parseImport: whole-file errors', () => {
  test('invalid JSON gives a clear message with line and column', () => {
    const r = err(parseImport('{\n  "format": "sanad-corpus",\n  "facts": [1, 2,,]\n}'));
    expect(r.code).toBe('invalid-json');
    expect(r.error).toMatch(/^This file is not valid JSON \(line 3, column \d+\)\.$/);
  });

  test('truncated JSON', () => {
    const r = err(parseImport('{"format": "sanad-corpus", "facts": ['));
    expect(r.code).toBe('invalid-json');
    expect(r.error).toMatch(/not valid JSON/);
  });

  test('an empty file', () => {
    expect(err(parseImport('  \n')).code).toBe('empty');
  });

  test('valid JSON of the wrong shape', () => {
    for (const text of ['[]', '{}', '42', '"text"', 'null', '{"facts": []}', '[{"@type": "NewsArticle"}]', '{"@graph": [{"@type": "Claim"}]}']) {
      const r = err(parseImport(text));
      expect(r.code).toBe('unknown-format');
      expect(r.error).toBe('This is not a Sanad or ClaimReview file.');
    }
  });

  test('a Sanad file without its lists', () => {
    const r = err(parseImport(JSON.stringify({ format: FORMAT_NAME, version: 1, facts: {} })));
    expect(r.code).toBe('unknown-format');
    expect(r.error).toMatch(/"documents" and "facts"/);
  });

  test('a file from a newer Sanad (format or schema version)', () => {
    const a = err(parseImport(file({ version: 2 })));
    expect(a.code).toBe('newer-version');
    expect(a.error).toMatch(/made by a newer Sanad/);
    const b = err(parseImport(file({ schemaVersion: SCHEMA_VERSION + 1 })));
    expect(b.code).toBe('newer-version');
    expect(b.error).toMatch(/made by a newer Sanad/);
  });

  test('a 50 MB string is refused by size before parsing', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const spy = jest.spyOn(JSON, 'parse');
    const r = err(parseImport(huge));
    expect(r.code).toBe('too-large');
    expect(r.error).toMatch(/too large \(50 MB; at most 20 MB\)/);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
  });

  test('depth 10,000 is refused without a stack overflow', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const r = err(parseImport(deep));
    expect(r.code).toBe('too-deep');
    const deepObj = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    expect(err(parseImport(deepObj)).code).toBe('too-deep');
  });

  test('the depth scan ignores brackets inside strings', () => {
    expect(jsonDepth('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\"[[["}')).toBe(1);
    const quotes = makeFact('f-brackets', 'd1');
    quotes.source.quote = '['.repeat(100);
    ok(parseImport(file({ facts: [quotes] })));
  });

  test('an array above 200,000 items is refused', () => {
    const text = `{"format":"sanad-corpus","version":1,"documents":[],"facts":[${'0,'.repeat(200_000)}0]}`;
    const r = err(parseImport(text));
    expect(r.code).toBe('too-many');
    expect(r.error).toMatch(/200001 items/);
  });
});

describe('parseImport: sanitizing', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  test('{"__proto__": {"polluted": true}} does not pollute Object.prototype', () => {
    const r = parseImport('{"__proto__": {"polluted": true}}');
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('__proto__, constructor and prototype keys inside records are dropped', () => {
    const text = file().replace('"id":"f1"', '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":1,"id":"f1"');
    const r = ok(parseImport(text));
    expect(r.facts).toHaveLength(1);
    const fact = r.facts[0]!;
    expect(Object.getPrototypeOf(fact)).toBe(Object.prototype);
    expect(Object.keys(fact)).not.toContain('__proto__');
    expect(Object.keys(fact)).not.toContain('constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((fact as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('unknown fields are not carried into the records', () => {
    const text = file().replace('"id":"f1"', '"onclick":"alert(1)","id":"f1"');
    expect(Object.keys(ok(parseImport(text)).facts[0]!)).not.toContain('onclick');
  });
});

describe('parseImport: per-record validation', () => {
  const bad = (over: Partial<Fact> | Record<string, unknown>, id = 'bad'): Fact => ({ ...makeFact(id, 'd1'), ...(over as Partial<Fact>) });

  test.each([
    ['a negative count', { value: -5 }, /value must be 0 or more/],
    ['an infinite-like value', { value: '1e999' }, /value must be a finite number/],
    ['a year out of range', { kind: 'year', value: 1200, qualifier: 'exact' }, /value must be a year between 1900 and 2100/],
    ['an impossible date', { kind: 'date', value: 2023, qualifier: 'exact', date: { year: 2023, month: 2, day: 30 } }, /date\.day 30 does not exist in 2023-02/],
    ['month 13', { kind: 'date', value: 2023, qualifier: 'exact', date: { year: 2023, month: 13 } }, /date\.month must be 1–12/],
    ['min above max', { qualifier: 'range', min: 10, max: 5 }, /min \(10\) is above max \(5\)/],
    ['an impossible asOf', { asOf: '2024-02-31' }, /asOf is not a valid date/],
    ['an unknown kind', { kind: 'weight' }, /kind must be one of count, year, date/],
    ['an unknown qualifier', { qualifier: 'roughly' }, /qualifier must be one of/],
    ['an empty id', { id: '' }, /id is empty/],
    ['an id too long', { id: 'x'.repeat(201) }, /id is too long/],
  ])('%s is reported and the fact dropped', (_name, over, message) => {
    const r = ok(parseImport(file({ facts: [bad(over), makeFact('good', 'd1')] })));
    expect(r.facts.map((f) => f.id)).toEqual(['good']);
    expect(r.problems).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'error', message: expect.stringMatching(message) })]));
  });

  test('bad source offsets, published date and over-long quote', () => {
    const f1 = makeFact('o1', 'd1');
    f1.source.start = 10;
    f1.source.end = 5;
    const f2 = makeFact('o2', 'd1');
    f2.source.published = 'yesterday';
    const f3 = makeFact('o3', 'd1');
    f3.source.quote = 'q'.repeat(5001);
    const f4 = makeFact('o4', 'd1');
    f4.source.start = 1.5;
    const r = ok(parseImport(file({ facts: [f1, f2, f3, f4] })));
    expect(r.facts).toEqual([]);
    const messages = r.problems.map((p) => `${p.where}: ${p.message}`).join('\n');
    expect(messages).toMatch(/o1.*source\.start.*0 ≤ start ≤ end/);
    expect(messages).toMatch(/o2.*source\.published is not a valid date/);
    expect(messages).toMatch(/o3.*source\.quote is too long/);
    expect(messages).toMatch(/o4.*whole numbers/);
  });

  test('a duplicate id keeps the first record and reports the second', () => {
    const r = ok(parseImport(file({ facts: [makeFact('f1', 'd1'), makeFact('f1', 'd1', { value: 1 })] })));
    expect(r.facts).toHaveLength(1);
    expect(r.facts[0]!.value).toBe(2500);
    expect(r.problems[0]).toMatchObject({ kind: 'error', message: expect.stringMatching(/another fact in this file has the id "f1"/) });
  });

  test('a document text above 2 MB is refused', () => {
    const big = makeDocument('big', { text: 'x'.repeat(2 * 1024 * 1024 + 1) });
    const r = ok(parseImport(file({ documents: [big, makeDocument('d1')] })));
    expect(r.documents.map((d) => d.id)).toEqual(['d1']);
    expect(r.problems[0]!.message).toMatch(/text is too long/);
  });

  test.each(['javascript:alert(1)', '  JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'not a url'])(
    'a %s link is dropped with a warning, the record kept',
    (url) => {
      const f = makeFact('f1', 'd1');
      f.source.url = url;
      const d = makeDocument('d1', { url });
      const r = ok(parseImport(file({ documents: [d], facts: [f] })));
      expect(r.facts).toHaveLength(1);
      expect(r.facts[0]!.source.url).toBeUndefined();
      expect(r.documents[0]!.url).toBeUndefined();
      const warnings = r.problems.filter((p) => p.kind === 'warning');
      expect(warnings.map((w) => w.where)).toEqual(expect.arrayContaining([expect.stringMatching(/source\.url$/), expect.stringMatching(/› url$/)]));
      expect(warnings[0]!.message).toMatch(/not http\(s\): dropped/);
    },
  );

  test('http(s) links are kept', () => {
    const f = makeFact('f1', 'd1');
    f.source.url = 'https://example.com/a?b=1';
    expect(ok(parseImport(file({ facts: [f] }))).facts[0]!.source.url).toBe('https://example.com/a?b=1');
  });

  test('HTML in strings is kept literally, as data', () => {
    const html = '<img src=x onerror=alert(1)>"><svg onload=alert(2)>';
    const f = makeFact('f1', 'd1', { note: html });
    f.source.quote = html;
    f.source.title = html;
    const d = makeDocument('d1', { title: html, text: html });
    const r = ok(parseImport(file({ documents: [d], facts: [f] })));
    expect(r.facts[0]!.note).toBe(html);
    expect(r.facts[0]!.source.quote).toBe(html);
    expect(r.facts[0]!.source.title).toBe(html);
    expect(r.documents[0]!.title).toBe(html);
    expect(r.documents[0]!.text).toBe(html);
  });

  test('a quote not found at its offsets is a warning only', () => {
    const f = makeFact('f1', 'd1');
    f.source.start = 0;
    const r = ok(parseImport(file({ facts: [f] })));
    expect(r.facts).toHaveLength(1);
    expect(r.problems).toEqual([expect.objectContaining({ kind: 'warning', message: expect.stringMatching(/not found at its offsets/) })]);
  });
});

describe('parseImport: ClaimReview', () => {
  test('an item with sanad:fact imports that fact', () => {
    const fact = makeFact('f1', 'd1');
    const item = { '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'x', 'sanad:fact': fact };
    for (const shape of [item, [item], { '@graph': [item] }]) {
      const r = ok(parseImport(JSON.stringify(shape)));
      expect(r.format).toBe('claimreview');
      expect(r.facts).toEqual([fact]);
    }
  });

  test('a foreign item is mapped from its text and rating; unmappable ones are skipped with a reason', () => {
    const good = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: 'The United States has about 2,500 troops in Iraq.',
      reviewRating: { '@type': 'Rating', alternateName: '2,500 (as of 2024-01-18)' },
      itemReviewed: {
        '@type': 'Claim',
        appearance: { '@type': 'CreativeWork', url: 'https://news.example.com/a', headline: 'Troops', datePublished: '2024-01-18', publisher: { '@type': 'Organization', name: 'Example News' } },
      },
      datePublished: '2024-01-20',
    };
    const noText = { '@type': 'ClaimReview', reviewRating: { alternateName: '5' } };
    const noMeasure = { '@type': 'ClaimReview', claimReviewed: 'The weather was nice on 12 May.', datePublished: '2024-01-18' };
    const noDate = { '@type': 'ClaimReview', claimReviewed: 'The United States has 2,500 troops in Iraq.' };
    const notCr = { '@type': 'NewsArticle' };
    const r = ok(parseImport(JSON.stringify({ '@context': 'https://schema.org', '@graph': [good, noText, noMeasure, noDate, notCr] })));
    expect(r.facts).toHaveLength(1);
    const f = r.facts[0]!;
    expect(f).toMatchObject({ kind: 'count', measure: 'troops', value: 2500, asOf: '2024-01-20', origin: 'user' });
    expect(f.source).toMatchObject({ outlet: 'Example News', published: '2024-01-18', url: 'https://news.example.com/a', title: 'Troops', start: 0, quote: good.claimReviewed });
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0]!.id).toBe(f.source.docId);
    const errors = r.problems.filter((p) => p.kind === 'error');
    expect(errors.map((e) => e.where)).toEqual(['ClaimReview item #2', 'ClaimReview item #3', 'ClaimReview item #4', 'ClaimReview item #5']);
    expect(errors[0]!.message).toMatch(/no claimReviewed text: skipped/);
    expect(errors[1]!.message).toMatch(/could not tell what figure/);
    expect(errors[2]!.message).toMatch(/no valid publication date/);
    expect(errors[3]!.message).toMatch(/not a ClaimReview/);
  });

  test('numbers in rating texts', () => {
    expect(numberIn('2,500 (as of 2024-01-18)')).toBe(2500);
    expect(numberIn('about 3000 troops')).toBe(3000);
    expect(numberIn('٢٥٠٠ جندي')).toBe(2500);
    expect(numberIn('False')).toBeUndefined();
  });
});

describe('jsonErrorPosition', () => {
  test('agrees with JSON.parse on what is valid', () => {
    const samples = ['{}', '[]', '{"a":[1,-2.5e3,true,false,null,"x\\"\\u00e9"]}', ' [ {"a" : {} } , [] ] ', '"s"', '0', '{"a":1,}', '[1,]', '{a:1}', '[01]', '"\\x"', '[1 2]', '{"a":1}}', '', '[', '"abc'];
    for (const s of samples) {
      let valid = true;
      try {
        JSON.parse(s);
      } catch {
        valid = false;
      }
      expect([s, jsonErrorPosition(s) === -1]).toEqual([s, valid]);
    }
  });
});
