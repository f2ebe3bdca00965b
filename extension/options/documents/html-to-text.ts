// An .html file → the text a reader sees. Parsed with DOMParser into an inert document (scripts
// never run, nothing is attached to the live page); script/style/template/noscript are dropped;
// inline text is joined, block elements become line breaks.
const DROP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'SVG', 'IFRAME', 'OBJECT']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

export function htmlToText(html: string, parser: DOMParser = new DOMParser()): { text: string; title: string } {
  const doc = parser.parseFromString(html, 'text/html');
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (DROP.has(tag) || (node as Element).hasAttribute('hidden')) return;
    const block = BLOCK.has(tag);
    if (block) out.push('\n');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) out.push('\n');
  };
  if (doc.body) walk(doc.body);
  const text = out
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, title: (doc.title ?? '').trim() };
}

/** Reads a picked file as text; .html/.htm files are turned into visible text. */
export async function readArticleFile(file: File): Promise<{ text: string; title: string }> {
  const raw = typeof file.text === 'function' ? await file.text() : await readWithFileReader(file);
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') return htmlToText(raw);
  return { text: raw.replace(/\r\n?/g, '\n'), title: file.name.replace(/\.[^.]+$/, '') };
}

function readWithFileReader(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

/** 'ar' when Arabic letters outnumber Latin ones. */
export function guessLang(text: string): 'ar' | 'en' {
  const sample = text.slice(0, 5000);
  const ar = (sample.match(/[\u0600-\u06FF]/g) ?? []).length;
  const en = (sample.match(/[A-Za-z]/g) ?? []).length;
  return ar >= en && ar > 0 ? 'ar' : 'en';
}
