// Matching details the fast paths must keep: number formatting, ties, actors past the bitmask,
// and the index agreeing with judgeClaim over the same facts.
import { formatNumber } from '../../../core/facts/explain';
import { FactIndex } from '../../../core/facts/fact-index';
import { judgeClaim } from '../../../core/facts/judge';
import { claim, fact } from './builders';
import { judgeClaims } from '../../../core/index';

test.each([
  [0, '0'],
  [999, '999'],
  [1000, '1,000'],
  [2500, '2,500'],
  [-1234567.5, '-1,234,567.5'],
  [123456.789, '123,456.79'],
  [0.004, '0'],
  [Infinity, '∞'],
  [-Infinity, '-∞'],
])('formatNumber(%p) = %p', (n, text) => expect(formatNumber(n)).toBe(text));

test('of equally dated facts, the first one decides', () => {
  const facts = [fact({ id: 'a', value: 2400, qualifier: 'approx' }), fact({ id: 'b', value: 2600, qualifier: 'approx' })];
  expect(judgeClaim(claim({}), facts)?.factId).toBe('a');
  expect(judgeClaim(claim({ value: 9000 }), facts)?.factId).toBe('a');
  const series = [
    fact({ id: 'a', measure: 'attacks', value: 150, qualifier: 'gt', runningTotal: true }),
    fact({ id: 'b', measure: 'attacks', value: 150, qualifier: 'gt', runningTotal: true }),
  ];
  expect(judgeClaim(claim({ measure: 'attacks', value: 100 }), series, { published: { year: 2024, month: 2 } })?.factId).toBe('a');
  expect(judgeClaim(claim({ measure: 'attacks', value: 900 }), series, { published: { year: 2024, month: 2 } })?.factId).toBe('b');
});

test('actors past the 31 that get a bit are compared by name', () => {
  const facts = Array.from({ length: 40 }, (_, k) => fact({ id: `f${k}`, actor: [`A${k}`], value: k }));
  expect(judgeClaim(claim({ actor: ['A35'], value: 35 }), facts)).toMatchObject({ verdict: 'match', factId: 'f35' });
  expect(judgeClaim(claim({ actor: ['A3'], value: 3 }), facts)).toMatchObject({ verdict: 'match', factId: 'f3' });
  expect(judgeClaim(claim({ actor: ['A99'], value: 3 }), facts)?.rule).toBe('no-fact');
});

test('judging through the index gives what judgeClaim gives on the same candidates', () => {
  const facts = [
    fact({ id: 'iq', value: 2500 }),
    fact({ id: 'sy', place: ['SY'], value: 900, qualifier: 'approx' }),
    fact({ id: 'any', place: [], actor: [], value: 3400, asOf: '2023-12-01' }),
    fact({ id: 'att', measure: 'attacks', place: ['IQ', 'SY'], value: 130, qualifier: 'gt', runningTotal: true, since: '2023-10-17' }),
  ];
  const index = new FactIndex(facts);
  const claims = [
    claim({}),
    claim({ value: 3000 }),
    claim({ place: [], value: 3400 }),
    claim({ place: ['SY', 'IQ'], value: 900 }),
    claim({ actor: ['COALITION'], place: ['JO'], value: 3400 }),
    claim({ measure: 'attacks', qualifier: 'gt', value: 150 }),
    claim({ kind: 'date', measure: 'attacks@since', actor: [], value: 2023, date: { year: 2023, month: 10, day: 17 } }),
  ];
  const published = { year: 2024, month: 1, day: 20 };
  const viaIndex = judgeClaims(claims, index, published).map((r) => r.verdict);
  const direct = claims.map((c) => judgeClaim(c, index.candidates(c.measure, c.place), { published }));
  expect(viaIndex).toEqual(direct);
  expect(viaIndex.map((v) => v.factId)).toEqual(['iq', 'iq', 'any', 'sy', 'any', 'att', 'att']);
});

test("a fact's kept sentence takes each claim's own figure", () => {
  const index = new FactIndex([fact({ id: 'iq' })]);
  const [a, b, c] = judgeClaims([claim({ value: 3000 }), claim({ value: 4000 }), claim({})], index).map((r) => r.verdict.explanation.en);
  expect(a).toBe('The page says 3,000; the corpus says 2,500 (as of 2024-01-18, \u2068Outlet\u2069).');
  expect(b).toBe('The page says 4,000; the corpus says 2,500 (as of 2024-01-18, \u2068Outlet\u2069).');
  expect(c).toBe('Same figure as the corpus: 2,500 (as of 2024-01-18, \u2068Outlet\u2069).');
});

test('an outlet name holding the placeholder character is quoted whole', () => {
  const odd = fact({ source: { ...fact({}).source, outlet: 'A\u0000B' } });
  expect(judgeClaim(claim({ value: 3000 }), [odd])?.explanation.en).toBe('The page says 3,000; the corpus says 2,500 (as of 2024-01-18, \u2068A\u0000B\u2069).');
});

test('a date the page only implies (confirmOnly) confirms an equal fact and never contradicts one', () => {
  const founded = [fact({ id: 'founded', kind: 'year', measure: 'coalition_founded', value: 2014, date: { year: 2014 }, place: [], asOf: undefined })];
  const implied = (year: number) =>
    claim({ kind: 'year', measure: 'coalition_founded', place: [], actor: [], value: year, date: { year }, confirmOnly: true, rel: 'since' });
  expect(judgeClaim(implied(2014), founded)).toMatchObject({ verdict: 'match', rule: 'same-period' });
  const later = judgeClaim(implied(2019), founded);
  expect(later).toMatchObject({ verdict: 'unverified', rule: 'implied-only', factId: 'founded', expected: 2014 });
  expect(later?.explanation.en).toContain('Not a contradiction');
  expect(later?.explanation.ar).toContain('ليس تناقضا');
  // Without the flag the same claim is a mismatch.
  expect(judgeClaim({ ...implied(2019), confirmOnly: undefined }, founded)?.verdict).toBe('mismatch');
});
