// The text snapshot: reads the visible text of the page WITHOUT changing it. Why a block model:
// the engine works on plain strings, and a figure is often split by inline markup
// (<b>2500</b> جندي); joining every text node of a block element into one string keeps such a
// phrase whole, while the segment table (text node → offset in the block string) lets locate.ts
// map the engine's offsets back to DOM ranges.
//
// The walk is a plain firstChild/nextSibling traversal (no NodeFilter callback: a JS acceptNode
// costs +2.7 µs per node, PERFORMANCE.md) and is resumable, so scan.ts can slice it.

import { isFigureLine } from '../core/text/sentences';

/** One block of text: the nearest block-level element and the text nodes it renders inline. */
export interface Block {
  el: Element;
  text: string;
  nodes: Text[];
  /** starts[i]: offset of nodes[i] in `text`; lens[i]: its length at snapshot time. */
  starts: number[];
  lens: number[];
}

/** Elements whose text a reader does not read as article text, or that the user is editing. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'svg', 'math', 'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title',
  'link', 'meta', 'code', 'kbd', 'samp',
]);

/** Tags that start a new block of text (by tag: computed styles would cost a style pass). */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'html',
]);

/** Table cells: a row is one block, its cells separated by a tab (the engine reads "label<TAB>value"). */
const CELL_TAGS = new Set(['td', 'th']);

/** Cheap per-element test (tag and attributes only; layout-based visibility comes later, for candidates). */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  return el.getAttribute('role') === 'textbox';
}

/** Is `node` (or an ancestor up to the document) in a subtree the snapshot skips? */
export function inSkippedSubtree(node: Node): boolean {
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/** The element whose block a node's text belongs to (the nearest block-level ancestor or itself). */
export function blockOf(node: Node): Element | null {
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.localName)) return el;
  }
  return null;
}

const NON_SPACE = /\S/;
const SOURCE_BREAK = /[\n\r\f]/;
const SOURCE_BREAKS = /[\n\r\f]/g;

export type WalkState = 'done' | 'paused' | 'stale';

/** A resumable walk over `root` that emits one Block per run of inline text. */
export class BlockWalker {
  private node: Node | null;
  private readonly stack: Element[];
  private parts: string[] = [];
  private nodes: Text[] = [];
  private starts: number[] = [];
  private lens: number[] = [];
  private len = 0;
  /** The text so far is a figure-only block waiting for the block after it. */
  private holding = false;
  private heldNodes = 0;

  constructor(private readonly root: Element) {
    this.node = root.firstChild;
    this.stack = [root];
  }

  /** Walks until the end (→ 'done') or until shouldYield() (→ 'paused'); 'stale' if the DOM moved under it. */
  run(onBlock: (b: Block) => void, shouldYield: () => boolean = () => false): WalkState {
    const root = this.root;
    let n = this.node;
    if (n && !n.isConnected && root.isConnected) return 'stale';
    let count = 0;
    while (n) {
      if ((++count & 127) === 0 && shouldYield()) {
        this.node = n;
        return 'paused';
      }
      let descend = false;
      if (n.nodeType === 3) {
        const t = n as Text;
        const len = t.data.length;
        if (len > 0) {
          // A line break in the source renders as a space (only <br> and <pre> break lines): the engine
          // would read it as a sentence end. Same length, so offsets are unchanged.
          const data = t.data;
          this.parts.push(SOURCE_BREAK.test(data) && !this.preformatted() ? data.replace(SOURCE_BREAKS, ' ') : data);
          this.nodes.push(t);
          this.starts.push(this.len);
          this.lens.push(len);
          this.len += len;
        }
      } else if (n.nodeType === 1) {
        const el = n as Element;
        if (!isSkipped(el)) {
          const name = el.localName;
          if (name === 'br') {
            this.parts.push('\n');
            this.len += 1;
          } else if (CELL_TAGS.has(name)) {
            if (this.len > 0) {
              this.parts.push('\t');
              this.len += 1;
            }
            descend = el.firstChild !== null;
          } else if (BLOCK_TAGS.has(name)) {
            this.flush(onBlock);
            if (el.firstChild) {
              this.stack.push(el);
              descend = true;
            }
          } else {
            descend = el.firstChild !== null;
          }
        }
      }
      if (descend) {
        n = n.firstChild as Node;
        continue;
      }
      // Climb until a next sibling exists, leaving the elements we descended into.
      while (n !== root && !n.nextSibling) {
        n = n.parentNode;
        if (!n || n === root) break;
        if (BLOCK_TAGS.has((n as Element).localName)) {
          this.flush(onBlock);
          this.stack.pop();
        }
      }
      n = n && n !== root ? n.nextSibling : null;
    }
    this.flush(onBlock, true);
    this.node = null;
    return 'done';
  }

  private preformatted(): boolean {
    return (this.stack[this.stack.length - 1] as Element).localName === 'pre';
  }

  private flush(onBlock: (b: Block) => void, last = false): void {
    // Entering the block after a held figure: nothing new to emit yet.
    if (this.holding && this.nodes.length === this.heldNodes) {
      if (!last) return;
      this.parts.pop(); // the page ended after it: the figure alone, without its line break
    }
    if (this.nodes.length > 0) {
      const text = this.parts.join('');
      // A stat card's figure alone in its block ("<div>٢٥٠٠</div><div>عسكري أمريكي…</div>") joins
      // the next block on a line of its own, as the engine reads a figure line with its caption.
      if (!last && !this.holding && isFigureLine(text)) {
        this.parts = [text, '\n'];
        this.len += 1;
        this.holding = true;
        this.heldNodes = this.nodes.length;
        return;
      }
      this.holding = false;
      if (NON_SPACE.test(text)) {
        onBlock({ el: this.stack[this.stack.length - 1] as Element, text, nodes: this.nodes, starts: this.starts, lens: this.lens });
      }
      this.nodes = [];
      this.starts = [];
      this.lens = [];
    }
    this.parts = [];
    this.len = 0;
  }
}

/** Whole-root snapshot in one go (tests, small incremental roots). */
export function snapshotBlocks(root: Element): Block[] {
  const out: Block[] = [];
  new BlockWalker(root).run((b) => out.push(b));
  return out;
}

/**
 * Layout visibility of a candidate element. Called only for the few blocks that hold a figure
 * (PERFORMANCE.md: checking every element costs 3–8 µs each). checkVisibility() where the
 * browser has it, else "has boxes".
 */
export function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
  return el.getClientRects().length > 0;
}
