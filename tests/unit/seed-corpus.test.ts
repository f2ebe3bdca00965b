// The seed corpus proves itself: every quote is verbatim in its seed, the engine finds every
// fact's value inside its quote, and scanning the seeds yields no mismatch.
import { createChecker } from '../../core/index';
import { seedCorpus } from '../../store/seed-corpus';

const corpus = seedCorpus();
const checker = createChecker(corpus);
const reportsByDoc = new Map(corpus.documents.map((d) => [d.id, checker.scan(d.text, { published: d.published })]));

describe('seed documents', () => {
  test('all five seed articles are present with their metadata', () => {
    expect(corpus.documents).toHaveLength(5);
    for (const d of corpus.documents) {
      expect(d.text.length).toBeGreaterThan(1000);
      expect(d.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.outlet).not.toBe('');
      expect(d.lang).toBe('ar');
    }
  });

  test('fact ids are unique and every fact cites a seed document', () => {
    const ids = corpus.facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const docIds = new Set(corpus.documents.map((d) => d.id));
    for (const f of corpus.facts) expect(docIds.has(f.source.docId)).toBe(true);
  });
});

describe.each(corpus.facts.map((f) => [f.id, f] as const))('fact %s', (_id, fact) => {
  const doc = corpus.documents.find((d) => d.id === fact.source.docId);

  test('its quote occurs verbatim in its seed, at its offsets', () => {
    expect(doc).toBeDefined();
    expect(doc?.text.slice(fact.source.start, fact.source.end)).toBe(fact.source.quote);
  });

  test('the engine, run over the seed, extracts its value from its quote', () => {
    const reports = reportsByDoc.get(fact.source.docId) ?? [];
    const inQuote = reports.filter((r) => r.claim.start >= fact.source.start && r.claim.end <= fact.source.end);
    const found = inQuote.find((r) => [r.claim.measure, ...(r.claim.altMeasures ?? [])].includes(fact.measure) && r.claim.value === fact.value);
    expect(found).toBeDefined();
    expect(found?.verdict.verdict).toBe('match');
  });
});

describe('scanning the seeds themselves', () => {
  test.each(corpus.documents.map((d) => [d.id]))('%s yields no mismatch', (docId) => {
    const mismatches = (reportsByDoc.get(docId) ?? []).filter((r) => r.verdict.verdict === 'mismatch');
    expect(mismatches.map((r) => `${r.claim.text} (${r.claim.measure})`)).toEqual([]);
  });

  test("the seeds' unrelated figures are not claims", () => {
    const texts = [...reportsByDoc.values()].flat().map((r) => r.claim.text);
    // Schools, a lobbying contract, water-ministry organisations, debt, page dates.
    for (const unrelated of ['1000', '50', '27', '90', '١٣', '٢٠٢٤', '10:26', '16']) expect(texts).not.toContain(unrelated);
  });
});
