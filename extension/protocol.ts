// The typed message protocol, named by direction. Every receiver validates payloads with the
// validators in protocol-validate.ts before acting; the sender is checked first (content scripts
// may only ask for verdicts; only extension pages may write).
import type { FactSource, Verdict } from '../core/facts/model';

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

/**
 * A figure the background found in one text of a check message, with its verdict. Only matches and
 * mismatches come back: no other verdict is ever painted.
 */
export interface CheckedFigure {
  /** Index of the text in the message's `texts`. */
  piece: number;
  /** The figure's offsets in that text (its context not counted). */
  start: number;
  end: number;
  /** The figure as written, and its sentence (a window around the figure when the sentence is long). */
  text: string;
  sentence: string;
  verdict: Verdict;
  /** Index of the fact's source in the reply's `sources` (many figures share one), or -1. */
  source: number;
}

export interface ContentToBackground {
  'sanad/hello': {
    args: { url: string };
    result: { enabled: boolean; markConsistent: boolean; revision: number };
  };
  /**
   * The page's candidate text, for the engine in the background: texts[i] is a piece of a block of
   * the page, contexts[i] the text before it (whose topic carries into it). Why the background: the
   * engine's parse costs ~60× a regex pass, and there it runs off the page's main thread.
   */
  'sanad/check': {
    args: {
      url: string;
      published?: string;
      /** The page's title: one about the coalition makes the whole page topical. */
      title?: string;
      texts: string[];
      contexts: string[];
      /** Scan generation, echoed back. */
      generation: number;
    };
    result: { generation: number; revision: number; found: CheckedFigure[]; sources: SourceSummary[] };
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
