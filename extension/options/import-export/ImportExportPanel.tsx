// The options page's import/export panel. Export: the corpus backup or ClaimReview JSON-LD, as a
// download. Import: size check, parse and validate, then a PREVIEW (what will be added, changed,
// skipped and why, removed by a replace, and the file's problems); nothing is written until
// Confirm, and then in one transaction. Props only; every string is rendered as text.
import type { JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Corpus, Fact } from '../../../core/facts/model';
import { applyImport } from '../../../store/import-export/apply';
import { explain } from '../../../core/facts/explain';
import { exportClaimReview, exportCorpusJson, exportFileName, MAX_IMPORT_BYTES } from '../../../store/import-export/format';
import { parseImport, type ImportErrorCode, type ImportParseOk } from '../../../store/import-export/parse';
import { planImport, planIsEmpty, type ImportMode, type ImportPlan, type SkipCode } from '../../../store/import-export/plan';
import type { CorpusRepository } from '../../../store/repository';
import { createI18n, type MessageKey } from '../../i18n';

export { exportCorpusJson };

export interface ImportExportPanelProps {
  repo: CorpusRepository;
  onImported(): void;
  lang: 'ar' | 'en';
  /** The page's translator (browser.i18n); the bundled tables answer when it has nothing. */
  t?: (key: string) => string;
  /** Saves a Blob as a file (default: a temporary <a download> on an object URL). */
  download?: (blob: Blob, filename: string) => void;
  now?: () => Date;
}

/** How many items of each preview list are shown. */
/** Long lists are cut so the confirm button stays in view. */
const LIST_LIMIT = 10;

const ERROR_KEY: Record<ImportErrorCode | 'read' | 'nothing', MessageKey> = {
  'too-large': 'ieErrTooLarge',
  empty: 'ieErrEmpty',
  'invalid-json': 'ieErrInvalidJson',
  'too-deep': 'ieErrTooDeep',
  'too-many': 'ieErrTooMany',
  'newer-version': 'ieErrNewer',
  'unknown-format': 'ieErrUnknown',
  read: 'ieErrRead',
  nothing: 'ieErrNothing',
};

const SKIP_KEY: Record<SkipCode, MessageKey> = {
  identical: 'ieSkipIdentical',
  'unknown-document': 'ieSkipUnknownDocument',
  'read-only': 'ieSkipReadOnly',
};

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a); // Firefox only follows links that are in the document
  try {
    a.click();
  } finally {
    a.remove();
    // Revoking right away can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

async function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface Loaded {
  fileName: string;
  parsed: ImportParseOk;
  current: Corpus;
}

interface ErrorState {
  title: string;
  text: string;
  detail?: string;
}

/** One fact in a preview list: each part isolated, so Arabic and English never reorder each other. */
function FactLine({ fact, extra, lang }: { fact: Fact; extra?: string; lang: 'ar' | 'en' }) {
  return (
    <li class="ie__item" data-fact-id={fact.id}>
      <bdi class="ie__figure">{explain.value(fact)[lang]}</bdi>{' '}
      <bdi class="ie__asof">({fact.asOf})</bdi>{' '}
      <bdi>
        <code class="ie__id">{fact.id}</code>
      </bdi>{' '}
      <q class="ie__quote" dir="auto">
        {fact.source.quote}
      </q>
      {extra ? (
        <span class="ie__reason" dir="auto">
          {' '}
          — {extra}
        </span>
      ) : null}
    </li>
  );
}

function Limited<T>({ items, render, more }: { items: T[]; render: (item: T, i: number) => JSX.Element; more: (n: number) => string }) {
  return (
    <ul class="ie__list">
      {items.slice(0, LIST_LIMIT).map(render)}
      {items.length > LIST_LIMIT ? <li class="ie__more">{more(items.length - LIST_LIMIT)}</li> : null}
    </ul>
  );
}

export function ImportExportPanel({ repo, onImported, lang, t: pageT, download = downloadBlob, now = () => new Date() }: ImportExportPanelProps) {
  const i18n = useMemo(() => createI18n(null, lang), [lang]);
  const t = (key: MessageKey, ...subs: string[]): string => {
    if (pageT && subs.length === 0) {
      const text = pageT(key);
      if (text) return text;
    }
    return i18n.t(key, ...subs);
  };
  const n = (x: number) => String(x);

  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'export' | 'read' | 'import' | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ErrorState | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');

  const plan: ImportPlan | null = useMemo(() => (loaded ? planImport(loaded.current, loaded.parsed, mode) : null), [loaded, mode]);

  const reset = () => {
    setLoaded(null);
    setMode('merge');
    if (fileRef.current) fileRef.current.value = '';
  };

  const doExport = async (kind: 'corpus' | 'claimreview') => {
    setBusy('export');
    setStatus('');
    setError(null);
    try {
      const blob = kind === 'corpus' ? await exportCorpusJson(repo, now()) : await exportClaimReview(repo);
      const name = exportFileName(kind, now());
      download(blob, name);
      setStatus(t('ieExported', name));
    } catch (e) {
      setError({ title: t('ieExportFailed', messageOf(e)), text: '' });
    } finally {
      setBusy(null);
    }
  };

  const onFile = async (file: File | undefined) => {
    setStatus('');
    setError(null);
    setLoaded(null);
    setMode('merge');
    if (!file) return;
    const fail = (code: keyof typeof ERROR_KEY, detail?: string) => {
      setError({ title: t('ieErrorTitle'), text: t(ERROR_KEY[code]), ...(detail ? { detail } : {}) });
      if (fileRef.current) fileRef.current.value = '';
    };
    if (file.size > MAX_IMPORT_BYTES) {
      fail('too-large', `${file.name}: ${Math.ceil(file.size / (1024 * 1024))} MB`);
      return;
    }
    setBusy('read');
    try {
      let text: string;
      try {
        text = await readText(file);
      } catch (e) {
        fail('read', messageOf(e));
        return;
      }
      const current = await repo.exportCorpus();
      const parsed = parseImport(text, { lexiconFacts: current.facts });
      if (!parsed.ok) {
        fail(parsed.code, parsed.error);
        return;
      }
      if (!parsed.facts.length && !parsed.documents.length) {
        fail('nothing', parsed.problems[0] ? `${parsed.problems[0].where}: ${parsed.problems[0].message}` : undefined);
        return;
      }
      setLoaded({ fileName: file.name, parsed, current });
    } catch (e) {
      fail('read', messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const confirm = async () => {
    if (!loaded) return;
    setBusy('import');
    setError(null);
    try {
      // Plan again against the corpus as it is now (another tab may have written meanwhile).
      const fresh = planImport(await repo.exportCorpus(), loaded.parsed, mode);
      if (planIsEmpty(fresh)) {
        setStatus(t('ieNothingToDo'));
      } else {
        const summary = await applyImport(repo, fresh);
        setStatus(t('ieSuccess', n(summary.facts), n(summary.documents)));
        onImported();
      }
      reset();
    } catch (e) {
      setError({ title: t('ieFailed', messageOf(e)), text: '' });
    } finally {
      setBusy(null);
    }
  };

  const cancel = () => {
    reset();
    setStatus('');
  };

  const replaceAllowed = loaded?.parsed.format === 'sanad-corpus';
  const problems = loaded?.parsed.problems ?? [];

  return (
    <div class="ie" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang} aria-busy={busy ? 'true' : 'false'}>
      <section class="ie__section" aria-labelledby="ie-export-heading">
        <h3 id="ie-export-heading">{t('ieExportHeading')}</h3>
        <p class="field__hint">{t('ieExportHint')}</p>
        <div class="form-actions form-actions--start">
          <button type="button" class="button" disabled={busy !== null} onClick={() => void doExport('corpus')}>
            {t('ieExportCorpus')}
          </button>
          <button type="button" class="button" disabled={busy !== null} onClick={() => void doExport('claimreview')}>
            {t('ieExportClaimReview')}
          </button>
        </div>
      </section>

      <section class="ie__section" aria-labelledby="ie-import-heading">
        <h3 id="ie-import-heading">{t('ieImportHeading')}</h3>
        <p class="field__hint" id="ie-import-hint">
          {t('ieImportHint')}
        </p>
        <div class="form-actions form-actions--start">
          <button type="button" class="button" disabled={busy !== null} aria-describedby="ie-import-hint" onClick={() => fileRef.current?.click()}>
            {t('ieImport')}
          </button>
          <input
            ref={fileRef}
            type="file"
            class="ie__file"
            accept=".json,.jsonld,application/json,application/ld+json"
            aria-label={t('ieImport')}
            tabIndex={-1}
            style={{ display: 'none' }}
            onChange={(e) => void onFile((e.currentTarget as HTMLInputElement).files?.[0])}
          />
        </div>
        {busy === 'read' ? <p role="status">{t('ieReading')}</p> : null}
      </section>

      {error ? (
        <div class="notice notice--error ie__error" role="alert">
          <strong>{error.title}</strong>
          {error.text ? <p>{error.text}</p> : null}
          {error.detail ? (
            <details class="ie__detail">
              <summary>{t('ieTechnicalDetail')}</summary>
              <p dir="ltr" lang="en">
                {error.detail}
              </p>
            </details>
          ) : null}
        </div>
      ) : null}

      {status ? (
        <p class="notice ie__status" role="status">
          {status}
        </p>
      ) : null}

      {loaded && plan ? (
        <section class="ie__preview" aria-labelledby="ie-preview-heading">
          <h3 id="ie-preview-heading" dir="auto">
            {t('iePreviewTitle', loaded.fileName)}
          </h3>
          <p>{loaded.parsed.format === 'sanad-corpus' ? t('ieFormatSanad') : t('ieFormatClaimReview')}</p>

          <fieldset class="choices">
            <legend>{t('ieMode')}</legend>
            <label class="choice">
              <input type="radio" name="ie-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('ieModeMerge')}
            </label>
            <label class="choice">
              <input type="radio" name="ie-mode" value="replace" checked={mode === 'replace'} disabled={!replaceAllowed} onChange={() => setMode('replace')} />{' '}
              {t('ieModeReplace')}
            </label>
            {!replaceAllowed ? <p class="field__hint">{t('ieReplaceUnavailable')}</p> : null}
          </fieldset>

          {mode === 'replace' ? (
            <p class="notice notice--error ie__replace-warning" role="note">
              {t('ieReplaceWarning', n(plan.remove.length), n(plan.documents.remove.length))}
            </p>
          ) : null}

          <p class="ie__documents">
            {t(
              'ieDocuments',
              n(plan.documents.add.length),
              n(plan.documents.change.length),
              n(plan.documents.remove.length),
              n(plan.documents.skip.filter((s) => s.code !== 'identical').length),
            )}
          </p>
          {plan.documents.skip.some((s) => s.code !== 'identical') ? (
            <ul class="ie__list">
              {plan.documents.skip
                .filter((s) => s.code !== 'identical')
                .slice(0, LIST_LIMIT)
                .map((s) => (
                  <li key={s.document.id} class="ie__item">
                    <code dir="ltr">{s.document.id}</code> <span dir="auto">{s.document.title}</span> — {t(SKIP_KEY[s.code])}
                  </li>
                ))}
            </ul>
          ) : null}

          <div class="ie__group" data-group="add">
            <h4>{t('ieAdd', n(plan.add.length))}</h4>
            <Limited items={plan.add} more={(k) => t('ieMore', n(k))} render={(f) => <FactLine key={f.id} fact={f} lang={lang} />} />
          </div>
          <div class="ie__group" data-group="change">
            <h4>{t('ieChange', n(plan.change.length))}</h4>
            <Limited
              items={plan.change}
              more={(k) => t('ieMore', n(k))}
              render={(c) => <FactLine key={c.after.id} fact={c.after} lang={lang} extra={t('ieWas', explain.value(c.before)[lang])} />}
            />
          </div>
          <div class="ie__group" data-group="skip">
            <h4>{t('ieSkip', n(plan.skip.length))}</h4>
            <Limited items={plan.skip} more={(k) => t('ieMore', n(k))} render={(s, i) => <FactLine key={`${s.fact.id}:${i}`} fact={s.fact} lang={lang} extra={t(SKIP_KEY[s.code])} />} />
          </div>
          {mode === 'replace' ? (
            <div class="ie__group" data-group="remove">
              <h4>{t('ieRemove', n(plan.remove.length))}</h4>
              <Limited items={plan.remove} more={(k) => t('ieMore', n(k))} render={(f) => <FactLine key={f.id} fact={f} lang={lang} />} />
              <p>{t('ieKeep', n(plan.keep.length))}</p>
            </div>
          ) : null}

          {problems.length ? (
            <div class="ie__group" data-group="problems">
              <h4>{t('ieProblems', n(problems.length))}</h4>
              <Limited
                items={problems}
                more={(k) => t('ieMore', n(k))}
                render={(p, i) => (
                  <li key={i} class={`ie__item ie__problem ie__problem--${p.kind}`}>
                    <strong>{p.kind === 'error' ? t('ieProblemError') : t('ieProblemWarning')}</strong>{' '}
                    {/* Record-level details are in English: kept left-to-right inside Arabic text. */}
                    <bdi dir="ltr" lang="en">
                      {p.where}: {p.message}
                    </bdi>
                  </li>
                )}
              />
            </div>
          ) : null}

          <div class="form-actions">
            <button type="button" class={`button ${mode === 'replace' ? 'button--danger' : 'button--primary'}`} disabled={busy !== null} onClick={() => void confirm()}>
              {busy === 'import' ? t('ieImporting') : t('ieConfirm')}
            </button>
            <button type="button" class="button" disabled={busy === 'import'} onClick={cancel}>
              {t('ieCancel')}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
