// Writes an import plan: everything in ONE rw transaction that rethrows, so after a failure (an
// invalid record, a full disk, the browser closing) the corpus is exactly as before.
//  merge:   CorpusRepository.importCorpus (records become user records; a changed seed fact becomes
//           an edited seed fact; stored seed documents are left alone).
//  replace: like CorpusRepository.replaceCorpus (records restored as given, seed facts the file
//           lacks become tombstones), plus the file's own tombstones, which replaceCorpus can't take;
//           so it is done here with the repository's writeCorpus (same transaction, revision bump).
import type { Corpus, Fact } from '../../core/facts/model';
import { RepositoryError, writeCorpus, type CorpusRepository, type WriteSummary } from '../repository';
import { planImport, planIsEmpty, type ImportInput, type ImportMode, type ImportPlan } from './plan';

function isPlan(x: ImportPlan | ImportInput): x is ImportPlan {
  return 'add' in x && 'change' in x && 'mode' in x;
}

/** The records a plan writes. */
export function plannedCorpus(plan: ImportPlan): Corpus {
  const d = plan.documents;
  if (plan.mode === 'merge') {
    return { documents: [...d.add, ...d.change.map((c) => c.after)], facts: [...plan.add, ...plan.change.map((c) => c.after)] };
  }
  return {
    documents: [...d.add, ...d.change.map((c) => c.after), ...d.keep],
    facts: [...plan.add, ...plan.change.map((c) => c.after), ...plan.keep],
  };
}

function assertUnique(kind: string, records: { id: string }[]): void {
  const seen = new Set<string>();
  for (const { id } of records) {
    if (seen.has(id)) throw new RepositoryError('duplicate-id', `duplicate ${kind} id "${id}"`);
    seen.add(id);
  }
}

async function replaceWith(repo: CorpusRepository, corpus: Corpus, fileTombstones: readonly string[]): Promise<WriteSummary> {
  const { db } = repo;
  assertUnique('document', corpus.documents);
  assertUnique('fact', corpus.facts);
  const docIds = new Set(corpus.documents.map((d) => d.id));
  const orphan = corpus.facts.find((f: Fact) => !docIds.has(f.source.docId));
  if (orphan) throw new RepositoryError('unknown-document', `fact "${orphan.id}" cites unknown document "${orphan.source.docId}"`);
  return writeCorpus(db, [db.documents, db.facts, db.tombstones], async () => {
    const keep = new Set(corpus.facts.map((f) => f.id));
    const known = [
      ...((await db.facts.where('origin').equals('seed').primaryKeys()) as string[]),
      ...((await db.tombstones.toCollection().primaryKeys()) as string[]),
      ...fileTombstones,
    ];
    const deletedAt = new Date().toISOString();
    const tombstones = [...new Set(known)].filter((id) => !keep.has(id)).map((id) => ({ id, deletedAt }));
    await db.documents.clear();
    await db.facts.clear();
    await db.tombstones.clear();
    await db.documents.bulkAdd(corpus.documents);
    await db.facts.bulkAdd(corpus.facts);
    await db.tombstones.bulkAdd(tombstones);
    return { documents: corpus.documents.length, facts: corpus.facts.length };
  });
}

/**
 * Applies a plan from planImport (its mode wins), or plans and applies `incoming` in `mode`
 * against the stored corpus. All or nothing; errors are rethrown.
 */
export async function applyImport(repo: CorpusRepository, input: ImportPlan | ImportInput, mode: ImportMode = 'merge'): Promise<WriteSummary> {
  const plan = isPlan(input) ? input : planImport(await repo.exportCorpus(), input, mode);
  if (planIsEmpty(plan)) return { documents: 0, facts: 0 };
  const corpus = plannedCorpus(plan);
  if (plan.mode === 'merge') return repo.importCorpus(corpus);
  return replaceWith(repo, corpus, plan.tombstones);
}
