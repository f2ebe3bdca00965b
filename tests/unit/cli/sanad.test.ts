import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChecker } from '../../../core/index';
import type { Checker, ClaimReport, Corpus, Fact, ScanOptions } from '../../../core/index';
import { seedCorpus } from '../../../store/seed-corpus';
import { parseArgs } from '../../../cli/args';
import type { FetchLike, FetchResponse } from '../../../cli/read-input';
import { main, type CliIo } from '../../../cli/sanad';

const FIXTURES = join(__dirname, 'fixtures');
const ARTICLE_TXT = join(FIXTURES, 'article.txt');
const ENGLISH_TXT = join(FIXTURES, 'english.txt');
const ARTICLE_HTML = join(FIXTURES, 'article.html');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sanad-cli-'));
  writeFileSync(join(tmp, 'binary.dat'), Buffer.from([0x32, 0x35, 0x30, 0x30, 0x00, 0x01, 0x02, 0xff]));
  writeFileSync(join(tmp, 'latin1.txt'), Buffer.from('Caf\xe9: 2500 soldats\n', 'latin1'));
  writeFileSync(join(tmp, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('2500 جندي', 'utf8')]));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const FACT: Fact = {
  id: 'f-troops',
  kind: 'count',
  measure: 'troops',
  actor: ['US'],
  place: ['IQ'],
  value: 2500,
  qualifier: 'approx',
  asOf: '2024-01-18',
  runningTotal: false,
  source: {
    docId: 'doc-1',
    outlet: 'الحرة',
    published: '2024-01-18',
    quote: 'نحو 2500 جندي أميركي',
    start: 0,
    end: 20,
    lang: 'ar',
  },
  origin: 'seed',
};

const CORPUS: Corpus = {
  documents: [{ id: 'doc-1', title: 'عنوان', outlet: 'الحرة', published: '2024-01-18', lang: 'ar', text: 'نحو 2500 جندي أميركي', origin: 'seed', file: 'x.txt' }],
  facts: [FACT],
};

/** A fake engine: every run of ASCII digits is a claim; 2500 matches, 3000 mismatches, the rest is unverified. */
class FakeChecker implements Checker {
  calls: { text: string; opts?: ScanOptions }[] = [];
  scan(text: string, opts?: ScanOptions): ClaimReport[] {
    this.calls.push({ text, opts });
    const out: ClaimReport[] = [];
    for (const m of text.matchAll(/\d+/g)) {
      const value = Number(m[0]);
      const start = m.index ?? 0;
      const kind = value === 2500 ? 'match' : value === 3000 ? 'mismatch' : 'unverified';
      out.push({
        claim: {
          kind: 'count',
          measure: 'troops',
          actor: [],
          place: [],
          value,
          min: value,
          max: value,
          qualifier: 'exact',
          start,
          end: start + m[0].length,
          text: m[0],
          sentenceStart: 0,
          sentenceEnd: text.length,
          sentence: text.trim(),
        },
        verdict: {
          verdict: kind,
          rule: kind === 'unverified' ? 'no-fact' : kind === 'match' ? 'within-range' : 'outside-range',
          factId: kind === 'unverified' ? null : 'f-troops',
          expected: kind === 'unverified' ? null : 2500,
          expectedText: kind === 'unverified' ? null : { ar: 'نحو 2500', en: 'about 2500' },
          explanation: { ar: `شرح ${kind}`, en: `because ${kind}` },
        },
      });
    }
    return out;
  }
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  checker: FakeChecker;
}

function makeIo(overrides: Partial<CliIo> = {}): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readFile: (p) => readFile(p),
    fetch: () => Promise.reject(new Error('no network in tests')),
    stdin: () => Promise.resolve(new Uint8Array()),
    isTTY: false,
    env: {},
    ...overrides,
  };
  return { io, out, err };
}

async function run(argv: string[], overrides: Partial<CliIo> = {}): Promise<Run> {
  const { io, out, err } = makeIo(overrides);
  const checker = new FakeChecker();
  const code = await main(argv, io, { corpus: () => CORPUS, createChecker: () => checker, version: '9.9.9' });
  return { code, stdout: out.join(''), stderr: err.join(''), checker };
}

function response(body: string | Uint8Array, contentType: string, status = 200): FetchResponse {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: status === 404 ? 'Not Found' : 'OK',
    headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? contentType : null) },
    arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
  };
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

describe('scan --json', () => {
  test('prints exactly the documented shape', async () => {
    const r = await run(['scan', '--json', ENGLISH_TXT]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      files: [
        {
          file: ENGLISH_TXT,
          claims: [{ text: '900', value: 900, sentence: 'About 900 US troops remain in Syria.', verdict: 'unverified', expected: null, factId: null }],
        },
      ],
    });
  });

  test('every claim has exactly the six keys, in order', async () => {
    const r = await run(['scan', '--json', ARTICLE_TXT]);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['files']);
    expect(Object.keys(json.files[0])).toEqual(['file', 'claims']);
    for (const c of json.files[0].claims) expect(Object.keys(c)).toEqual(['text', 'value', 'sentence', 'verdict', 'expected', 'factId']);
    expect(json.files[0].claims.map((c: { verdict: string }) => c.verdict)).toEqual(['match', 'unverified']);
    expect(json.files[0].claims[0]).toMatchObject({ text: '2500', value: 2500, expected: 2500, factId: 'f-troops' });
  });

  test('flags may come after the files', async () => {
    const r = await run(['scan', ENGLISH_TXT, '--json']);
    expect(JSON.parse(r.stdout).files).toHaveLength(1);
  });

  test('an HTML file is converted to text; its lang, date and title reach the engine', async () => {
    const r = await run(['scan', '--json', ARTICLE_HTML]);
    expect(r.code).toBe(0);
    const call = r.checker.calls[0];
    expect(call?.opts).toEqual({ lang: 'ar', published: '2024-01-18', title: 'التحالف الدولي في العراق' });
    expect(call?.text).toContain('ينتشر نحو 2500 جندي أميركي في العراق.');
    expect(call?.text).not.toContain('7777');
    expect(call?.text).not.toContain('<');
    const texts = JSON.parse(r.stdout).files[0].claims.map((c: { text: string }) => c.text);
    expect(texts).toEqual(['2500', '130']);
  });

  test('a UTF-8 BOM is stripped', async () => {
    const r = await run(['scan', '--json', join(tmp, 'bom.txt')]);
    expect(r.checker.calls[0]?.text).toBe('2500 جندي');
  });
});

describe('unreadable inputs', () => {
  test('a missing file: one stderr line, exit 2, the other file is still scanned', async () => {
    const missing = join(tmp, 'nope.txt');
    const r = await run(['scan', '--json', missing, ENGLISH_TXT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`sanad: ${missing}: no such file\n`);
    const json = JSON.parse(r.stdout);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual([ENGLISH_TXT]);
  });

  test('a binary file (NUL bytes)', async () => {
    const r = await run(['scan', '--json', join(tmp, 'binary.dat'), ARTICLE_TXT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/binary\.dat: binary file/);
    expect(JSON.parse(r.stdout).files).toHaveLength(1);
  });

  test('non-UTF-8 bytes (latin-1)', async () => {
    const r = await run(['scan', join(tmp, 'latin1.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`sanad: ${join(tmp, 'latin1.txt')}: not valid UTF-8 text\n`);
    expect(r.stdout).toBe('');
    expect(r.checker.calls).toHaveLength(0);
  });

  test('a directory', async () => {
    const r = await run(['scan', '--json', tmp, ENGLISH_TXT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`sanad: ${tmp}: is a directory, not a file\n`);
    expect(JSON.parse(r.stdout).files).toHaveLength(1);
  });

  test('permission denied', async () => {
    const denied = join(tmp, 'denied.txt');
    writeFileSync(denied, '2500');
    chmodSync(denied, 0o000);
    // Root can read anything; fake the error then.
    const readable = (() => {
      try {
        readFileSync(denied);
        return true;
      } catch {
        return false;
      }
    })();
    const overrides: Partial<CliIo> = readable
      ? { readFile: (p) => (p === denied ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) : readFile(p)) }
      : {};
    const r = await run(['scan', denied, ENGLISH_TXT], overrides);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`sanad: ${denied}: permission denied\n`);
    expect(r.stdout).toContain('900');
  });

  test('every failure is reported, in order', async () => {
    const r = await run(['scan', '--json', join(tmp, 'a'), join(tmp, 'binary.dat'), join(tmp, 'b')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
    expect(JSON.parse(r.stdout)).toEqual({ files: [] });
  });

  test('an engine crash on one file does not stop the others', async () => {
    const { io, out, err } = makeIo();
    let n = 0;
    const checker: Checker = {
      scan: (text) => {
        if (n++ === 0) throw new Error('boom');
        return new FakeChecker().scan(text);
      },
    };
    const code = await main(['scan', '--json', ARTICLE_TXT, ENGLISH_TXT], io, { corpus: () => CORPUS, createChecker: () => checker });
    expect(code).toBe(1);
    expect(err.join('')).toContain('boom');
    expect(JSON.parse(out.join('')).files.map((f: { file: string }) => f.file)).toEqual([ENGLISH_TXT]);
  });
});

describe('stdin and URLs', () => {
  test("'-' reads stdin", async () => {
    const r = await run(['scan', '--json', '-'], { stdin: async () => new TextEncoder().encode('Some 3000 troops.') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files).toEqual([
      { file: '-', claims: [{ text: '3000', value: 3000, sentence: 'Some 3000 troops.', verdict: 'mismatch', expected: 2500, factId: 'f-troops' }] },
    ]);
  });

  test('HTML on stdin is sniffed and converted', async () => {
    const r = await run(['scan', '-'], { stdin: async () => new TextEncoder().encode('<html lang="en"><body><p>The <b>2500</b> troops</p></body></html>') });
    expect(r.checker.calls[0]).toEqual({ text: 'The 2500 troops', opts: { lang: 'en' } });
  });

  test('non-UTF-8 stdin', async () => {
    const r = await run(['scan', '-'], { stdin: async () => Uint8Array.from([0x43, 0x61, 0x66, 0xe9]) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sanad: (stdin): not valid UTF-8 text\n');
  });

  test('a URL is fetched with the injected fetch; text/html is converted', async () => {
    const urls: string[] = [];
    const fetch: FetchLike = async (url) => {
      urls.push(url);
      return response('<html lang="ar"><head><meta property="article:published_time" content="2024-02-11"></head><body><p>نحو <b>3000</b> جندي</p></body></html>', 'text/html; charset=UTF-8');
    };
    const r = await run(['scan', '--json', 'https://example.com/news/1'], { fetch });
    expect(r.code).toBe(0);
    expect(urls).toEqual(['https://example.com/news/1']);
    expect(r.checker.calls[0]).toEqual({ text: 'نحو 3000 جندي', opts: { lang: 'ar', published: '2024-02-11' } });
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ file: 'https://example.com/news/1', claims: [{ text: '3000', verdict: 'mismatch' }] });
  });

  test('a text/plain URL is not parsed as HTML', async () => {
    const fetch: FetchLike = async () => response('<p>2500</p>', 'text/plain');
    const r = await run(['scan', 'http://example.com/a.txt'], { fetch });
    expect(r.checker.calls[0]?.text).toBe('<p>2500</p>');
  });

  test('a declared windows-1256 charset is honoured', async () => {
    // "جندي" in windows-1256.
    const bytes = Uint8Array.from([0x32, 0x35, 0x30, 0x30, 0x20, 0xcc, 0xe4, 0xcf, 0xed]);
    const fetch: FetchLike = async () => response(bytes, 'text/plain; charset=windows-1256');
    const r = await run(['scan', 'http://example.com/a'], { fetch });
    expect(r.code).toBe(0);
    expect(r.checker.calls[0]?.text).toBe('2500 جندي');
  });

  test('a fetch failure → stderr, exit 2, other inputs still scanned', async () => {
    const fetch: FetchLike = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    };
    const r = await run(['scan', '--json', 'https://nowhere.invalid/', ENGLISH_TXT], { fetch });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sanad: https://nowhere.invalid/: fetch failed: ENOTFOUND\n');
    expect(JSON.parse(r.stdout).files).toHaveLength(1);
  });

  test('an HTTP error status → exit 2', async () => {
    const fetch: FetchLike = async () => response('gone', 'text/html', 404);
    const r = await run(['scan', 'https://example.com/missing'], { fetch });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sanad: https://example.com/missing: HTTP 404 Not Found\n');
  });

  test('a non-text content type → exit 2', async () => {
    const fetch: FetchLike = async () => response('%PDF-1.4', 'application/pdf');
    const r = await run(['scan', 'https://example.com/a.pdf'], { fetch });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not text (content-type application/pdf)');
  });
});

describe('arguments', () => {
  test('--help prints usage on stdout, exit 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('usage: sanad scan');
    expect(r.stderr).toBe('');
  });

  test('--version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('sanad 9.9.9\n');
  });

  test.each([[['scan', '--bogus', ENGLISH_TXT]], [['frobnicate']], [[]], [['scan']], [['corpus', 'extra']]])('%j → usage on stderr, exit 2', async (...args) => {
    const r = await run(args[0]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^sanad: .+\n\nusage: sanad scan/);
    expect(r.checker.calls).toHaveLength(0);
  });

  test("'--' ends options; '-' is an input", () => {
    expect(parseArgs(['scan', '--', '--json', '-'])).toEqual({ kind: 'scan', inputs: ['--json', '-'], json: false, noColor: false });
  });
});

describe('human output', () => {
  test('shows figure, verdict, corpus value, source and explanation; Arabic as is', async () => {
    const r = await run(['scan', ARTICLE_TXT]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`== ${ARTICLE_TXT} (ar)`);
    expect(r.stdout).toContain('2 figures');
    expect(r.stdout).toContain('2500  MATCH');
    expect(r.stdout).toContain('130  UNVERIFIED');
    expect(r.stdout).toContain('corpus: نحو 2500');
    expect(r.stdout).toContain('[f-troops]');
    expect(r.stdout).toContain('source: الحرة, 2024-01-18: «نحو 2500 جندي أميركي»');
    expect(r.stdout).toContain('why: شرح match');
    expect(r.stdout).toContain('corpus: no fact about this figure');
  });

  test('English page → English explanation', async () => {
    const r = await run(['scan', ENGLISH_TXT]);
    expect(r.stdout).toContain('why: because unverified');
  });

  test('no colour when stdout is not a TTY', async () => {
    const r = await run(['scan', ARTICLE_TXT], { isTTY: false });
    expect(r.stdout).not.toMatch(ANSI);
  });

  test('colour on a TTY: green match, yellow unverified, red mismatch', async () => {
    const r = await run(['scan', ARTICLE_TXT, '-'], { isTTY: true, stdin: async () => new TextEncoder().encode('3000 troops') });
    expect(r.stdout).toContain('\u001b[32mMATCH\u001b[39m');
    expect(r.stdout).toContain('\u001b[33mUNVERIFIED\u001b[39m');
    expect(r.stdout).toContain('\u001b[31mMISMATCH\u001b[39m');
  });

  test('--no-color and NO_COLOR switch colour off on a TTY', async () => {
    expect((await run(['scan', '--no-color', ARTICLE_TXT], { isTTY: true })).stdout).not.toMatch(ANSI);
    expect((await run(['scan', ARTICLE_TXT], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });

  test('--json is never coloured', async () => {
    const r = await run(['scan', '--json', ARTICLE_TXT], { isTTY: true });
    expect(r.stdout).not.toMatch(ANSI);
  });
});

describe('corpus', () => {
  test('--json: documents (five fields) and full fact records', async () => {
    const r = await run(['corpus', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      documents: [{ id: 'doc-1', title: 'عنوان', outlet: 'الحرة', published: '2024-01-18', lang: 'ar' }],
      facts: [FACT],
    });
  });

  test('human listing: id, measure, value with qualifier, as-of, outlet, quote', async () => {
    const r = await run(['corpus']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 document, 1 fact');
    expect(r.stdout).toContain('f-troops  troops = about 2,500  as of 2024-01-18  الحرة');
    expect(r.stdout).toContain('«نحو 2500 جندي أميركي»');
  });
});

describe('smoke: the real engine and seed corpus', () => {
  const deps = { corpus: seedCorpus, createChecker };

  test('scan a seed article', async () => {
    const { io, out, err } = makeIo();
    const file = join(__dirname, '../../../store/seeds/000_eb7c186d9975a288.txt');
    const code = await main(['scan', '--json', file], io, deps);
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out.join(''));
    expect(json.files).toHaveLength(1);
    expect(json.files[0].file).toBe(file);
    expect(Array.isArray(json.files[0].claims)).toBe(true);
    for (const c of json.files[0].claims) expect(Object.keys(c)).toEqual(['text', 'value', 'sentence', 'verdict', 'expected', 'factId']);
  });

  test('corpus --json lists the five seed documents', async () => {
    const { io, out } = makeIo();
    expect(await main(['corpus', '--json'], io, deps)).toBe(0);
    const json = JSON.parse(out.join(''));
    expect(json.documents).toHaveLength(5);
    expect(Object.keys(json.documents[0])).toEqual(['id', 'title', 'outlet', 'published', 'lang']);
    expect(Array.isArray(json.facts)).toBe(true);
  });
});
