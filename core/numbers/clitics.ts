// Arabic proclitics (ARABIC-FIGURES.md §1.3) and a lookup that finds a lexicon stem under any
// proclitic (memoised, so a repeated word costs one Map.get).

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
 * Surface form → entry, for every stem with any proclitic. Exact stems always win; among
 * variants the longer clitic wins. `allowArticle(entry)` rejects article forms (الاثنين = Monday).
 * Resolved per word on lookup and memoised: expanding every stem with every clitic up front
 * took milliseconds at start-up, in every page's content script.
 */
export class CliticLookup<T> {
  private readonly cache = new Map<string, Surface<T> | null>();

  constructor(
    private readonly stems: ReadonlyMap<string, T>,
    private readonly allowArticle: (e: T, stem: string, prefix: string) => boolean,
  ) {}

  get(word: string): Surface<T> | undefined {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.resolve(word);
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(word, found ?? null);
    return found;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  private resolve(word: string): Surface<T> | undefined {
    const bare = this.stems.get(word);
    if (bare !== undefined) return { entry: bare, prefix: '', article: false };
    if (BLOCKED.has(word)) return undefined;
    for (const prefix of PROCLITICS) {
      if (word.length <= prefix.length || !word.startsWith(prefix)) continue;
      const stem = word.slice(prefix.length);
      const entry = this.stems.get(stem);
      if (entry === undefined) continue;
      const article = hasArticle(prefix);
      if (article && !this.allowArticle(entry, stem, prefix)) continue;
      return { entry, prefix, article };
    }
    return undefined;
  }
}

/** Strip a qualifier clitic from `text` if what remains is `word`. */
export function matchesWithClitic(text: string, word: string): boolean {
  if (text === word) return true;
  const extra = text.length - word.length;
  if (extra < 1 || extra > 2 || !text.endsWith(word)) return false;
  return QUALIFIER_CLITICS.has(text.slice(0, extra));
}
