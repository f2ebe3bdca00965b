// HTML → the text a reader sees, plus the page's language, publication date and title.
// Parsed with parse5 (a real HTML parser; never regexes over markup). parse5 decodes entities.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface HtmlText {
  text: string;
  lang?: 'ar' | 'en';
  /** ISO `YYYY-MM-DD`. */
  published?: string;
  title?: string;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements whose content a reader never sees as page text. */
const SKIP = new Set([
  'head', 'title', 'meta', 'link', 'base', 'script', 'style', 'template', 'noscript',
  'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'picture', 'img',
  'select', 'textarea', 'input', 'map', 'area', 'frameset', 'frame', 'dialog',
]);

/**
 * Elements that start and end a line of their own. A table row is one line, its cells separated by
 * tabs, so a fact box reads "label<TAB>value" (the engine reads a tab as a label's end).
 */
const BLOCK = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'listing',
  'plaintext', 'xmp', 'option', 'optgroup', 'search',
]);

const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'xmp', 'textarea']);

/** ASCII whitespace as HTML collapses it (NBSP is kept: the engine reads it as a digit-group space). */
function isCollapsible(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';
}

/** Each run of whitespace → one space (leading and trailing ones too: they separate inline elements). */
function collapse(s: string): string {
  let out = '';
  let space = false;
  for (const ch of s) {
    if (isCollapsible(ch)) {
      space = true;
    } else {
      if (space) out += ' ';
      space = false;
      out += ch;
    }
  }
  return space ? out + ' ' : out;
}

function attr(el: Element, name: string): string | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return undefined;
}

function isElement(n: Node): n is Element {
  return 'tagName' in n;
}

function childrenOf(n: Node): Node[] {
  return 'childNodes' in n ? n.childNodes : [];
}

function isHidden(el: Element): boolean {
  if (attr(el, 'hidden') !== undefined) return true;
  if (attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  if (style) {
    let compact = '';
    for (const ch of style.toLowerCase()) if (!isCollapsible(ch)) compact += ch;
    if (compact.includes('display:none') || compact.includes('visibility:hidden')) return true;
  }
  return false;
}

/** Collects lines: inline text joins into the current line, blocks break it. */
class LineBuilder {
  private lines: string[] = [];
  private current = '';

  text(s: string): void {
    // Join with a single space across inline boundaries, never two.
    if ((this.current.endsWith(' ') || this.current.endsWith('\t')) && s.startsWith(' ')) s = s.slice(1);
    if (!this.current && s.startsWith(' ')) s = s.slice(1);
    this.current += s;
  }

  /** A table cell begins: a tab separates it from the cell before. */
  cell(): void {
    this.current = this.current.trimEnd();
    if (this.current) this.current += '\t';
  }

  /** Preformatted text: its own line breaks are kept. */
  pre(s: string): void {
    const parts = s.split('\n');
    parts.forEach((p, i) => {
      if (i > 0) this.break();
      this.current += p;
    });
  }

  break(): void {
    const line = this.current.trim();
    if (line) this.lines.push(line);
    this.current = '';
  }

  result(): string {
    this.break();
    return this.lines.join('\n');
  }
}

function textContent(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  let s = '';
  for (const c of childrenOf(n)) s += textContent(c);
  return s;
}

function walkText(n: Node, out: LineBuilder, pre: boolean): void {
  if (n.nodeName === '#text') {
    const value = (n as DefaultTreeAdapterMap['textNode']).value;
    if (pre) out.pre(value);
    else out.text(collapse(value));
    return;
  }
  if (!isElement(n)) {
    for (const c of childrenOf(n)) walkText(c, out, pre);
    return;
  }
  // Foreign content (svg, math) and invisible elements contribute nothing.
  if (n.namespaceURI !== HTML_NS || SKIP.has(n.tagName) || isHidden(n)) return;
  if (n.tagName === 'br') {
    out.break();
    return;
  }
  const block = BLOCK.has(n.tagName);
  if (block) out.break();
  else if (n.tagName === 'td' || n.tagName === 'th') out.cell();
  const inPre = pre || PREFORMATTED.has(n.tagName);
  for (const c of n.childNodes) walkText(c, out, inPre);
  if (block) out.break();
}

/** `YYYY-MM-DD` from an ISO-like date or date-time string, or undefined. */
export function isoDay(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const m = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function langOf(value: string | undefined): 'ar' | 'en' | undefined {
  const primary = value?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'ar' || primary === 'en' ? primary : undefined;
}

/** `datePublished` anywhere in a JSON-LD value (objects, arrays, @graph). */
function jsonLdDate(v: unknown, depth = 0): string | undefined {
  if (depth > 8 || v === null || typeof v !== 'object') return undefined;
  if (Array.isArray(v)) {
    for (const item of v) {
      const d = jsonLdDate(item, depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const rec = v as Record<string, unknown>;
  const own = typeof rec.datePublished === 'string' ? isoDay(rec.datePublished) : undefined;
  if (own) return own;
  for (const key of Object.keys(rec)) {
    const d = jsonLdDate(rec[key], depth + 1);
    if (d) return d;
  }
  return undefined;
}

interface Meta {
  htmlLang?: string;
  title?: string;
  ogTitle?: string;
  metaPublished?: string;
  jsonLdPublished?: string;
  timePublished?: string;
}

const PUBLISHED_META = new Set([
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate',
  'date', 'dc.date', 'dc.date.issued', 'sailthru.date',
]);

function collectMeta(n: Node, meta: Meta): void {
  if (isElement(n) && n.namespaceURI === HTML_NS) {
    switch (n.tagName) {
      case 'html':
        meta.htmlLang ??= attr(n, 'lang') ?? attr(n, 'xml:lang');
        break;
      case 'title':
        if (meta.title === undefined) meta.title = collapse(textContent(n)).trim() || undefined;
        break;
      case 'meta': {
        const key = (attr(n, 'property') ?? attr(n, 'name') ?? attr(n, 'itemprop') ?? '').toLowerCase();
        const content = attr(n, 'content');
        if (key === 'og:title' && content) meta.ogTitle ??= collapse(content).trim();
        // article:published_time wins over the weaker names.
        if (PUBLISHED_META.has(key)) {
          const d = isoDay(content);
          if (d && (key === 'article:published_time' || !meta.metaPublished)) meta.metaPublished = d;
        }
        break;
      }
      case 'script':
        if ((attr(n, 'type') ?? '').toLowerCase().trim() === 'application/ld+json' && !meta.jsonLdPublished) {
          try {
            meta.jsonLdPublished = jsonLdDate(JSON.parse(textContent(n)));
          } catch {
            // Broken JSON-LD is common; ignore it.
          }
        }
        return;
      case 'time':
        if (!meta.timePublished) meta.timePublished = isoDay(attr(n, 'datetime'));
        break;
      case 'template':
        return;
    }
  }
  for (const c of childrenOf(n)) collectMeta(c, meta);
}

export function htmlToText(html: string): HtmlText {
  const doc = parse(html);
  const out = new LineBuilder();
  walkText(doc, out, false);
  const meta: Meta = {};
  collectMeta(doc, meta);
  const result: HtmlText = { text: out.result() };
  const lang = langOf(meta.htmlLang);
  if (lang) result.lang = lang;
  const published = meta.metaPublished ?? meta.jsonLdPublished ?? meta.timePublished;
  if (published) result.published = published;
  const title = meta.title ?? meta.ogTitle;
  if (title) result.title = title;
  return result;
}

const HTML_MARKERS = ['<!doctype html', '<html', '<head', '<body', '<meta', '<title', '<p>', '<p ', '<div', '<article', '<br'];

/** Whether a text looks like an HTML document (sniffs the start). */
export function looksLikeHtml(s: string): boolean {
  let i = 0;
  if (s.charCodeAt(0) === 0xfeff) i = 1;
  while (i < s.length && isCollapsible(s[i] as string)) i++;
  if (s[i] !== '<') return false;
  const head = s.slice(i, i + 2048).toLowerCase();
  return HTML_MARKERS.some((m) => head.includes(m));
}
