// Shared set-up for the background tests: a fresh fake IndexedDB per test, the real engine.
import type { DBCore } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { compileLexicon, extractClaims, type Claim } from '../../../core/index';
import { start, type Background } from '../../../background/start';
import type { Logger } from '../../../background/deps';
import { createDb, type SanadDb } from '../../../store/db';
import { seedCorpus } from '../../../store/seed-corpus';
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

/** Claims as the content script extracts them, with the lexicon of the seed corpus. */
export function claimsOf(text: string, published = '2024-05-01'): Claim[] {
  const lexicon = compileLexicon(seedCorpus().facts);
  const [y, m, d] = published.split('-').map(Number) as [number, number, number];
  return extractClaims(text, lexicon, { published: { year: y, month: m, day: d } });
}

export function judgeMessage(claims: Claim[], generation = 1, url = 'https://news.example.com/article') {
  return { type: 'sanad/judge', args: { url, published: '2024-05-01', claims, generation } };
}
