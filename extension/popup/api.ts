// What the popup asks of the browser, behind one small interface. The Browser is injected (main.tsx
// passes the real one, tests a fake); the components never see it.
import type { Browser } from '../browser';
import type { FlagSummary, PageToBackground } from '../protocol';
import { isDisconnectError, isErrorReply, validateFlagList } from '../protocol-validate';

export interface PopupTab {
  id: number;
  /** Absent when the browser doesn't reveal it (no host access to the tab). */
  url?: string;
}

export interface PopupApi {
  activeTab(): Promise<PopupTab | null>;
  /** The page's flags, or null when no content script answers (restricted page, not injected yet). */
  listFlags(tabId: number): Promise<FlagSummary[] | null>;
  scrollToFlag(tabId: number, index: number): Promise<void>;
  /** Null when the background can't tell (storage unavailable). */
  getSiteState(host: string): Promise<boolean | null>;
  setSiteEnabled(host: string, enabled: boolean): Promise<boolean>;
  rescan(tabId: number): Promise<void>;
  openOptions(): Promise<void>;
  close(): void;
  /** The language chosen in the options page, or null for the browser's (also when the background can't tell in time). */
  uiLanguage(): Promise<'ar' | 'en' | null>;
}

/** How long the popup waits for the chosen language before opening in the browser's. */
export const LANGUAGE_TIMEOUT_MS = 300;

export const LIST_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

export function createPopupApi(browser: Browser, win: { close(): void }, log: Pick<Console, 'warn'> = console): PopupApi {
  async function toBackground<N extends keyof PageToBackground>(type: N, args: PageToBackground[N]['args']): Promise<PageToBackground[N]['result'] | null> {
    const reply = (await browser.runtime.sendMessage({ type, args })) as unknown;
    if (reply === undefined || isErrorReply(reply)) {
      log.warn(`sanad popup: "${type}" failed`, reply);
      return null;
    }
    return reply as PageToBackground[N]['result'];
  }

  async function toTab(tabId: number, message: { type: string; args: object }): Promise<unknown> {
    try {
      return await withTimeout(browser.tabs.sendMessage(tabId, message) as Promise<unknown>, LIST_TIMEOUT_MS);
    } catch (error) {
      if (!isDisconnectError(error) && !(error instanceof Error && error.message === 'timeout')) log.warn('sanad popup: tab message failed', error);
      return undefined;
    }
  }

  return {
    async activeTab() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (!tab || typeof tab.id !== 'number' || tab.id < 0) return null;
      return typeof tab.url === 'string' ? { id: tab.id, url: tab.url } : { id: tab.id };
    },
    async listFlags(tabId) {
      const reply = await toTab(tabId, { type: 'sanad/listFlags', args: {} });
      if (reply === undefined) return null;
      const checked = validateFlagList(reply);
      if (!checked.ok) {
        log.warn(`sanad popup: bad flag list (${checked.error})`);
        return null;
      }
      return checked.value.flags;
    },
    async scrollToFlag(tabId, index) {
      await toTab(tabId, { type: 'sanad/scrollToFlag', args: { index } });
    },
    async getSiteState(host) {
      const reply = await toBackground('sanad/getSiteState', { host });
      return reply ? reply.enabled : null;
    },
    async setSiteEnabled(host, enabled) {
      const reply = await toBackground('sanad/setSiteEnabled', { host, enabled });
      return reply?.ok === true;
    },
    async rescan(tabId) {
      await toTab(tabId, { type: 'sanad/rescan', args: {} });
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
    close() {
      win.close();
    },
    async uiLanguage() {
      try {
        const reply = await withTimeout(toBackground('sanad/uiLanguage', {}), LANGUAGE_TIMEOUT_MS);
        const chosen = reply?.uiLanguage;
        return chosen === 'ar' || chosen === 'en' ? chosen : null;
      } catch {
        return null;
      }
    },
  };
}
