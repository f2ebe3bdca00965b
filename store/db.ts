// The extension's IndexedDB database ('sanad'), opened by the background and the options page only:
// an IndexedDB opened by a content script would belong to the page's origin.
import Dexie, { type Table } from 'dexie';
import type { CorpusDocument, Fact } from '../core/facts/model';
import { applySchema } from './schema';

export const DB_NAME = 'sanad';

/** A settings row; values are validated by store/settings.ts on the way in and out. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Bookkeeping: `seedVersion`, `seedHash`, `revision`. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * A derived, rebuildable cache (the background's packed match index). Never user data: deleting a
 * row only costs a rebuild. `revision` is the corpus revision the record was built from.
 */
export interface IndexRecord {
  key: string;
  revision: number;
  [field: string]: unknown;
}

/** A seed fact the user deleted: seed updates never add it back. */
export interface Tombstone {
  id: string;
  /** ISO timestamp; the epoch for tombstones migrated from v1. */
  deletedAt: string;
}

export interface DbOptions {
  name?: string;
  /** Injected IndexedDB (tests pass a fresh `new IDBFactory()` from fake-indexeddb). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class SanadDb extends Dexie {
  documents!: Table<CorpusDocument, string>;
  facts!: Table<Fact, string>;
  settings!: Table<SettingRecord, string>;
  meta!: Table<MetaRecord, string>;
  index!: Table<IndexRecord, string>;
  tombstones!: Table<Tombstone, string>;

  constructor(options: DbOptions = {}) {
    super(options.name ?? DB_NAME, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
      // Every write here is user-authored or seed data: flush it to disk before reporting success.
      chromeTransactionDurability: 'strict',
    });
    applySchema(this);
    // On 'versionchange' (another context upgrades the schema) Dexie closes this connection and
    // reopens it on the next query; nothing to add. A 'blocked' upgrade waits for the others to close.
  }
}

export function createDb(options: DbOptions = {}): SanadDb {
  return new SanadDb(options);
}

export type DbErrorKind =
  /** The database was written by a newer Sanad: ask the user to update; never delete it. */
  | 'newer-version'
  /** IndexedDB is missing or refuses to open (e.g. some private-browsing modes). */
  | 'unavailable'
  /** Out of disk quota, possibly wrapped in an AbortError. */
  | 'quota'
  /** The connection was closed or the database deleted under us: retry after reopening. */
  | 'closed'
  | 'unknown';

/** Names a storage failure so callers can answer "corpus unavailable" and show the right hint. */
export function classifyDbError(error: unknown): DbErrorKind {
  const seen = new Set<unknown>();
  let e: unknown = error;
  const names: string[] = [];
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.includes('VersionError')) return 'newer-version';
  if (names.includes('DatabaseClosedError')) return 'closed';
  if (names.some((n) => n === 'MissingAPIError' || n === 'OpenFailedError' || n === 'InvalidStateError')) return 'unavailable';
  return 'unknown';
}
