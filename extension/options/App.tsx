// The options page's container: loads the corpus and settings through the repository, routes
// between sections (and the #doc / #draft deep links), and turns user actions into corpus writes.
// Every corpus write ends with api.sendCorpusChanged(). Holds no browser reference of its own.
import type { ComponentType } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { compileLexicon, extractClaims, parseIsoDate } from '../../core/index';
import type { CorpusDocument, Fact } from '../../core/facts/model';
import type { CorpusRepository } from '../../store/repository';
import { getSettings, updateSettings, type Settings } from '../../store/settings';
import { createI18n, type MessageKey } from '../i18n';
import type { OptionsApi } from './api';
import { exportCorpusBlob, resetToSeed, saveDocumentWithFacts } from './corpus-ops';
import { AddDocument, newDocumentId } from './documents/AddDocument';
import { claimToFact } from './documents/candidates';
import { DocumentList, DocumentReader } from './documents/DocumentsView';
import { guessLang } from './documents/html-to-text';
import { FactForm } from './facts/FactForm';
import { FactsView } from './facts/FactsView';
import { checkIsoDate, draftFromFact, emptyDraft, newFactId, todayIso, type FactDraft } from './facts/form-model';
import { safeHttpUrl } from './facts/present';
import { docHash, parseRoute, SECTIONS, type CaptureDraft, type Route, type Section } from './route';
import { SettingsView } from './settings/SettingsView';
import { Dialog } from './ui/Dialog';

export interface ImportExportPanelProps {
  repo: CorpusRepository;
  onImported(): void;
  lang: 'ar' | 'en';
}

export interface OptionsAppProps {
  repo: CorpusRepository;
  api: OptionsApi;
  /** location.hash at load. */
  initialHash?: string;
  /** The import/export helper's panel, when built in. */
  ImportExport?: ComponentType<ImportExportPanelProps>;
  /** The import/export helper's exporter ("Export first" before a reset). */
  exportCorpusJson?: (repo: CorpusRepository) => Promise<Blob>;
  /**
   * Runs before the first load. main.tsx seeds the corpus here: right after install the page may
   * open before the background worker finished seeding (seeding is one idempotent transaction).
   */
  prepare?(): Promise<unknown>;
  /** Called once the first load settled (main.tsx marks #app[data-ready]). */
  onReady?(): void;
  /** How long the undo bar stays (ms). */
  undoMs?: number;
  now?: () => Date;
}

interface Editing {
  draft: FactDraft;
  previous?: Fact;
  /** A document built from a captured page, saved together with the fact. */
  pendingDoc?: CorpusDocument;
}

const NAV_KEY: Record<Section, MessageKey> = {
  facts: 'navFacts',
  documents: 'navDocuments',
  'add-document': 'navAddDocument',
  'import-export': 'navImportExport',
  settings: 'navSettings',
};

function hostnameOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

/** The add-fact form for a captured selection: the page becomes a new document, the first claim fills the figure. */
export function draftFromCapture(capture: CaptureDraft, facts: readonly Fact[], now: Date): Editing {
  const url = safeHttpUrl(capture.url) ?? undefined;
  const outlet = hostnameOf(url);
  const published = capture.published && !checkIsoDate(capture.published.slice(0, 10), now) ? capture.published.slice(0, 10) : '';
  const lang = guessLang(capture.text);
  const doc: CorpusDocument = {
    id: newDocumentId(now.getTime()),
    title: capture.title?.trim() || outlet || capture.text.slice(0, 60),
    outlet,
    published: published || todayIso(now),
    lang,
    text: capture.text,
    origin: 'user',
  };
  if (url) doc.url = url;
  let draft: FactDraft = { ...emptyDraft(newFactId(now.getTime())), asOf: published || todayIso(now) };
  const pub = parseIsoDate(published || undefined);
  const claim = extractClaims(capture.text, compileLexicon(facts), pub ? { published: pub } : {})[0];
  if (claim) {
    const fromClaim = draftFromFact(claimToFact(claim, doc, draft.id));
    draft = { ...draft, ...fromClaim, asOf: draft.asOf };
  }
  draft = { ...draft, docId: doc.id, outlet, published, title: capture.title?.trim() ?? '', url: url ?? '', quote: capture.text, lang };
  return { draft, pendingDoc: doc };
}

export function OptionsApp({ repo, api, initialHash = '', ImportExport, exportCorpusJson, prepare, onReady, undoMs = 8000, now = () => new Date() }: OptionsAppProps) {
  const [phase, setPhase] = useState<'loading' | 'ready' | 'error'>('loading');
  const [loadError, setLoadError] = useState('');
  const [facts, setFacts] = useState<Fact[]>([]);
  const [documents, setDocuments] = useState<CorpusDocument[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [route, setRoute] = useState<Route>(() => parseRoute(initialHash));
  const [editing, setEditing] = useState<Editing | null>(null);
  const [undo, setUndo] = useState<Fact | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [resetOpen, setResetOpen] = useState(false);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const forced = settings && settings.uiLanguage !== 'auto' ? settings.uiLanguage : undefined;
  const i18n = useMemo(() => createI18n(api, forced), [api, forced]);
  const { t, lang } = i18n;

  useEffect(() => {
    document.documentElement.lang = i18n.lang;
    document.documentElement.dir = i18n.dir;
    document.title = t('optionsTitle');
  }, [i18n, t]);

  const reload = useCallback(async () => {
    const [f, d] = await Promise.all([repo.listFacts(), repo.listDocuments()]);
    setFacts(f);
    setDocuments(d);
    return f;
  }, [repo]);

  // First load; a captured draft opens the form once the corpus (its lexicon) is known.
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        await prepare?.();
        const [loaded, s] = await Promise.all([reload(), getSettings(repo.db)]);
        if (!live) return;
        setSettings(s);
        setPhase('ready');
        const first = parseRoute(initialHash);
        if (first.draft) {
          setEditing(draftFromCapture(first.draft, loaded, now()));
          history.replaceState(null, '', '#facts');
        }
      } catch (error) {
        if (!live) return;
        setLoadError(error instanceof Error ? error.message : String(error));
        setPhase('error');
      } finally {
        if (live) onReady?.();
      }
    })();
    return () => {
      live = false;
    };
  }, [repo]);

  useEffect(() => {
    const onHash = () => {
      const next = parseRoute(location.hash);
      if (next.draft) {
        setEditing(draftFromCapture(next.draft, facts, now()));
        history.replaceState(null, '', '#facts');
        setRoute({ section: 'facts' });
      } else setRoute(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [facts, now]);

  useEffect(() => () => clearTimeout(undoTimer.current), []);

  const navigate = useCallback((next: Route) => {
    setRoute(next);
    const hash = next.docId ? docHash(next.docId, next.factId) : `#${next.section}`;
    if (location.hash !== hash) history.replaceState(null, '', hash);
  }, []);

  const corpusChanged = useCallback(() => void api.sendCorpusChanged(), [api]);

  const saveFact = async (fact: Fact) => {
    const pendingDoc = editing?.pendingDoc;
    if (pendingDoc && fact.source.docId === pendingDoc.id) {
      await saveDocumentWithFacts(repo, pendingDoc, [fact]);
      await reload();
    } else {
      const stored = await repo.putFact(fact);
      setFacts((all) => {
        const i = all.findIndex((f) => f.id === stored.id);
        return i < 0 ? [...all, stored] : all.map((f, j) => (j === i ? stored : f));
      });
    }
    corpusChanged();
    setEditing(null);
    setNotice(t('factSaved'));
  };

  const deleteFact = async (fact: Fact) => {
    const record = (await repo.getFact(fact.id)) ?? fact;
    await repo.deleteFact(fact.id);
    setFacts((all) => all.filter((f) => f.id !== fact.id));
    corpusChanged();
    clearTimeout(undoTimer.current);
    setUndo(record);
    setNotice(null);
    undoTimer.current = setTimeout(() => setUndo(null), undoMs);
  };

  const undoDelete = async () => {
    const record = undo;
    if (!record) return;
    clearTimeout(undoTimer.current);
    setUndo(null);
    try {
      await repo.restoreFact(record);
      setFacts((all) => [...all.filter((f) => f.id !== record.id), record]);
      corpusChanged();
      setNotice(t('factRestored'));
    } catch (error) {
      setNotice(t('optSaveError', error instanceof Error ? error.message : String(error)));
    }
  };

  const onAddDocument = async (doc: CorpusDocument, accepted: Fact[]) => {
    await saveDocumentWithFacts(repo, doc, accepted);
    await reload();
    corpusChanged();
  };

  const onSettings = async (patch: Partial<Settings>) => {
    setSettings(await updateSettings(repo.db, patch));
  };

  const exportFirst = async () => {
    const blob = exportCorpusJson ? await exportCorpusJson(repo) : await exportCorpusBlob(repo);
    api.download(blob, `sanad-corpus-${todayIso(now())}.json`);
  };

  const doReset = async () => {
    try {
      await resetToSeed(repo);
      await reload();
      corpusChanged();
      setResetOpen(false);
      setUndo(null);
      setNotice(t('resetDone'));
    } catch (error) {
      setNotice(t('optSaveError', error instanceof Error ? error.message : String(error)));
    }
  };

  const measures = useMemo(() => [...new Set(facts.map((f) => f.measure))], [facts]);
  const factCounts = useMemo(() => {
    const m = new Map<string, number>();
    for (const f of facts) m.set(f.source.docId, (m.get(f.source.docId) ?? 0) + 1);
    return m;
  }, [facts]);

  const openDoc = route.docId ? documents.find((d) => d.id === route.docId) : undefined;
  const docFacts = useMemo(() => (openDoc ? facts.filter((f) => f.source.docId === openDoc.id) : []), [openDoc, facts]);
  const formDocs = editing?.pendingDoc ? [editing.pendingDoc, ...documents] : documents;

  return (
    <div class="options" lang={i18n.lang} dir={i18n.dir} aria-busy={phase === 'loading'}>
      <header class="options__header">
        <h1 class="options__title">{t('optionsTitle')}</h1>
        <nav class="options__nav" aria-label={t('navLabel')}>
          {SECTIONS.map((s) => (
            <button
              key={s}
              type="button"
              class="nav__item"
              aria-current={route.section === s ? 'page' : undefined}
              onClick={() => navigate({ section: s })}
            >
              {t(NAV_KEY[s])}
            </button>
          ))}
        </nav>
      </header>

      <main class="options__main">
        {phase === 'loading' && <p class="empty">{t('optLoading')}</p>}
        {phase === 'error' && (
          <p class="notice notice--error" role="alert">
            {t('optStorageError', loadError)}
          </p>
        )}
        {phase === 'ready' && settings && (
          <>
            {route.section === 'facts' && (
              <FactsView
                facts={facts}
                documents={documents}
                lang={lang}
                t={t}
                onAdd={() => setEditing({ draft: { ...emptyDraft(), asOf: todayIso(now()) } })}
                onEdit={(f) => setEditing({ draft: draftFromFact(f), previous: f })}
                onDelete={(f) => void deleteFact(f)}
                onOpenSource={(f) => navigate({ section: 'documents', docId: f.source.docId, factId: f.id })}
              />
            )}
            {route.section === 'documents' &&
              (route.docId ? (
                openDoc ? (
                  <DocumentReader
                    doc={openDoc}
                    facts={docFacts}
                    selectedFactId={route.factId}
                    lang={lang}
                    t={t}
                    onBack={() => navigate({ section: 'documents' })}
                    onSelectFact={(factId) => navigate({ section: 'documents', docId: openDoc.id, factId })}
                    onEditFact={(f) => setEditing({ draft: draftFromFact(f), previous: f })}
                  />
                ) : (
                  <p class="notice notice--error" role="alert">
                    {t('docNotFound')}
                  </p>
                )
              ) : (
                <DocumentList documents={documents} factCounts={factCounts} lang={lang} t={t} onOpen={(docId) => navigate({ section: 'documents', docId })} />
              ))}
            {route.section === 'add-document' && <AddDocument corpusFacts={facts} lang={lang} t={t} onSave={onAddDocument} now={now()} />}
            {route.section === 'import-export' && (
              <section class="panel" aria-labelledby="ie-heading">
                <div class="panel__head">
                  <h2 id="ie-heading" class="panel__title">
                    {t('navImportExport')}
                  </h2>
                </div>
                {ImportExport ? (
                  <ImportExport
                    repo={repo}
                    lang={lang}
                    onImported={() => {
                      void reload();
                      corpusChanged();
                    }}
                  />
                ) : (
                  <p class="empty">{t('importExportMissing')}</p>
                )}
              </section>
            )}
            {route.section === 'settings' && <SettingsView settings={settings} t={t} onChange={onSettings} onReset={() => setResetOpen(true)} />}
          </>
        )}
        {notice && !undo && (
          <p class="notice notice--float" role="status">
            {notice}
            <button type="button" class="button button--quiet button--small" onClick={() => setNotice(null)}>
              {t('dismiss')}
            </button>
          </p>
        )}
      </main>

      {undo && (
        <div class="undo-bar" role="status">
          <span>{t('factDeleted')}</span>
          <button type="button" class="button button--small button--inverse" onClick={() => void undoDelete()}>
            {t('undo')}
          </button>
        </div>
      )}

      {editing && (
        <Dialog title={editing.previous ? t('formEditTitle') : t('formAddTitle')} closeLabel={t('close')} onClose={() => setEditing(null)} class="dialog--wide">
          <FactForm
            initial={editing.draft}
            {...(editing.previous ? { previous: editing.previous } : {})}
            {...(editing.pendingDoc ? { pendingDocId: editing.pendingDoc.id } : {})}
            documents={formDocs}
            measures={measures}
            lang={lang}
            t={t}
            now={now()}
            onCancel={() => setEditing(null)}
            onSubmit={saveFact}
          />
        </Dialog>
      )}

      {resetOpen && (
        <Dialog title={t('resetDialogTitle')} closeLabel={t('close')} onClose={() => setResetOpen(false)}>
          <p>{t('resetDialogText')}</p>
          <div class="form-actions">
            {/* Least to most consequential: cancel, the safe export, then the destructive reset. */}
            <button type="button" class="button button--quiet" data-autofocus onClick={() => setResetOpen(false)}>
              {t('cancel')}
            </button>
            <button type="button" class="button" onClick={() => void exportFirst()}>
              {t('resetExportFirst')}
            </button>
            <button type="button" class="button button--danger" onClick={() => void doReset()}>
              {t('resetConfirm')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
