// A list of facts with what matching compares laid out side by side in one typed array. With many
// facts, every fact record a claim touches is a cache miss: with 100k facts, scanning a claim's ~20
// candidates through their records cost more than all the rest of matching. Only the fact that
// decides is read.
import { explain, type FactTexts } from './explain';
import { dateInterval, factInterval, isoDay } from './intervals';
import type { Fact } from './model';

// Flag bits.
export const COUNT = 1;
export const RUNNING_TOTAL = 2;
export const APPROX = 4;
/** The fact names no actor: any claim's actor fits. */
export const ANY_ACTOR = 8;
/** The fact names an actor without a bit here: compare the names. */
export const ACTOR_NAMES = 16;
export const DATED = 32;

// Each fact's slots in `data`.
const VALUE = 0;
const MIN = 1;
const MAX = 2;
const DAY = 3;
const DATE_MIN = 4;
const DATE_MAX = 5;
const FLAGS = 6;
const ACTORS = 7;
const STRIDE = 8;
/** Actor bits fit a 31-bit integer; a list naming more actors compares the rest by name. */
const MAX_ACTOR_BITS = 31;

export class PackedFacts {
  readonly length: number;
  private readonly data: Float64Array;
  /** A bit for each actor id these facts name. */
  private readonly actorBits = new Map<string, number>();
  /** Explanation texts of the facts that decided a verdict, made on first use. */
  private readonly factTexts: (FactTexts | undefined)[] = [];

  constructor(readonly facts: readonly Fact[]) {
    this.length = facts.length;
    this.data = new Float64Array(facts.length * STRIDE);
    facts.forEach((f, i) => {
      const o = i * STRIDE;
      const range = factInterval(f);
      const date = f.date ? dateInterval(f.date) : null;
      let flags = (f.kind === 'count' ? COUNT : 0) | (f.runningTotal ? RUNNING_TOTAL : 0) | (f.qualifier === 'approx' ? APPROX : 0);
      if (date) flags |= DATED;
      let actors = 0;
      if (f.actor.length === 0) flags |= ANY_ACTOR;
      for (const a of f.actor) {
        const bit = this.addActor(a);
        if (bit) actors |= bit;
        else flags |= ACTOR_NAMES;
      }
      this.data[o + VALUE] = f.value;
      this.data[o + MIN] = range.min;
      this.data[o + MAX] = range.max;
      this.data[o + DAY] = isoDay(f.asOf) ?? 0;
      this.data[o + DATE_MIN] = date ? date.min : NaN;
      this.data[o + DATE_MAX] = date ? date.max : NaN;
      this.data[o + FLAGS] = flags;
      this.data[o + ACTORS] = actors;
    });
  }

  /** The bit this list gives an actor id; 0 when none of its facts names it (or bits ran out). */
  actorBit(id: string): number {
    return this.actorBits.get(id) ?? 0;
  }

  private addActor(id: string): number {
    let bit = this.actorBits.get(id);
    if (bit === undefined && this.actorBits.size < MAX_ACTOR_BITS) this.actorBits.set(id, (bit = 1 << this.actorBits.size));
    return bit ?? 0;
  }

  /** Fact i's value, and its range (factInterval). */
  value(i: number): number {
    return this.data[i * STRIDE + VALUE] as number;
  }
  min(i: number): number {
    return this.data[i * STRIDE + MIN] as number;
  }
  max(i: number): number {
    return this.data[i * STRIDE + MAX] as number;
  }
  /** Day number of fact i's asOf (0 when unreadable). */
  day(i: number): number {
    return this.data[i * STRIDE + DAY] as number;
  }
  /** dateInterval of fact i's date (NaN without one). */
  dateMin(i: number): number {
    return this.data[i * STRIDE + DATE_MIN] as number;
  }
  dateMax(i: number): number {
    return this.data[i * STRIDE + DATE_MAX] as number;
  }
  flags(i: number): number {
    return this.data[i * STRIDE + FLAGS] as number;
  }
  /** The bits of the actors fact i names. */
  actors(i: number): number {
    return this.data[i * STRIDE + ACTORS] as number;
  }

  texts(i: number): FactTexts {
    return (this.factTexts[i] ??= explain.factTexts(this.facts[i] as Fact));
  }
}
