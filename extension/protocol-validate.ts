// Hand-written validators for every message of extension/protocol.ts. Receivers call
// validateEnvelope() before acting on anything: a message is hostile input (a compromised renderer
// can forge content-script messages). Valid input is rebuilt field by field into fresh plain
// objects, so nothing of the sender's object (prototype, extra keys, getters) reaches a handler.
import type { ContentToBackground, FlagSummary, PageToBackground, ToContent } from './protocol';

export const LIMITS = {
  url: 4096,
  /** Texts in one check message. */
  texts: 2000,
  /** One text of a check message (the content script cuts blocks into pieces of ≤ 4,000). */
  text: 8000,
  /** The context before one text (the content script sends ≤ 300 characters). */
  context: 1000,
  title: 1000,
  /** Sum of text and context lengths in one check message. */
  totalChars: 2_000_000,
  /** A sentence quoted back in a flag (a window around the figure when longer). */
  sentence: 2000,
  /** The figure as written ("أكثر من 2,500"). */
  claimText: 200,
  id: 100,
  idList: 50,
  host: 253,
  published: 40,
  flags: 2000,
  flagText: 200,
  flagSentence: 2000,
  flagExpected: 200,
  flagIndex: 1_000_000,
  /** Flags a page can report for its badge (the content script keeps at most MAX_CLAIMS). */
  flagCount: 1_000_000,
} as const;

type AllMessages = ContentToBackground & PageToBackground & ToContent;
export type AnyMessageName = keyof AllMessages;
export type ValidMessage = { [N in AnyMessageName]: { type: N; args: AllMessages[N]['args'] } }[AnyMessageName];

export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };
export type EnvelopeValidation = { ok: true; msg: ValidMessage } | { ok: false; error: string };

class Invalid extends Error {
  override name = 'Invalid';
}

function fail(path: string, what: string): never {
  throw new Invalid(`${path}: ${what}`);
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A plain data object (literal, JSON or structured clone) with only the allowed keys. */
function plain(x: unknown, path: string, allowed: readonly string[]): Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) fail(path, 'not an object');
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) fail(path, 'not a plain object');
  if (Object.getOwnPropertySymbols(x).length > 0) fail(path, 'symbol keys');
  for (const key of Object.getOwnPropertyNames(x)) {
    if (FORBIDDEN_KEYS.has(key)) fail(path, `forbidden key "${key}"`);
    if (!allowed.includes(key)) fail(path, `unexpected key "${key.slice(0, 40)}"`);
    const desc = Object.getOwnPropertyDescriptor(x, key);
    if (!desc || !('value' in desc)) fail(path, `accessor "${key}"`);
  }
  return x as Record<string, unknown>;
}

function str(x: unknown, path: string, max: number, { nonEmpty = false } = {}): string {
  if (typeof x !== 'string') fail(path, 'not a string');
  if (x.length > max) fail(path, `longer than ${max}`);
  if (nonEmpty && x.length === 0) fail(path, 'empty');
  return x;
}

function int(x: unknown, path: string, min: number, max: number): number {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max) fail(path, `not an integer in [${min}, ${max}]`);
  return x;
}

function bool(x: unknown, path: string): boolean {
  if (typeof x !== 'boolean') fail(path, 'not a boolean');
  return x;
}

function arr(x: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(x)) fail(path, 'not an array');
  if (Object.getPrototypeOf(x) !== Array.prototype) fail(path, 'not a plain array');
  if (x.length > max) fail(path, `more than ${max} items`);
  return x;
}

function oneOf<T extends string>(x: unknown, path: string, values: readonly T[]): T {
  if (typeof x !== 'string' || !(values as readonly string[]).includes(x)) fail(path, 'not an allowed value');
  return x as T;
}

function noArgs(x: unknown, path: string): Record<string, never> {
  if (x === undefined) return {};
  plain(x, path, []);
  return {};
}

type ArgValidators = { [N in AnyMessageName]: (x: unknown) => AllMessages[N]['args'] };

const ARGS: ArgValidators = {
  'sanad/hello': (x) => {
    const o = plain(x, 'args', ['url']);
    return { url: str(o.url, 'args.url', LIMITS.url) };
  },
  'sanad/check': (x) => {
    const o = plain(x, 'args', ['url', 'published', 'title', 'texts', 'contexts', 'generation']);
    const args: ContentToBackground['sanad/check']['args'] = {
      url: str(o.url, 'args.url', LIMITS.url),
      generation: int(o.generation, 'args.generation', 0, Number.MAX_SAFE_INTEGER),
      texts: [],
      contexts: [],
    };
    if (o.published !== undefined && o.published !== null) args.published = str(o.published, 'args.published', LIMITS.published);
    if (o.title !== undefined && o.title !== null) args.title = str(o.title, 'args.title', LIMITS.title);
    const texts = arr(o.texts, 'args.texts', LIMITS.texts);
    const contexts = arr(o.contexts, 'args.contexts', LIMITS.texts);
    if (contexts.length !== texts.length) fail('args.contexts', 'not one per text');
    let total = 0;
    for (let i = 0; i < texts.length; i++) {
      const text = str(texts[i], `args.texts[${i}]`, LIMITS.text);
      const context = str(contexts[i], `args.contexts[${i}]`, LIMITS.context);
      total += text.length + context.length;
      if (total > LIMITS.totalChars) fail('args.texts', `more than ${LIMITS.totalChars} characters in all`);
      args.texts.push(text);
      args.contexts.push(context);
    }
    return args;
  },
  'sanad/flagCount': (x) => {
    const o = plain(x, 'args', ['count', 'seq']);
    return { count: int(o.count, 'args.count', 0, LIMITS.flagCount), seq: int(o.seq, 'args.seq', 0, Number.MAX_SAFE_INTEGER) };
  },
  'sanad/openSource': (x) => {
    const o = plain(x, 'args', ['docId', 'factId']);
    const args: ContentToBackground['sanad/openSource']['args'] = { docId: str(o.docId, 'args.docId', LIMITS.id, { nonEmpty: true }) };
    if (o.factId !== undefined && o.factId !== null) args.factId = str(o.factId, 'args.factId', LIMITS.id, { nonEmpty: true });
    return args;
  },
  'sanad/setSiteEnabled': (x) => {
    const o = plain(x, 'args', ['host', 'enabled']);
    return { host: str(o.host, 'args.host', LIMITS.host, { nonEmpty: true }), enabled: bool(o.enabled, 'args.enabled') };
  },
  'sanad/getSiteState': (x) => {
    const o = plain(x, 'args', ['host']);
    return { host: str(o.host, 'args.host', LIMITS.host, { nonEmpty: true }) };
  },
  'sanad/corpusChanged': (x) => noArgs(x, 'args'),
  'sanad/uiLanguage': (x) => noArgs(x, 'args'),
  'sanad/listFlags': (x) => noArgs(x, 'args'),
  'sanad/scrollToFlag': (x) => {
    const o = plain(x, 'args', ['index']);
    return { index: int(o.index, 'args.index', 0, LIMITS.flagIndex) };
  },
  'sanad/rescan': (x) => noArgs(x, 'args'),
  'sanad/pageInfo': (x) => noArgs(x, 'args'),
};

export const MESSAGE_NAMES = Object.keys(ARGS) as AnyMessageName[];
export const CONTENT_TO_BACKGROUND: readonly AnyMessageName[] = ['sanad/hello', 'sanad/check', 'sanad/flagCount', 'sanad/openSource'];
export const PAGE_TO_BACKGROUND: readonly AnyMessageName[] = ['sanad/setSiteEnabled', 'sanad/getSiteState', 'sanad/corpusChanged', 'sanad/uiLanguage'];
export const TO_CONTENT: readonly AnyMessageName[] = ['sanad/listFlags', 'sanad/scrollToFlag', 'sanad/rescan', 'sanad/pageInfo'];

export function isMessageName(x: unknown): x is AnyMessageName {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(ARGS, x);
}

/** Validates `{type, args}`: a known type and deeply checked args, rebuilt as fresh plain objects. */
export function validateEnvelope(x: unknown): EnvelopeValidation {
  try {
    const o = plain(x, 'message', ['type', 'args']);
    if (!isMessageName(o.type)) return { ok: false, error: 'message.type: unknown message type' };
    const type = o.type;
    const args = ARGS[type](o.args);
    return { ok: true, msg: { type, args } as ValidMessage };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    return { ok: false, error: 'message: unreadable' };
  }
}

const VERDICTS: readonly FlagSummary['verdict'][] = ['match', 'mismatch', 'unverified'];

/** Validates a content script's answer to 'sanad/listFlags' (the popup treats it as untrusted). */
export function validateFlagList(x: unknown): Validation<ToContent['sanad/listFlags']['result']> {
  try {
    const o = plain(x, 'result', ['flags']);
    const flags = arr(o.flags, 'result.flags', LIMITS.flags).map((f, i): FlagSummary => {
      const p = `result.flags[${i}]`;
      const r = plain(f, p, ['index', 'text', 'verdict', 'expected', 'sentence']);
      return {
        index: int(r.index, `${p}.index`, 0, LIMITS.flagIndex),
        text: str(r.text, `${p}.text`, LIMITS.flagText),
        verdict: oneOf(r.verdict, `${p}.verdict`, VERDICTS),
        expected: r.expected === null || r.expected === undefined ? null : str(r.expected, `${p}.expected`, LIMITS.flagExpected),
        sentence: str(r.sentence, `${p}.sentence`, LIMITS.flagSentence),
      };
    });
    return { ok: true, value: { flags } };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    return { ok: false, error: 'result: unreadable' };
  }
}

/** The structured error every receiver answers with instead of throwing across the boundary. */
export interface ErrorReply {
  ok: false;
  error: ErrorCode;
}

export type ErrorCode =
  /** The sender may not call this message type. */
  | 'forbidden'
  /** The payload failed validation. */
  | 'invalid'
  /** The corpus (IndexedDB) could not be read. */
  | 'storage-unavailable'
  | 'internal';

export function isErrorReply(x: unknown): x is ErrorReply {
  return typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false && typeof (x as { error?: unknown }).error === 'string';
}

/**
 * Expected messaging failures, not bugs: the tab has no content script (restricted page, not yet
 * injected, discarded), the other side went away, or this context outlived an extension reload.
 */
export function isDisconnectError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return /Receiving end does not exist|Could not establish connection|Extension context invalidated|message port closed|message channel closed|No matching message handler/i.test(
    message,
  );
}
