// The corpus repository: user edits of seed facts, tombstones, all-or-nothing bulk writes, revision.
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import type { Fact } from '../../core/facts/model';
import { classifyDbError, createDb, type SanadDb } from '../../store/db';
import { CorpusRepository, RepositoryError } from '../../store/repository';
import { ensureSeeded } from '../../store/seeding';
import { freshDb, freshIndexedDB, makeDocument, makeFact, makeSeed, snapshot } from './fixtures/corpus';

let idb: ReturnType<typeof freshIndexedDB>;
let db: SanadDb;
let repo: CorpusRepository;
beforeEach(async () => {
  idb = freshIndexedDB();
  db = createDb(idb);
  repo = new CorpusRepository(db);
  await ensureSeeded(db, makeSeed(), 1);
});
afterEach(() => db.close());

/** A second connection to the test database whose every add/put on `table` fails like a full disk. */
function faultyRepository(table: string): CorpusRepository {
  const target = createDb(idb);
  target.use({
    stack: 'dbcore',
    name: 'fault-injection',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== table) return t;
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest) =>
            req.type === 'add' || req.type === 'put'
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : t.mutate(req),
        };
      },
    }),
  });
  return new CorpusRepository(target);
}

describe('facts', () => {
  it('stores a new fact as a user fact', async () => {
    await repo.putDocument(makeDocument('d1'));
    const stored = await repo.putFact(makeFact('f1', 'd1', { origin: 'seed', edited: true }));
    expect(stored).toMatchObject({ origin: 'user' });
    expect(stored).not.toHaveProperty('edited');
    expect(await repo.getFact('f1')).toEqual(stored);
  });

  it('a user edit of a seed fact keeps it a seed fact marked edited', async () => {
    const seedFact = (await repo.getFact('seed-f1'))!;
    const stored = await repo.putFact({ ...seedFact, value: 2700, origin: 'user' });
    expect(stored).toMatchObject({ id: 'seed-f1', value: 2700, origin: 'seed', edited: true });
    expect(await repo.getFact('seed-f1')).toEqual(stored);
  });

  it('saving a seed fact unchanged does not mark it edited (key order ignored)', async () => {
    const seedFact = (await repo.getFact('seed-f1'))!;
    const reordered = Object.fromEntries(Object.entries(seedFact).reverse()) as unknown as Fact;
    expect(await repo.putFact(reordered)).toMatchObject({ edited: false });
  });

  it('refuses a fact whose source document does not exist', async () => {
    const before = await snapshot(db);
    await expect(repo.putFact(makeFact('f1', 'nope'))).rejects.toMatchObject({ code: 'unknown-document' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('deleting a seed fact leaves a tombstone; deleting a user fact does not', async () => {
    await repo.putDocument(makeDocument('d1'));
    await repo.putFact(makeFact('f1', 'd1'));
    expect(await repo.deleteFact('seed-f1')).toBe(true);
    expect(await repo.deleteFact('f1')).toBe(true);
    expect(await repo.listTombstones()).toEqual(['seed-f1']);
    expect(await repo.getFact('seed-f1')).toBeUndefined();
    expect(await repo.deleteFact('missing')).toBe(false);
  });

  it('restoring a deleted seed fact puts the exact record back and lifts its tombstone', async () => {
    const original = (await repo.getFact('seed-f1'))!;
    const revision = await repo.getRevision();
    await repo.deleteFact('seed-f1');
    await repo.restoreFact(original);
    expect(await repo.getFact('seed-f1')).toEqual(original);
    expect(await repo.listTombstones()).toEqual([]);
    expect(await repo.getRevision()).toBeGreaterThan(revision + 1);
  });

  it('refuses to restore a fact whose document is gone, changing nothing', async () => {
    const before = await snapshot(db);
    await expect(repo.restoreFact(makeFact('f9', 'nope'))).rejects.toMatchObject({ code: 'unknown-document' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('lists facts by document', async () => {
    expect((await repo.listFactsForDocument('seed-doc-a')).map((f) => f.id).sort()).toEqual(['seed-f1', 'seed-f2']);
  });
});

describe('documents', () => {
  it('stores user documents and keeps seed documents read-only', async () => {
    const doc = await repo.putDocument(makeDocument('d1', { origin: 'seed' }));
    expect(doc.origin).toBe('user');
    expect(await repo.getDocument('d1')).toEqual(doc);
    await expect(repo.putDocument(makeDocument('seed-doc-a', { title: 'x' }))).rejects.toBeInstanceOf(RepositoryError);
    expect((await repo.getDocument('seed-doc-a'))?.title).toBe('Document seed-doc-a');
    expect((await repo.listDocuments()).length).toBe(3);
  });
});

describe('revision', () => {
  it('bumps once per committed write, in the same transaction, and tells listeners after the commit', async () => {
    const heard: number[] = [];
    const off = repo.onChange((r) => heard.push(r));
    const start = await repo.getRevision();
    await repo.putDocument(makeDocument('d1'));
    await repo.putFact(makeFact('f1', 'd1'));
    await repo.deleteFact('f1');
    expect(await repo.getRevision()).toBe(start + 3);
    expect(heard).toEqual([start + 1, start + 2, start + 3]);

    await repo.deleteFact('f1'); // nothing to delete: no write, no bump
    await expect(repo.putFact(makeFact('f2', 'nope'))).rejects.toThrow(); // failed: no bump
    expect(await repo.getRevision()).toBe(start + 3);
    expect(heard).toHaveLength(3);

    off();
    await repo.putDocument(makeDocument('d2'));
    expect(heard).toHaveLength(3);
  });

  it('a throwing listener does not fail the write', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    repo.onChange(() => {
      throw new Error('listener bug');
    });
    await expect(repo.putDocument(makeDocument('d1'))).resolves.toMatchObject({ id: 'd1' });
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('import (merge)', () => {
  it('adds and replaces records in one go; an import of a changed seed fact marks it edited', async () => {
    const seedFact = (await repo.getFact('seed-f2'))!;
    const summary = await repo.importCorpus({
      documents: [makeDocument('d1'), makeDocument('seed-doc-a', { title: 'ignored: seed documents are read-only' })],
      facts: [makeFact('f1', 'd1'), makeFact('f2', 'seed-doc-b'), { ...seedFact, value: 999 }],
    });
    expect(summary).toEqual({ documents: 1, facts: 3 });
    expect((await repo.getDocument('seed-doc-a'))?.title).toBe('Document seed-doc-a');
    expect(await repo.getFact('f2')).toMatchObject({ origin: 'user' });
    expect(await repo.getFact('seed-f2')).toMatchObject({ value: 999, origin: 'seed', edited: true });
  });

  it('rejects duplicate ids and facts citing unknown documents, changing nothing', async () => {
    const before = await snapshot(db);
    await expect(repo.importCorpus({ documents: [], facts: [makeFact('x', 'seed-doc-a'), makeFact('x', 'seed-doc-a')] })).rejects.toMatchObject({
      code: 'duplicate-id',
    });
    await expect(repo.importCorpus({ documents: [makeDocument('d1')], facts: [makeFact('f1', 'nope')] })).rejects.toMatchObject({
      code: 'unknown-document',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('an import that fails midway inside IndexedDB leaves the corpus exactly as before', async () => {
    const before = await snapshot(db);
    const bad = makeFact('f-bad', 'd1', { note: (() => 'functions cannot be stored') as unknown as string });
    await expect(
      repo.importCorpus({ documents: [makeDocument('d1')], facts: [makeFact('f1', 'd1'), bad] }),
    ).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('a storage fault after the documents were written rolls everything back and is recognised as quota', async () => {
    const before = await snapshot(db);
    const faulty = faultyRepository('facts');
    const heard: number[] = [];
    faulty.onChange((r) => heard.push(r));
    const error = await faulty.importCorpus({ documents: [makeDocument('d1')], facts: [makeFact('f1', 'd1')] }).catch((e: unknown) => e);
    expect(classifyDbError(error)).toBe('quota');
    expect(heard).toEqual([]);
    faulty.db.close();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('replace and export', () => {
  it('replaces the whole corpus; seed facts it lacks become tombstones', async () => {
    await repo.deleteFact('seed-f3');
    const corpus = {
      documents: [makeDocument('seed-doc-a', { origin: 'seed' }), makeDocument('d1')],
      facts: [makeFact('seed-f1', 'seed-doc-a', { origin: 'seed', edited: true, value: 1 }), makeFact('f1', 'd1')],
    };
    expect(await repo.replaceCorpus(corpus)).toEqual({ documents: 2, facts: 2 });
    expect(await repo.exportCorpus()).toEqual({
      documents: [...corpus.documents].sort((a, b) => a.id.localeCompare(b.id)),
      facts: [...corpus.facts].sort((a, b) => a.id.localeCompare(b.id)),
    });
    expect((await repo.listTombstones()).sort()).toEqual(['seed-f2', 'seed-f3']);

    // The next seed update does not bring back what the replacement dropped.
    await ensureSeeded(db, makeSeed(), 2);
    expect(await repo.getFact('seed-f2')).toBeUndefined();
    expect(await repo.getFact('seed-f1')).toMatchObject({ value: 1, edited: true });
  });

  it('export → replace on a fresh database reproduces the corpus', async () => {
    await repo.putDocument(makeDocument('d1'));
    await repo.putFact(makeFact('f1', 'd1'));
    const exported = await repo.exportCorpus();
    const other = freshDb();
    await new CorpusRepository(other).replaceCorpus(exported);
    expect(await new CorpusRepository(other).exportCorpus()).toEqual(exported);
    other.close();
  });

  it('a replace that fails midway leaves the corpus exactly as before', async () => {
    const before = await snapshot(db);
    await expect(repo.replaceCorpus({ documents: [makeDocument('d1')], facts: [makeFact('f1', 'nope')] })).rejects.toMatchObject({
      code: 'unknown-document',
    });
    const faulty = faultyRepository('facts');
    await expect(faulty.replaceCorpus({ documents: [makeDocument('d1')], facts: [makeFact('f1', 'd1')] })).rejects.toThrow();
    faulty.db.close();
    expect(await snapshot(db)).toEqual(before);
  });
});
