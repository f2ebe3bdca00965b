// Per-tab count of flagged figures on the toolbar button, as the tab's content script reports it
// (it alone knows what is still flagged after incremental rescans and removed text). Kept in
// storage.session when the browser has it (it survives a worker restart but not the browser
// session), otherwise in memory; it is cleared on navigation and when the tab closes.
import type { Browser } from '../extension/browser';
import { isDisconnectError } from '../extension/protocol-validate';
import type { Logger } from './deps';

export const BADGE_COLOR = '#b3261e';

export interface TabBadge {
  /** The page's report number (see set). */
  seq: number;
  count: number;
}

interface SessionArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

function keyOf(tabId: number): string {
  return `badge:${tabId}`;
}

function isTabBadge(x: unknown): x is TabBadge {
  return (
    typeof x === 'object' &&
    x !== null &&
    Number.isSafeInteger((x as TabBadge).seq) &&
    Number.isSafeInteger((x as TabBadge).count)
  );
}

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export class BadgeService {
  private readonly memory = new Map<number, TabBadge>();
  private readonly session: SessionArea | null;
  /** Writes per tab run one after another, so two judge replies can't lose a count. */
  private readonly queues = new Map<number, Promise<unknown>>();

  constructor(
    private readonly browser: Browser,
    private readonly log: Logger,
  ) {
    const session = (browser.storage as { session?: SessionArea } | undefined)?.session;
    this.session = session && typeof session.get === 'function' ? session : null;
  }

  async get(tabId: number): Promise<TabBadge | null> {
    if (!this.session) return this.memory.get(tabId) ?? null;
    const key = keyOf(tabId);
    const value = (await this.session.get(key))[key];
    return isTabBadge(value) ? value : null;
  }

  /**
   * The tab's page reports `count` flagged figures; `seq` orders one page's reports (a report
   * older than the stored one is ignored). A navigation clears the tab, so a new page starts over.
   */
  set(tabId: number, seq: number, count: number): Promise<TabBadge | null> {
    return this.serial(tabId, async () => {
      const current = await this.get(tabId);
      if (current && seq <= current.seq) return current;
      const next: TabBadge = { seq, count };
      await this.store(tabId, next);
      await this.paint(tabId, count);
      return next;
    });
  }

  clear(tabId: number): Promise<void> {
    return this.serial(tabId, async () => {
      this.memory.delete(tabId);
      if (this.session) await this.session.remove(keyOf(tabId));
      await this.paint(tabId, 0);
    });
  }

  /** Forgets a closed tab (no badge to paint any more). */
  forget(tabId: number): Promise<void> {
    return this.serial(tabId, async () => {
      this.memory.delete(tabId);
      if (this.session) await this.session.remove(keyOf(tabId));
    });
  }

  private async store(tabId: number, value: TabBadge): Promise<void> {
    if (this.session) await this.session.set({ [keyOf(tabId)]: value });
    else this.memory.set(tabId, value);
  }

  private async paint(tabId: number, count: number): Promise<void> {
    try {
      await this.browser.action.setBadgeText({ tabId, text: badgeText(count) });
      if (count > 0) await this.browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    } catch (error) {
      // The tab closed between the reply and the paint: normal.
      if (!isDisconnectError(error) && !/No tab with id/i.test(String((error as Error)?.message ?? error))) {
        this.log.warn('badge: could not paint', error);
      }
    }
  }

  private serial<T>(tabId: number, fn: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(tabId) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const settled = run.catch(() => undefined);
    this.queues.set(tabId, settled);
    void settled.then(() => {
      if (this.queues.get(tabId) === settled) this.queues.delete(tabId);
    });
    return run;
  }
}
