// Arabic proclitics (ARABIC-FIGURES.md §1.3) and a helper that expands a lexicon of normalized
// stems into every clitic-bearing surface form once, at module load, so a lookup is one Map.get.

/** Proclitic combinations, longest first (a longer clitic wins when two readings collide). */
export const PROCLITICS: readonly string[] = [
  'وبال', 'فبال', 'وكال', 'فلل', 'ولل', 'وال', 'فال', 'بال', 'كال',
  'لل', 'ال', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك',
];

/** Clitics allowed on the first word of a qualifier phrase (no article). */
export const QUALIFIER_CLITICS: ReadonlySet<string> = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك']);

/** Forms that look like clitic + lexicon word but are not (لست "I am not" ≠ ل + ست). */
const BLOCKED: ReadonlySet<string> = new Set(['لست', 'بعده', 'بست', 'فست', 'كست']);

export interface Surface<T> {
  entry: T;
  /** The proclitic stripped ('' for the bare stem). */
  prefix: string;
  /** The prefix carries the article ال (or لل). */
  article: boolean;
}

export function hasArticle(prefix: string): boolean {
  return prefix.indexOf('ال') >= 0 || prefix.endsWith('لل');
}

/**
 * Build surface → entry for every stem and every proclitic. Exact stems always win; among
 * variants the longer clitic wins. `allowArticle(entry)` rejects article forms (الاثنين = Monday).
 */
export function expandClitics<T>(stems: ReadonlyMap<string, T>, allowArticle: (e: T, stem: string) => boolean): Map<string, Surface<T>> {
  const out = new Map<string, Surface<T>>();
  for (const [stem, entry] of stems) out.set(stem, { entry, prefix: '', article: false });
  for (const prefix of PROCLITICS) {
    const art = hasArticle(prefix);
    for (const [stem, entry] of stems) {
      if (art && !allowArticle(entry, stem)) continue;
      // ل + ال drops the alif: لل + stem-without-ال is covered by the لل prefix itself.
      const surface = prefix + stem;
      if (BLOCKED.has(surface) || out.has(surface)) continue;
      out.set(surface, { entry, prefix, article: art });
    }
  }
  return out;
}

/** Strip a qualifier clitic from `text` if what remains is `word`. */
export function matchesWithClitic(text: string, word: string): boolean {
  if (text === word) return true;
  const extra = text.length - word.length;
  if (extra < 1 || extra > 2 || !text.endsWith(word)) return false;
  return QUALIFIER_CLITICS.has(text.slice(0, extra));
}
