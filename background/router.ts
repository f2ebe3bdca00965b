// The background's ONE runtime.onMessage listener. Order: classify the sender, check that this
// sender class may call this message type, validate the payload, then run the handler. Replies are
// the handler's result or `{ok:false, error}`; no exception or stack trace crosses the boundary.
import type { Runtime } from 'webextension-polyfill';
import type { Browser } from '../extension/browser';
import {
  CONTENT_TO_BACKGROUND,
  PAGE_TO_BACKGROUND,
  isMessageName,
  validateEnvelope,
  type AnyMessageName,
  type ErrorCode,
  type ErrorReply,
} from '../extension/protocol-validate';
import { classifyDbError } from '../store/db';
import type { Logger } from './deps';
import { HandlerError, type Caller, type Handlers } from './handlers';

/** Which sender classes may call what. Content scripts: read-only, bounded calls only. */
const ALLOWED: Record<Caller['kind'], readonly AnyMessageName[]> = {
  content: CONTENT_TO_BACKGROUND,
  extension: [...CONTENT_TO_BACKGROUND, ...PAGE_TO_BACKGROUND],
};

function reply(error: ErrorCode): ErrorReply {
  return { ok: false, error };
}

/**
 * Who sent this? Never the payload's word for it (RELIABILITY.md, security rule 2):
 * - our own extension (sender.id);
 * - an extension page: its URL is on the extension's origin (an options page in a tab too);
 * - a content script: it has a tab and an http(s) URL that is not the extension's origin.
 */
export function classifySender(browser: Browser, sender: Runtime.MessageSender | undefined): Caller | null {
  if (!sender || sender.id !== browser.runtime.id) return null;
  const url = typeof sender.url === 'string' ? sender.url : undefined;
  if (!url) return null;
  // Compare by prefix, not URL.origin: some URL implementations give non-special schemes
  // (chrome-extension:, moz-extension:) the opaque origin "null".
  const base = browser.runtime.getURL('');
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return null;
  }
  if (url.startsWith(base)) {
    // Chrome also reports `origin`; when present it must agree.
    const senderOrigin = (sender as { origin?: unknown }).origin;
    if (typeof senderOrigin === 'string' && senderOrigin !== base.replace(/\/$/, '')) return null;
    return { kind: 'extension', url, tabId: undefined };
  }
  const tabId = sender.tab?.id;
  if (typeof tabId === 'number' && tabId >= 0 && (protocol === 'http:' || protocol === 'https:')) {
    return { kind: 'content', url, tabId };
  }
  return null;
}

export interface RouterDeps {
  browser: Browser;
  handlers: Handlers;
  log: Logger;
}

export type MessageListener = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

export function createRouter({ browser, handlers, log }: RouterDeps): MessageListener {
  return (message, sender) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    // Not a message of ours at all: leave it to other listeners (extension pages listen too).
    if (!isMessageName(type)) {
      log.warn(`router: refused a message of unknown type from ${describe(sender)}`);
      return undefined;
    }
    const caller = classifySender(browser, sender);
    if (!caller) {
      log.warn(`router: refused "${type}" from an unknown sender (${describe(sender)})`);
      return Promise.resolve(reply('forbidden'));
    }
    if (!ALLOWED[caller.kind].includes(type)) {
      // ToContent messages sent by the popup to a tab never reach us; seen here they are misrouted.
      log.warn(`router: refused "${type}" from a ${caller.kind} sender`);
      return Promise.resolve(reply('forbidden'));
    }
    const checked = validateEnvelope(message);
    if (!checked.ok) {
      log.warn(`router: refused "${type}": ${checked.error}`);
      return Promise.resolve(reply('invalid'));
    }
    return run(handlers, checked.msg, caller, log);
  };
}

async function run(handlers: Handlers, msg: { type: AnyMessageName; args: unknown }, caller: Caller, log: Logger): Promise<unknown> {
  try {
    switch (msg.type) {
      case 'sanad/hello':
        return await handlers['sanad/hello'](msg.args as Parameters<Handlers['sanad/hello']>[0], caller);
      case 'sanad/check':
        return await handlers['sanad/check'](msg.args as Parameters<Handlers['sanad/check']>[0]);
      case 'sanad/flagCount':
        return await handlers['sanad/flagCount'](msg.args as Parameters<Handlers['sanad/flagCount']>[0], caller);
      case 'sanad/openSource':
        return await handlers['sanad/openSource'](msg.args as Parameters<Handlers['sanad/openSource']>[0]);
      case 'sanad/getSiteState':
        return await handlers['sanad/getSiteState'](msg.args as Parameters<Handlers['sanad/getSiteState']>[0]);
      case 'sanad/setSiteEnabled':
        return await handlers['sanad/setSiteEnabled'](msg.args as Parameters<Handlers['sanad/setSiteEnabled']>[0]);
      case 'sanad/uiLanguage':
        return await handlers['sanad/uiLanguage']();
      case 'sanad/corpusChanged':
        return await handlers['sanad/corpusChanged']();
      default:
        return reply('forbidden');
    }
  } catch (error) {
    if (error instanceof HandlerError) {
      log.warn(`router: "${msg.type}" rejected: ${error.message}`);
      return reply(error.code);
    }
    const kind = classifyDbError(error);
    log.error(`router: "${msg.type}" failed (${kind})`, error);
    return reply(kind === 'unknown' ? 'internal' : 'storage-unavailable');
  }
}

function describe(sender: Runtime.MessageSender | undefined): string {
  if (!sender) return 'no sender';
  const tab = sender.tab?.id !== undefined ? `tab ${sender.tab.id}` : 'no tab';
  let where = 'no url';
  try {
    if (sender.url) where = new URL(sender.url).protocol; // never log page URLs
  } catch {
    where = 'bad url';
  }
  return `${tab}, ${where}`;
}
