// Output for people: one block per file, one entry per figure; colours only when asked for.
import { explain } from '../core/facts/explain';
import type { Corpus, Fact, VerdictKind } from '../core/index';
import type { ScannedFile } from './format-json';

export type Color = 'red' | 'green' | 'yellow' | 'dim' | 'bold';

const CODES: Record<Color, [number, number]> = {
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  dim: [2, 22],
  bold: [1, 22],
};

export type Paint = (color: Color, s: string) => string;

export function painter(enabled: boolean): Paint {
  if (!enabled) return (_c, s) => s;
  return (c, s) => `\u001b[${CODES[c][0]}m${s}\u001b[${CODES[c][1]}m`;
}

const VERDICT_COLOR: Record<VerdictKind, Color> = { mismatch: 'red', match: 'green', unverified: 'yellow' };
const VERDICT_LABEL: Record<VerdictKind, string> = { mismatch: 'MISMATCH', match: 'MATCH', unverified: 'UNVERIFIED' };

const ARABIC_FIRST = 0x0600;
const ARABIC_LAST = 0x06ff;

/** 'ar' when Arabic letters outnumber Latin ones. */
export function guessLang(text: string): 'ar' | 'en' {
  let ar = 0;
  let latin = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= ARABIC_FIRST && c <= ARABIC_LAST) ar++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return ar > latin ? 'ar' : 'en';
}

function shorten(s: string, max = 200): string {
  const one = s.split('\n').join(' ').trim();
  const chars = Array.from(one);
  return chars.length <= max ? one : chars.slice(0, max - 1).join('') + '…';
}

/** A fact's value with its qualifier, e.g. "about 2,500", "more than 130", "late 2017". */
export function factValueText(f: Fact): string {
  return explain.value(f).en;
}

export function formatScan(files: readonly ScannedFile[], corpus: Corpus, paint: Paint): string {
  const facts = new Map(corpus.facts.map((f) => [f.id, f]));
  const out: string[] = [];
  files.forEach((file, fi) => {
    if (fi > 0) out.push('');
    const meta = [file.lang, file.published].filter(Boolean).join(', ');
    const name = file.file === '-' ? '(stdin)' : file.file;
    out.push(paint('bold', `== ${name}${file.title ? ` — ${file.title}` : ''}${meta ? ` (${meta})` : ''}`));
    const counts: Record<VerdictKind, number> = { mismatch: 0, match: 0, unverified: 0 };
    for (const r of file.reports) counts[r.verdict.verdict]++;
    const n = file.reports.length;
    if (!n) {
      out.push('  no figures found');
      return;
    }
    out.push(
      `  ${n} figure${n === 1 ? '' : 's'}: ` +
        (['mismatch', 'match', 'unverified'] as const).map((k) => paint(VERDICT_COLOR[k], `${counts[k]} ${k}`)).join(', '),
    );
    const lang = file.lang ?? 'en';
    file.reports.forEach(({ claim, verdict }, i) => {
      out.push('');
      const label = paint(VERDICT_COLOR[verdict.verdict], VERDICT_LABEL[verdict.verdict]);
      out.push(`  ${i + 1}. ${paint('bold', claim.text)}  ${label}`);
      out.push(`     in: ${shorten(claim.sentence)}`);
      const fact = verdict.factId ? facts.get(verdict.factId) : undefined;
      const expected =
        verdict.expectedText?.[lang] ?? (fact ? factValueText(fact) : verdict.expected !== null ? String(verdict.expected) : undefined);
      if (expected !== undefined) {
        out.push(`     corpus: ${expected}${verdict.factId ? paint('dim', `  [${verdict.factId}]`) : ''}`);
      } else {
        out.push('     corpus: no fact about this figure');
      }
      if (fact) {
        const s = fact.source;
        out.push(`     source: ${s.outlet}, ${s.published}: «${shorten(s.quote, 300)}»`);
      } else if (verdict.factId) {
        out.push(`     source: fact ${verdict.factId} is not in the corpus`);
      }
      // Bidi isolates help in the browser; a terminal may draw them as boxes.
      const why = (verdict.explanation?.[lang] || verdict.explanation?.en || verdict.explanation?.ar || '').replace(/[\u2066-\u2069]/g, '');
      if (why) out.push(`     why: ${why}`);
    });
  });
  return out.join('\n') + '\n';
}

export function formatCorpus(corpus: Corpus, paint: Paint): string {
  const out: string[] = [];
  const nd = corpus.documents.length;
  const nf = corpus.facts.length;
  out.push(paint('bold', `${nd} document${nd === 1 ? '' : 's'}, ${nf} fact${nf === 1 ? '' : 's'}`));
  out.push('');
  out.push(paint('bold', 'documents:'));
  for (const d of corpus.documents) out.push(`  ${d.id}  ${d.published}  ${d.lang}  ${d.outlet}: ${d.title}`);
  out.push('');
  out.push(paint('bold', 'facts:'));
  if (!nf) out.push('  (none)');
  for (const f of corpus.facts) {
    out.push(`  ${paint('bold', f.id)}  ${f.measure} = ${factValueText(f)}  as of ${f.asOf}  ${f.source.outlet}${f.origin === 'user' ? '  (user)' : ''}`);
    out.push(`    «${shorten(f.source.quote, 300)}»`);
  }
  return out.join('\n') + '\n';
}
