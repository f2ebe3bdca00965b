// Finds lexicon entries (entities, concepts, units, dual nouns) in one normalized sentence.
import type { Token } from '../text/tokenize';
import type { CompiledLexicon, Entry, HitType } from './compile';

export interface Hit {
  type: HitType;
  id: string;
  /** Offsets in the sentence's normalized text. */
  start: number;
  end: number;
  /** Index of the first token of the hit. */
  token: number;
  /** Index of the last token of the hit. */
  lastToken: number;
  adjective?: boolean;
  /** Names a part of the place (a base, a town), not the whole place. */
  part?: boolean;
}

// Proclitics, longest first: conjunction + preposition + article combinations (ARABIC-FIGURES §1.3).
const PROCLITICS = ['وبال', 'وكال', 'فبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

/** Candidate lookup forms of an Arabic word: itself, without proclitics, without the article. */
export function arabicForms(word: string): string[] {
  const forms = [word];
  for (const p of PROCLITICS) {
    if (word.length - p.length < 2 || !word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    if (p.endsWith('لل')) forms.push('ال' + rest);
    else if (p.endsWith('ال')) forms.push('ال' + rest, rest);
    else forms.push(rest);
  }
  for (const f of [...forms]) if (f.startsWith('ال') && f.length > 3) forms.push(f.slice(2));
  return forms;
}

function tokenIndexAt(tokens: readonly Token[], offset: number, from: number): number {
  let i = from;
  while (i < tokens.length && (tokens[i] as Token).end <= offset) i++;
  return i;
}

function pushEntries(hits: Hit[], entries: readonly Entry[], start: number, end: number, token: number, lastToken: number): void {
  for (const e of entries) {
    const hit: Hit = { type: e.type, id: e.id, start, end, token, lastToken };
    if (e.adjective) hit.adjective = true;
    if (e.part) hit.part = true;
    hits.push(hit);
  }
}

/** Entries a word can start (whole-word terms of any of its forms, and roots it contains). Cached per word. */
function entriesForWord(word: string, lex: CompiledLexicon): readonly Entry[] {
  const cached = lex.wordCache.get(word);
  if (cached) return cached;
  const found: Entry[] = [];
  for (const form of arabicForms(word)) {
    for (const e of lex.arWords.get(form) ?? []) if (!found.includes(e)) found.push(e);
  }
  for (const { root, entry } of lex.arRoots) if (!found.includes(entry) && word.includes(root)) found.push(entry);
  if (lex.wordCache.size > 50_000) lex.wordCache.clear();
  lex.wordCache.set(word, found);
  return found;
}

function findArabic(tokens: readonly Token[], lex: CompiledLexicon, hits: Hit[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.kind !== 'arabic') continue;
    const entries = entriesForWord(tok.text, lex);
    if (entries.length === 0) continue;
    const seen = new Set<Entry>();
    {
      for (const e of entries) {
        if (seen.has(e)) continue;
        if (e.rest.length === 0) {
          seen.add(e);
          pushEntries(hits, [e], tok.start, tok.end, i, i);
          continue;
        }
        // Multi-word term: the following Arabic/digit tokens must match exactly.
        let j = i;
        let ok = true;
        for (const w of e.rest) {
          j++;
          const next = tokens[j];
          if (!next || next.text !== w) {
            ok = false;
            break;
          }
        }
        if (ok) {
          seen.add(e);
          pushEntries(hits, [e], tok.start, (tokens[j] as Token).end, i, j);
        }
      }
    }
  }
}

function findEnglish(text: string, tokens: readonly Token[], regex: RegExp | null, map: Map<string, Entry[]>, lower: boolean, hits: Hit[]): void {
  if (!regex) return;
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  let t = 0;
  while ((m = regex.exec(text))) {
    const phrase = (m[2] as string).replace(/\s+/g, ' ');
    const entries = map.get(lower ? phrase.toLowerCase() : phrase);
    const start = m.index + (m[1] as string).length;
    const end = start + (m[2] as string).length;
    if (entries) {
      t = tokenIndexAt(tokens, start, t);
      const last = Math.max(t, tokenIndexAt(tokens, end - 1, t));
      pushEntries(hits, entries, start, end, t, last);
    }
    // Let a phrase's trailing boundary serve as the next phrase's leading one.
    regex.lastIndex = end;
  }
}

/** All lexicon hits in a normalized sentence, sorted by position. */
export function findHits(text: string, tokens: readonly Token[], lex: CompiledLexicon): Hit[] {
  const hits: Hit[] = [];
  findArabic(tokens, lex, hits);
  if (/[A-Za-z]/.test(text)) {
    findEnglish(text, tokens, lex.enRegex, lex.enPhrases, true, hits);
    findEnglish(text, tokens, lex.enCaseRegex, lex.enCase, false, hits);
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return dropConceptsInsideNames(hits, lex);
}

/**
 * A concept or a place inside a longer entity is part of a name: "Coalition to Defeat ISIS" is no
 * victory, and "المقاومة الإسلامية في العراق" places nothing in Iraq. A place inside a longer
 * place name ("إقليم كردستان") is still that place; actors inside names stay.
 */
function dropConceptsInsideNames(hits: Hit[], lex: CompiledLexicon): Hit[] {
  const names = hits.filter((h) => h.type === 'entity' && h.lastToken > h.token);
  if (names.length === 0) return hits;
  const nameAround = (h: Hit): Hit | undefined =>
    names.find((n) => n !== h && n.start <= h.start && h.end <= n.end && n.end - n.start > h.end - h.start);
  return hits.filter((h) => {
    const place = h.type === 'entity' && lex.places.has(h.id);
    if (h.type !== 'concept' && !place) return true;
    const name = nameAround(h);
    return !name || (place && lex.places.has(name.id));
  });
}

/** Is the sentence about the coalition, ISIS or foreign forces? */
export function isTopical(text: string, lex: CompiledLexicon): boolean {
  return lex.topicRegex.test(text) || lex.topicCaseRegex.test(text);
}
