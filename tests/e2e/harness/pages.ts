// Helpers that run inside the tested page (the page's own world, never the extension's).
// They are written for hostile pages too: no Array.prototype.map, JSON, MutationObserver or
// appendChild (hostile.html overrides those), only for loops over live collections.
import type { Page } from 'puppeteer-core';

export const HIGHLIGHT_MISMATCH = 'sanad-mismatch';
export const HIGHLIGHT_MATCH = 'sanad-match';
export const HIGHLIGHT_ACTIVE = 'sanad-active';

/** name → the text of each range, as the page sees the per-document highlight registry. */
export type Highlights = Record<string, string[]>;

declare global {
  interface Window {
    __sanadE2E?: {
      baseline(): string | null;
      added(): Element[];
    };
  }
}

/**
 * Installed with page.evaluateOnNewDocument before navigation: at DOMContentLoaded (before any
 * document_idle content script) it records the page's markup and marks every element, so that
 * later the test can tell which elements appeared afterwards and compare the markup.
 */
export function installDomProbe(): void {
  const marks = new WeakSet<Element>();
  let baseline: string | null = null;
  const snap = (): void => {
    if (baseline !== null) return;
    baseline = document.documentElement.outerHTML;
    const all = document.getElementsByTagName('*');
    for (let i = 0; i < all.length; i++) marks.add(all[i]!);
  };
  document.addEventListener('DOMContentLoaded', snap, { once: true, capture: true });
  Object.defineProperty(window, '__sanadE2E', {
    value: Object.freeze({
      baseline: () => baseline,
      added: () => {
        const out: Element[] = [];
        const all = document.getElementsByTagName('*');
        for (let i = 0; i < all.length; i++) if (!marks.has(all[i]!)) out.push(all[i]!);
        return out;
      },
    }),
  });
}

export async function prepare(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(installDomProbe);
}

export async function readHighlights(page: Page, frame = page.mainFrame()): Promise<Highlights> {
  return frame.evaluate(() => {
    const out: Record<string, string[]> = {};
    if (!('highlights' in CSS)) return out;
    CSS.highlights.forEach((h, name) => {
      const texts: string[] = [];
      h.forEach((r) => {
        texts.push(r.toString());
      });
      out[name] = texts;
    });
    return out;
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls until `ok(highlights)` holds; returns the last reading (the caller asserts on it). */
export async function waitForHighlights(page: Page, ok: (h: Highlights) => boolean, timeoutMs = 15_000): Promise<Highlights> {
  const deadline = Date.now() + timeoutMs;
  let last: Highlights = {};
  for (;;) {
    last = await readHighlights(page);
    if (ok(last) || Date.now() > deadline) return last;
    await sleep(100);
  }
}

/** Digits only: "4,000" → "4000", Arabic-Indic digits → ASCII. */
export function digits(s: string): string {
  return s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/[^0-9]/g, '');
}

/** The numbers in a highlight's range texts ("نحو 4000" → "4000"), sorted. */
export function figures(texts: readonly string[] | undefined): string[] {
  return (texts ?? []).map((t) => digits(t)).sort();
}

/**
 * Scrolls the mismatch range whose text contains `figure` into view and returns the centre of its
 * first line box in viewport coordinates (for page.mouse.move). Null when no such range is painted.
 */
export async function figureCenter(page: Page, figure: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    (name: string, fig: string) => {
      const norm = (s: string): string => s.replace(/[^0-9]/g, '');
      const h = CSS.highlights.get(name);
      if (!h) return null;
      let range: Range | null = null;
      h.forEach((r) => {
        if (!range && r instanceof Range && norm(r.toString()).indexOf(fig) >= 0) range = r;
      });
      if (!range) return null;
      const r0 = (range as Range).getClientRects()[0] ?? (range as Range).getBoundingClientRect();
      if (r0.top < 80 || r0.bottom > window.innerHeight - 80) window.scrollBy(0, r0.top - window.innerHeight / 3);
      const r = (range as Range).getClientRects()[0] ?? (range as Range).getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    HIGHLIGHT_MISMATCH,
    figure,
  );
}

export interface DomCheck {
  baseline: string | null;
  /** The markup now, with the elements added after DOMContentLoaded removed. */
  now: string;
  /** Tag names and light-DOM child counts of the elements added after DOMContentLoaded. */
  added: { tag: string; childNodes: number; parent: string; attributes: string[] }[];
}

/** Compares the page markup at DOMContentLoaded with the markup now, minus the elements added since. */
export async function domCheck(page: Page): Promise<DomCheck> {
  return page.evaluate(() => {
    const probe = window.__sanadE2E;
    if (!probe) throw new Error('DOM probe not installed');
    const added = probe.added();
    // Child-index paths from <html>, so the same elements can be found in a clone.
    const paths: number[][] = [];
    for (const el of added) {
      const path: number[] = [];
      let n: Node = el;
      while (n !== document.documentElement && n.parentNode) {
        path.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
        n = n.parentNode;
      }
      paths.push(path);
    }
    const clone = document.documentElement.cloneNode(true) as Element;
    const targets: Node[] = [];
    for (const path of paths) {
      let n: Node = clone;
      for (const i of path) n = n.childNodes[i]!;
      targets.push(n);
    }
    for (const t of targets) t.parentNode?.removeChild(t);
    const info: { tag: string; childNodes: number; parent: string; attributes: string[] }[] = [];
    for (const el of added) {
      const attributes: string[] = [];
      for (let i = 0; i < el.attributes.length; i++) attributes.push(el.attributes[i]!.name);
      info.push({ tag: el.localName, childNodes: el.childNodes.length, parent: el.parentElement?.localName ?? '', attributes });
    }
    return { baseline: probe.baseline(), now: clone.outerHTML, added: info };
  });
}
