// Paints flags with the CSS Custom Highlight API: no node is added to the page, nothing relayouts
// (PERFORMANCE.md: spans cost ~55 ms of relayout per 200 figures and break Arabic joining). The
// ::highlight() rules ship in content.css (manifest CSS) so they exist before first layout.
// Without CSS.highlights (old browsers) nothing is painted: there is deliberately no DOM fallback.
import type { Flag } from './flags';

export const HIGHLIGHT_MISMATCH = 'sanad-mismatch';
export const HIGHLIGHT_MATCH = 'sanad-match';
export const HIGHLIGHT_ACTIVE = 'sanad-active';

interface HighlightLike {
  priority: number;
  add(range: AbstractRange): unknown;
  clear(): void;
}
interface RegistryLike {
  set(name: string, h: HighlightLike): unknown;
  delete(name: string): boolean;
  get(name: string): unknown;
}
type HighlightCtor = new (...ranges: AbstractRange[]) => HighlightLike;

function api(): { registry: RegistryLike; Ctor: HighlightCtor } | null {
  const g = globalThis as { CSS?: { highlights?: RegistryLike }; Highlight?: HighlightCtor };
  const registry = g.CSS?.highlights;
  const Ctor = g.Highlight;
  return registry && typeof Ctor === 'function' ? { registry, Ctor } : null;
}

export function highlightSupported(): boolean {
  return api() !== null;
}

export class Highlighter {
  /** Highlights this script registered (the page may delete them from the registry; paint re-sets them). */
  private readonly mine = new Map<string, HighlightLike>();

  /** Mismatches always; matches only when the user asked to see consistent figures too. */
  paint(flags: readonly Flag[], markConsistent: boolean): void {
    const a = api();
    if (!a) return;
    const mismatches: Range[] = [];
    const matches: Range[] = [];
    for (const f of flags) {
      if (f.verdict.verdict === 'mismatch') mismatches.push(f.range);
      else if (f.verdict.verdict === 'match' && markConsistent) matches.push(f.range);
    }
    this.put(a, HIGHLIGHT_MISMATCH, mismatches, 2);
    this.put(a, HIGHLIGHT_MATCH, matches, 1);
  }

  /** The flag the keyboard or the tooltip is on (null clears it). */
  setActive(range: Range | null): void {
    const a = api();
    if (!a) return;
    this.put(a, HIGHLIGHT_ACTIVE, range ? [range] : [], 3);
  }

  clear(): void {
    const a = api();
    if (!a) return;
    for (const name of this.mine.keys()) {
      if (a.registry.get(name) === this.mine.get(name)) a.registry.delete(name);
    }
    this.mine.clear();
  }

  private put(a: { registry: RegistryLike; Ctor: HighlightCtor }, name: string, ranges: Range[], priority: number): void {
    if (ranges.length === 0) {
      const h = this.mine.get(name);
      if (h && a.registry.get(name) === h) a.registry.delete(name);
      this.mine.delete(name);
      return;
    }
    const h = new a.Ctor(...ranges);
    h.priority = priority;
    a.registry.set(name, h);
    this.mine.set(name, h);
  }
}
