// Corpus writes the options page needs beyond single puts. Each is one transaction.
import type { Corpus, CorpusDocument, Fact } from '../../core/facts/model';
import type { CorpusRepository } from '../../store/repository';
import { seedCorpus } from '../../store/seed-corpus';
import { ensureSeeded } from '../../store/seeding';

/** A new document and the facts accepted from it, all or nothing. */
export async function saveDocumentWithFacts(repo: CorpusRepository, doc: CorpusDocument, facts: Fact[]): Promise<void> {
  const corpus: Corpus = { documents: [doc], facts };
  await repo.importCorpus(corpus);
}

/** Replaces the corpus with the bundled seed corpus (user records and edits are gone). */
export async function resetToSeed(repo: CorpusRepository): Promise<void> {
  const seed = seedCorpus();
  await repo.replaceCorpus({ documents: seed.documents, facts: seed.facts.map((f) => ({ ...f, edited: false })) });
  await ensureSeeded(repo.db);
}

/** The corpus as pretty JSON, for "Export first" when the import/export panel offers nothing better. */
export async function exportCorpusBlob(repo: CorpusRepository): Promise<Blob> {
  return new Blob([JSON.stringify(await repo.exportCorpus(), null, 2)], { type: 'application/json' });
}
