// Browse the corpus: search (debounced, over a folded string computed once per fact), filters,
// sorting, and a windowed list of facts as sentences. Presentational: edits go out as callbacks.
import type { CorpusDocument, Fact } from '../../../core/facts/model';
import type { FactKind } from '../../../core/types';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { I18n, UiLang } from '../../i18n';
import { VirtualList } from '../ui/VirtualList';
import { factSentence, foldForSearch, measureName, quoted, readableDate, safeHttpUrl, searchText } from './present';

export const ROW_HEIGHT = 136;
export const SEARCH_DEBOUNCE_MS = 200;

export type SortKey = 'measure' | 'value' | 'asOf';
export interface FactFilters {
  kind: '' | FactKind;
  measure: string;
  docId: string;
  origin: '' | 'seed' | 'user';
  editedOnly: boolean;
}
export const NO_FILTERS: FactFilters = { kind: '', measure: '', docId: '', origin: '', editedOnly: false };

/** Folded search strings, computed once per fact object (an edit replaces the object). */
const searchCache = new WeakMap<Fact, string>();
export function searchOf(fact: Fact): string {
  let s = searchCache.get(fact);
  if (s === undefined) {
    s = searchText(fact);
    searchCache.set(fact, s);
  }
  return s;
}

export function filterFacts(facts: readonly Fact[], query: string, filters: FactFilters): Fact[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return facts.filter((f) => {
    if (filters.kind && f.kind !== filters.kind) return false;
    if (filters.measure && f.measure !== filters.measure) return false;
    if (filters.docId && f.source.docId !== filters.docId) return false;
    if (filters.origin && f.origin !== filters.origin) return false;
    if (filters.editedOnly && f.edited !== true) return false;
    if (words.length === 0) return true;
    const hay = searchOf(f);
    return words.every((w) => hay.includes(w));
  });
}

export function sortFacts(facts: Fact[], key: SortKey, desc: boolean, lang: UiLang): Fact[] {
  const dir = desc ? -1 : 1;
  const cmp: (a: Fact, b: Fact) => number =
    key === 'value'
      ? (a, b) => a.value - b.value
      : key === 'asOf'
        ? (a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0)
        : (a, b) => measureName(a.measure, lang).localeCompare(measureName(b.measure, lang), lang) || a.value - b.value;
  return facts.sort((a, b) => dir * cmp(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function useDebounced<T>(value: T, ms: number): T {
  const [out, setOut] = useState(value);
  useEffect(() => {
    if (ms <= 0) return setOut(value);
    const timer = setTimeout(() => setOut(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return out;
}

export interface FactRowProps {
  fact: Fact;
  lang: UiLang;
  t: I18n['t'];
  onEdit(fact: Fact): void;
  onDelete(fact: Fact): void;
  onOpenSource(fact: Fact): void;
}

export function FactRow({ fact, lang, t, onEdit, onDelete, onOpenSource }: FactRowProps) {
  const sentence = factSentence(fact, lang);
  const url = safeHttpUrl(fact.source.url);
  return (
    <article class="fact-row" data-fact-id={fact.id}>
      <p class="fact-row__sentence">{sentence}</p>
      <p class="fact-row__source">
        <bdi class="fact-row__outlet">{fact.source.outlet}</bdi>
        {lang === 'ar' ? '، ' : ', '}
        {readableDate(fact.source.published, lang)}
        {lang === 'ar' ? ': ' : ': '}
        <bdi class="fact-row__quote" lang={fact.source.lang} dir={fact.source.lang === 'ar' ? 'rtl' : 'ltr'}>
          {quoted(fact.source.quote, fact.source.lang)}
        </bdi>
      </p>
      <div class="fact-row__meta">
        <span class={`badge badge--${fact.origin}`}>{fact.origin === 'seed' ? t('badgeSeed') : t('badgeUser')}</span>
        {fact.edited === true && <span class="badge badge--edited">{t('badgeEdited')}</span>}
        {fact.runningTotal && <span class="badge">{t('badgeRunningTotal')}</span>}
        <span class="fact-row__actions">
          <button type="button" class="button button--small" aria-label={t('factOpenSourceAria', sentence)} onClick={() => onOpenSource(fact)}>
            {t('factOpenSource')}
          </button>
          {url && (
            <a class="button button--small button--link" href={url} target="_blank" rel="noopener noreferrer">
              {t('docSourceLink')}
            </a>
          )}
          <button type="button" class="button button--small" aria-label={t('factEditAria', sentence)} onClick={() => onEdit(fact)}>
            {t('factEdit')}
          </button>
          <button type="button" class="button button--small button--danger" aria-label={t('factDeleteAria', sentence)} onClick={() => onDelete(fact)}>
            {t('factDelete')}
          </button>
        </span>
      </div>
    </article>
  );
}

export interface FactsViewProps {
  facts: readonly Fact[];
  documents: readonly CorpusDocument[];
  lang: UiLang;
  t: I18n['t'];
  onAdd(): void;
  onEdit(fact: Fact): void;
  onDelete(fact: Fact): void;
  onOpenSource(fact: Fact): void;
  debounceMs?: number;
}

export function FactsView({ facts, documents, lang, t, onAdd, onEdit, onDelete, onOpenSource, debounceMs = SEARCH_DEBOUNCE_MS }: FactsViewProps) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<FactFilters>(NO_FILTERS);
  const [sortKey, setSortKey] = useState<SortKey>('measure');
  const [desc, setDesc] = useState(false);
  const debounced = useDebounced(query, debounceMs);

  const measures = useMemo(() => [...new Set(facts.map((f) => f.measure))].sort((a, b) => measureName(a, lang).localeCompare(measureName(b, lang), lang)), [facts, lang]);
  const shown = useMemo(() => sortFacts(filterFacts(facts, debounced, filters), sortKey, desc, lang), [facts, debounced, filters, sortKey, desc, lang]);
  const setFilter = <K extends keyof FactFilters>(key: K, value: FactFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const resetKey = `${debounced}\n${JSON.stringify(filters)}\n${sortKey}\n${desc}`;

  return (
    <section class="panel" aria-labelledby="facts-heading">
      <div class="panel__head">
        <h2 id="facts-heading" class="panel__title">
          {t('navFacts')}
        </h2>
        <button type="button" class="button button--primary" onClick={onAdd}>
          {t('factAdd')}
        </button>
      </div>
      <div class="toolbar" role="search">
        <div class="field field--grow">
          <label class="field__label" for="facts-search">
            {t('factsSearch')}
          </label>
          <input
            id="facts-search"
            class="field__input"
            type="search"
            dir="auto"
            value={query}
            placeholder={t('factsSearchPlaceholder')}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label class="field__label" for="filter-kind">
            {t('filterKind')}
          </label>
          <select id="filter-kind" class="field__input" value={filters.kind} onChange={(e) => setFilter('kind', (e.currentTarget as HTMLSelectElement).value as FactFilters['kind'])}>
            <option value="">{t('kindAll')}</option>
            <option value="count">{t('kindCount')}</option>
            <option value="year">{t('kindYear')}</option>
            <option value="date">{t('kindDate')}</option>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="filter-measure">
            {t('filterMeasure')}
          </label>
          <select id="filter-measure" class="field__input" value={filters.measure} onChange={(e) => setFilter('measure', (e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('measureAll')}</option>
            {measures.map((m) => (
              <option key={m} value={m}>
                {measureName(m, lang)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="filter-doc">
            {t('filterDocument')}
          </label>
          <select id="filter-doc" class="field__input field__input--narrow" value={filters.docId} onChange={(e) => setFilter('docId', (e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('documentAll')}</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="filter-origin">
            {t('filterOrigin')}
          </label>
          <select id="filter-origin" class="field__input" value={filters.origin} onChange={(e) => setFilter('origin', (e.currentTarget as HTMLSelectElement).value as FactFilters['origin'])}>
            <option value="">{t('originAll')}</option>
            <option value="seed">{t('originSeed')}</option>
            <option value="user">{t('originUser')}</option>
          </select>
        </div>
        <label class="choice choice--toolbar">
          <input id="filter-edited" type="checkbox" checked={filters.editedOnly} onChange={(e) => setFilter('editedOnly', (e.currentTarget as HTMLInputElement).checked)} />
          <span>{t('filterEdited')}</span>
        </label>
        <div class="field">
          <label class="field__label" for="sort-key">
            {t('sortBy')}
          </label>
          <select id="sort-key" class="field__input" value={sortKey} onChange={(e) => setSortKey((e.currentTarget as HTMLSelectElement).value as SortKey)}>
            <option value="measure">{t('sortMeasure')}</option>
            <option value="value">{t('sortValue')}</option>
            <option value="asOf">{t('sortAsOf')}</option>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="sort-dir">
            {t('sortOrder')}
          </label>
          <select id="sort-dir" class="field__input" value={desc ? 'desc' : 'asc'} onChange={(e) => setDesc((e.currentTarget as HTMLSelectElement).value === 'desc')}>
            <option value="asc">{t('sortAsc')}</option>
            <option value="desc">{t('sortDesc')}</option>
          </select>
        </div>
      </div>
      <p class="count" aria-live="polite" data-count={shown.length}>
        {t('factsCount', String(shown.length), String(facts.length))}
      </p>
      {shown.length === 0 ? (
        <p class="empty">{t('factsEmpty')}</p>
      ) : (
        <VirtualList
          count={shown.length}
          rowHeight={ROW_HEIGHT}
          label={t('navFacts')}
          resetKey={resetKey}
          rowKey={(i) => shown[i]!.id}
          renderRow={(i) => <FactRow fact={shown[i]!} lang={lang} t={t} onEdit={onEdit} onDelete={onDelete} onOpenSource={onOpenSource} />}
        />
      )}
    </section>
  );
}
