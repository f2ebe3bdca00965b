// The background's match index: {FactIndex, lexicon} for the current corpus revision.
// Derived data only, rebuildable at any time (the worker may die between any two messages):
//   1. memory: a cache keyed by corpus revision (one cheap meta read per request checks it);
//   2. IndexedDB: one packed record {key:'packed', revision, format, facts} in the `index` table, so a
//      cold worker reads one record instead of every fact (PERFORMANCE.md: packed index);
//   3. the facts table: read in full only when the packed record is missing or stale.
import { compileLexicon, FactIndex, type CompiledLexicon, type Fact } from '../core/index';
import type { IndexRecord, SanadDb } from '../store/db';
import { readRevision } from '../store/repository';
import type { Clock, Logger } from './deps';
import type { Ready } from './ready';

export const PACKED_KEY = 'packed';
/**
 * Bumped when the packed record's shape changes: an old record then reads as stale. 2: the lexicon
 * terms content scripts compiled are gone (the engine runs in the background: background/check.ts).
 */
export const PACKED_FORMAT = 2;

export interface PackedIndex extends IndexRecord {
  key: typeof PACKED_KEY;
  revision: number;
  format: number;
  facts: Fact[];
}

export interface CheckerState {
  revision: number;
  index: FactIndex;
  /** Compiled on first use (the first check message after the worker started or the corpus changed). */
  readonly lexicon: CompiledLexicon;
}

export interface CheckerStats {
  /** States built from the packed record. */
  packedLoads: number;
  /** States built by reading every fact. */
  fullBuilds: number;
  /** Requests answered from memory. */
  memoryHits: number;
}

function isPacked(x: unknown, revision: number): x is PackedIndex {
  if (!x || typeof x !== 'object') return false;
  const r = x as Partial<PackedIndex>;
  return r.revision === revision && r.format === PACKED_FORMAT && Array.isArray(r.facts);
}

function makeState(revision: number, facts: Fact[]): CheckerState {
  let lexicon: CompiledLexicon | null = null;
  return {
    revision,
    index: new FactIndex(facts),
    get lexicon() {
      return (lexicon ??= compileLexicon(facts));
    },
  };
}

export interface CheckerServiceDeps {
  db: SanadDb;
  ready: Ready;
  clock: Clock;
  log: Logger;
}

export class CheckerService {
  readonly stats: CheckerStats = { packedLoads: 0, fullBuilds: 0, memoryHits: 0 };
  private cache: CheckerState | null = null;
  /** One build per revision at a time: twenty waking tabs share it (thundering herd). */
  private inflight: { revision: number; promise: Promise<CheckerState> } | null = null;

  constructor(private readonly deps: CheckerServiceDeps) {}

  /** The state for the current corpus revision, from memory, the packed record or the facts. */
  async get(): Promise<CheckerState> {
    await this.deps.ready();
    const revision = await readRevision(this.deps.db);
    if (this.cache && this.cache.revision === revision) {
      this.stats.memoryHits++;
      return this.cache;
    }
    if (this.inflight && this.inflight.revision === revision) return this.inflight.promise;
    return this.track(revision, this.load(revision));
  }

  /** Rebuilds from the facts now (the corpus changed): replaces the cache and the packed record. */
  async rebuild(): Promise<CheckerState> {
    await this.deps.ready();
    const promise = this.build();
    const state = await promise;
    this.cache = state;
    return state;
  }

  /** Forgets the in-memory cache (what a worker restart does). */
  dropMemory(): void {
    this.cache = null;
    this.inflight = null;
  }

  private track(revision: number, promise: Promise<CheckerState>): Promise<CheckerState> {
    const entry = { revision, promise };
    this.inflight = entry;
    return promise.then(
      (state) => {
        if (this.inflight === entry) this.inflight = null;
        if (!this.cache || this.cache.revision <= state.revision) this.cache = state;
        return state;
      },
      (error: unknown) => {
        if (this.inflight === entry) this.inflight = null;
        throw error;
      },
    );
  }

  private async load(revision: number): Promise<CheckerState> {
    const started = this.deps.clock.now();
    const packed = await this.deps.db.index.get(PACKED_KEY);
    if (isPacked(packed, revision)) {
      this.stats.packedLoads++;
      this.deps.log.debug(`index: packed record r${revision} loaded in ${Math.round(this.deps.clock.now() - started)} ms`);
      return makeState(revision, packed.facts);
    }
    return this.build();
  }

  /** Reads the revision and every fact in one read transaction (a consistent snapshot), then packs. */
  private async build(): Promise<CheckerState> {
    const { db, clock, log } = this.deps;
    const started = clock.now();
    const { revision, facts } = await db.transaction('r', [db.meta, db.facts], async () => ({
      revision: await readRevision(db),
      facts: await db.facts.toArray(),
    }));
    this.stats.fullBuilds++;
    const record: PackedIndex = { key: PACKED_KEY, revision, format: PACKED_FORMAT, facts };
    try {
      // Never overwrite a newer record written by a racing build in another context.
      await db.transaction('rw', [db.index], async () => {
        const current = await db.index.get(PACKED_KEY);
        if (!current || typeof current.revision !== 'number' || current.revision <= revision) await db.index.put(record);
      });
    } catch (error) {
      // A cache that can't be written costs only a slower next cold start.
      log.warn('index: could not store the packed record', error);
    }
    log.debug(`index: built r${revision} from ${facts.length} facts in ${Math.round(clock.now() - started)} ms`);
    return makeState(revision, facts);
  }
}
