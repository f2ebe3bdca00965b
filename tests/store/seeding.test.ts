// Seeding: the first run installs the whole seed corpus; a newer seed merges without ever touching
// what the user edited, deleted or added.
import { SEED_VERSION, seedCorpus } from '../../store/seed-corpus';
import { CorpusRepository } from '../../store/repository';
import { SEED_HASH_KEY, SEED_VERSION_KEY, ensureSeeded } from '../../store/seeding';
import type { SanadDb } from '../../store/db';
import { freshDb, makeDocument, makeFact, makeSeed, snapshot } from './fixtures/corpus';

let db: SanadDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('first run', () => {
  it('inserts every document and fact of the bundled seed corpus', async () => {
    const seed = seedCorpus();
    const result = await ensureSeeded(db);
    expect(result).toMatchObject({ action: 'installed', version: SEED_VERSION, documentsAdded: seed.documents.length, factsAdded: seed.facts.length });
    expect(seed.documents.length).toBeGreaterThan(0);

    const docs = await db.documents.orderBy('id').toArray();
    expect(docs).toEqual([...seed.documents].sort((a, b) => a.id.localeCompare(b.id)));
    for (const doc of docs) {
      expect(doc.origin).toBe('seed');
      expect(doc.text.length).toBeGreaterThan(0);
    }
    const facts = await db.facts.toArray();
    expect(facts.map((f) => f.id).sort()).toEqual(seed.facts.map((f) => f.id).sort());
    for (const fact of facts) expect(fact).toMatchObject({ origin: 'seed', edited: false });
    expect((await db.meta.get(SEED_VERSION_KEY))?.value).toBe(SEED_VERSION);
  });

  it('stores seed facts unchanged apart from origin/edited', async () => {
    const seed = makeSeed();
    const result = await ensureSeeded(db, seed, 1);
    expect(result).toMatchObject({ action: 'installed', documentsAdded: 2, factsAdded: 3 });
    for (const fact of seed.facts) expect(await db.facts.get(fact.id)).toEqual({ ...fact, origin: 'seed', edited: false });
    for (const doc of seed.documents) expect(await db.documents.get(doc.id)).toEqual(doc);
  });

  it('bumps the corpus revision once', async () => {
    const repo = new CorpusRepository(db);
    const heard: number[] = [];
    repo.onChange((r) => heard.push(r));
    await ensureSeeded(db, makeSeed(), 1);
    expect(await repo.getRevision()).toBe(1);
    expect(heard).toEqual([1]);
  });

  it('is a no-op when run again with the same seed', async () => {
    await ensureSeeded(db, makeSeed(), 1);
    const before = await snapshot(db);
    const result = await ensureSeeded(db, makeSeed(), 1);
    expect(result.action).toBe('none');
    expect(await snapshot(db)).toEqual(before);
  });

  it('two concurrent first runs seed once', async () => {
    const [a, b] = await Promise.all([ensureSeeded(db, makeSeed(), 1), ensureSeeded(db, makeSeed(), 1)]);
    expect([a.action, b.action].sort()).toEqual(['installed', 'none']);
    expect(await db.facts.count()).toBe(3);
    expect(await new CorpusRepository(db).getRevision()).toBe(1);
  });
});

describe('seed update (bumped version)', () => {
  async function userChanges(repo: CorpusRepository) {
    const seed = makeSeed();
    // The user edits seed-f1, deletes seed-f2, adds a document and a fact of their own.
    await repo.putFact({ ...seed.facts[0]!, value: 2600, note: 'corrected' });
    await repo.deleteFact('seed-f2');
    await repo.putDocument(makeDocument('user-doc'));
    await repo.putFact(makeFact('user-f1', 'user-doc'));
  }

  function newerSeed() {
    const seed = makeSeed();
    seed.facts[0]!.value = 3000; // edited by the user: must not be applied
    seed.facts[1]!.value = 175; // deleted by the user: must not come back
    seed.facts[2]!.note = 'refined by the curators'; // unedited: updated
    seed.facts.push(makeFact('seed-f4', 'seed-doc-b', { origin: 'seed', value: 900, place: ['SY'] })); // new
    seed.documents[1]!.title = 'Corrected title'; // seed document: updated
    return seed;
  }

  it('adds new seed facts, updates unedited ones, and leaves edited, deleted and user records alone', async () => {
    const repo = new CorpusRepository(db);
    await ensureSeeded(db, makeSeed(), 1);
    await userChanges(repo);
    const edited = await repo.getFact('seed-f1');
    const userFact = await repo.getFact('user-f1');
    const userDoc = await repo.getDocument('user-doc');
    const tombstones = await repo.listTombstones();

    const result = await ensureSeeded(db, newerSeed(), 2);
    expect(result).toMatchObject({ action: 'merged', version: 2, factsAdded: 1, factsUpdated: 1, factsKept: 2, factsRemoved: 0, documentsUpdated: 1 });

    expect(await repo.getFact('seed-f1')).toEqual(edited);
    expect(edited).toMatchObject({ value: 2600, edited: true, origin: 'seed' });
    expect(await repo.getFact('seed-f2')).toBeUndefined();
    expect(await repo.getFact('seed-f3')).toMatchObject({ note: 'refined by the curators', edited: false });
    expect(await repo.getFact('seed-f4')).toMatchObject({ value: 900, origin: 'seed', edited: false });
    expect(await repo.getFact('user-f1')).toEqual(userFact);
    expect(await repo.getDocument('user-doc')).toEqual(userDoc);
    expect((await repo.getDocument('seed-doc-b'))?.title).toBe('Corrected title');
    expect(await repo.listTombstones()).toEqual(tombstones);
    expect((await db.meta.get(SEED_VERSION_KEY))?.value).toBe(2);
  });

  it('removes seed facts the curators withdrew, unless the user edited them', async () => {
    const repo = new CorpusRepository(db);
    await ensureSeeded(db, makeSeed(), 1);
    await repo.putFact({ ...(await repo.getFact('seed-f1'))!, value: 1 });
    const seed = makeSeed();
    seed.facts = seed.facts.filter((f) => f.id === 'seed-f2'); // f1 (edited) and f3 withdrawn
    const result = await ensureSeeded(db, seed, 2);
    expect(result.factsRemoved).toBe(1);
    expect(await repo.getFact('seed-f3')).toBeUndefined();
    expect(await repo.getFact('seed-f1')).toMatchObject({ value: 1, edited: true });
  });

  it('never overwrites a user fact or user document that took a seed id', async () => {
    await db.documents.put(makeDocument('seed-doc-a', { origin: 'user', title: 'mine' }));
    await db.facts.put(makeFact('seed-f1', 'seed-doc-a', { origin: 'user', value: 1 }));
    const result = await ensureSeeded(db, makeSeed(), 1);
    expect(result.factsKept).toBe(1);
    expect(await db.facts.get('seed-f1')).toMatchObject({ origin: 'user', value: 1 });
    expect(await db.documents.get('seed-doc-a')).toMatchObject({ origin: 'user', title: 'mine' });
  });

  it('merges seed data that changed without a version bump (hash), and ignores an older seed', async () => {
    const repo = new CorpusRepository(db);
    await ensureSeeded(db, makeSeed(), 2);
    const changed = makeSeed();
    changed.facts[2]!.value = 2015;
    expect((await ensureSeeded(db, changed, 2)).action).toBe('merged');
    expect((await repo.getFact('seed-f3'))?.value).toBe(2015);

    const before = await snapshot(db);
    const older = makeSeed();
    older.facts.pop();
    expect((await ensureSeeded(db, older, 1)).action).toBe('none');
    expect(await snapshot(db)).toEqual(before);
    expect((await db.meta.get(SEED_VERSION_KEY))?.value).toBe(2);
    expect((await db.meta.get(SEED_HASH_KEY))?.value).toEqual(expect.any(String));
  });

  it('a merge that changes nothing does not bump the revision', async () => {
    const repo = new CorpusRepository(db);
    await ensureSeeded(db, makeSeed(), 1);
    expect(await repo.getRevision()).toBe(1);
    expect((await ensureSeeded(db, makeSeed(), 2)).action).toBe('merged');
    expect(await repo.getRevision()).toBe(1);
  });
});
