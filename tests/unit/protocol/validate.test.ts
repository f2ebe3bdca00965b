// Every rejection of the hand-written protocol validators, and the conversions they make.
import { LIMITS, isDisconnectError, isErrorReply, validateEnvelope, validateFlagList } from '../../../extension/protocol-validate';

const TEXT = 'وتنشر الولايات المتحدة 4000 جندي في العراق';

function check(args: Record<string, unknown> = {}, texts: unknown[] = [TEXT], contexts: unknown[] = texts.map(() => '')) {
  return { type: 'sanad/check', args: { url: 'https://a.example/', texts, contexts, generation: 1, ...args } };
}

function rejects(x: unknown, pattern?: RegExp): void {
  const r = validateEnvelope(x);
  expect(r.ok).toBe(false);
  if (!r.ok && pattern) expect(r.error).toMatch(pattern);
}

describe('validateEnvelope: accepts', () => {
  it.each([
    [{ type: 'sanad/hello', args: { url: 'https://a.example/' } }],
    [check()],
    [check({ published: '2024-05-01', title: 'التحالف الدولي' })],
    [check({}, [], [])],
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
    const input = check({}, [TEXT], ['السياق']);
    const r = validateEnvelope(input);
    if (!r.ok) throw new Error(r.error);
    expect(r.msg.args).toEqual(input.args);
    expect(r.msg.args).not.toBe(input.args);
    expect((r.msg.args as { texts: unknown[] }).texts).not.toBe(input.args.texts);
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
    rejects(JSON.parse(JSON.stringify(check()).replace('"args":{', '"args":{"__proto__":{"polluted":true},')), /forbidden key/);
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
    rejects(check({ published: 'x'.repeat(100) }), /published/);
    rejects(check({ title: 'x'.repeat(LIMITS.title + 1) }), /title: longer/);
    rejects(check({}, ['x'.repeat(LIMITS.text + 1)]), /texts\[0\]: longer/);
    rejects(check({}, [TEXT], ['x'.repeat(LIMITS.context + 1)]), /contexts\[0\]: longer/);
    rejects(check({}, [4000]), /texts\[0\]: not a string/);
    rejects(check({}, [TEXT], [null]), /contexts\[0\]: not a string/);
  });

  it('numbers that are not finite or not integers', () => {
    rejects(check({ generation: -1 }), /generation/);
    rejects(check({ generation: 1.5 }), /generation/);
    rejects(check({ generation: Number.NaN }), /generation/);
    rejects(check({ generation: '1' }), /generation/);
    rejects({ type: 'sanad/scrollToFlag', args: { index: -1 } }, /index/);
    rejects({ type: 'sanad/scrollToFlag', args: { index: '0' } }, /index/);
    rejects({ type: 'sanad/setSiteEnabled', args: { host: 'a.example', enabled: 'yes' } }, /enabled/);
  });

  it('arrays too long, not arrays, or not one context per text', () => {
    rejects(check({}, Array.from({ length: LIMITS.texts + 1 }, () => TEXT)), /more than 2000 items/);
    rejects(check({ texts: { 0: TEXT, length: 1 } }), /not an array/);
    rejects(check({}, [TEXT, TEXT], ['']), /one per text/);
  });

  it('too many characters in all', () => {
    const big = 'x'.repeat(LIMITS.text);
    rejects(check({}, Array(Math.ceil(LIMITS.totalChars / LIMITS.text) + 1).fill(big)), /characters in all/);
  });

  it('unexpected keys', () => {
    rejects(check({ claims: [] }), /unexpected key "claims"/);
    rejects({ type: 'sanad/judge', args: {} }, /unknown message type/);
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
