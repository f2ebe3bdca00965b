// What an import would do, computed before anything is written, for the preview. Pure: the same
// plan is what applyImport writes.
//  merge:   new ids are added, identical ones skipped, differing ones changed; nothing is removed.
//           Seed documents already stored are read-only (skipped when they differ).
//  replace: the corpus becomes the file's: facts and documents absent from it are removed.
// Either way a fact whose document is neither stored (merge) nor in the file is skipped.
import type { Corpus, CorpusDocument, Fact } from '../../core/facts/model';
import { factContentDiffers } from '../repository';

export type ImportMode = 'merge' | 'replace';

export type SkipCode = 'identical' | 'unknown-document' | 'read-only';

export interface Skip {
  code: SkipCode;
  reason: string;
}

export interface FactSkip extends Skip {
  fact: Fact;
}

export interface DocumentSkip extends Skip {
  document: CorpusDocument;
}

export interface Change<T> {
  before: T;
  after: T;
}

export interface ImportPlan {
  mode: ImportMode;
  add: Fact[];
  change: Change<Fact>[];
  skip: FactSkip[];
  /** replace only: stored facts the file lacks. */
  remove: Fact[];
  /** replace only: facts written again unchanged. */
  keep: Fact[];
  documents: {
    add: CorpusDocument[];
    change: Change<CorpusDocument>[];
    skip: DocumentSkip[];
    remove: CorpusDocument[];
    keep: CorpusDocument[];
  };
  /** Seed-fact tombstones from the file (written by a replace). */
  tombstones: string[];
}

export interface ImportInput extends Corpus {
  tombstones?: string[];
}

function documentDiffers(a: CorpusDocument, b: CorpusDocument): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof CorpusDocument>;
  for (const key of keys) if (a[key] !== b[key]) return true;
  return false;
}

/** For replace, `origin` and `edited` are restored as given, so they count as changes. */
function factDiffers(a: Fact, b: Fact, mode: ImportMode): boolean {
  if (factContentDiffers(a, b)) return true;
  return mode === 'replace' && (a.origin !== b.origin || (a.edited ?? false) !== (b.edited ?? false));
}

export function planImport(current: Corpus, incoming: ImportInput, mode: ImportMode): ImportPlan {
  const plan: ImportPlan = {
    mode,
    add: [],
    change: [],
    skip: [],
    remove: [],
    keep: [],
    documents: { add: [], change: [], skip: [], remove: [], keep: [] },
    tombstones: mode === 'replace' ? [...(incoming.tombstones ?? [])] : [],
  };
  const storedDocs = new Map(current.documents.map((d) => [d.id, d]));
  const storedFacts = new Map(current.facts.map((f) => [f.id, f]));

  // Documents that will exist after the import.
  const available = new Set<string>(mode === 'merge' ? storedDocs.keys() : []);
  for (const doc of incoming.documents) {
    available.add(doc.id);
    const before = storedDocs.get(doc.id);
    if (!before) plan.documents.add.push(doc);
    else if (mode === 'merge' && before.origin === 'seed') {
      if (documentDiffers(before, doc)) plan.documents.skip.push({ document: doc, code: 'read-only', reason: 'a seed document with this id is stored; seed documents are read-only' });
      else plan.documents.skip.push({ document: doc, code: 'identical', reason: 'already in the corpus' });
    } else if (documentDiffers(before, mode === 'merge' ? { ...doc, origin: 'user' } : doc)) plan.documents.change.push({ before, after: doc });
    else if (mode === 'merge') plan.documents.skip.push({ document: doc, code: 'identical', reason: 'already in the corpus' });
    else plan.documents.keep.push(doc);
  }
  if (mode === 'replace') {
    const incomingDocIds = new Set(incoming.documents.map((d) => d.id));
    plan.documents.remove = current.documents.filter((d) => !incomingDocIds.has(d.id));
  }

  const written = new Set<string>();
  for (const fact of incoming.facts) {
    if (!available.has(fact.source.docId)) {
      plan.skip.push({
        fact,
        code: 'unknown-document',
        reason: `it cites the document "${fact.source.docId}", which is neither in the corpus${mode === 'replace' ? ' file' : ''} nor in this file`,
      });
      continue;
    }
    written.add(fact.id);
    const before = storedFacts.get(fact.id);
    if (!before) plan.add.push(fact);
    else if (factDiffers(before, fact, mode)) plan.change.push({ before, after: fact });
    else if (mode === 'merge') plan.skip.push({ fact, code: 'identical', reason: 'already in the corpus' });
    else plan.keep.push(fact);
  }
  if (mode === 'replace') plan.remove = current.facts.filter((f) => !written.has(f.id));
  return plan;
}

/** True when applying the plan writes nothing (a merge of records that are all present). */
export function planIsEmpty(plan: ImportPlan): boolean {
  const d = plan.documents;
  return plan.mode === 'merge' && !plan.add.length && !plan.change.length && !d.add.length && !d.change.length;
}
