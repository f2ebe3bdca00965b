// Vague quantities (ARABIC-FIGURES.md §1.5, §2): عشرات، مئات، آلاف، عشرات الآلاف، بضعة، عدة /
// dozens, scores, hundreds, thousands, tens of thousands, several, a few, a handful.
// The result carries an interval; value = its lower bound.
import type { Token } from '../text/tokenize';
import { AR_WORDS } from './arabic-words';
import type { Figure } from './figure';
import { lowerText } from './english-words';

interface EnVague {
  min: number;
  max: number;
  /** Multiplies a following scale ("several hundred", "tens of thousands"). */
  head: boolean;
}

const EN_VAGUE = new Map<string, EnVague>([
  ['dozens', { min: 24, max: 99, head: false }],
  ['scores', { min: 40, max: 99, head: false }],
  ['tens', { min: 20, max: 99, head: true }],
  ['hundreds', { min: 200, max: 999, head: true }],
  ['thousands', { min: 2000, max: 9999, head: false }],
  ['millions', { min: 2e6, max: 9.99e6, head: false }],
  ['billions', { min: 2e9, max: 9.99e9, head: false }],
  ['several', { min: 3, max: 10, head: true }],
]);
/** "a few", "a handful". */
const EN_A_VAGUE = new Map<string, EnVague>([
  ['few', { min: 3, max: 9, head: true }],
  ['handful', { min: 2, max: 5, head: false }],
]);
/** Scales a head can multiply: singular after several/few ("several hundred"), plural after "of". */
const EN_SCALE_SING = new Map<string, number>([['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9]]);
const EN_SCALE_PLURAL = new Map<string, number>([['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9]]);

function vagueFigure(t0: number, t1: number, min: number, max: number): Figure {
  return { t0, t1, value: min, min, max, source: 'vague', scale: 1, raw: min };
}

/** Arabic vague word at token i (plural scale words only when nothing numeric precedes). */
export function parseArabicVague(tokens: readonly Token[], i: number): Figure | null {
  const t = tokens[i];
  if (!t || t.kind !== 'arabic') return null;
  const s = AR_WORDS.get(t.text);
  if (!s) return null;
  const w = s.entry;
  let min: number;
  let max: number;
  let head = false;
  if (w.kind === 'vague') {
    min = w.min as number;
    max = w.max as number;
    head = true;
    // عدة / بضع need a following word (عدة غارات); عدة alone is also "equipment".
    if (w.value === 1) {
      const n = tokens[i + 1];
      if (!n || n.kind !== 'arabic' || n.glued) return null;
    }
  } else if (w.kind === 'scale' && w.plural) {
    // الاف 3000–9999, ملايين 2–9.99 M
    min = w.value === 1e3 ? 3000 : 2 * w.value;
    max = w.value === 1e3 ? 9999 : 9.99 * w.value;
  } else return null;
  let j = i + 1;
  if (head) {
    const n = tokens[j];
    const ns = n && n.kind === 'arabic' ? AR_WORDS.get(n.text) : undefined;
    if (ns && (ns.prefix === '' || ns.prefix === 'ال')) {
      // عشرات الآلاف, مئات الآلاف, بضعة آلاف, بضع مئات
      let mult = 0;
      if (ns.entry.kind === 'scale' && ns.entry.plural) mult = ns.entry.value;
      else if (ns.entry.kind === 'vague' && ns.entry.value === 100 && w.value === 1) mult = 100;
      if (mult > 0) {
        min *= mult;
        max *= mult;
        j++;
      }
    }
  }
  const fig = vagueFigure(i, j, min, max);
  if (s.article) fig.definite = true;
  return fig;
}

/** English vague quantity at token i. */
export function parseEnglishVague(tokens: readonly Token[], i: number): Figure | null {
  const t = tokens[i];
  if (!t || t.kind !== 'latin') return null;
  const lw = lowerText(t);
  let v = EN_VAGUE.get(lw);
  let j = i + 1;
  if (!v && (lw === 'a' || lw === 'an')) {
    v = EN_A_VAGUE.get(lowerText(tokens[i + 1]));
    j = i + 2;
  }
  if (!v) return null;
  let { min, max } = v;
  if (v.head) {
    const n = lowerText(tokens[j]);
    const sing = EN_SCALE_SING.get(n);
    if (sing !== undefined && lw !== 'tens' && lw !== 'hundreds') {
      min *= sing;
      max *= sing;
      j++;
    } else if (n === 'of') {
      const plural = EN_SCALE_PLURAL.get(lowerText(tokens[j + 1]));
      if (plural !== undefined && (lw === 'tens' || lw === 'hundreds' || plural > 100)) {
        min *= plural;
        max *= plural;
        j += 2;
      } else if (lw === 'tens') return null; // "tens of soldiers" is rare; keep only "tens of thousands"
    } else if (lw === 'tens') return null;
  }
  return vagueFigure(i, j, min, max);
}
