// A set of words as one regex source shaped like a trie ("ab|ac" → "a(?:b|c)"). Irregexp tries
// the alternatives of a flat list one after another at every offset; a trie fails on the first
// letter that no word continues with, which made the figure hint ~2.5× faster on Arabic news.

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

const SPECIAL = new Set('.*+?^${}()|[]\\/-');

function escapeChar(ch: string): string {
  return SPECIAL.has(ch) ? `\\${ch}` : ch;
}

function emit(node: Node): string {
  const alts: string[] = [];
  for (const [ch, child] of node.next) alts.push(escapeChar(ch) + emit(child));
  if (alts.length === 0) return '';
  const body = alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
  // A word ending here, with longer words going on: the rest is optional (greedy, so the
  // longest word is tried first; callers anchor the end with a lookahead).
  return node.end ? `(?:${body})?` : body;
}

/** Regex source matching exactly the given words (no anchors, no flags). Empty words are ignored. */
export function trieRegexSource(words: Iterable<string>): string {
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    if (!w) continue;
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return root.next.size === 0 ? '(?!)' : emit(root);
}
