// Puts the bundled seed corpus into the database on first run, and merges newer seed data later
// without ever overriding the user: edited seed facts, deleted (tombstoned) seed facts and user
// records are left alone. Safe to call on every start: a no-op when the stored seed is current.
import type { Corpus, CorpusDocument, Fact } from '../core/facts/model';
import { SEED_VERSION, seedCorpus } from './seed-corpus';
import type { SanadDb } from './db';
import { factContentDiffers, writeCorpus } from './repository';

export const SEED_VERSION_KEY = 'seedVersion';
export const SEED_HASH_KEY = 'seedHash';

export interface SeedResult {
  /** 'installed' on first run, 'merged' on a seed update, 'none' when already current. */
  action: 'installed' | 'merged' | 'none';
  /** The seed version stored after the call. */
  version: number;
  documentsAdded: number;
  documentsUpdated: number;
  factsAdded: number;
  factsUpdated: number;
  /** Unedited seed facts that the new seed no longer has (retracted by the curators). */
  factsRemoved: number;
  /** Seed facts left alone: edited or deleted by the user, or an id taken by a user fact. */
  factsKept: number;
}

/** FNV-1a over the seed's JSON: detects seed data that changed without a SEED_VERSION bump. */
export function seedHash(seed: Corpus): string {
  const text = JSON.stringify(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(16)}`;
}

function sameDocument(a: CorpusDocument, b: CorpusDocument): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof CorpusDocument>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * Seeds or updates the seed corpus in one transaction. Merges when `seedVersion` is above the
 * stored one, or equal with different seed data; an older `seedVersion` (a downgrade) changes nothing.
 */
export async function ensureSeeded(
  db: SanadDb,
  seed: Corpus = seedCorpus(),
  seedVersion: number = SEED_VERSION,
): Promise<SeedResult> {
  const hash = seedHash(seed);
  return writeCorpus(db, [db.documents, db.facts, db.tombstones], async (unchanged) => {
    const storedVersion = (await db.meta.get(SEED_VERSION_KEY))?.value;
    const storedHash = (await db.meta.get(SEED_HASH_KEY))?.value;
    const firstRun = typeof storedVersion !== 'number';
    const result: SeedResult = {
      action: 'none',
      version: firstRun ? seedVersion : storedVersion,
      documentsAdded: 0,
      documentsUpdated: 0,
      factsAdded: 0,
      factsUpdated: 0,
      factsRemoved: 0,
      factsKept: 0,
    };
    if (!firstRun && (storedVersion > seedVersion || (storedVersion === seedVersion && storedHash === hash))) {
      unchanged();
      return result;
    }

    // Documents: add missing ones, refresh seed ones; an id taken by a user document is left alone.
    const storedDocs = await db.documents.bulkGet(seed.documents.map((d) => d.id));
    const docWrites: CorpusDocument[] = [];
    seed.documents.forEach((doc, i) => {
      const stored = storedDocs[i];
      const next: CorpusDocument = { ...doc, origin: 'seed' };
      if (!stored) result.documentsAdded++;
      else if (stored.origin === 'seed' && !sameDocument(stored, next)) result.documentsUpdated++;
      else return;
      docWrites.push(next);
    });
    await db.documents.bulkPut(docWrites);

    // Facts.
    const ids = seed.facts.map((f) => f.id);
    const [storedFacts, tombstones] = await Promise.all([db.facts.bulkGet(ids), db.tombstones.bulkGet(ids)]);
    const factWrites: Fact[] = [];
    seed.facts.forEach((fact, i) => {
      const stored = storedFacts[i];
      const next: Fact = { ...fact, origin: 'seed', edited: false };
      if (tombstones[i] || (stored && (stored.origin !== 'seed' || stored.edited === true))) {
        result.factsKept++;
        return;
      }
      if (!stored) result.factsAdded++;
      else if (factContentDiffers(stored, next)) result.factsUpdated++;
      else return;
      factWrites.push(next);
    });
    await db.facts.bulkPut(factWrites);

    // Seed facts the curators withdrew go too, unless the user edited them (then they are the user's).
    const seedIds = new Set(ids);
    const withdrawn = (await db.facts.where('origin').equals('seed').toArray())
      .filter((f) => !seedIds.has(f.id) && f.edited !== true)
      .map((f) => f.id);
    await db.facts.bulkDelete(withdrawn);
    result.factsRemoved = withdrawn.length;

    await db.meta.put({ key: SEED_VERSION_KEY, value: seedVersion });
    await db.meta.put({ key: SEED_HASH_KEY, value: hash });
    result.version = seedVersion;
    result.action = firstRun ? 'installed' : 'merged';
    const changes =
      result.documentsAdded + result.documentsUpdated + result.factsAdded + result.factsUpdated + result.factsRemoved;
    if (changes === 0) unchanged();
    return result;
  });
}
