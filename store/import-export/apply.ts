// Writes an import plan: everything in ONE rw transaction that rethrows, so after a failure (an
// invalid record, a full disk, the browser closing) the corpus is exactly as before.
//  merge:   CorpusRepository.importCorpus (records become user records; a changed seed fact becomes
//           an edited seed fact; stored seed documents are left alone).
//  replace: CorpusRepository.replaceCorpus (records restored as given; seed facts the file lacks,
//           and the file's own tombstones, become tombstones).
import type { Corpus } from '../../core/facts/model';
import type { CorpusRepository, WriteSummary } from '../repository';
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


/**
 * Applies a plan from planImport (its mode wins), or plans and applies `incoming` in `mode`
 * against the stored corpus. All or nothing; errors are rethrown.
 */
export async function applyImport(repo: CorpusRepository, input: ImportPlan | ImportInput, mode: ImportMode = 'merge'): Promise<WriteSummary> {
  const plan = isPlan(input) ? input : planImport(await repo.exportCorpus(), input, mode);
  if (planIsEmpty(plan)) return { documents: 0, facts: 0 };
  const corpus = plannedCorpus(plan);
  if (plan.mode === 'merge') return repo.importCorpus(corpus);
  return repo.replaceCorpus(corpus, plan.tombstones);
}
