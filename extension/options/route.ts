// The page's address: which section is open, a deep link into a document (#doc=…&fact=…, where the
// tooltip's "open the source" link lands) or a captured draft (#draft=<base64url JSON>).
export type Section = 'facts' | 'documents' | 'add-document' | 'settings' | 'import-export';
export const SECTIONS: Section[] = ['facts', 'documents', 'add-document', 'import-export', 'settings'];

export interface CaptureDraft {
  text: string;
  url?: string;
  title?: string;
  published?: string;
}

export interface Route {
  section: Section;
  docId?: string;
  factId?: string;
  draft?: CaptureDraft;
}

const MAX_DRAFT_TEXT = 20_000;

/** base64url → UTF-8 text; null when malformed. */
export function decodeBase64Url(input: string): string | null {
  try {
    const b64 = input.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Parses the draft payload; anything that isn't a string of sane length is dropped. */
export function parseDraft(encoded: string): CaptureDraft | null {
  const json = decodeBase64Url(encoded);
  if (json === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.text !== 'string' || !r.text.trim()) return null;
  const draft: CaptureDraft = { text: r.text.trim().slice(0, MAX_DRAFT_TEXT) };
  if (typeof r.url === 'string' && r.url.length < 4096) draft.url = r.url;
  if (typeof r.title === 'string') draft.title = r.title.slice(0, 500);
  if (typeof r.published === 'string') draft.published = r.published.slice(0, 40);
  return draft;
}

export function parseRoute(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const draft = params.get('draft');
  if (draft) {
    const parsed = parseDraft(draft);
    if (parsed) return { section: 'facts', draft: parsed };
  }
  const docId = params.get('doc');
  if (docId) {
    const route: Route = { section: 'documents', docId };
    const factId = params.get('fact');
    if (factId) route.factId = factId;
    return route;
  }
  const bare = hash.replace(/^#/, '');
  return { section: (SECTIONS as string[]).includes(bare) ? (bare as Section) : 'facts' };
}

export function docHash(docId: string, factId?: string): string {
  const p = new URLSearchParams({ doc: docId });
  if (factId) p.set('fact', factId);
  return `#${p.toString()}`;
}
