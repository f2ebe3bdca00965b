// The background's message handlers. They receive validated args and a sender already classified
// by the router; the page URL and the tab come from the sender, never from the message.
import type { Browser } from '../extension/browser';
import type { ContentToBackground, PageToBackground } from '../extension/protocol';
import { isDisconnectError } from '../extension/protocol-validate';
import type { SanadDb } from '../store/db';
import { getSetting, getSettings, isSiteDisabled, normalizeSite, setSetting } from '../store/settings';
import type { BadgeService } from './badge';
import { checkTexts } from './check';
import type { CheckerService } from './checker-service';
import type { Logger } from './deps';
import type { Ready } from './ready';

export type SenderKind = 'content' | 'extension';

export interface Caller {
  kind: SenderKind;
  /** The sender's own URL (from `sender.url`). */
  url: string | undefined;
  /** Only for content scripts: the tab they run in. */
  tabId: number | undefined;
}

type Args<M, N extends keyof M> = M[N] extends { args: infer A } ? A : never;
type Result<M, N extends keyof M> = M[N] extends { result: infer R } ? R : never;

export interface HandlerDeps {
  browser: Browser;
  db: SanadDb;
  ready: Ready;
  checker: CheckerService;
  badge: BadgeService;
  log: Logger;
}

/** http(s) hostname of a URL, or null. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? normalizeSite(u.hostname) : null;
  } catch {
    return null;
  }
}

export function createHandlers(deps: HandlerDeps) {
  const { browser, db, ready, checker, badge, log } = deps;

  /** The page URL a request is about: the content script's own URL; extension pages may name one. */
  function pageUrl(caller: Caller, argUrl: string): string | undefined {
    return caller.kind === 'content' ? caller.url : argUrl;
  }

  return {
    async 'sanad/hello'(
      args: Args<ContentToBackground, 'sanad/hello'>,
      caller: Caller,
    ): Promise<Result<ContentToBackground, 'sanad/hello'>> {
      const host = hostOf(pageUrl(caller, args.url));
      const [state, settings] = await Promise.all([checker.get(), ready().then(() => getSettings(db))]);
      return {
        enabled: host !== null && !isSiteDisabled(settings, host),
        markConsistent: settings.markConsistent,
        revision: state.revision,
      };
    },

    /**
     * Opens the options page on a corpus document (the tooltip's source link). Only a document the
     * corpus holds can be opened; the page learns nothing back but ok.
     */
    async 'sanad/openSource'(args: Args<ContentToBackground, 'sanad/openSource'>): Promise<Result<ContentToBackground, 'sanad/openSource'>> {
      await ready();
      const doc = await db.documents.get(args.docId);
      if (!doc) return { ok: false };
      const hash = `#doc=${encodeURIComponent(args.docId)}${args.factId ? `&fact=${encodeURIComponent(args.factId)}` : ''}`;
      await browser.tabs.create({ url: browser.runtime.getURL('options.html') + hash });
      return { ok: true };
    },

    /** The engine over the page's candidate text (background/check.ts): matches and mismatches only. */
    async 'sanad/check'(args: Args<ContentToBackground, 'sanad/check'>): Promise<Result<ContentToBackground, 'sanad/check'>> {
      const state = await checker.get();
      return { generation: args.generation, revision: state.revision, ...checkTexts(state, args) };
    },

    /** The badge of the sender's tab (extension pages have no tab badge: ignored). */
    async 'sanad/flagCount'(args: Args<ContentToBackground, 'sanad/flagCount'>, caller: Caller): Promise<Result<ContentToBackground, 'sanad/flagCount'>> {
      if (caller.kind === 'content' && caller.tabId !== undefined) {
        await badge.set(caller.tabId, args.seq, args.count).catch((error: unknown) => log.warn('badge: update failed', error));
      }
      return { ok: true };
    },

    async 'sanad/getSiteState'(args: Args<PageToBackground, 'sanad/getSiteState'>): Promise<Result<PageToBackground, 'sanad/getSiteState'>> {
      const host = normalizeSite(args.host);
      if (!host) return { enabled: false };
      await ready();
      return { enabled: !isSiteDisabled({ disabledSites: await getSetting(db, 'disabledSites') }, host) };
    },

    async 'sanad/uiLanguage'(): Promise<Result<PageToBackground, 'sanad/uiLanguage'>> {
      await ready();
      return { uiLanguage: await getSetting(db, 'uiLanguage') };
    },

    async 'sanad/setSiteEnabled'(args: Args<PageToBackground, 'sanad/setSiteEnabled'>): Promise<Result<PageToBackground, 'sanad/setSiteEnabled'>> {
      const host = normalizeSite(args.host);
      if (!host) throw new HandlerError('invalid', 'not a host name');
      await ready();
      await db.transaction('rw', [db.settings], async () => {
        const sites = await getSetting(db, 'disabledSites');
        // Enabling removes every entry that covers the host (an entry covers its subdomains too).
        const next = args.enabled
          ? sites.filter((site) => !(host === site || host.endsWith(`.${site}`)))
          : sites.includes(host)
            ? sites
            : [...sites, host];
        if (next.length !== sites.length) await setSetting(db, 'disabledSites', next);
      });
      return { ok: true };
    },

    async 'sanad/corpusChanged'(): Promise<Result<PageToBackground, 'sanad/corpusChanged'>> {
      const state = await checker.rebuild();
      await broadcastRescan(browser, log);
      return { ok: true, revision: state.revision };
    },
  };
}

export type Handlers = ReturnType<typeof createHandlers>;

export class HandlerError extends Error {
  override name = 'HandlerError';
  constructor(
    readonly code: 'invalid' | 'forbidden',
    message: string,
  ) {
    super(message);
  }
}

/** Tells every tab's content script to rescan; tabs without one ("Receiving end does not exist") are normal. */
export async function broadcastRescan(browser: Browser, log: Logger): Promise<number> {
  const tabs = await browser.tabs.query({});
  let reached = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.id < 0) return;
      try {
        await browser.tabs.sendMessage(tab.id, { type: 'sanad/rescan', args: {} });
        reached++;
      } catch (error) {
        if (!isDisconnectError(error)) log.warn('rescan: tab did not answer', error);
      }
    }),
  );
  return reached;
}
