// The comparison rules, table-driven: qualifiers as ranges, running totals as a series, periods.
import { judgeClaim } from '../../../core/facts/judge';
import type { Claim } from '../../../core/claims/claim';
import { claim, fact } from './builders';

const troopsIraq = fact({ id: 'iq' });
const troopsSyria = fact({ id: 'sy', place: ['SY'], value: 900, qualifier: 'approx' });

describe('counts', () => {
  test.each([
    ['exact equal', claim({}), 'match', 'equal'],
    ['about the same', claim({ qualifier: 'approx', value: 2500 }), 'match', 'within-range'],
    ['more than a lower figure', claim({ qualifier: 'gt', value: 2000 }), 'match', 'within-range'],
    ['a different figure', claim({ value: 3000 }), 'mismatch', 'outside-range'],
    ['about a different figure', claim({ qualifier: 'approx', value: 4000 }), 'mismatch', 'outside-range'],
    ['more than a higher figure', claim({ qualifier: 'gt', value: 3000 }), 'mismatch', 'outside-range'],
    ['fewer than a lower figure', claim({ qualifier: 'lt', value: 2000 }), 'mismatch', 'outside-range'],
  ])('%s', (_name, c, verdict, rule) => {
    const v = judgeClaim(c, [troopsIraq, troopsSyria]);
    expect(v?.verdict).toBe(verdict);
    expect(v?.rule).toBe(rule);
    expect(v?.factId).toBe('iq');
    expect(v?.expected).toBe(2500);
  });

  test('the place decides which fact applies', () => {
    expect(judgeClaim(claim({ value: 900, place: ['SY'] }), [troopsIraq, troopsSyria])?.verdict).toBe('match');
    expect(judgeClaim(claim({ value: 950, place: ['SY'] }), [troopsIraq, troopsSyria])?.verdict).toBe('match');
    expect(judgeClaim(claim({ value: 1500, place: ['SY'] }), [troopsIraq, troopsSyria])?.verdict).toBe('mismatch');
  });

  test('a figure with no place matches either place but contradicts neither', () => {
    expect(judgeClaim(claim({ value: 900, place: [] }), [troopsIraq, troopsSyria])?.verdict).toBe('match');
    expect(judgeClaim(claim({ value: 4000, place: [] }), [troopsIraq, troopsSyria])?.verdict).toBe('unverified');
  });

  test('another actor or place is not covered', () => {
    expect(judgeClaim(claim({ actor: ['IQ'] }), [troopsIraq])?.verdict).toBe('unverified');
    expect(judgeClaim(claim({ place: ['KW'] }), [troopsIraq])?.verdict).toBe('unverified');
    expect(judgeClaim(claim({ actor: ['COALITION'] }), [troopsIraq])?.verdict).toBe('match');
  });

  test('a figure about another year is dropped, not judged', () => {
    expect(judgeClaim(claim({ value: 40000, at: { year: 2011 }, rel: 'in' }), [troopsIraq])).toBeNull();
    expect(judgeClaim(claim({ value: 3000, at: { year: 2024 }, rel: 'in' }), [troopsIraq])?.verdict).toBe('mismatch');
  });

  test('explanations name both figures in both languages', () => {
    const v = judgeClaim(claim({ value: 3000 }), [troopsIraq]);
    expect(v?.explanation.en).toContain('3,000');
    expect(v?.explanation.en).toContain('2,500');
    expect(v?.explanation.ar).toContain('2,500');
    expect(v?.expectedText).toEqual({ ar: '2,500', en: '2,500' });
  });
});

describe('running totals', () => {
  const series = [
    fact({ id: 'a130', measure: 'attacks', value: 130, qualifier: 'gt', asOf: '2024-01-18', runningTotal: true, place: ['IQ', 'SY'] }),
    fact({ id: 'a165', measure: 'attacks', value: 165, qualifier: 'gt', asOf: '2024-02-11', runningTotal: true, place: ['IQ', 'SY'] }),
  ];
  const attacks = (over: Partial<Claim>): Claim => claim({ measure: 'attacks', place: ['IQ', 'SY'], ...over });

  test.each([
    ['between two dated values', attacks({ qualifier: 'gt', value: 150 }), { year: 2024, month: 2, day: 1 }, 'match', 'running-total-between'],
    ['equal to the latest', attacks({ qualifier: 'gt', value: 165 }), { year: 2024, month: 3 }, 'match', 'running-total-between'],
    ['above the latest', attacks({ qualifier: 'gt', value: 180 }), { year: 2024, month: 3 }, 'unverified', 'running-total-newer'],
    ['below a value already reached', attacks({ qualifier: 'approx', value: 60 }), { year: 2024, month: 2, day: 20 }, 'mismatch', 'running-total-below'],
    ['below the later value, dated after it', attacks({ value: 140 }), { year: 2024, month: 2, day: 20 }, 'mismatch', 'running-total-below'],
    ['dated before the series', attacks({ value: 40 }), { year: 2023, month: 11 }, 'unverified', 'running-total-older'],
  ])('%s', (_n, c, published, verdict, rule) => {
    const v = judgeClaim(c, series, { published });
    expect(v?.verdict).toBe(verdict);
    expect(v?.rule).toBe(rule);
  });

  test('an undated figure fits anywhere on the series', () => {
    expect(judgeClaim(attacks({ value: 140 }), series)?.verdict).toBe('match');
    expect(judgeClaim(attacks({ value: 100 }), series)?.verdict).toBe('mismatch');
  });
});

describe('years and dates', () => {
  const founded = fact({ id: 'fd', kind: 'year', measure: 'coalition_founded', value: 2014, date: { year: 2014 }, actor: ['COALITION'], place: [] });
  const victory = fact({ id: 'v', kind: 'year', measure: 'victory_over_isis', value: 2017, date: { year: 2017, part: 'late' }, actor: ['IQ'], place: ['IQ'] });
  const suspended = fact({ id: 's', kind: 'date', measure: 'talks_suspended', value: 2024, date: { year: 2024, month: 1, day: 28 }, actor: [], place: [] });
  const year = (measure: string, date: Claim['date']): Claim =>
    claim({ kind: date?.month ? 'date' : 'year', measure, value: date?.year ?? 0, actor: [], place: [], date });

  test.each([
    [year('coalition_founded', { year: 2014 }), founded, 'match'],
    [year('coalition_founded', { year: 2015 }), founded, 'mismatch'],
    [year('victory_over_isis', { year: 2017, month: 12 }), victory, 'match'],
    [year('victory_over_isis', { year: 2017 }), victory, 'match'],
    [year('victory_over_isis', { year: 2017, part: 'early' }), victory, 'mismatch'],
    [year('victory_over_isis', { year: 2016, part: 'late' }), victory, 'mismatch'],
    [year('talks_suspended', { year: 2024, month: 1, day: 28 }), suspended, 'match'],
    [year('talks_suspended', { year: 2024, month: 1, day: 27 }), suspended, 'mismatch'],
    [year('talks_suspended', { year: 2024, month: 1 }), suspended, 'match'],
  ])('period case %#', (c, f, verdict) => {
    expect(judgeClaim(c, [f])?.verdict).toBe(verdict);
  });

  // One event, one date: agreeing facts narrow each other down.
  const vote = (id: string, date: Claim['date']) =>
    fact({ id, kind: 'date', measure: 'parliament_vote', value: 2020, date, actor: ['PARLIAMENT'], place: ['IQ'] });
  const votes = [vote('y', { year: 2020 }), vote('early', { year: 2020, part: 'early' }), vote('jan', { year: 2020, month: 1 })];
  test.each([
    [{ year: 2020, month: 3 }, 'mismatch', 'jan'],
    [{ year: 2020, month: 1 }, 'match', undefined],
    [{ year: 2020, part: 'early' as const }, 'match', undefined],
    [{ year: 2020 }, 'match', undefined],
    [{ year: 2019 }, 'mismatch', undefined],
  ])('against "2020", "early 2020" and "January 2020", %j is a %s', (date, verdict, factId) => {
    const v = judgeClaim({ ...year('parliament_vote', date), actor: ['PARLIAMENT'] }, votes);
    expect(v?.verdict).toBe(verdict);
    if (factId) expect(v?.factId).toBe(factId);
  });

  test('facts that disagree with each other name no single date: any of them may confirm', () => {
    const split = [vote('a', { year: 2020, month: 1 }), vote('b', { year: 2020, month: 3 })];
    expect(judgeClaim({ ...year('parliament_vote', { year: 2020, month: 3 }), actor: ['PARLIAMENT'] }, split)?.verdict).toBe('match');
  });
});
