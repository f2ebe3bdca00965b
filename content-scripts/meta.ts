// Page metadata the engine needs: the publication date (the as-of date of the page's figures and
// the year for "in March") and the page language (which language the tooltip speaks). Read from
// the DOM only; JSON-LD is parsed defensively because it is page-controlled text.

export interface PageMeta {
  /** ISO YYYY-MM-DD (or YYYY-MM), when the page states it. */
  published?: string;
  /** Lower-case primary language subtag of html[lang] ('ar', 'en', …), if any. */
  lang?: string;
  dir?: 'rtl' | 'ltr';
}

const ISO = /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?/;

/** A plausible publication date in ISO form, or undefined. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = ISO.exec(value.slice(0, 40));
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] ? Number(m[3]) : 0;
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day > 31) return undefined;
  return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
}

/** datePublished anywhere in a JSON-LD value (objects, arrays, @graph), depth- and size-limited. */
function findDatePublished(x: unknown, depth: number): string | undefined {
  if (depth > 6 || x === null || typeof x !== 'object') return undefined;
  if (Array.isArray(x)) {
    const n = Math.min(x.length, 50);
    for (let i = 0; i < n; i++) {
      const d = findDatePublished(x[i], depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const o = x as Record<string, unknown>;
  const own = Object.prototype.hasOwnProperty;
  if (own.call(o, 'datePublished') && typeof o.datePublished === 'string') {
    const d = isoDate(o.datePublished);
    if (d) return d;
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'article']) {
    if (own.call(o, key)) {
      const d = findDatePublished(o[key], depth + 1);
      if (d) return d;
    }
  }
  return undefined;
}

function fromJsonLd(doc: Document): string | undefined {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const n = Math.min(scripts.length, 8);
  for (let i = 0; i < n; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (text.length > 200_000) continue;
    try {
      const d = findDatePublished(JSON.parse(text), 0);
      if (d) return d;
    } catch {
      // Malformed JSON-LD is common; the page's own JSON.parse cannot reach us (isolated world) but stay defensive.
    }
  }
  return undefined;
}

export function readPublished(doc: Document = document): string | undefined {
  const metas = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
  ];
  for (const sel of metas) {
    const d = isoDate(doc.querySelector(sel)?.getAttribute('content'));
    if (d) return d;
  }
  const item = doc.querySelector('[itemprop="datePublished"][datetime]');
  const fromItem = isoDate(item?.getAttribute('datetime'));
  if (fromItem) return fromItem;
  const ld = fromJsonLd(doc);
  if (ld) return ld;
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  return isoDate(time?.getAttribute('datetime'));
}

export function readPageMeta(doc: Document = document): PageMeta {
  const meta: PageMeta = {};
  const published = readPublished(doc);
  if (published) meta.published = published;
  const lang = (doc.documentElement.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (lang) meta.lang = lang;
  const dir = (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') meta.dir = dir;
  return meta;
}

const ARABIC_LETTER = /[\u0600-\u06ff]/g;
const LATIN_LETTER = /[A-Za-z]/g;

/** Which language to explain a flag in: the page's if it is ar/en, else the text's dominant script. */
export function uiLang(pageLang: string | undefined, text: string): 'ar' | 'en' {
  if (pageLang === 'ar') return 'ar';
  const sample = text.slice(0, 2000);
  const ar = sample.match(ARABIC_LETTER)?.length ?? 0;
  const en = sample.match(LATIN_LETTER)?.length ?? 0;
  if (ar > en) return 'ar';
  return 'en';
}
