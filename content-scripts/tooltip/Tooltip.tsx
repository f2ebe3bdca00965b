// The tooltip's content (props only, no browser API). Every page- or corpus-derived string is a
// text child, so Preact escapes it: an "<img onerror>" in a figure, sentence or quote renders as
// those characters, never as an element. A source URL becomes a link only when it is http(s).
import type { JudgedClaim } from '../../extension/protocol';

export interface TooltipProps {
  figure: string;
  sentence: string;
  verdict: JudgedClaim['verdict'];
  source: JudgedClaim['source'];
  lang: 'ar' | 'en';
}

const TEXT = {
  en: {
    mismatch: 'Differs from the sources',
    match: 'Consistent with the sources',
    unverified: 'Not verified',
    page: 'The page says',
    corpus: 'The sources say',
    asOf: 'as of',
    rule: 'Why',
    source: 'Source',
    open: 'Original article',
    openInSanad: 'Open the source in Sanad',
    noCorpus: 'No matching figure in the sources.',
  },
  ar: {
    mismatch: 'يخالف المصادر',
    match: 'يوافق المصادر',
    unverified: 'لم يُتحقَّق منه',
    page: 'تقول الصفحة',
    corpus: 'تقول المصادر',
    asOf: 'حتى',
    rule: 'السبب',
    source: 'المصدر',
    open: 'المقال الأصلي',
    openInSanad: 'افتح المصدر في سند',
    noCorpus: 'لا يوجد رقم مطابق في المصادر.',
  },
} as const;

/** http(s) URL as a string, or null (javascript:, data:, relative and malformed URLs are never links). */
export function safeHttpUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > 4096) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The sentence shortened around the figure so the tooltip stays small. */
export function excerpt(sentence: string, figure: string, max = 280): string {
  if (sentence.length <= max) return sentence;
  const at = Math.max(0, sentence.indexOf(figure));
  const from = Math.max(0, Math.min(at - (max >> 1), sentence.length - max));
  return (from > 0 ? '… ' : '') + sentence.slice(from, from + max) + (from + max < sentence.length ? ' …' : '');
}

export function Tooltip({ figure, sentence, verdict, source, lang }: TooltipProps) {
  const t = TEXT[lang];
  const [open, close] = lang === 'ar' ? ['«', '»'] : ['“', '”'];
  const expected = verdict.expectedText ? verdict.expectedText[lang] : null;
  const href = source ? safeHttpUrl(source.url) : null;
  return (
    <div class="card" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <div class="head">
        <span class={`chip chip-${verdict.verdict}`}>{t[verdict.verdict]}</span>
      </div>
      <section>
        <h2>{t.page}</h2>
        <p class="figure">
          <bdi>{figure}</bdi>
        </p>
        <p class="sentence">{excerpt(sentence, figure)}</p>
      </section>
      <section>
        <h2>{t.corpus}</h2>
        {expected !== null ? (
          <p class="expected">
            <bdi>{expected}</bdi>
            {source?.asOf ? (
              <span class="muted">
                {' '}
                ({t.asOf} <bdi>{source.asOf}</bdi>)
              </span>
            ) : null}
          </p>
        ) : (
          <p class="muted">{t.noCorpus}</p>
        )}
      </section>
      <section>
        <h2>{t.rule}</h2>
        <p>{verdict.explanation[lang]}</p>
      </section>
      {source ? (
        <section>
          <h2>{t.source}</h2>
          <p class="muted">
            <bdi>{source.outlet}</bdi>
            {source.published ? <span>{lang === 'ar' ? '، ' : ', '}<bdi>{source.published}</bdi></span> : null}
          </p>
          <blockquote>
            {open}
            <bdi>{source.quote}</bdi>
            {close}
          </blockquote>
          {source.title ? (
            <p class="muted" dir="auto">
              {source.title}
            </p>
          ) : null}
          <p class="actions">
            <button type="button" data-action="open-source">
              {t.openInSanad}
            </button>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {t.open}
              </a>
            ) : null}
          </p>
        </section>
      ) : null}
    </div>
  );
}
