// Facts grouped by measure: matching a claim looks at the few facts of its measure only.
import type { Fact } from './model';
import { PackedFacts } from './packed-facts';

/**
 * A running total counted since a date ("since 17 October") also states that date: a derived
 * date fact under "<measure>@since", with the same id and source, so "since Oct. 7" is checkable.
 */
function sinceFact(f: Fact): Fact | null {
  const m = f.runningTotal && f.since ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(f.since) : null;
  if (!m) return null;
  const date: NonNullable<Fact['date']> = { year: Number(m[1]) };
  if (m[2]) date.month = Number(m[2]);
  if (m[3]) date.day = Number(m[3]);
  return { ...f, kind: 'date', measure: `${f.measure}@since`, value: date.year, qualifier: 'exact', date, runningTotal: false };
}

const NO_FACTS = new PackedFacts([]);

export class FactIndex {
  private readonly byMeasure = new Map<string, Fact[]>();
  /** measure → place → facts about that place; facts with no place are under ''. */
  private readonly byPlace = new Map<string, Map<string, Fact[]>>();
  private readonly byId = new Map<string, Fact>();
  /** candidates() packed for matching, by measure and then by place (null for none). */
  private readonly packed = new Map<string, Map<string | null, PackedFacts>>();

  constructor(facts: readonly Fact[]) {
    for (const f of facts) this.add(f);
    // Derived facts after all real ones: the order decides between equally dated facts.
    for (const f of facts) {
      const since = sinceFact(f);
      if (since) this.add(since);
    }
  }

  private add(f: Fact): void {
    if (!this.byId.has(f.id)) this.byId.set(f.id, f);
    const list = this.byMeasure.get(f.measure);
    if (list) list.push(f);
    else this.byMeasure.set(f.measure, [f]);
    let places = this.byPlace.get(f.measure);
    if (!places) this.byPlace.set(f.measure, (places = new Map()));
    for (const p of f.place.length > 0 ? f.place : ['']) {
      const bucket = places.get(p);
      if (bucket) bucket.push(f);
      else places.set(p, [f]);
    }
  }

  forMeasure(measure: string): readonly Fact[] {
    return this.byMeasure.get(measure) ?? [];
  }

  /**
   * The facts of a measure that may be about these places: those naming one of them, and those
   * naming no place. With no places given, all facts of the measure.
   */
  candidates(measure: string, places: readonly string[]): readonly Fact[] {
    const byPlace = this.byPlace.get(measure);
    if (!byPlace) return [];
    if (places.length === 0) return this.forMeasure(measure);
    const placeless = byPlace.get('');
    if (places.length === 1) {
      const bucket = byPlace.get(places[0] as string);
      if (!placeless) return bucket ?? [];
      return bucket ? bucket.concat(placeless) : placeless;
    }
    const out = new Set<Fact>(byPlace.get('') ?? []);
    for (const p of places) for (const f of byPlace.get(p) ?? []) out.add(f);
    return [...out];
  }

  /**
   * candidates(), packed for matching. Packed on first use and kept, as the index never changes;
   * several places are rare and packed each time (caching every combination could grow unbounded).
   */
  packedCandidates(measure: string, places: readonly string[]): PackedFacts {
    if (places.length > 1) return new PackedFacts(this.candidates(measure, places));
    let byPlace = this.packed.get(measure);
    if (!byPlace) {
      if (!this.byPlace.has(measure)) return NO_FACTS;
      this.packed.set(measure, (byPlace = new Map()));
    }
    const key = places.length === 0 ? null : (places[0] as string);
    let packed = byPlace.get(key);
    if (!packed) byPlace.set(key, (packed = new PackedFacts(this.candidates(measure, places))));
    return packed;
  }

  /** The real facts (derived since-facts share their source's id and are not listed twice). */
  get(id: string): Fact | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.byId.size;
  }
}
