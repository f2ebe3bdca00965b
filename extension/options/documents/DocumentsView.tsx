// The corpus documents: a list, and a reader that shows a document's full text (as text, in its
// own direction) with its facts' quotes wrapped in <mark>. A deep link selects one fact's quote.
import type { CorpusDocument, Fact } from '../../../core/facts/model';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { I18n, UiLang } from '../../i18n';
import { factSentence, quoted, readableDate, safeHttpUrl } from '../facts/present';
import { quoteSpans, segmentText } from './segments';

export interface DocumentListProps {
  documents: readonly CorpusDocument[];
  factCounts: ReadonlyMap<string, number>;
  lang: UiLang;
  t: I18n['t'];
  onOpen(docId: string): void;
}

export function DocumentList({ documents, factCounts, lang, t, onOpen }: DocumentListProps) {
  const sorted = [...documents].sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : 0));
  return (
    <section class="panel" aria-labelledby="docs-heading">
      <div class="panel__head">
        <h2 id="docs-heading" class="panel__title">
          {t('navDocuments')}
        </h2>
      </div>
      {sorted.length === 0 ? (
        <p class="empty">{t('docsEmpty')}</p>
      ) : (
        <table class="doc-table">
          <thead>
            <tr>
              <th scope="col">{t('docTitle')}</th>
              <th scope="col">{t('docOutlet')}</th>
              <th scope="col">{t('docDate')}</th>
              <th scope="col">{t('docLang')}</th>
              <th scope="col">{t('docFacts')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('docOpen')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((d) => (
              <tr key={d.id} data-doc-id={d.id}>
                <td>
                  <bdi lang={d.lang} dir={d.lang === 'ar' ? 'rtl' : 'ltr'}>
                    {d.title}
                  </bdi>
                  {d.origin === 'user' && <span class="badge badge--user">{t('badgeUser')}</span>}
                </td>
                <td>
                  <bdi>{d.outlet}</bdi>
                </td>
                <td>{readableDate(d.published, lang)}</td>
                <td>{d.lang === 'ar' ? t('langAr') : t('langEn')}</td>
                <td class="num">{factCounts.get(d.id) ?? 0}</td>
                <td>
                  <button type="button" class="button button--small" aria-label={t('docOpenAria', d.title)} onClick={() => onOpen(d.id)}>
                    {t('docOpen')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export interface DocumentReaderProps {
  doc: CorpusDocument;
  facts: readonly Fact[];
  selectedFactId?: string | undefined;
  lang: UiLang;
  t: I18n['t'];
  onBack(): void;
  onSelectFact(factId: string): void;
  onEditFact(fact: Fact): void;
}

export function DocumentReader({ doc, facts, selectedFactId, lang, t, onBack, onSelectFact, onEditFact }: DocumentReaderProps) {
  const segments = useMemo(() => segmentText(doc.text, quoteSpans(doc.text, facts)), [doc.text, facts]);
  const firstMark = useRef(new Map<string, HTMLElement>());
  const url = safeHttpUrl(doc.url);
  const docDir = doc.lang === 'ar' ? 'rtl' : 'ltr';

  useEffect(() => {
    if (!selectedFactId) return;
    const el = firstMark.current.get(selectedFactId);
    if (!el) return;
    el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    el.focus({ preventScroll: true });
  }, [selectedFactId, segments]);

  const seen = new Set<string>();
  firstMark.current.clear();
  return (
    <section class="panel reader" aria-labelledby="reader-heading">
      <button type="button" class="button button--quiet reader__back" onClick={onBack}>
        {lang === 'ar' ? '→ ' : '← '}
        {t('docBack')}
      </button>
      <header class="reader__head">
        <h2 id="reader-heading" class="panel__title" lang={doc.lang} dir={docDir}>
          {doc.title}
        </h2>
        <p class="reader__meta">
          <bdi>{doc.outlet}</bdi> · {readableDate(doc.published, lang)} · {doc.lang === 'ar' ? t('langAr') : t('langEn')}
          {url && (
            <>
              {' · '}
              <a href={url} target="_blank" rel="noopener noreferrer">
                {t('docSourceLink')}
              </a>
            </>
          )}
        </p>
      </header>
      <div class="reader__layout">
        <article class="reader__text" lang={doc.lang} dir={docDir}>
          {segments.map((s) => {
            if (s.factIds.length === 0) return s.text;
            const selected = selectedFactId !== undefined && s.factIds.includes(selectedFactId);
            const firstOf = s.factIds.filter((id) => !seen.has(id));
            firstOf.forEach((id) => seen.add(id));
            return (
              <mark
                key={s.start}
                class={`quote ${selected ? 'quote--selected' : ''}`}
                data-fact-ids={s.factIds.join(' ')}
                tabIndex={-1}
                aria-current={selected ? 'true' : undefined}
                ref={(el: HTMLElement | null) => {
                  if (el) for (const id of firstOf) firstMark.current.set(id, el);
                }}
              >
                {s.text}
              </mark>
            );
          })}
        </article>
        <aside class="reader__facts" aria-labelledby="reader-facts-heading">
          <h3 id="reader-facts-heading">{t('docFactsHeading')}</h3>
          {facts.length === 0 ? (
            <p class="empty">{t('docNoFacts')}</p>
          ) : (
            <ul class="reader__fact-list">
              {facts.map((f) => (
                <li key={f.id} class={`reader__fact ${f.id === selectedFactId ? 'reader__fact--selected' : ''}`} data-fact-id={f.id}>
                  <p>{factSentence(f, lang)}</p>
                  <p class="reader__quote" lang={f.source.lang} dir={f.source.lang === 'ar' ? 'rtl' : 'ltr'}>
                    {quoted(f.source.quote, f.source.lang)}
                  </p>
                  <div class="reader__fact-actions">
                    <button type="button" class="button button--small" aria-pressed={f.id === selectedFactId} onClick={() => onSelectFact(f.id)}>
                      {t('docShowQuote')}
                    </button>
                    <button type="button" class="button button--small" onClick={() => onEditFact(f)}>
                      {t('factEdit')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </section>
  );
}
