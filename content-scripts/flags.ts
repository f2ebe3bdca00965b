// The page's flags: each a located figure with its verdict and source, kept in document order.
// Why its own module: full passes replace everything, incremental passes replace only the flags
// inside the rescanned roots, and both must give the same set (no duplicates), so the merge,
// ordering and pruning rules live in one place.
import type { JudgedClaim } from '../extension/protocol';
import { rangeAlive } from './locate';

export interface Flag {
  range: Range;
  claim: { text: string; sentence: string };
  verdict: JudgedClaim['verdict'];
  source: JudgedClaim['source'];
  /** Language of the tooltip for this flag. */
  lang: 'ar' | 'en';
}

function sameSpan(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}

function byDocumentOrder(a: Flag, b: Flag): number {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    return 0; // different roots (a node left the document): pruned anyway
  }
}

export class FlagStore {
  private flags: Flag[] = [];
  /** Text node → flags touching it at a boundary: the hit test looks up only these. */
  private byNode = new Map<Node, Flag[]>();

  list(): readonly Flag[] {
    return this.flags;
  }

  at(index: number): Flag | undefined {
    return this.flags[index];
  }

  indexOf(flag: Flag): number {
    return this.flags.indexOf(flag);
  }

  touching(node: Node): readonly Flag[] {
    return this.byNode.get(node) ?? [];
  }

  /**
   * A full pass: the new set replaces everything. `ordered`: the caller guarantees document order
   * (a full scan finds its figures in order, scan.ts), which spares thousands of DOM comparisons
   * on a big page (~8 ms to sort, ~4 ms just to check, on a 5 MB page).
   */
  replaceAll(next: readonly Flag[], ordered = false): void {
    this.set(
      next.filter((f) => rangeAlive(f.range)),
      ordered,
    );
  }

  /** An incremental pass over `roots`: flags inside them are replaced, the rest kept. */
  replaceWithin(roots: readonly Node[], next: readonly Flag[]): void {
    const kept = this.flags.filter((f) => !roots.some((r) => r.contains(f.range.startContainer)));
    this.set(kept.concat(next).filter((f) => rangeAlive(f.range)), false);
  }

  /** Drops flags whose text left the document; true when something was dropped. */
  prune(): boolean {
    const alive = this.flags.filter((f) => rangeAlive(f.range));
    if (alive.length === this.flags.length) return false;
    this.set(alive, true);
    return true;
  }

  clear(): void {
    this.set([], true);
  }

  /** `alive`: live flags only; `ordered`: already in document order. */
  private set(alive: Flag[], ordered: boolean): void {
    if (!ordered) alive.sort(byDocumentOrder);
    const out: Flag[] = [];
    for (const f of alive) {
      const prev = out[out.length - 1];
      if (prev && sameSpan(prev.range, f.range)) out[out.length - 1] = f; // the newer verdict wins
      else out.push(f);
    }
    this.flags = out;
    this.byNode = new Map();
    for (const f of out) {
      const start = f.range.startContainer;
      const end = f.range.endContainer;
      this.index(start, f);
      if (end !== start) this.index(end, f);
    }
  }

  private index(node: Node, f: Flag): void {
    const list = this.byNode.get(node);
    if (list) list.push(f);
    else this.byNode.set(node, [f]);
  }
}
