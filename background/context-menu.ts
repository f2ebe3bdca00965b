// "Add to Sanad corpus" on selected text: the context-menu item and what a click does. The menu
// item is created in runtime.onInstalled (menus persist across worker restarts); start.ts registers
// onClicked synchronously at startup. No addListener here (tests/unit/background/main.test.ts).
// A click opens the options page on a draft (#draft=<base64url JSON {text, url, title, published}>);
// the background can't read the page, so it asks the tab's content script for the publication date
// (absent when the script doesn't answer: then the form asks for it).
// Nothing is written to the corpus until the user saves the form on the extension page.
import type { Menus, Tabs } from 'webextension-polyfill';
import type { Browser } from '../extension/browser';
import type { Logger } from './deps';

export const MENU_ID = 'sanad-add-selection';
export const MAX_SELECTION = 2_000;
const MAX_URL = 4_000;
const MAX_TITLE = 500;

const FALLBACK_TITLE = { en: 'Add to Sanad corpus', ar: 'أضف إلى مدونة سند' } as const;

export interface CaptureDraft {
  text: string;
  url?: string;
  title?: string;
  /** ISO date the page gives for itself. */
  published?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The page's publication date from its content script, or undefined (no script, no date, slow). */
async function pagePublished(browser: Browser, tabId: number | undefined): Promise<string | undefined> {
  if (tabId === undefined) return undefined;
  try {
    const ask = browser.tabs.sendMessage(tabId, { type: 'sanad/pageInfo', args: {} });
    const reply = (await Promise.race([ask, new Promise((resolve) => setTimeout(resolve, 1_000, undefined))])) as { published?: unknown } | undefined;
    return typeof reply?.published === 'string' && ISO_DATE.test(reply.published) ? reply.published : undefined;
  } catch {
    return undefined;
  }
}

/** The part of browser.contextMenus (Firefox: menus) used here. */
type MenusApi = Pick<Browser['contextMenus'], 'create' | 'removeAll' | 'onClicked'>;

/** UTF-8 → base64url without padding (what extension/options/route.ts decodes). */
export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
export function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

function httpUrl(raw: string | undefined): string | undefined {
  if (!raw || raw.length > MAX_URL) return undefined;
  try {
    const p = new URL(raw).protocol;
    return p === 'http:' || p === 'https:' ? raw : undefined;
  } catch {
    return undefined;
  }
}

/** The draft for a click, or null when there is no selected text. */
export function draftFrom(info: Pick<Menus.OnClickData, 'selectionText'>, tab: Pick<Tabs.Tab, 'url' | 'title'> | undefined): CaptureDraft | null {
  const text = cap((info.selectionText ?? '').trim(), MAX_SELECTION).trim();
  if (!text) return null;
  const draft: CaptureDraft = { text };
  const url = httpUrl(tab?.url);
  if (url) draft.url = url;
  const title = tab?.title?.trim();
  if (title && url) draft.title = cap(title, MAX_TITLE);
  return draft;
}

export function draftPageUrl(browser: Browser, draft: CaptureDraft): string {
  return `${browser.runtime.getURL('options.html')}#draft=${encodeBase64Url(JSON.stringify(draft))}`;
}

export interface ContextMenu {
  /** Creates (or re-creates) the menu item; called from runtime.onInstalled. */
  install(): Promise<void>;
  /** The contextMenus.onClicked listener. */
  onClicked(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void>;
}

/** The menus API, or undefined where there is none (Firefox for Android) or no permission. */
export function menusOf(browser: Browser): MenusApi | undefined {
  return (browser as Partial<Browser>).contextMenus;
}

export function createContextMenu(browser: Browser, log: Logger): ContextMenu {
  const title = (): string => {
    let text = '';
    try {
      text = browser.i18n.getMessage('contextMenuAddToCorpus');
    } catch {
      text = '';
    }
    if (text) return text;
    let ui = '';
    try {
      ui = browser.i18n.getUILanguage();
    } catch {
      ui = '';
    }
    return ui.toLowerCase().startsWith('ar') ? FALLBACK_TITLE.ar : FALLBACK_TITLE.en;
  };

  return {
    async install() {
      const menus = menusOf(browser);
      if (!menus) return;
      // removeAll first: an update or a second onInstalled must not fail on a duplicate id.
      await menus.removeAll();
      menus.create({ id: MENU_ID, title: title(), contexts: ['selection'] }, () => {
        const error = browser.runtime.lastError;
        if (error) log.warn(`context menu: create failed (${error.message ?? 'unknown'})`);
      });
    },

    async onClicked(info, tab) {
      if (info.menuItemId !== MENU_ID) return;
      const draft = draftFrom(info, tab);
      if (!draft) return;
      const published = draft.url ? await pagePublished(browser, tab?.id) : undefined;
      if (published) draft.published = published;
      await browser.tabs.create({ url: draftPageUrl(browser, draft) });
    },
  };
}
