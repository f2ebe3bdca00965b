// Adapter: the background sends the corpus's lexicon terms (protocol LexiconTerms), never whole
// facts (values, sources and quotes stay in the background). compileLexicon() reads only
// measure, kind, place, actor and terms of each fact (core/lexicon/compile.ts), so fact-like
// records with exactly those fields compile the same lexicon the background uses.
import { compileLexiconSteps, type CompiledLexicon, type Fact } from '../core/extraction';
import type { LexiconTerms } from '../extension/protocol';

type LexiconFact = Pick<Fact, 'measure' | 'kind' | 'place' | 'actor' | 'terms'>;

const KINDS = new Set(['count', 'year', 'date']);

function strings(x: unknown, max = 200): string[] {
  if (!Array.isArray(x)) return [];
  const out: string[] = [];
  for (let i = 0; i < x.length && out.length < max; i++) {
    const s: unknown = x[i];
    if (typeof s === 'string' && s.length > 0 && s.length <= 200) out.push(s);
  }
  return out;
}

/** Rebuilds each entry field by field, dropping malformed ones (the reply is checked, not trusted blindly). */
export function toLexiconFacts(terms: unknown): LexiconFact[] {
  if (!Array.isArray(terms)) return [];
  const out: LexiconFact[] = [];
  for (const t of terms.slice(0, 100_000) as unknown[]) {
    if (!t || typeof t !== 'object') continue;
    const o = t as Partial<Record<keyof LexiconTerms, unknown>>;
    if (typeof o.measure !== 'string' || !o.measure || typeof o.kind !== 'string' || !KINDS.has(o.kind)) continue;
    const fact: LexiconFact = {
      measure: o.measure,
      kind: o.kind as Fact['kind'],
      place: strings(o.place),
      actor: strings(o.actor),
    };
    if (o.terms && typeof o.terms === 'object') {
      const x = o.terms as Record<string, unknown>;
      fact.terms = { measure: strings(x.measure), actor: strings(x.actor), place: strings(x.place) };
    }
    out.push(fact);
  }
  return out;
}

/** compileLexiconSteps() over the reply's terms: the caller runs each step in a task of its own. */
export function compileTermsLexiconSteps(terms: unknown): Generator<void, CompiledLexicon, void> {
  // The cast is the point of this adapter: see the header comment for why these fields suffice.
  return compileLexiconSteps(toLexiconFacts(terms) as unknown as Fact[]);
}
