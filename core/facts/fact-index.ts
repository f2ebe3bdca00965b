// Facts grouped by measure: matching a claim looks at the few facts of its measure only.
import type { Fact } from './model';

export class FactIndex {
  private readonly byMeasure = new Map<string, Fact[]>();
  private readonly byId = new Map<string, Fact>();

  constructor(facts: readonly Fact[]) {
    for (const f of facts) {
      this.byId.set(f.id, f);
      const list = this.byMeasure.get(f.measure);
      if (list) list.push(f);
      else this.byMeasure.set(f.measure, [f]);
    }
  }

  forMeasure(measure: string): readonly Fact[] {
    return this.byMeasure.get(measure) ?? [];
  }

  get(id: string): Fact | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.byId.size;
  }
}
