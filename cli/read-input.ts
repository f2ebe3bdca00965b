// One input (file path, http(s) URL or '-' for stdin) → the text to scan, or why it cannot be read.
import { htmlToText, looksLikeHtml } from './html-to-text';

/** The subset of a fetch Response the CLI uses (so tests can fake it). */
export interface FetchResponse {
  ok: boolean;
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type FetchLike = (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }) => Promise<FetchResponse>;

export interface InputIo {
  readFile(path: string): Promise<Uint8Array>;
  fetch: FetchLike;
  stdin(): Promise<Uint8Array>;
}

export type InputResult =
  | { ok: true; text: string; html: boolean; lang?: 'ar' | 'en'; published?: string; title?: string }
  | { ok: false; reason: string };

export const FETCH_TIMEOUT_MS = 30_000;

export function isUrl(input: string): boolean {
  const lower = input.slice(0, 8).toLowerCase();
  return lower.startsWith('http://') || lower.startsWith('https://');
}

function fileErrorReason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'no such file (a parent is not a directory)';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default: {
      const msg = err instanceof Error ? err.message : String(err);
      return `cannot read: ${typeof code === 'string' ? code : msg}`;
    }
  }
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/** Strict decode; the BOM is stripped. Undefined when the bytes are not valid in that encoding. */
function decode(bytes: Uint8Array, encoding = 'utf-8'): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The charset parameter of a Content-Type header, lower-cased. */
function charsetOf(contentType: string): string | undefined {
  for (const part of contentType.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const v = part.slice(eq + 1).trim().toLowerCase();
    return v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;
  }
  return undefined;
}

function mimeOf(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

function isTextMime(mime: string): boolean {
  return mime === '' || mime.startsWith('text/') || mime === 'application/xhtml+xml' || mime === 'application/xml';
}

function fromText(text: string, treatAsHtml: boolean): InputResult {
  if (!treatAsHtml) return { ok: true, text, html: false };
  const page = htmlToText(text);
  const result: InputResult = { ok: true, text: page.text, html: true };
  if (page.lang) result.lang = page.lang;
  if (page.published) result.published = page.published;
  if (page.title) result.title = page.title;
  return result;
}

function fromBytes(bytes: Uint8Array, encoding: string, htmlHint: boolean | undefined): InputResult {
  if (hasNul(bytes)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  const text = decode(bytes, encoding);
  if (text === undefined) {
    return { ok: false, reason: encoding === 'utf-8' ? 'not valid UTF-8 text' : `not valid ${encoding} text` };
  }
  return fromText(text, htmlHint ?? looksLikeHtml(text));
}

function hasHtmlExtension(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.xhtml');
}

async function readUrl(url: string, io: InputIo): Promise<InputResult> {
  let response: FetchResponse;
  try {
    response = await io.fetch(url, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'text/html, text/plain;q=0.9, */*;q=0.1' },
    });
  } catch (err) {
    const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    if (e?.name === 'TimeoutError') return { ok: false, reason: `fetch timed out after ${FETCH_TIMEOUT_MS / 1000} s` };
    const detail = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
    return { ok: false, reason: `fetch failed: ${detail}` };
  }
  if (!response.ok) {
    return { ok: false, reason: `HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}` };
  }
  const contentType = response.headers.get('content-type') ?? '';
  const mime = mimeOf(contentType);
  if (!isTextMime(mime)) return { ok: false, reason: `not text (content-type ${mime})` };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (err) {
    return { ok: false, reason: `fetch failed while reading the body: ${err instanceof Error ? err.message : String(err)}` };
  }
  // A charset the server declares is honoured (Arabic sites still use windows-1256); otherwise strict UTF-8.
  let encoding = 'utf-8';
  const declared = charsetOf(contentType);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      new TextDecoder(declared);
      encoding = declared;
    } catch {
      return { ok: false, reason: `unsupported charset ${declared}` };
    }
  }
  const htmlHint = mime === 'text/html' || mime === 'application/xhtml+xml' ? true : mime === 'text/plain' ? false : undefined;
  return fromBytes(bytes, encoding, htmlHint);
}

export async function readInput(input: string, io: InputIo): Promise<InputResult> {
  if (input === '-') {
    let bytes: Uint8Array;
    try {
      bytes = await io.stdin();
    } catch (err) {
      return { ok: false, reason: `cannot read stdin: ${err instanceof Error ? err.message : String(err)}` };
    }
    return fromBytes(bytes, 'utf-8', undefined);
  }
  if (isUrl(input)) return readUrl(input, io);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(input);
  } catch (err) {
    return { ok: false, reason: fileErrorReason(err) };
  }
  return fromBytes(bytes, 'utf-8', hasHtmlExtension(input) ? true : undefined);
}
