// Accuracy of the engine on the labeled evaluation set (tests/fixtures), measured through the CLI,
// plus unit tests of the scorer itself on tiny synthetic inputs (`jest tests/accuracy -t scorer`).
import { readFileSync, promises as fsp } from 'node:fs';
import { main, type CliIo } from '../../cli/sanad';
import { createChecker } from '../../core/index';
import { seedCorpus } from '../../store/seed-corpus';
import { join } from 'node:path';
import {
  claimsFromCliOutput,
  figureAgreement,
  formatErrors,
  formatRates,
  passageAgreement,
  scoreReports,
  visibleText,
  type PageLabels,
  type ReportedClaim,
  type ReportsByPage,
} from './score';

const FIXTURES = join(__dirname, '..', 'fixtures');
const PAGES = join(FIXTURES, 'pages');

// Targets the engine must reach on the held-out set.
const TARGETS = { mismatchPrecision: 0.95, mismatchRecall: 0.9, matchRecall: 0.85, unrelatedFlagged: 0 };

// ---------------------------------------------------------------------------
// The scorer, proven on synthetic inputs before the engine exists.

describe('scorer', () => {
  test('scorer: figure texts agree across digit systems, separators and qualifiers', () => {
    expect(figureAgreement('2500', '2500')).toBe(3);
    expect(figureAgreement('٢٬٥٠٠', '2500')).toBe(2);
    expect(figureAgreement('۲۵۰۰', '٢٥٠٠')).toBe(3);
    expect(figureAgreement('2,500', '٢٥٠٠')).toBe(2);
    expect(figureAgreement('أكثر من 130', '130')).toBe(2);
    expect(figureAgreement('28 يناير 2024', '28 يناير')).toBe(1);
    expect(figureAgreement('28', '28 كانون الثاني/يناير')).toBe(2);
    expect(figureAgreement('ثلاثة جنود', 'ثلاثة')).toBe(1);
    expect(figureAgreement('25', '2500')).toBe(0);
    expect(figureAgreement('2014', '1')).toBe(0);
    expect(figureAgreement('900', '2500')).toBe(0);
  });

  test('scorer: passages agree despite whitespace and sentence-splitting differences', () => {
    const ctx = 'بنحو 2500 جندي في العراق';
    expect(passageAgreement('وتحتفظ الولايات المتحدة  بنحو 2500\nجندي في العراق، وقرابة 900.', ctx)).toBe(3);
    expect(passageAgreement('وتحتفظ الولايات المتحدة بنحو2500 جندي في العراق', ctx)).toBe(3);
    expect(passageAgreement('2500 جندي', ctx)).toBe(2);
    expect(passageAgreement('struck the base on Jan.', 'struck the base on Jan. 28 in the early')).toBe(2);
    expect(passageAgreement('28 in the early morning hours, officials said', 'U.S. officials said the drone struck the base on Jan. 28 in the early morning hours')).toBe(1);
    expect(passageAgreement('Something else entirely about Syria', ctx)).toBe(0);
    // A context that runs on into the next sentence.
    expect(passageAgreement('It says the talks were frozen on Jan. 30.', 'frozen on Jan. 30. Neither of')).toBe(1);
    expect(passageAgreement('Neither of those is right.', 'frozen on Jan. 30. Neither of')).toBe(0);
  });

  test('scorer: visible text drops scripts and styles and keeps inline markup joined', () => {
    const html =
      '<!DOCTYPE html><html lang="ar"><head><title>3000 جندي</title><style>.a{width:900px}</style></head>' +
      '<body><p>تنشر واشنطن نحو <b>2500</b> جندي في العراق</p><script>var troops = 4000;</script><p>و<a href="#">900</a> في سوريا</p></body></html>';
    expect(visibleText(html)).toBe('تنشر واشنطن نحو 2500 جندي في العراق و900 في سوريا');
  });

  test('scorer: counts precision, recall, flagged and noise', () => {
    const labels: PageLabels[] = [
      {
        page: 'a.html',
        lang: 'ar',
        published: '2024-02-01',
        figures: [
          { text: '3000', context: 'نحو 3000 جندي في العراق', expected: 'mismatch', expectedValue: 2500 },
          { text: '900', context: 'و900 في سوريا', expected: 'match', expectedValue: 900 },
          { text: '2015', context: 'الذي أسس في 2015', expected: 'mismatch', expectedValue: 2014 },
          { text: '2024', context: '© 2024 الموقع', expected: 'none' },
          { text: '1.7', context: 'عجز 1.7 مليار', expected: 'none' },
          { text: '86', context: 'يضم 86 دولة', expected: 'unverified' },
        ],
      },
      {
        page: 'b.html',
        lang: 'en',
        published: '2024-02-01',
        figures: [
          { text: '2,500', context: 'about 2,500 troops in Iraq', expected: 'match', expectedValue: 2500 },
          { text: 'four', context: 'killed four U.S. service members', expected: 'mismatch', expectedValue: 3 },
          { text: '1,500', context: 'about 1,500 in Syria', expected: 'mismatch', expectedValue: 900 },
        ],
      },
    ];
    const claim = (text: string, sentence: string, verdict: ReportedClaim['verdict'], expected?: number): ReportedClaim => ({
      text,
      sentence,
      verdict,
      value: Number(text),
      ...(expected === undefined ? {} : { expected }),
      factId: null,
    });
    const reports: ReportsByPage = {
      'a.html': [
        claim('٣٠٠٠', 'وتنشر واشنطن نحو ٣٠٠٠ جندي في العراق و900 في سوريا.', 'mismatch', 2500), // right: digits differ in script only
        claim('900', 'وتنشر واشنطن نحو ٣٠٠٠ جندي في العراق و900 في سوريا.', 'unverified'), // missed match
        // 2015 mismatch: not reported at all → missed mismatch
        claim('2024', '© 2024 الموقع', 'match'), // unrelated flagged
        claim('1.7', 'عجز 1.7 مليار دينار', 'unverified'), // noise only
        claim('86', 'يضم 86 دولة', 'mismatch'), // unverified label reported as mismatch → false mismatch
        claim('12', 'غير موجود في التسميات 12', 'mismatch'), // unlabeled mismatch → false mismatch
      ],
      'b.html': [
        claim('2500', 'The U.S. has about 2,500 troops in Iraq and about 1,500 in Syria.', 'match', 2500),
        claim('1500', 'The U.S. has about 2,500 troops in Iraq and about 1,500 in Syria.', 'mismatch', 1000), // right verdict, other value
        claim('four', 'a drone attack that killed four U.S. service members at a base', 'mismatch', 3),
        claim('four', 'a drone attack that killed four U.S. service members at a base', 'mismatch', 3), // reported twice
      ],
    };
    const r = scoreReports(labels, reports);

    expect(r.byLang.ar).toMatchObject({
      reportedMismatches: 3,
      correctMismatches: 1,
      labeledMismatches: 2,
      foundMismatches: 1,
      labeledMatches: 1,
      foundMatches: 0,
      unrelatedFlagged: 1,
      unrelatedNoise: 1,
      unverifiedFlagged: 1,
      unlabeledClaims: 1,
    });
    expect(r.byLang.ar.mismatchPrecision).toBeCloseTo(1 / 3);
    expect(r.byLang.ar.mismatchRecall).toBeCloseTo(0.5);
    expect(r.byLang.ar.matchRecall).toBe(0);

    expect(r.byLang.en).toMatchObject({ reportedMismatches: 3, correctMismatches: 3, labeledMismatches: 2, foundMismatches: 2, foundMatches: 1 });
    expect(r.byLang.en.mismatchPrecision).toBe(1);
    expect(r.byLang.en.mismatchRecall).toBe(1);
    expect(r.byLang.en.matchRecall).toBe(1);

    expect(r.overall).toMatchObject({ reportedMismatches: 6, correctMismatches: 4, labeledMismatches: 4, foundMismatches: 3, labeledMatches: 2, foundMatches: 1, unrelatedFlagged: 1 });
    expect(r.overall.mismatchPrecision).toBeCloseTo(4 / 6);
    expect(r.overall.mismatchRecall).toBeCloseTo(3 / 4);
    expect(r.overall.matchRecall).toBeCloseTo(0.5);

    const kinds = r.errors.map((e) => `${e.kind} ${e.page} ${e.text}`).sort();
    expect(kinds).toEqual(
      [
        'expected-value b.html 1,500',
        'false-mismatch a.html 12',
        'false-mismatch a.html 86',
        'missed-match a.html 900',
        'missed-mismatch a.html 2015',
        'unrelated-flagged a.html 2024',
        'unrelated-noise a.html 1.7',
      ].sort(),
    );
    expect(formatRates(r)).toContain('all');
    expect(formatErrors(r.errors).split('\n')).toHaveLength(7);
  });

  test('scorer: two figures with the same digits in one sentence go to different labels', () => {
    const labels: PageLabels[] = [
      {
        page: 'c.html',
        lang: 'en',
        published: '2024-02-13',
        figures: [
          { text: '2014', context: 'dates back to 2014, right', expected: 'match', expectedValue: 2014 },
          { text: '2014', context: 'Formed in 2014, yes', expected: 'match', expectedValue: 2014 },
        ],
      },
    ];
    const s = 'The coalition dates back to 2014, right? Formed in 2014, yes.';
    const r = scoreReports(labels, {
      'c.html': [
        { text: '2014', sentence: s, verdict: 'match' },
        { text: '2014', sentence: s, verdict: 'match' },
      ],
    });
    expect(r.overall.foundMatches).toBe(2);
  });

  test('scorer: a reported figure goes to the label of a figure standing alone, not one glued into «س3»', () => {
    const labels: PageLabels[] = [
      {
        page: 'd.html',
        lang: 'ar',
        published: '2024-02-04',
        figures: [
          { text: '3', context: 'جواب س3:', expected: 'none' },
          { text: '3', context: 'فقتلت 3 جنود أمريكيين', expected: 'match', expectedValue: 3 },
        ],
      },
    ];
    const r = scoreReports(labels, { 'd.html': [{ text: '3', sentence: 'جواب س3: أ- فقتلت 3 جنود أمريكيين.', verdict: 'match' }] });
    expect(r.overall.unrelatedFlagged).toBe(0);
    expect(r.overall.foundMatches).toBe(1);
  });

  test('scorer: reads claims out of CLI JSON of any shape, and JSON Lines', () => {
    const c1 = { text: '2500', value: 2500, sentence: 's1', verdict: 'match', expected: 2500, factId: 'f1' };
    const c2 = { text: '3000', value: 3000, sentence: 's2', verdict: 'mismatch', expected: 2500, factId: 'f1' };
    expect(claimsFromCliOutput(JSON.stringify([c1, c2]))).toHaveLength(2);
    expect(claimsFromCliOutput(JSON.stringify({ files: [{ path: 'x.html', claims: [c1] }, { path: 'y.html', claims: [c2] }] }))).toHaveLength(2);
    expect(claimsFromCliOutput(`${JSON.stringify({ path: 'x.html', claims: [c1] })}\n${JSON.stringify({ path: 'x.html', claims: [c2] })}\n`)).toHaveLength(2);
    expect(claimsFromCliOutput('')).toEqual([]);
    expect(claimsFromCliOutput('not json at all')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// The engine, through the CLI: `sanad scan --json PAGE`.

async function scanPage(file: string): Promise<{ stdout: string; stderr: string; code: number }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s: string) => void (stdout += s),
    stderr: (s: string) => void (stderr += s),
    readFile: (path: string) => fsp.readFile(path),
    fetch: () => Promise.reject(new Error('no network in tests')),
    stdin: () => Promise.resolve(new Uint8Array()),
    isTTY: false,
    env: {},
  };
  const code = await main(['scan', '--json', file], io, { corpus: seedCorpus, createChecker });
  return { stdout, stderr, code };
}


/** Scans every labeled page of a set (`labels.json` in `dir`, pages in `pages`) through the CLI and scores it. */
async function scoreSet(dir: string, pages: string): Promise<{ labels: PageLabels[]; result: ReturnType<typeof scoreReports> }> {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as PageLabels[];
  const reports: ReportsByPage = {};
  for (const page of labels) {
    const { stdout, stderr } = await scanPage(join(pages, page.page));
    const claims = claimsFromCliOutput(stdout);
    if (claims.length === 0 && stderr.trim()) console.warn(`${page.page}: no claims; stderr: ${stderr.trim().slice(0, 400)}`);
    reports[page.page] = claims;
  }
  return { labels, result: scoreReports(labels, reports) };
}

describe.each(['holdout-2', 'holdout-3', 'holdout-4', 'holdout-5', 'holdout-6', 'holdout-7', 'holdout-8', 'holdout-9', 'holdout-10', 'holdout-11', 'holdout-12', 'holdout-13', 'holdout-14', 'holdout-15', 'holdout-16', 'holdout-17', 'holdout-18', 'holdout-19', 'holdout-20', 'holdout-21', 'holdout-22', 'holdout-23', 'holdout-24', 'holdout-25', 'holdout-26', 'holdout-27', 'holdout-28', 'holdout-29', 'holdout-30', 'holdout-31', 'holdout-32', 'holdout-33', 'holdout-34', 'holdout-35', 'holdout-36', 'holdout-37', 'holdout-38', 'holdout-39', 'holdout-40', 'holdout-41', 'holdout-42'])('engine accuracy on the blind set tests/fixtures/%s', (set) => {
  // Written later, each by someone who had not seen the engine, to see how the rules generalise.
  // Recall is reported, not gated: the first set's targets are the gate. Precision is gated: a
  // wrong flag on a page nobody tuned for is the failure that matters most.
  test('flags no unrelated figure and keeps mismatch precision ≥ 0.95; prints recall', async () => {
    const { labels, result } = await scoreSet(join(FIXTURES, set), join(FIXTURES, set, 'pages'));
    console.log(`Blind set ${set}: ${labels.length} pages, ${labels.reduce((n, p) => n + p.figures.length, 0)} labeled figures\n${formatRates(result)}`);
    expect(result.overall.unrelatedFlagged).toBe(0);
    expect(result.overall.mismatchPrecision).toBeGreaterThanOrEqual(TARGETS.mismatchPrecision);
  }, 120_000);
});

describe('engine accuracy on the labeled set', () => {
  test('meets the precision / recall targets', async () => {
    const { labels, result } = await scoreSet(FIXTURES, PAGES);

    console.log(`Sanad accuracy on ${labels.length} pages, ${labels.reduce((n, p) => n + p.figures.length, 0)} labeled figures\n${formatRates(result)}`);
    const shown = result.errors.filter((e) => e.kind !== 'unrelated-noise' && e.kind !== 'unlabeled-claim');
    if (shown.length) console.log(`Errors (${shown.length}):\n${formatErrors(shown)}`);
    const noise = result.errors.filter((e) => e.kind === 'unrelated-noise' || e.kind === 'unlabeled-claim');
    if (noise.length) console.log(`Noise, not scored (${noise.length}):\n${formatErrors(noise)}`);

    const o = result.overall;
    expect(o.unrelatedFlagged).toBe(TARGETS.unrelatedFlagged);
    expect(o.mismatchPrecision).toBeGreaterThanOrEqual(TARGETS.mismatchPrecision);
    expect(o.mismatchRecall).toBeGreaterThanOrEqual(TARGETS.mismatchRecall);
    expect(o.matchRecall).toBeGreaterThanOrEqual(TARGETS.matchRecall);
  }, 120_000);
});
