// Shared set-up for the background tests: a fresh fake IndexedDB per test, the real engine.
import type { DBCore } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { start, type Background } from '../../../background/start';
import type { Logger } from '../../../background/deps';
import { createDb, type SanadDb } from '../../../store/db';
import { FakeBrowser } from './fake-browser';

export const WRONG_TROOPS_AR = 'وتنشر الولايات المتحدة 4000 جندي في العراق';

export function quietLog(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    debug: () => {},
    warn: (m: string) => void warnings.push(m),
    error: (m: string) => void warnings.push(`error: ${m}`),
  };
}

export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

export interface FactReads {
  count: number;
}

/** A database over `factory`; counts every read of the facts table when `reads` is given. */
export function openDb(factory: IDBFactory, reads?: FactReads): SanadDb {
  const db = createDb({ indexedDB: factory, IDBKeyRange });
  if (reads) {
    db.use({
      stack: 'dbcore',
      name: 'count-fact-reads',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          if (name !== 'facts') return t;
          return {
            ...t,
            get: (req) => (reads.count++, t.get(req)),
            getMany: (req) => (reads.count++, t.getMany(req)),
            query: (req) => (reads.count++, t.query(req)),
            openCursor: (req) => (reads.count++, t.openCursor(req)),
            count: (req) => (reads.count++, t.count(req)),
          };
        },
      }),
    });
  }
  return db;
}

export function boot(factory: IDBFactory, opts: { session?: boolean; reads?: FactReads } = {}) {
  const browser = new FakeBrowser({ session: opts.session ?? true });
  const db = openDb(factory, opts.reads);
  const log = quietLog();
  const bg: Background = start({ browser: browser.asBrowser(), db, log });
  return { browser, db, log, bg };
}

/** A check message as the content script sends it: pieces of page text, each with its context. */
export function checkMessage(texts: string[], generation = 1, extra: { contexts?: string[]; title?: string; url?: string } = {}) {
  return {
    type: 'sanad/check',
    args: {
      url: extra.url ?? 'https://news.example.com/article',
      published: '2024-05-01',
      ...(extra.title ? { title: extra.title } : {}),
      texts,
      contexts: extra.contexts ?? texts.map(() => ''),
      generation,
    },
  };
}
