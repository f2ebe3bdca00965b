// Fact and claim records for the judge tests: a troops-in-Iraq default, fields overridden per case.
import type { Claim } from '../../../core/claims/claim';
import type { Fact } from '../../../core/facts/model';

export function fact(over: Partial<Fact>): Fact {
  return {
    id: 'f',
    kind: 'count',
    measure: 'troops',
    actor: ['US'],
    place: ['IQ'],
    value: 2500,
    qualifier: 'exact',
    asOf: '2024-01-18',
    runningTotal: false,
    source: { docId: 'd', outlet: 'Outlet', published: '2024-01-18', quote: 'q', start: 0, end: 1, lang: 'ar' },
    origin: 'seed',
    ...over,
  };
}

/** An exact count by default; min, max and text follow `value` unless given. */
export function claim(over: Partial<Claim>): Claim {
  const value = over.value ?? 2500;
  return {
    kind: 'count',
    measure: 'troops',
    actor: ['US'],
    place: ['IQ'],
    value,
    min: value,
    max: value,
    qualifier: 'exact',
    start: 0,
    end: 4,
    text: String(value),
    sentenceStart: 0,
    sentenceEnd: 10,
    sentence: 's',
    ...over,
  };
}
