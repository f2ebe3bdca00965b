// Schema upgrades (RELIABILITY M01, M02, M04, S05): a database written by an older schema opens with
// the current code with every record intact and migrated; a failing upgrade leaves the old data.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DB_NAME, classifyDbError, createDb } from '../../store/db';
import { SCHEMA, SCHEMA_VERSION, V1_DELETED_SEED_FACTS_KEY } from '../../store/schema';
import { CorpusRepository } from '../../store/repository';
import { ensureSeeded } from '../../store/seeding';
import { getSettings } from '../../store/settings';
import v1 from './fixtures/v1-sample.json';
import { makeSeed } from './fixtures/corpus';

type Rows = Record<string, Record<string, unknown>[]>;

/** Writes the v1 sample with v1's frozen declarations (not with store/schema.ts, which may drift). */
async function writeV1(indexedDB: IDBFactory): Promise<void> {
  const raw = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
  raw.version(1).stores(v1.stores);
  await raw.open();
  await raw.transaction('rw', raw.tables, async () => {
    for (const [name, rows] of Object.entries(v1.tables as unknown as Rows)) await raw.table(name).bulkAdd(rows);
  });
  raw.close();
}

function byId<T extends { id: string }>(rows: T[]): Record<string, T> {
  return Object.fromEntries(rows.map((r) => [r.id, r]));
}

describe('schema', () => {
  it('keeps v1 exactly as shipped (append-only)', () => {
    expect(SCHEMA[0]).toMatchObject({ version: 1, stores: v1.stores });
    expect(SCHEMA_VERSION).toBe(SCHEMA[SCHEMA.length - 1]!.version);
    const versions = SCHEMA.map((s) => s.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });
});

describe('upgrade from v1', () => {
  it('opens a v1 database with every record intact and migrated', async () => {
    const indexedDB = new IDBFactory();
    await writeV1(indexedDB);

    const db = createDb({ indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

    // Documents: untouched.
    expect(await db.documents.toArray()).toEqual(expect.arrayContaining(v1.tables.documents));
    expect(await db.documents.count()).toBe(v1.tables.documents.length);

    // Facts: same records; unedited seed facts gained edited:false, others are as they were.
    const facts = byId(await db.facts.toArray());
    expect(Object.keys(facts).sort()).toEqual(v1.tables.facts.map((f) => f.id).sort());
    for (const old of v1.tables.facts) {
      const expected = old.origin === 'seed' && !('edited' in old) ? { ...old, edited: false } : old;
      expect(facts[old.id]).toEqual(expected);
    }
    // Indexes declared in v1 still answer.
    expect((await db.facts.where('source.docId').equals('user-doc-1').toArray()).map((f) => f.id)).toEqual(['user-fact-1']);

    // v1's deleted-seed-facts array became tombstones (deduplicated) and the meta key is gone.
    expect((await db.tombstones.toArray()).map((t) => t.id).sort()).toEqual(['seed-001-deleted', 'seed-002-deleted']);
    expect(await db.meta.get(V1_DELETED_SEED_FACTS_KEY)).toBeUndefined();

    // Meta, settings and the index cache survive.
    expect(await db.meta.get('revision')).toEqual({ key: 'revision', value: 7 });
    expect(await db.meta.get('seedVersion')).toEqual({ key: 'seedVersion', value: 1 });
    expect(await db.index.toArray()).toEqual(v1.tables.index);
    expect(await getSettings(db)).toEqual({ markConsistent: true, disabledSites: ['example.com'], uiLanguage: 'ar' });

    // The repository works on the migrated data, and the revision continues from v1's.
    const repo = new CorpusRepository(db);
    expect(await repo.deleteFact('seed-000-troops')).toBe(true);
    expect(await repo.getRevision()).toBe(8);
    db.close();
  });

  it('a seed merge after the upgrade honours v1 deletions and edits', async () => {
    const indexedDB = new IDBFactory();
    await writeV1(indexedDB);
    const db = createDb({ indexedDB, IDBKeyRange });
    const seed = makeSeed();
    seed.documents.push({ ...v1.tables.documents[0]!, origin: 'seed' } as (typeof seed.documents)[number]);
    const deleted = { ...seed.facts[0]!, id: 'seed-001-deleted' };
    const edited = { ...seed.facts[1]!, id: 'seed-000-edited', source: { ...seed.facts[1]!.source, docId: 'seed-000' } };
    seed.facts.push(deleted, edited);

    const result = await ensureSeeded(db, seed, 2);
    expect(result.action).toBe('merged');
    expect(await db.facts.get('seed-001-deleted')).toBeUndefined();
    expect(await db.facts.get('seed-000-edited')).toEqual(v1.tables.facts[1]);
    expect(await db.facts.get('user-fact-1')).toEqual(v1.tables.facts[2]);
    db.close();
  });

  it('runs the upgrade once: reopening changes nothing', async () => {
    const indexedDB = new IDBFactory();
    await writeV1(indexedDB);
    const first = createDb({ indexedDB, IDBKeyRange });
    await first.open();
    const facts = await first.facts.toArray();
    const tombstones = await first.tombstones.toArray();
    first.close();

    const second = createDb({ indexedDB, IDBKeyRange });
    expect(await second.facts.toArray()).toEqual(facts);
    expect(await second.tombstones.toArray()).toEqual(tombstones);
    second.close();
  });

  it('a failing upgrade leaves the v1 database and its data as they were; a later fixed upgrade succeeds', async () => {
    const indexedDB = new IDBFactory();
    await writeV1(indexedDB);

    const broken = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
    broken.version(1).stores(v1.stores);
    broken
      .version(2)
      .stores({ tombstones: '&id' })
      .upgrade(async (tx) => {
        await tx.table('tombstones').put({ id: 'half-done', deletedAt: '' });
        throw new Error('upgrader failed at record k');
      });
    await expect(broken.open()).rejects.toThrow();
    broken.close();

    const raw = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
    await raw.open(); // dynamic mode: opens whatever version is installed
    expect(raw.verno).toBe(1);
    expect(raw.tables.map((t) => t.name).sort()).toEqual(Object.keys(v1.stores).sort());
    expect(await raw.table('facts').toArray()).toEqual(expect.arrayContaining(v1.tables.facts));
    expect(await raw.table('meta').get(V1_DELETED_SEED_FACTS_KEY)).toBeDefined();
    raw.close();

    const db = createDb({ indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.tombstones.count()).toBe(2);
    db.close();
  });
});

describe('a database from a newer Sanad (downgrade)', () => {
  it('is never deleted: data written by the newer schema survives opening with this code', async () => {
    const indexedDB = new IDBFactory();
    const newer = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
    for (const step of SCHEMA) newer.version(step.version).stores(step.stores);
    newer.version(SCHEMA_VERSION + 1).stores({ facts: '&id, measure, kind, origin, source.docId, asOf', extra: '&id' });
    await newer.open();
    await newer.table('extra').put({ id: 'x' });
    await newer.table('documents').put({ id: 'doc', origin: 'user' });
    newer.close();

    const db = createDb({ indexedDB, IDBKeyRange });
    let kind: string | null = null;
    try {
      await db.open();
    } catch (error) {
      kind = classifyDbError(error);
    }
    // Dexie 4 may open a newer database whose declared tables are compatible; if it refuses,
    // the error is recognised as 'newer-version'. Either way the data is still there.
    if (kind !== null) expect(kind).toBe('newer-version');
    db.close();

    const check = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
    await check.open();
    expect(await check.table('extra').get('x')).toEqual({ id: 'x' });
    expect(await check.table('documents').get('doc')).toEqual({ id: 'doc', origin: 'user' });
    check.close();
  });
});
