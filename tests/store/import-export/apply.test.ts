// Export, plan and apply against a real (fake-indexeddb) database: lossless round trips, merge vs
// replace, and all-or-nothing writes when the import fails midway.
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import type { Fact } from '../../../core/facts/model';
import { createDb, type SanadDb } from '../../../store/db';
import { applyImport } from '../../../store/import-export/apply';
import { buildClaimReview, exportClaimReview, exportCorpusJson, exportCorpusText, factValueText, FORMAT_NAME } from '../../../store/import-export/format';
import { parseImport, type ImportParseOk } from '../../../store/import-export/parse';
import { planImport } from '../../../store/import-export/plan';
import { CorpusRepository } from '../../../store/repository';
import { SCHEMA_VERSION } from '../../../store/schema';
import { ensureSeeded } from '../../../store/seeding';
import { freshIndexedDB, makeDocument, makeFact, snapshot } from '../fixtures/corpus';

let idb: ReturnType<typeof freshIndexedDB>;
let db: SanadDb;
let repo: CorpusRepository;
beforeEach(async () => {
  idb = freshIndexedDB();
  db = createDb(idb);
  repo = new CorpusRepository(db);
  await ensureSeeded(db); // the real seed corpus: the validator must accept all of it
});
afterEach(() => db.close());

function parsed(text: string): ImportParseOk {
  const r = parseImport(text);
  if (!r.ok) throw new Error(`${r.code}: ${r.error}`);
  return r;
}

/** What the options page does: parse, plan against the stored corpus, apply. */
async function importText(text: string, mode: 'merge' | 'replace') {
  const r = parseImport(text);
  if (!r.ok) return r;
  const plan = planImport(await repo.exportCorpus(), r, mode);
  await applyImport(repo, plan);
  return r;
}

/** A user's corpus: a user document and fact, an edited seed fact, a deleted seed fact. */
async function personalise(): Promise<void> {
  await repo.putDocument(makeDocument('user-doc', { url: 'https://example.com/u' }));
  const userFact = makeFact('user-fact', 'user-doc', { note: 'mine <b>bold</b>', terms: { measure: ['soldiers'] } });
  const text = makeDocument('user-doc').text;
  userFact.source.start = text.indexOf(userFact.source.quote);
  userFact.source.end = userFact.source.start + userFact.source.quote.length;
  await repo.putFact(userFact);
  const seedFact = (await repo.listFacts()).find((f) => f.origin === 'seed' && f.kind === 'count')!;
  await repo.putFact({ ...seedFact, value: seedFact.value + 1 });
  const other = (await repo.listFacts()).find((f) => f.origin === 'seed' && f.id !== seedFact.id)!;
  await repo.deleteFact(other.id);
}

/** A second connection to the same database whose k-th add/put (any table) fails like a full disk. */
function faultyRepo(k: number): { repo: CorpusRepository; calls: () => number } {
  const target = createDb(idb);
  let calls = 0;
  target.use({
    stack: 'dbcore',
    name: 'fail-kth-write',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest) => {
            if (req.type === 'add' || req.type === 'put') {
              calls++;
              if (calls === k) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            return t.mutate(req);
          },
        };
      },
    }),
  });
  return { repo: new CorpusRepository(target), calls: () => calls };
}

describe('export format', () => {
  test('a versioned file with documents, facts and tombstones', async () => {
    await personalise();
    const file = JSON.parse(await (await exportCorpusJson(repo, new Date('2025-02-03T04:05:06Z'))).text()) as Record<string, unknown>;
    expect(file).toMatchObject({ format: FORMAT_NAME, version: 1, exportedAt: '2025-02-03T04:05:06.000Z', schemaVersion: SCHEMA_VERSION });
    expect((file.documents as unknown[]).length).toBe((await repo.listDocuments()).length);
    expect((file.facts as unknown[]).length).toBe((await repo.listFacts()).length);
    expect(file.tombstones).toEqual(await repo.listTombstones());
    expect((file.tombstones as string[]).length).toBe(1);
  });

  test('ClaimReview items', async () => {
    const graph = (await buildClaimReview(repo))['@graph'];
    expect(graph.length).toBe((await repo.listFacts()).length);
    const troops = graph.find((i) => i['sanad:fact'].kind === 'count')!;
    expect(troops).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: troops['sanad:fact'].source.quote,
      reviewRating: { '@type': 'Rating' },
      itemReviewed: { '@type': 'Claim', appearance: { '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: troops['sanad:fact'].source.outlet } } },
      datePublished: troops['sanad:fact'].asOf,
    });
    const blob = await exportClaimReview(repo);
    expect(blob.type).toBe('application/ld+json');
  });

  test('value texts', () => {
    expect(factValueText(makeFact('a', 'd', { qualifier: 'exact', value: 2500 }))).toBe('2,500 (as of 2024-01-18)');
    expect(factValueText(makeFact('a', 'd', { qualifier: 'gt', value: 130 }))).toBe('more than 130 (as of 2024-01-18)');
    expect(factValueText(makeFact('a', 'd', { qualifier: 'range', value: 2000, min: 2000, max: 2500 }))).toBe('between 2,000 and 2,500 (as of 2024-01-18)');
    expect(factValueText(makeFact('a', 'd', { kind: 'date', value: 2023, date: { year: 2023, month: 8 } }))).toBe('August 2023 (as of 2024-01-18)');
  });
});

describe('round trips', () => {
  test('export → replace gives an identical corpus, after later edits', async () => {
    await personalise();
    const before = await repo.exportCorpus();
    const tombstones = await repo.listTombstones();
    const text = await exportCorpusText(repo);
    expect(parsed(text).problems).toEqual([]);

    // Later changes that the restore must undo.
    await repo.putDocument(makeDocument('later-doc'));
    await repo.putFact(makeFact('later-fact', 'later-doc'));
    await repo.deleteFact('user-fact');
    const seedFact = before.facts.find((f) => f.origin === 'seed' && !f.edited)!;
    await repo.putFact({ ...seedFact, value: 7 });

    await importText(text, 'replace');
    const after = await repo.exportCorpus();
    const sort = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(sort(after.documents)).toEqual(sort(before.documents));
    expect(sort(after.facts)).toEqual(sort(before.facts));
    expect((await repo.listTombstones()).sort()).toEqual([...tombstones].sort());
  });

  test('export → replace into another (freshly seeded) database gives the same corpus', async () => {
    await personalise();
    const before = await repo.exportCorpus();
    const text = await exportCorpusText(repo);
    const other = createDb(freshIndexedDB());
    await ensureSeeded(other);
    const otherRepo = new CorpusRepository(other);
    const r = parsed(text);
    await applyImport(otherRepo, planImport(await otherRepo.exportCorpus(), r, 'replace'));
    const after = await otherRepo.exportCorpus();
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(after.documents.sort(byId)).toEqual(before.documents.sort(byId));
    expect(after.facts.sort(byId)).toEqual(before.facts.sort(byId));
    expect(await otherRepo.listTombstones()).toEqual(await repo.listTombstones());
    other.close();
  });

  test('ClaimReview export → re-import gives the same facts', async () => {
    await personalise();
    const facts = await repo.listFacts();
    const r = parsed(await (await exportClaimReview(repo)).text());
    expect(r.format).toBe('claimreview');
    expect(r.problems).toEqual([]);
    const byId = (a: Fact, b: Fact) => a.id.localeCompare(b.id);
    expect([...r.facts].sort(byId)).toEqual([...facts].sort(byId));

    // Merged back after the user facts were deleted: restored (as user records).
    await repo.deleteFact('user-fact');
    const edited = facts.find((f) => f.edited)!;
    await repo.putFact({ ...edited, value: 1 });
    const plan = planImport(await repo.exportCorpus(), r, 'merge');
    expect(plan.add.map((f) => f.id)).toEqual(['user-fact']);
    expect(plan.change.map((c) => c.after.id)).toEqual([edited.id]);
    await applyImport(repo, plan);
    const strip = ({ origin: _o, edited: _e, ...rest }: Fact) => rest;
    expect((await repo.listFacts()).sort(byId).map(strip)).toEqual([...facts].sort(byId).map(strip));
    expect(await repo.getFact(edited.id)).toMatchObject({ origin: 'seed', edited: true, value: edited.value });
  });
});

describe('failed imports leave the corpus unchanged', () => {
  test('invalid JSON: clear error, nothing written', async () => {
    const before = await snapshot(db);
    const r = await importText('{"format": "sanad-corpus", "facts": [', 'replace');
    expect(r).toMatchObject({ ok: false, code: 'invalid-json' });
    expect(await snapshot(db)).toEqual(before);
  });

  test('a file from a newer version: nothing written', async () => {
    const before = await snapshot(db);
    const text = JSON.stringify({ format: FORMAT_NAME, version: 99, documents: [], facts: [] });
    expect(await importText(text, 'replace')).toMatchObject({ ok: false, code: 'newer-version' });
    expect(await snapshot(db)).toEqual(before);
  });

  test.each([1, 2, 3, 4])('replace: the %i-th write fails (browser closed, disk full) → exactly as before', async (k) => {
    await personalise();
    const text = await exportCorpusText(repo);
    await repo.putDocument(makeDocument('later-doc'));
    await repo.putFact(makeFact('later-fact', 'later-doc'));
    const before = await snapshot(db);
    const faulty = faultyRepo(k);
    const r = parsed(text);
    const plan = planImport(await faulty.repo.exportCorpus(), r, 'replace');
    await expect(applyImport(faulty.repo, plan)).rejects.toThrow();
    expect(faulty.calls()).toBe(k);
    faulty.repo.db.close();
    expect(await snapshot(db)).toEqual(before);
  });

  test.each([1, 2, 3])('merge: the %i-th write fails → exactly as before', async (k) => {
    const text = JSON.stringify({
      format: FORMAT_NAME,
      version: 1,
      documents: [makeDocument('new-doc')],
      facts: [makeFact('new-1', 'new-doc'), makeFact('new-2', 'new-doc', { value: 3 })],
    });
    const before = await snapshot(db);
    const faulty = faultyRepo(k);
    const plan = planImport(await faulty.repo.exportCorpus(), parsed(text), 'merge');
    await expect(applyImport(faulty.repo, plan)).rejects.toThrow();
    faulty.repo.db.close();
    expect(await snapshot(db)).toEqual(before);
  });

  test('the database closed under the import → exactly as before', async () => {
    const text = JSON.stringify({ format: FORMAT_NAME, version: 1, documents: [makeDocument('new-doc')], facts: [makeFact('new-1', 'new-doc')] });
    const before = await snapshot(db);
    const other = createDb(idb);
    const otherRepo = new CorpusRepository(other);
    const plan = planImport(await otherRepo.exportCorpus(), parsed(text), 'merge');
    other.close();
    await expect(applyImport(otherRepo, plan)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('plans', () => {
  const base = () => ({
    documents: [makeDocument('d1'), makeDocument('seed-d', { origin: 'seed' })],
    facts: [makeFact('a', 'd1'), makeFact('b', 'd1'), makeFact('s', 'seed-d', { origin: 'seed' })],
  });

  test('merge: new added, identical skipped, differing changed, unknown document skipped, nothing removed', () => {
    const incoming = {
      documents: [makeDocument('d2'), makeDocument('seed-d', { origin: 'user', title: 'mine' })],
      facts: [makeFact('a', 'd1'), makeFact('b', 'd1', { value: 9 }), makeFact('c', 'd2'), makeFact('x', 'nowhere'), makeFact('s', 'seed-d', { origin: 'user' })],
    };
    const plan = planImport(base(), incoming, 'merge');
    expect(plan.add.map((f) => f.id)).toEqual(['c']);
    expect(plan.change.map((c) => [c.before.value, c.after.value])).toEqual([[2500, 9]]);
    expect(plan.skip.map((s) => [s.fact.id, s.code])).toEqual([
      ['a', 'identical'],
      ['x', 'unknown-document'],
      ['s', 'identical'],
    ]);
    expect(plan.skip[1]!.reason).toMatch(/"nowhere"/);
    expect(plan.remove).toEqual([]);
    expect(plan.documents.add.map((d) => d.id)).toEqual(['d2']);
    expect(plan.documents.skip.map((s) => [s.document.id, s.code])).toEqual([['seed-d', 'read-only']]);
  });

  test('replace: everything absent from the file is removed; facts need a document in the file', () => {
    const incoming = { documents: [makeDocument('d1')], facts: [makeFact('a', 'd1'), makeFact('c', 'd1'), makeFact('s', 'seed-d', { origin: 'seed' })] };
    const plan = planImport(base(), incoming, 'replace');
    expect(plan.add.map((f) => f.id)).toEqual(['c']);
    expect(plan.keep.map((f) => f.id)).toEqual(['a']);
    expect(plan.skip.map((s) => [s.fact.id, s.code])).toEqual([['s', 'unknown-document']]);
    expect(plan.remove.map((f) => f.id)).toEqual(['b', 's']);
    expect(plan.documents.remove.map((d) => d.id)).toEqual(['seed-d']);
    expect(plan.documents.keep.map((d) => d.id)).toEqual(['d1']);
  });

  test('merge applied: skipped facts are not written, the rest is', async () => {
    const incoming = { documents: [makeDocument('d9')], facts: [makeFact('n1', 'd9'), makeFact('n2', 'missing-doc')] };
    const plan = planImport(await repo.exportCorpus(), incoming, 'merge');
    const revision = await repo.getRevision();
    expect(await applyImport(repo, plan)).toEqual({ documents: 1, facts: 1 });
    expect(await repo.getFact('n1')).toBeDefined();
    expect(await repo.getFact('n2')).toBeUndefined();
    expect(await repo.getRevision()).toBe(revision + 1);
  });

  test('a merge that changes nothing writes nothing', async () => {
    const current = await repo.exportCorpus();
    const revision = await repo.getRevision();
    expect(await applyImport(repo, { documents: [], facts: current.facts.slice(0, 3) }, 'merge')).toEqual({ documents: 0, facts: 0 });
    expect(await repo.getRevision()).toBe(revision);
  });
});
