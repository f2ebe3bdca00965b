// "Add to Sanad corpus": the context-menu item is created on install, onClicked is registered
// synchronously at startup, and a click opens the options page on a #draft= link (no corpus write).
import type { Menus, Tabs } from 'webextension-polyfill';
import { draftFrom, encodeBase64Url, MAX_SELECTION, MENU_ID } from '../../../background/context-menu';
import { start } from '../../../background/start';
import { parseDraft } from '../../../extension/options/route';
import { createDb } from '../../../store/db';
import { IDBKeyRange } from 'fake-indexeddb';
import { EXTENSION_ORIGIN, FakeBrowser, FakeEvent } from './fake-browser';
import { freshFactory, quietLog } from './helpers';

/** FakeBrowser plus the contextMenus API (kept here so fake-browser.ts stays as it is). */
class MenuBrowser extends FakeBrowser {
  readonly items = new Map<string | number, Menus.CreateCreatePropertiesType>();
  lastError: { message?: string } | undefined;
  readonly contextMenus = {
    onClicked: new FakeEvent(),
    create: jest.fn((props: Menus.CreateCreatePropertiesType, callback?: () => void) => {
      const id = props.id ?? 'generated';
      if (this.items.has(id)) this.lastError = { message: `Cannot create item with duplicate id ${String(id)}` };
      else this.items.set(id, props);
      queueMicrotask(() => {
        (this.runtime as { lastError?: unknown }).lastError = this.lastError;
        callback?.();
        (this.runtime as { lastError?: unknown }).lastError = undefined;
        this.lastError = undefined;
      });
      return id;
    }),
    removeAll: jest.fn(async () => {
      this.items.clear();
    }),
  };
}

function boot(browser = new MenuBrowser()) {
  const db = createDb({ indexedDB: freshFactory(), IDBKeyRange });
  const log = quietLog();
  const bg = start({ browser: browser.asBrowser(), db, log, seed: async () => undefined });
  return { browser, db, log, bg };
}

function install(browser: MenuBrowser): void {
  for (const l of browser.runtime.onInstalled.listeners) (l as (d: object) => void)({ reason: 'install' });
}

async function click(browser: MenuBrowser, info: Partial<Menus.OnClickData>, tab?: Partial<Tabs.Tab>): Promise<void> {
  const full = { menuItemId: MENU_ID, editable: false, modifiers: [], ...info } as Menus.OnClickData;
  for (const l of browser.contextMenus.onClicked.listeners) (l as (i: Menus.OnClickData, t?: Tabs.Tab) => void)(full, tab as Tabs.Tab);
  await new Promise((r) => setTimeout(r, 0));
}

function openedDraft(browser: FakeBrowser) {
  expect(browser.tabs.create).toHaveBeenCalledTimes(1);
  const url = (browser.tabs.create.mock.calls[0]?.[0] as { url: string }).url;
  expect(url.startsWith(`${EXTENSION_ORIGIN}/options.html#draft=`)).toBe(true);
  const encoded = url.slice(url.indexOf('#draft=') + '#draft='.length);
  expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
  return { url, draft: parseDraft(encoded), raw: JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Record<string, unknown> };
}

describe('context menu', () => {
  test('onClicked is registered synchronously in start(); the item is created on install', async () => {
    const { browser } = boot();
    expect(browser.contextMenus.onClicked.listeners).toHaveLength(1);
    expect(browser.runtime.onInstalled.listeners).toHaveLength(1);
    expect(browser.contextMenus.create).not.toHaveBeenCalled();
    install(browser);
    await new Promise((r) => setTimeout(r, 0));
    expect(browser.contextMenus.create).toHaveBeenCalledWith({ id: MENU_ID, title: 'Add to Sanad corpus', contexts: ['selection'] }, expect.any(Function));
  });

  test('the title comes from the locale; Arabic fallback for an Arabic UI', async () => {
    const a = new MenuBrowser();
    a.messages.contextMenuAddToCorpus = 'Localized title';
    boot(a);
    install(a);
    await new Promise((r) => setTimeout(r, 0));
    expect(a.items.get(MENU_ID)?.title).toBe('Localized title');
    const b = new MenuBrowser();
    b.uiLanguage = 'ar';
    boot(b);
    install(b);
    await new Promise((r) => setTimeout(r, 0));
    expect(b.items.get(MENU_ID)?.title).toBe('أضف إلى مدونة سند');
  });

  test('a second install (update) re-creates the item without a duplicate-id error', async () => {
    const { browser, log } = boot();
    install(browser);
    await new Promise((r) => setTimeout(r, 0));
    install(browser);
    await new Promise((r) => setTimeout(r, 0));
    expect(browser.items.size).toBe(1);
    expect(browser.contextMenus.removeAll).toHaveBeenCalledTimes(2);
    expect(log.warnings.filter((w) => /context menu/.test(w))).toEqual([]);
  });

  test('a click opens the options page on a draft of the selection, page URL and title', async () => {
    const { browser } = boot();
    await click(browser, { selectionText: '  The coalition has 2,500 troops in Iraq.  ' }, { id: 4, url: 'https://news.example.com/a?x=1', title: 'Troops <b>story</b>' });
    const { draft, raw } = openedDraft(browser);
    expect(raw).toEqual({ text: 'The coalition has 2,500 troops in Iraq.', url: 'https://news.example.com/a?x=1', title: 'Troops <b>story</b>' });
    expect(draft).toEqual({ text: 'The coalition has 2,500 troops in Iraq.', url: 'https://news.example.com/a?x=1', title: 'Troops <b>story</b>' });
    expect(raw.published).toBeUndefined();
  });

  test("the page's publication date comes from its content script", async () => {
    const { browser } = boot();
    browser.contentHandlers.set(4, async (m) => ((m as { type: string }).type === 'sanad/pageInfo' ? { published: '2024-02-11' } : undefined));
    await click(browser, { selectionText: 'The coalition has 2,500 troops in Iraq.' }, { id: 4, url: 'https://news.example.com/a', title: 'T' });
    expect(openedDraft(browser).raw.published).toBe('2024-02-11');
  });

  test('a date that is not an ISO date is ignored', async () => {
    const { browser } = boot();
    browser.contentHandlers.set(4, async () => ({ published: '<img src=x onerror=alert(1)>' }));
    await click(browser, { selectionText: 'The coalition has 2,500 troops in Iraq.' }, { id: 4, url: 'https://news.example.com/a' });
    expect(openedDraft(browser).raw.published).toBeUndefined();
  });

  test('Arabic text survives the base64url round trip', async () => {
    const { browser } = boot();
    const text = 'وتنشر الولايات المتحدة 2500 جندي في العراق 🇮🇶';
    await click(browser, { selectionText: text }, { url: 'https://ar.example.com/' });
    expect(openedDraft(browser).draft?.text).toBe(text);
  });

  test('the selection is capped at 2,000 characters', async () => {
    const { browser } = boot();
    await click(browser, { selectionText: 'x'.repeat(1999) + '😀' + 'y'.repeat(5000) }, { url: 'https://a.example/' });
    const text = openedDraft(browser).raw.text as string;
    expect(text.length).toBeLessThanOrEqual(MAX_SELECTION);
    expect(text).toBe('x'.repeat(1999)); // never half a surrogate pair
  });

  test.each(['javascript:alert(1)', 'file:///etc/passwd', 'chrome://settings', 'about:blank', 'data:text/html,hi', undefined])(
    'a %s tab URL is left out (title too)',
    async (url) => {
      const { browser } = boot();
      await click(browser, { selectionText: '2,500 troops' }, { url, title: 'T' } as Partial<Tabs.Tab>);
      expect(openedDraft(browser).raw).toEqual({ text: '2,500 troops' });
    },
  );

  test('no selection, or another menu item: nothing opens', async () => {
    const { browser } = boot();
    await click(browser, { selectionText: '   ' }, { url: 'https://a.example/' });
    await click(browser, {}, { url: 'https://a.example/' });
    await click(browser, { menuItemId: 'other', selectionText: 'x' }, { url: 'https://a.example/' });
    expect(browser.tabs.create).not.toHaveBeenCalled();
  });

  test('a click writes nothing to the corpus', async () => {
    const { browser, bg } = boot();
    const revision = await bg.repository.getRevision();
    await click(browser, { selectionText: '2,500 troops' }, { url: 'https://a.example/' });
    expect(await bg.repository.getRevision()).toBe(revision);
  });

  test('a failing tabs.create is logged, not thrown', async () => {
    const { browser, log } = boot();
    browser.tabs.create.mockRejectedValueOnce(new Error('no window'));
    await click(browser, { selectionText: '2,500 troops' }, { url: 'https://a.example/' });
    expect(log.warnings).toContain('context menu: open draft failed');
  });

  test('without the menus API (Firefox for Android) start() still works', () => {
    const browser = new FakeBrowser();
    const db = createDb({ indexedDB: freshFactory(), IDBKeyRange });
    expect(() => start({ browser: browser.asBrowser(), db, log: quietLog(), seed: async () => undefined })).not.toThrow();
    for (const l of browser.runtime.onInstalled.listeners) expect(() => (l as (d: object) => void)({ reason: 'install' })).not.toThrow();
  });

  test('helpers', () => {
    expect(encodeBase64Url('{"a":"?>"}')).toBe(Buffer.from('{"a":"?>"}').toString('base64url'));
    expect(draftFrom({ selectionText: 'a' }, undefined)).toEqual({ text: 'a' });
  });
});

describe('manifest', () => {
  test('asks for the contextMenus permission', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const manifest = require('../../../manifest.json') as { permissions: string[] };
    expect(manifest.permissions).toContain('contextMenus');
  });
});
