// The database schema as an append-only list of versions. Never edit a shipped entry: add a new one.
// Each upgrader returns its promise (a failed upgrade then aborts and leaves the old version intact)
// and is idempotent over its input. tests/store/upgrade.test.ts opens a v1 database built from a
// frozen copy of v1's declarations (tests/store/fixtures/v1-sample.json) with the current code.
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store declarations for this version; only tables that change need to be listed. `null` deletes a table. */
  stores: Record<string, string | null>;
  /** Data migration from the previous version, run inside the versionchange transaction. */
  upgrade?: (tx: Transaction) => Promise<unknown>;
  /** What changed and why, for reviewers. */
  note: string;
}

/** v1 kept the ids of user-deleted seed facts as one array under this meta key. */
export const V1_DELETED_SEED_FACTS_KEY = 'deletedSeedFacts';

export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    note: 'Initial schema: corpus documents and facts, settings, meta (seedVersion, revision), the packed match index.',
    stores: {
      documents: '&id, origin, published',
      facts: '&id, measure, kind, origin, source.docId',
      settings: '&key',
      meta: '&key',
      index: '&key',
    },
  },
  {
    version: 2,
    note:
      'Tombstones for user-deleted seed facts, one row per id (v1 kept them as one array in meta, read-modify-written on every delete), ' +
      'so a seed update never resurrects them; seed facts get an explicit `edited: false`. ' +
      '`edited` is not indexed: booleans are not valid IndexedDB keys, so such an index would stay empty.',
    stores: {
      tombstones: '&id',
    },
    upgrade: async (tx) => {
      const meta = tx.table('meta');
      const old = (await meta.get(V1_DELETED_SEED_FACTS_KEY)) as { key: string; value?: unknown } | undefined;
      const ids = Array.isArray(old?.value) ? old.value.filter((id): id is string => typeof id === 'string') : [];
      if (ids.length) {
        const deletedAt = new Date(0).toISOString(); // unknown in v1
        await tx.table('tombstones').bulkPut([...new Set(ids)].map((id) => ({ id, deletedAt })));
      }
      await meta.delete(V1_DELETED_SEED_FACTS_KEY);
      await tx
        .table('facts')
        .where('origin')
        .equals('seed')
        .modify((fact: { edited?: unknown }) => {
          if (typeof fact.edited !== 'boolean') fact.edited = false;
        });
    },
  },
];

export const SCHEMA_VERSION = SCHEMA[SCHEMA.length - 1]!.version;

/** Declares every version on `db` (up to `upTo`, for tests that build an old database). */
export function applySchema(db: Dexie, upTo: number = SCHEMA_VERSION): void {
  let previous = 0;
  for (const step of SCHEMA) {
    if (step.version <= previous) throw new Error(`schema: version ${step.version} is not above ${previous}`);
    previous = step.version;
    if (step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
