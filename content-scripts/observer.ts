// Incremental rescans for dynamic pages (infinite scroll, live blogs, SPA re-renders). Why
// batched and coarse: a ticker can mutate 50×/s (RELIABILITY H12), so the observer callback only
// collects nodes; after a quiet period (debounce) they become block roots to rescan. Above
// ~1000 records in a batch the page is rebuilding itself: one (throttled) full rescan is cheaper.
// Sanad's own host element is ignored, so painting or showing a tooltip never feeds back.
import { debounce } from './scheduler';
import { BLOCK_TAGS, blockOf, inSkippedSubtree } from './snapshot';

export type Change = { full: true } | { full: false; roots: Element[] };

export interface ChangeObserverOptions {
  target: () => Node | null;
  /** Nodes that belong to Sanad (its host element and anything inside it). */
  isOwn: (node: Node) => boolean;
  onChange: (change: Change) => void;
  debounceMs?: number;
  /** Flush at least this often while mutations keep coming. */
  maxWaitMs?: number;
  fullThreshold?: number;
  maxRoots?: number;
}

export class ChangeObserver {
  private readonly mo: MutationObserver;
  private nodes = new Set<Node>();
  private records = 0;
  private full = false;
  private readonly flushSoon: ReturnType<typeof debounce>;
  private readonly threshold: number;
  private readonly maxRoots: number;

  constructor(private readonly opts: ChangeObserverOptions) {
    this.threshold = opts.fullThreshold ?? 1000;
    this.maxRoots = opts.maxRoots ?? 200;
    this.flushSoon = debounce(() => this.flush(), opts.debounceMs ?? 300, opts.maxWaitMs ?? 1000);
    this.mo = new MutationObserver((records) => this.collect(records));
  }

  start(): void {
    const target = this.opts.target();
    if (target) this.mo.observe(target, { childList: true, characterData: true, subtree: true });
  }

  stop(): void {
    this.mo.disconnect();
    this.flushSoon.cancel();
    this.nodes.clear();
    this.records = 0;
    this.full = false;
  }

  private collect(records: MutationRecord[]): void {
    let relevant = false;
    for (const r of records) {
      if (this.opts.isOwn(r.target)) continue;
      if (r.type === 'childList') {
        let own = 0;
        r.addedNodes.forEach((n) => {
          if (this.opts.isOwn(n)) own++;
          else if (!this.full) this.nodes.add(n);
        });
        if (own > 0 && own === r.addedNodes.length && r.removedNodes.length === 0) continue; // our host moved
        if (r.removedNodes.length > 0 && !this.full) this.nodes.add(r.target);
      } else if (r.type === 'characterData') {
        if (!this.full) this.nodes.add(r.target);
      } else {
        continue;
      }
      relevant = true;
      this.records++;
    }
    if (!relevant) return;
    if (this.records > this.threshold) {
      this.full = true;
      this.nodes.clear();
    }
    this.flushSoon();
  }

  private flush(): void {
    const full = this.full;
    const nodes = this.nodes;
    this.nodes = new Set();
    this.records = 0;
    this.full = false;
    if (full) {
      this.opts.onChange({ full: true });
      return;
    }
    const roots = new Set<Element>();
    for (const n of nodes) {
      if (!n.isConnected || this.opts.isOwn(n)) continue; // removed text: its flags are pruned
      if (inSkippedSubtree(n)) continue;
      const root = n.nodeType === 1 && BLOCK_TAGS.has((n as Element).localName) ? (n as Element) : blockOf(n);
      if (!root) continue;
      const name = root.localName;
      if (name === 'body' || name === 'html') {
        this.opts.onChange({ full: true });
        return;
      }
      roots.add(root);
    }
    // Keep outermost roots only: an inner root is rescanned with its ancestor.
    const list = [...roots].filter((r) => {
      for (let p = r.parentElement; p; p = p.parentElement) if (roots.has(p)) return false;
      return true;
    });
    if (list.length > this.maxRoots) this.opts.onChange({ full: true });
    else this.opts.onChange({ full: false, roots: list });
  }
}
