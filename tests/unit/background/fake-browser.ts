// A hand-written stand-in for the WebExtension API: records listeners, spies on the badge, and
// delivers tabs.sendMessage only to tabs that registered a content-script handler (otherwise it
// throws like Chrome: "Could not establish connection. Receiving end does not exist.").
import type { Browser } from '../../../extension/browser';

type Listener = (...args: never[]) => unknown;

export class FakeEvent<L extends Listener = Listener> {
  readonly listeners: L[] = [];
  addListener(l: L): void {
    this.listeners.push(l);
  }
  removeListener(l: L): void {
    const i = this.listeners.indexOf(l);
    if (i >= 0) this.listeners.splice(i, 1);
  }
  hasListener(l: L): boolean {
    return this.listeners.includes(l);
  }
  hasListeners(): boolean {
    return this.listeners.length > 0;
  }
}

export const EXTENSION_ID = 'sanad-test-id';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

export interface FakeTab {
  id: number;
  url?: string;
  active?: boolean;
}

/** Chrome JSON-serialises messages between contexts. */
function wire<T>(x: T): T {
  return x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T);
}

type ContentHandler = (message: unknown) => unknown;

class FakeSessionArea {
  readonly data = new Map<string, unknown>();
  async get(key: string): Promise<Record<string, unknown>> {
    return this.data.has(key) ? { [key]: structuredClone(this.data.get(key)) } : {};
  }
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }
  async remove(key: string): Promise<void> {
    this.data.delete(key);
  }
}

export class FakeBrowser {
  readonly badgeCalls: Array<{ tabId?: number; text: string }> = [];
  readonly badgeText = new Map<number, string>();
  readonly sent: Array<{ tabId: number; message: unknown }> = [];
  readonly contentHandlers = new Map<number, ContentHandler>();
  tabs_: FakeTab[] = [];
  optionsOpened = 0;
  readonly messages: Record<string, string> = {};
  uiLanguage = 'en-US';

  readonly runtime = {
    id: EXTENSION_ID,
    getURL: (path: string) => `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`,
    onMessage: new FakeEvent(),
    onInstalled: new FakeEvent(),
    sendMessage: jest.fn(async (_message: unknown): Promise<unknown> => undefined),
    openOptionsPage: jest.fn(async () => {
      this.optionsOpened++;
    }),
  };

  readonly tabs = {
    onRemoved: new FakeEvent(),
    onUpdated: new FakeEvent(),
    query: jest.fn(async (q: { active?: boolean } = {}) => this.tabs_.filter((t) => (q.active ? t.active : true)).map((t) => ({ ...t }))),
    create: jest.fn(async (props: { url?: string }) => ({ id: 900, ...props })),
    sendMessage: jest.fn(async (tabId: number, message: unknown) => {
      this.sent.push({ tabId, message });
      const handler = this.contentHandlers.get(tabId);
      if (!handler) throw new Error('Could not establish connection. Receiving end does not exist.');
      return wire(await handler(wire(message)));
    }),
  };

  readonly action = {
    setBadgeText: jest.fn(async (d: { tabId?: number; text: string }) => {
      this.badgeCalls.push(d);
      if (d.tabId !== undefined) this.badgeText.set(d.tabId, d.text);
    }),
    setBadgeBackgroundColor: jest.fn(async (_d: { tabId?: number; color: string }) => {}),
  };

  readonly storage: { session?: FakeSessionArea };

  readonly i18n = {
    getMessage: (key: string, _subs?: string | string[]) => this.messages[key] ?? '',
    getUILanguage: () => this.uiLanguage,
  };

  constructor({ session = true }: { session?: boolean } = {}) {
    this.storage = session ? { session: new FakeSessionArea() } : {};
  }

  asBrowser(): Browser {
    return this as unknown as Browser;
  }

  /** Delivers a runtime message the way the browser does: every listener, first answer wins. */
  async dispatch(message: unknown, sender: object): Promise<unknown> {
    // Chrome JSON-serialises messages between contexts.
    const wire = JSON.parse(JSON.stringify(message)) as unknown;
    for (const l of this.runtime.onMessage.listeners) {
      const r = (l as (m: unknown, s: object) => unknown)(wire, sender);
      if (r !== undefined) return JSON.parse(JSON.stringify(await r)) as unknown;
    }
    return undefined;
  }
}

export function contentSender(tabId: number, url = 'https://news.example.com/article'): object {
  return { id: EXTENSION_ID, url, tab: { id: tabId, url }, frameId: 0 };
}

export function pageSender(path = 'options.html'): object {
  return { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/${path}`, origin: EXTENSION_ORIGIN };
}
