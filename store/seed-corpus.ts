// The seed corpus: the five trusted seed articles and the curated facts they state.
// Texts are bundled (esbuild/jest load .txt files as strings), so every host has them offline.
import type { Corpus, CorpusDocument, Fact } from '../core/facts/model';
import seedDocuments from './seed-documents.json';
import seedFacts from './seed-facts.json';
import text000 from './seeds/000_eb7c186d9975a288.txt';
import text001 from './seeds/001_7779adb45428c86a.txt';
import text002 from './seeds/002_d829423c6979be6e.txt';
import text003 from './seeds/003_b1710916432dc13c.txt';
import text004 from './seeds/004_defe45ebfd4422dc.txt';

const TEXTS: Record<string, string> = {
  '000_eb7c186d9975a288.txt': text000,
  '001_7779adb45428c86a.txt': text001,
  '002_d829423c6979be6e.txt': text002,
  '003_b1710916432dc13c.txt': text003,
  '004_defe45ebfd4422dc.txt': text004,
};

/** Bumped whenever the seed facts change, so installed extensions merge the new ones. */
export const SEED_VERSION = 2;

export function seedCorpus(): Corpus {
  const documents: CorpusDocument[] = seedDocuments.map((d) => ({
    ...(d as Omit<CorpusDocument, 'text' | 'origin'>),
    text: TEXTS[d.file] ?? '',
    origin: 'seed' as const,
  }));
  const facts = (seedFacts as unknown as Fact[]).map((f) => ({ ...f, origin: 'seed' as const }));
  return { documents, facts };
}
