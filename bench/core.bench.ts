// `npm run bench:core`: the engine's extraction throughput on ~1 MB of Arabic news text, beside a
// plain digit-regex pass over the same text in the same run; then fact-index build and matching
// time for 10,000 and 100,000 facts. Prints figures; asserts nothing (see bench/README.md).
import type { Claim } from '../core/claims/claim';
import { compileLexicon, extractClaims, FactIndex, judgeClaims } from '../core/index';
import type { Fact } from '../core/facts/model';
import { seedCorpus } from '../store/seed-corpus';

const RUNS = 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => unknown, runs = RUNS): number {
  fn(); // warm up: JIT and lazily built tables
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

/** ~1 MiB (UTF-8) of Arabic news: the seed articles, with figures varied so the text isn't one repeat. */
function arabicNews(bytes: number): string {
  const docs = seedCorpus().documents.map((d) => d.text);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = (docs[i % docs.length] as string).replace(/\d+/g, (d) => String((Number(d) + i) % 10000));
    parts.push(text);
    size += Buffer.byteLength(text, 'utf8');
  }
  return parts.join('\n\n');
}

function syntheticFacts(n: number, measures: number): Fact[] {
  const places = ['IQ', 'SY', 'JO', 'KW'];
  const facts: Fact[] = [];
  for (let i = 0; i < n; i++) {
    facts.push({
      id: `f${i}`,
      kind: 'count',
      measure: `m${i % measures}`,
      actor: ['US'],
      place: [places[i % places.length] as string],
      value: 100 + (i % 5000),
      qualifier: i % 3 === 0 ? 'approx' : 'exact',
      asOf: '2024-02-11',
      runningTotal: false,
      source: { docId: 'd', outlet: 'o', published: '2024-02-11', quote: 'q', start: 0, end: 1, lang: 'ar' },
      origin: 'user',
    });
  }
  return facts;
}

function syntheticClaims(n: number, measures: number): Claim[] {
  const claims: Claim[] = [];
  for (let i = 0; i < n; i++) {
    const v = 100 + ((i * 7) % 5000);
    claims.push({
      kind: 'count', measure: `m${(i * 13) % measures}`, actor: ['US'], place: [['IQ', 'SY', 'JO', 'KW'][i % 4] as string],
      value: v, min: v, max: v, qualifier: 'exact', start: 0, end: 1, text: String(v), sentenceStart: 0, sentenceEnd: 1, sentence: '',
    });
  }
  return claims;
}

const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;

// --- 1. Extraction vs a digit-regex pass --------------------------------------------------------
const text = arabicNews(1 << 20);
const mb = Buffer.byteLength(text, 'utf8') / (1 << 20);
const lexicon = compileLexicon(seedCorpus().facts);
const DIGITS = /[0-9\u0660-\u0669\u06f0-\u06f9]+/g;
let sink = 0;
const regexMs = time(() => {
  let n = 0;
  DIGITS.lastIndex = 0;
  while (DIGITS.exec(text)) n++;
  sink += n;
});
let claims: Claim[] = [];
const extractMs = time(() => {
  claims = extractClaims(text, lexicon, { published: { year: 2024, month: 2, day: 11 } });
});
console.log(`# Sanad core benchmark (node ${process.version}, median of ${RUNS} runs after warm-up)\n`);
console.log(`text: ${mb.toFixed(2)} MiB of Arabic news (${text.length.toLocaleString('en-US')} UTF-16 units), ${claims.length} claims found`);
console.log(`digit-regex pass:       ${fmt(regexMs)}  (${(mb / (regexMs / 1000)).toFixed(0)} MiB/s)`);
console.log(`whole extraction:       ${fmt(extractMs)}  (${(mb / (extractMs / 1000)).toFixed(1)} MiB/s)`);
console.log(`ratio extraction/regex: ${(extractMs / regexMs).toFixed(2)}×  (target ≤ 4×)\n`);

// --- 2. Fact index: build and match ------------------------------------------------------------
for (const n of [10_000, 100_000]) {
  const measures = Math.max(50, n / 20);
  const facts = syntheticFacts(n, measures);
  const candidates = syntheticClaims(5_000, measures);
  let index = new FactIndex([]);
  const buildMs = time(() => {
    index = new FactIndex(facts);
  }, 5);
  const lexMs = time(() => compileLexicon(facts), 3);
  let verdicts = 0;
  const matchMs = time(() => {
    verdicts = judgeClaims(candidates, index).length;
  }, 9);
  // The index packs each (measure, place) list on first use: the first match on a fresh index pays that.
  const fresh = new FactIndex(facts);
  const t0 = performance.now();
  judgeClaims(candidates, fresh);
  const firstMs = performance.now() - t0;
  console.log(
    `${n.toLocaleString('en-US')} facts: index build ${fmt(buildMs)}, lexicon compile ${fmt(lexMs)}, ` +
      `match 5,000 candidates ${fmt(matchMs)} (${verdicts} verdicts)${n === 100_000 ? '  (target < 20 ms)' : ''}, ` +
      `first match on a fresh index ${fmt(firstMs)} (one run)`,
  );
}
if (sink < 0) console.log(sink);
