// The typed message protocol, named by direction. Every receiver validates payloads with the
// validators in protocol-validate.ts before acting; the sender is checked first (content scripts
// may only ask for the lexicon and for verdicts; only extension pages may write).
import type { Claim } from '../core/claims/claim';
import type { FactSource, FactTerms, Verdict } from '../core/facts/model';
import type { FactKind } from '../core/types';

/** What a content script needs to compile the same lexicon as the background. */
export interface LexiconTerms {
  measure: string;
  kind: FactKind;
  place: string[];
  actor: string[];
  terms: FactTerms;
}

/**
 * The source shown in the tooltip: the sanad behind the flag. The fact's source without its offsets
 * and language; `url` only when it is http(s) (checked by the background).
 */
export type SourceSummary = Pick<FactSource, 'docId' | 'outlet' | 'published' | 'title' | 'url' | 'quote'> & {
  factId: string;
  asOf: string;
};

export interface JudgedClaim {
  verdict: Verdict;
  source: SourceSummary | null;
}

/** Claims cross the boundary as plain records (structured-clone and JSON safe). */
export type WireClaim = Claim;

export interface ContentToBackground {
  'sanad/hello': {
    args: { url: string };
    result: { enabled: boolean; markConsistent: boolean; revision: number; terms: LexiconTerms[] };
  };
  'sanad/judge': {
    args: { url: string; published?: string; claims: WireClaim[]; /** scan generation, echoed back */ generation: number };
    result: { generation: number; revision: number; results: JudgedClaim[] };
  };
  /**
   * The page's flagged figures after a repaint, for the toolbar badge. The content script holds the
   * true count (incremental passes, text the page removed); `seq` orders reports from one page.
   */
  'sanad/flagCount': {
    args: { count: number; seq: number };
    result: { ok: true };
  };
  /** The tooltip's "open the source in Sanad": the background opens the options page on that document. */
  'sanad/openSource': {
    args: { docId: string; factId?: string };
    result: { ok: boolean };
  };
}

/** A flag as the popup lists it. */
export interface FlagSummary {
  index: number;
  text: string;
  verdict: Verdict['verdict'];
  expected: string | null;
  sentence: string;
}

export interface PageToBackground {
  'sanad/setSiteEnabled': { args: { host: string; enabled: boolean }; result: { ok: true } };
  'sanad/getSiteState': { args: { host: string }; result: { enabled: boolean } };
  /** The interface language chosen in the options page ('auto': the browser's). */
  'sanad/uiLanguage': { args: Record<string, never>; result: { uiLanguage: 'auto' | 'ar' | 'en' } };
  /** Corpus changed in an extension page (options): rebuild the index and tell the tabs. */
  'sanad/corpusChanged': { args: Record<string, never>; result: { ok: true; revision: number } };
}

/** Background or popup → content script (through tabs.sendMessage). */
export interface ToContent {
  'sanad/listFlags': { args: Record<string, never>; result: { flags: FlagSummary[] } };
  'sanad/scrollToFlag': { args: { index: number }; result: { ok: boolean } };
  'sanad/rescan': { args: Record<string, never>; result: { ok: true } };
  /** For a context-menu capture: what the page says about itself (only its publication date). */
  'sanad/pageInfo': { args: Record<string, never>; result: { published?: string } };
}

export type MessageName = keyof ContentToBackground | keyof PageToBackground | keyof ToContent;

export interface Envelope<N extends string = string, A = unknown> {
  type: N;
  args: A;
}
