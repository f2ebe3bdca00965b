// Every rejection of the hand-written protocol validators, and the conversions they make.
import type { Claim } from '../../../core/index';
import { LIMITS, isDisconnectError, isErrorReply, validateClaim, validateEnvelope, validateFlagList } from '../../../extension/protocol-validate';

const claim: Claim = {
  kind: 'count',
  measure: 'troops',
  actor: ['US'],
  place: ['IQ'],
  value: 4000,
  min: 4000,
  max: 4000,
  qualifier: 'exact',
  start: 23,
  end: 27,
  text: '4000',
  sentenceStart: 0,
  sentenceEnd: 42,
  sentence: 'وتنشر الولايات المتحدة 4000 جندي في العراق',
};

function judge(args: Record<string, unknown> = {}, claims: unknown[] = [claim]) {
  return { type: 'sanad/judge', args: { url: 'https://a.example/', claims, generation: 1, ...args } };
}

function rejects(x: unknown, pattern?: RegExp): void {
  const r = validateEnvelope(x);
  expect(r.ok).toBe(false);
  if (!r.ok && pattern) expect(r.error).toMatch(pattern);
}

describe('validateEnvelope: accepts', () => {
  it.each([
    [{ type: 'sanad/hello', args: { url: 'https://a.example/' } }],
    [judge()],
    [judge({ published: '2024-05-01' })],
    [{ type: 'sanad/setSiteEnabled', args: { host: 'a.example', enabled: true } }],
    [{ type: 'sanad/getSiteState', args: { host: 'a.example' } }],
    [{ type: 'sanad/corpusChanged', args: {} }],
    [{ type: 'sanad/listFlags', args: {} }],
    [{ type: 'sanad/listFlags' }],
    [{ type: 'sanad/scrollToFlag', args: { index: 3 } }],
    [{ type: 'sanad/rescan', args: {} }],
    [Object.assign(Object.create(null) as object, { type: 'sanad/rescan', args: {} })],
  ])('%j', (x) => {
    expect(validateEnvelope(x).ok).toBe(true);
  });

  it('rebuilds the payload as fresh objects', () => {
    const input = judge();
    const r = validateEnvelope(input);
    if (!r.ok) throw new Error(r.error);
    expect(r.msg.args).toEqual(input.args);
    expect(r.msg.args).not.toBe(input.args);
    expect((r.msg.args as { claims: unknown[] }).claims[0]).not.toBe(claim);
  });

  it('reads JSON null as the open ends of an interval', () => {
    const wire = JSON.parse(JSON.stringify({ ...claim, qualifier: 'gt', min: 130, max: Infinity })) as Record<string, unknown>;
    expect(wire.max).toBeNull();
    expect(validateClaim(wire)).toMatchObject({ min: 130, max: Infinity });
    expect(validateClaim({ ...claim, qualifier: 'lt', min: null, max: 10 })).toMatchObject({ min: -Infinity, max: 10 });
    expect(validateClaim({ ...claim, min: -Infinity, max: Infinity })).toMatchObject({ min: -Infinity, max: Infinity });
  });

  it('keeps the optional claim fields', () => {
    const full = { ...claim, kind: 'date', date: { year: 2014, month: 9, part: 'late' }, rel: 'since', since: { year: 2014 }, at: { year: 2024, month: 1, day: 2 }, yearInferred: true, altMeasures: ['attack'], altPlaces: [['SY'], ['IQ', 'SY']] };
    expect(validateClaim(full)).toEqual(full);
  });
});

describe('validateEnvelope: rejects', () => {
  it.each([
    ['null', null],
    ['a string', 'sanad/hello'],
    ['an array', [{ type: 'sanad/hello' }]],
    ['an unknown type', { type: 'sanad/deleteCorpus', args: {} }],
    ['a prototype key as type', { type: 'toString', args: {} }],
    ['a missing type', { args: {} }],
    ['an extra envelope key', { type: 'sanad/rescan', args: {}, tabId: 3 }],
  ])('%s', (_name, x) => rejects(x));

  it('a class instance', () => {
    class Message {
      type = 'sanad/rescan';
      args = {};
    }
    rejects(new Message(), /plain object/);
  });

  it('__proto__ and constructor keys', () => {
    rejects(JSON.parse('{"type":"sanad/rescan","args":{},"__proto__":{"x":1}}'), /forbidden key/);
    rejects(JSON.parse('{"type":"sanad/rescan","args":{"constructor":1}}'), /forbidden key/);
    rejects(judge({}, [JSON.parse(JSON.stringify(claim).replace('{', '{"__proto__":{"polluted":true},'))]), /forbidden key/);
  });

  it('getters and symbol keys', () => {
    const getter = { type: 'sanad/hello', args: {} };
    Object.defineProperty(getter.args, 'url', { get: () => 'https://a.example/', enumerable: true });
    rejects(getter, /accessor/);
    rejects({ type: 'sanad/rescan', args: { [Symbol('x')]: 1 } }, /symbol/);
  });

  it('args that are not objects, or args on messages without args', () => {
    rejects({ type: 'sanad/hello' });
    rejects({ type: 'sanad/hello', args: 'https://a.example/' });
    rejects({ type: 'sanad/rescan', args: { now: true } }, /unexpected key/);
    rejects({ type: 'sanad/corpusChanged', args: [] });
  });

  it('strings too long or of the wrong type', () => {
    rejects({ type: 'sanad/hello', args: { url: 'https://a/' + 'x'.repeat(LIMITS.url) } }, /longer than/);
    rejects({ type: 'sanad/hello', args: { url: 42 } }, /not a string/);
    rejects({ type: 'sanad/getSiteState', args: { host: '' } }, /empty/);
    rejects({ type: 'sanad/getSiteState', args: { host: 'a'.repeat(300) } }, /longer than/);
    rejects(judge({ published: 'x'.repeat(100) }), /published/);
    rejects(judge({}, [{ ...claim, sentence: 'x'.repeat(LIMITS.sentence + 1) }]), /sentence: longer/);
    rejects(judge({}, [{ ...claim, text: 'x'.repeat(LIMITS.claimText + 1) }]), /text: longer/);
    rejects(judge({}, [{ ...claim, measure: '' }]), /measure: empty/);
  });

  it('numbers that are not finite or not integers', () => {
    rejects(judge({ generation: -1 }), /generation/);
    rejects(judge({ generation: 1.5 }), /generation/);
    rejects(judge({ generation: Number.NaN }), /generation/);
    rejects(judge({}, [{ ...claim, value: Number.NaN }]), /value/);
    rejects(judge({}, [{ ...claim, value: Infinity }]), /value/);
    rejects(judge({}, [{ ...claim, value: '4000' }]), /value/);
    rejects(judge({}, [{ ...claim, min: Infinity }]), /min/);
    rejects(judge({}, [{ ...claim, max: -Infinity }]), /max/);
    rejects(judge({}, [{ ...claim, value: null }]), /value/);
    rejects(judge({}, [{ ...claim, start: -1 }]), /start/);
    rejects(judge({}, [{ ...claim, start: 30, end: 20 }]), /end before start/);
    rejects(judge({}, [{ ...claim, sentenceStart: 30, sentenceEnd: 20 }]), /sentenceEnd/);
    rejects(judge({}, [{ ...claim, min: 10, max: 5 }]), /min above max/);
    rejects({ type: 'sanad/scrollToFlag', args: { index: -1 } }, /index/);
    rejects({ type: 'sanad/scrollToFlag', args: { index: '0' } }, /index/);
    rejects({ type: 'sanad/setSiteEnabled', args: { host: 'a.example', enabled: 'yes' } }, /enabled/);
  });

  it('enumerations outside their set', () => {
    rejects(judge({}, [{ ...claim, kind: 'money' }]), /kind/);
    rejects(judge({}, [{ ...claim, qualifier: 'roughly' }]), /qualifier/);
    rejects(judge({}, [{ ...claim, rel: 'before' }]), /rel/);
    rejects(judge({}, [{ ...claim, date: { year: 2014, part: 'dawn' } }]), /part/);
    rejects(judge({}, [{ ...claim, date: { year: 2014, month: 13 } }]), /month/);
    rejects(judge({}, [{ ...claim, at: { year: 2014, day: 0 } }]), /day/);
  });

  it('arrays too long or not arrays', () => {
    rejects(judge({}, Array.from({ length: LIMITS.claims + 1 }, () => claim)), /more than 2000 items/);
    rejects(judge({ claims: { 0: claim, length: 1 } }), /not an array/);
    rejects(judge({}, [{ ...claim, actor: 'US' }]), /actor/);
    rejects(judge({}, [{ ...claim, place: [1] }]), /place\[0\]/);
    rejects(judge({}, [{ ...claim, actor: Array(LIMITS.idList + 1).fill('US') }]), /actor/);
    rejects(judge({}, [{ ...claim, altMeasures: [null] }]), /altMeasures/);
    rejects(judge({}, [{ ...claim, altPlaces: ['SY'] }]), /altPlaces\[0\]/);
    rejects(judge({}, [{ ...claim, altPlaces: Array(9).fill(['SY']) }]), /altPlaces/);
  });

  it('too many characters in all', () => {
    const big = { ...claim, sentence: 'x'.repeat(LIMITS.sentence) };
    rejects(judge({}, Array(LIMITS.claims).fill(big)), /characters in all/);
  });

  it('unexpected claim keys', () => {
    rejects(judge({}, [{ ...claim, html: '<b>' }]), /unexpected key "html"/);
  });
});

describe('validateFlagList', () => {
  const flag = { index: 0, text: '4000', verdict: 'mismatch', expected: 'about 2,500', sentence: 's' };
  it('accepts a list and reads a missing expected as null', () => {
    const r = validateFlagList({ flags: [flag, { ...flag, index: 1, expected: undefined }] });
    expect(r).toEqual({ ok: true, value: { flags: [flag, { ...flag, index: 1, expected: null }] } });
  });
  it.each([
    [null],
    [{}],
    [{ flags: [{ ...flag, verdict: 'wrong' }] }],
    [{ flags: [{ ...flag, index: -1 }] }],
    [{ flags: [{ ...flag, text: 'x'.repeat(LIMITS.flagText + 1) }] }],
    [{ flags: [{ ...flag, extra: 1 }] }],
    [{ flags: Array(LIMITS.flags + 1).fill(flag) }],
  ])('rejects %#', (x) => {
    expect(validateFlagList(x).ok).toBe(false);
  });
});

describe('helpers', () => {
  it('recognises error replies', () => {
    expect(isErrorReply({ ok: false, error: 'forbidden' })).toBe(true);
    expect(isErrorReply({ ok: true })).toBe(false);
    expect(isErrorReply(undefined)).toBe(false);
  });
  it('classifies the expected messaging failures', () => {
    expect(isDisconnectError(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(true);
    expect(isDisconnectError(new Error('Extension context invalidated.'))).toBe(true);
    expect(isDisconnectError(new Error('The message port closed before a response was received.'))).toBe(true);
    expect(isDisconnectError(new Error('QuotaExceededError'))).toBe(false);
  });
});
