// The corpus repository: every read and write of documents and facts goes through here.
// Rules (docs/RELIABILITY.md, security rule 16): every write is ONE explicit rw transaction that
// rethrows (all-or-nothing), never awaits non-IndexedDB work inside it, and bumps the corpus
// revision in the same transaction, so the background knows when to rebuild its match index.
import type { Table } from 'dexie';
import type { Corpus, CorpusDocument, Fact } from '../core/facts/model';
import type { SanadDb } from './db';

export const REVISION_KEY = 'revision';

export type RepositoryErrorCode =
  /** A fact cites a document that is neither stored nor part of the same write. */
  | 'unknown-document'
  /** Two records of one import share an id. */
  | 'duplicate-id'
  /** Seed documents are the trusted sources that seed facts quote by offset: they are read-only. */
  | 'read-only';

export class RepositoryError extends Error {
  override name = 'RepositoryError';
  constructor(
    readonly code: RepositoryErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type ChangeListener = (revision: number) => void;

const listeners = new WeakMap<SanadDb, Set<ChangeListener>>();

/** Reads the corpus revision (0 before the first write). Cheap: one meta get. */
export async function readRevision(db: SanadDb): Promise<number> {
  const row = await db.meta.get(REVISION_KEY);
  return typeof row?.value === 'number' ? row.value : 0;
}

/**
 * Runs `fn` in one rw transaction over `tables` (+ meta) and bumps the corpus revision in it, unless
 * `fn` called `unchanged()`. Errors abort the transaction and are rethrown. Listeners registered
 * with `CorpusRepository.onChange` on the same db hear the new revision after the commit.
 */
export async function writeCorpus<T>(
  db: SanadDb,
  tables: Table[],
  fn: (unchanged: () => void) => Promise<T>,
): Promise<T> {
  let changed = true;
  let revision = 0;
  const result = await db.transaction('rw', [...tables, db.meta], async () => {
    const value = await fn(() => {
      changed = false;
    });
    if (changed) {
      revision = (await readRevision(db)) + 1;
      await db.meta.put({ key: REVISION_KEY, value: revision });
    }
    return value;
  });
  if (changed) {
    for (const listener of listeners.get(db) ?? []) {
      try {
        listener(revision);
      } catch (error) {
        // A broken listener must not turn a committed write into a failure.
        console.error('sanad: corpus change listener failed', error);
      }
    }
  }
  return result;
}

/** JSON with sorted keys, to compare records regardless of key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** True when two facts differ in anything but the bookkeeping fields `edited` and `origin`. */
export function factContentDiffers(a: Fact, b: Fact): boolean {
  const strip = ({ edited: _e, origin: _o, ...rest }: Fact) => rest;
  return canonical(strip(a)) !== canonical(strip(b));
}

function withoutEdited(fact: Fact): Fact {
  const { edited: _e, ...rest } = fact;
  return rest;
}

/**
 * What a user's write of `input` stores, given the fact already stored under its id: a changed seed
 * fact stays a seed fact marked `edited` (seed updates then leave it alone); anything else is a user fact.
 */
function asUserWrite(input: Fact, existing: Fact | undefined): Fact {
  if (existing?.origin === 'seed') {
    const edited = existing.edited === true || factContentDiffers(existing, input);
    return { ...input, origin: 'seed', edited };
  }
  return { ...withoutEdited(input), origin: 'user' };
}

function assertUniqueIds(kind: string, records: { id: string }[]): void {
  const seen = new Set<string>();
  for (const { id } of records) {
    if (seen.has(id)) throw new RepositoryError('duplicate-id', `duplicate ${kind} id "${id}"`);
    seen.add(id);
  }
}

export interface WriteSummary {
  documents: number;
  facts: number;
}

export class CorpusRepository {
  constructor(readonly db: SanadDb) {}

  // ---- reads ----

  listFacts(): Promise<Fact[]> {
    return this.db.facts.toArray();
  }

  getFact(id: string): Promise<Fact | undefined> {
    return this.db.facts.get(id);
  }

  listFactsForDocument(docId: string): Promise<Fact[]> {
    return this.db.facts.where('source.docId').equals(docId).toArray();
  }

  listDocuments(): Promise<CorpusDocument[]> {
    return this.db.documents.toArray();
  }

  getDocument(id: string): Promise<CorpusDocument | undefined> {
    return this.db.documents.get(id);
  }

  /** Ids of seed facts the user deleted. */
  async listTombstones(): Promise<string[]> {
    return (await this.db.tombstones.toArray()).map((t) => t.id);
  }

  /** A consistent snapshot of all documents and facts (one read transaction). */
  exportCorpus(): Promise<Corpus> {
    const { db } = this;
    return db.transaction('r', [db.documents, db.facts], async () => ({
      documents: await db.documents.toArray(),
      facts: await db.facts.toArray(),
    }));
  }

  getRevision(): Promise<number> {
    return readRevision(this.db);
  }

  /**
   * Calls `listener(revision)` after every committed corpus write made through this database object
   * (repository or seeding). Other contexts (the options page writing while the background reads)
   * don't share it: compare `getRevision()` with the revision a cache was built from.
   * Returns the unsubscribe function.
   */
  onChange(listener: ChangeListener): () => void {
    let set = listeners.get(this.db);
    if (!set) listeners.set(this.db, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  // ---- single-record writes ----

  /**
   * Adds or replaces a fact as the user: a seed fact that changes is kept as an edited seed fact;
   * a new id is stored as a user fact. Its source document must exist. Returns what was stored.
   */
  putFact(input: Fact): Promise<Fact> {
    const { db } = this;
    return writeCorpus(db, [db.facts, db.documents], async () => {
      if (!(await db.documents.get(input.source.docId))) {
        throw new RepositoryError('unknown-document', `fact "${input.id}" cites unknown document "${input.source.docId}"`);
      }
      const stored = asUserWrite(input, await db.facts.get(input.id));
      await db.facts.put(stored);
      return stored;
    });
  }

  /** Deletes a fact; a seed fact leaves a tombstone so seed updates never add it back. */
  deleteFact(id: string): Promise<boolean> {
    const { db } = this;
    return writeCorpus(db, [db.facts, db.tombstones], async (unchanged) => {
      const existing = await db.facts.get(id);
      if (!existing) {
        unchanged();
        return false;
      }
      if (existing.origin === 'seed') await db.tombstones.put({ id, deletedAt: new Date().toISOString() });
      await db.facts.delete(id);
      return true;
    });
  }

  /**
   * Undo of deleteFact: puts back exactly the deleted record (a seed fact stays a seed fact) and
   * removes its tombstone, in one transaction.
   */
  restoreFact(fact: Fact): Promise<void> {
    const { db } = this;
    return writeCorpus(db, [db.facts, db.tombstones, db.documents], async () => {
      if (!(await db.documents.get(fact.source.docId))) {
        throw new RepositoryError('unknown-document', `fact "${fact.id}" cites unknown document "${fact.source.docId}"`);
      }
      await db.tombstones.delete(fact.id);
      await db.facts.put(fact);
    });
  }

  /** Adds or replaces a user document. Seed documents are read-only. */
  putDocument(input: CorpusDocument): Promise<CorpusDocument> {
    const { db } = this;
    return writeCorpus(db, [db.documents], async () => {
      const existing = await db.documents.get(input.id);
      if (existing?.origin === 'seed') throw new RepositoryError('read-only', `document "${input.id}" is a seed document`);
      const stored: CorpusDocument = { ...input, origin: 'user' };
      await db.documents.put(stored);
      return stored;
    });
  }

  // ---- bulk writes: all or nothing ----

  /**
   * Merges `corpus` into the stored one, as if the user had written each record: documents and facts
   * are added or replaced; a fact that matches a stored seed fact becomes an edited seed fact when it
   * differs; seed documents already stored are left as they are. One transaction: on any error
   * nothing is written and the error is rethrown.
   */
  async importCorpus(corpus: Corpus): Promise<WriteSummary> {
    const { db } = this;
    assertUniqueIds('document', corpus.documents);
    assertUniqueIds('fact', corpus.facts);
    return writeCorpus(db, [db.documents, db.facts], async () => {
      const docIds = new Set(corpus.documents.map((d) => d.id));
      const existingDocs = await db.documents.bulkGet([...docIds]);
      const documents = corpus.documents
        .filter((_d, i) => existingDocs[i]?.origin !== 'seed')
        .map((d): CorpusDocument => ({ ...d, origin: 'user' }));
      await db.documents.bulkPut(documents);

      const cited = [...new Set(corpus.facts.map((f) => f.source.docId))].filter((id) => !docIds.has(id));
      const citedDocs = await db.documents.bulkGet(cited);
      const missing = cited.find((_id, i) => !citedDocs[i]);
      if (missing !== undefined) throw new RepositoryError('unknown-document', `a fact cites unknown document "${missing}"`);

      const existingFacts = await db.facts.bulkGet(corpus.facts.map((f) => f.id));
      const facts = corpus.facts.map((f, i) => asUserWrite(f, existingFacts[i]));
      await db.facts.bulkPut(facts);
      return { documents: documents.length, facts: facts.length };
    });
  }

  /**
   * Replaces the whole corpus with `corpus`, records kept as given (origin, edited): restoring a
   * backup. Seed facts stored now (or already deleted) that `corpus` lacks become tombstones, so a
   * seed update does not bring them back, and so do `tombstones` (a backup's own list of deleted
   * seed facts). One transaction: on any error nothing changes and the error is rethrown.
   */
  async replaceCorpus(corpus: Corpus, tombstones: readonly string[] = []): Promise<WriteSummary> {
    const { db } = this;
    assertUniqueIds('document', corpus.documents);
    assertUniqueIds('fact', corpus.facts);
    const docIds = new Set(corpus.documents.map((d) => d.id));
    const orphan = corpus.facts.find((f) => !docIds.has(f.source.docId));
    if (orphan) {
      throw new RepositoryError('unknown-document', `fact "${orphan.id}" cites unknown document "${orphan.source.docId}"`);
    }
    return writeCorpus(db, [db.documents, db.facts, db.tombstones], async () => {
      const keep = new Set(corpus.facts.map((f) => f.id));
      const knownSeedIds = [
        ...((await db.facts.where('origin').equals('seed').primaryKeys()) as string[]),
        ...((await db.tombstones.toCollection().primaryKeys()) as string[]),
        ...tombstones,
      ];
      const deletedAt = new Date().toISOString();
      const records = [...new Set(knownSeedIds)].filter((id) => !keep.has(id)).map((id) => ({ id, deletedAt }));
      await db.documents.clear();
      await db.facts.clear();
      await db.tombstones.clear();
      await db.documents.bulkAdd(corpus.documents);
      await db.facts.bulkAdd(corpus.facts);
      await db.tombstones.bulkAdd(records);
      return { documents: corpus.documents.length, facts: corpus.facts.length };
    });
  }
}
