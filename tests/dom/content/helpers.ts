// Test doubles for what jsdom lacks (layout, the Highlight API) and for the extension runtime.
import { extractOptions, extractPiece } from '../../../background/check';
import { compileLexicon, type Claim } from '../../../core/index';
import type { CheckedFigure, ContentToBackground, JudgedClaim, SourceSummary } from '../../../extension/protocol';
import type { RuntimeLike } from '../../../content-scripts/messaging';

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

/** Installs CSS.highlights + Highlight on the jsdom window; returns the registry. */
export function installHighlights(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  const g = globalThis as unknown as { CSS?: { highlights?: unknown }; Highlight?: unknown };
  if (!g.CSS) Object.defineProperty(globalThis, 'CSS', { value: {}, configurable: true, writable: true });
  (g.CSS as { highlights?: unknown }).highlights = registry;
  g.Highlight = FakeHighlight;
  return registry;
}

export function removeHighlights(): void {
  const g = globalThis as unknown as { CSS?: { highlights?: unknown }; Highlight?: unknown };
  if (g.CSS) delete g.CSS.highlights;
  delete g.Highlight;
}

/** jsdom has no layout: "visible" = no display:none / hidden on the element or an ancestor. */
export function installVisibility(): void {
  (Element.prototype as unknown as { checkVisibility: () => boolean }).checkVisibility = function (this: Element) {
    for (let e: Element | null = this as Element | null; e; e = e.parentElement) {
      if (e.hasAttribute('hidden')) return false;
      if ((e as HTMLElement).style?.display === 'none') return false;
    }
    return true;
  };
}

/** Text of the ranges a highlight holds, in insertion order. */
export function texts(h: FakeHighlight | undefined): string[] {
  return h ? [...h].map((r) => (r as Range).toString()) : [];
}

export type Judge = (claim: Claim) => JudgedClaim;

/** Mismatch unless the figure is 2500 (the "corpus" of these tests). */
export const judgeTroops: Judge = (c) => {
  const ok = c.value === 2500;
  return {
    verdict: {
      verdict: ok ? 'match' : 'mismatch',
      rule: ok ? 'equal' : 'outside-range',
      factId: 'f1',
      expected: 2500,
      expectedText: { ar: 'نحو 2500', en: 'about 2,500' },
      explanation: { ar: 'الرقم خارج المدى', en: 'The figure is outside the range.' },
    },
    source: { factId: 'f1', docId: 'd1', outlet: 'Reuters', published: '2023-03-01', quote: 'about 2,500 troops', asOf: '2023-03-01', url: 'https://example.org/a' },
  };
};

export interface FakeRuntime extends RuntimeLike {
  sent: Array<{ type: string; args: Record<string, unknown> }>;
  listeners: Array<(m: unknown, s: { id?: string }) => unknown>;
  /** Messages of a type. */
  of(type: string): Array<{ type: string; args: Record<string, unknown> }>;
}

export interface FakeRuntimeOptions {
  enabled?: boolean;
  markConsistent?: boolean;
  judge?: Judge;
  /** Rejects the first N check messages like a stopped service worker. */
  failCheck?: number;
}

const lexicon = compileLexicon([]);

/** The background's answer to a check message, with the real engine and a fake corpus (`judge`). */
function fakeCheck(args: Record<string, unknown>, judge: Judge): Omit<ContentToBackground['sanad/check']['result'], 'generation' | 'revision'> {
  const texts = args.texts as string[];
  const contexts = args.contexts as string[];
  const opts = extractOptions(args as { published?: string; title?: string }, lexicon);
  const found: CheckedFigure[] = [];
  const sources: SourceSummary[] = [];
  texts.forEach((text, piece) => {
    for (const claim of extractPiece(text, contexts[piece] ?? '', lexicon, opts)) {
      const { verdict, source } = judge(claim);
      found.push({ piece, start: claim.start, end: claim.end, text: claim.text, sentence: claim.sentence, verdict, source: source ? sources.push(source) - 1 : -1 });
    }
  });
  return { found, sources };
}

export function fakeRuntime(o: FakeRuntimeOptions = {}): FakeRuntime {
  const sent: FakeRuntime['sent'] = [];
  const listeners: FakeRuntime['listeners'] = [];
  let failures = o.failCheck ?? 0;
  return {
    id: 'sanad@test',
    sent,
    listeners,
    of: (type) => sent.filter((m) => m.type === type),
    async sendMessage(message: unknown) {
      // Messages cross as JSON in Chrome: prove they are plain data.
      const m = JSON.parse(JSON.stringify(message)) as { type: string; args: Record<string, unknown> };
      sent.push(m);
      if (m.type === 'sanad/hello') return { enabled: o.enabled ?? true, markConsistent: o.markConsistent ?? false, revision: 1 };
      if (m.type === 'sanad/check') {
        if (failures > 0) {
          failures--;
          throw new Error('Could not establish connection. Receiving end does not exist.');
        }
        return { generation: m.args.generation, revision: 1, ...fakeCheck(m.args, o.judge ?? judgeTroops) };
      }
      if (m.type === 'sanad/flagCount') return { ok: true };
      throw new Error('unexpected message');
    },
    onMessage: {
      addListener: (l) => {
        listeners.push(l);
      },
      removeListener: (l) => {
        const i = listeners.indexOf(l);
        if (i >= 0) listeners.splice(i, 1);
      },
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
