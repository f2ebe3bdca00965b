// Add a document: paste an article or pick a .txt/.html file, describe it, and let the engine
// propose candidate facts. Each candidate is accepted, edited (the fact form, prefilled) or rejected;
// saving writes the document and the accepted facts in one transaction (through onSave).
import type { CorpusDocument, Fact } from '../../../core/facts/model';
import { useMemo, useState } from 'preact/hooks';
import type { I18n, MessageKey, UiLang } from '../../i18n';
import { FactForm } from '../facts/FactForm';
import { checkIsoDate, draftFromFact, todayIso } from '../facts/form-model';
import { entityName, factSentence, measureName, quoted, safeHttpUrl } from '../facts/present';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { proposeCandidates, type Candidate } from './candidates';
import { guessLang, readArticleFile } from './html-to-text';

type Decision = 'accepted' | 'rejected';

export interface AddDocumentProps {
  corpusFacts: readonly Fact[];
  lang: UiLang;
  t: I18n['t'];
  onSave(doc: CorpusDocument, facts: Fact[]): Promise<void>;
  now?: Date;
}

interface DocFields {
  text: string;
  title: string;
  outlet: string;
  published: string;
  lang: 'ar' | 'en';
  url: string;
}

type DocErrors = Partial<Record<keyof DocFields, MessageKey>>;

export function newDocumentId(now: number = Date.now()): string {
  return `user-doc-${now.toString(36)}-${Math.floor(Math.random() * 0x100000000).toString(36)}`;
}

function validateDoc(f: DocFields, now: Date): DocErrors {
  const errors: DocErrors = {};
  if (!f.text.trim()) errors.text = 'errRequired';
  if (!f.title.trim()) errors.title = 'errRequired';
  if (!f.outlet.trim()) errors.outlet = 'errRequired';
  const pub = f.published.trim() ? checkIsoDate(f.published, now) : 'errRequired';
  if (pub) errors.published = pub;
  if (f.url.trim() && !safeHttpUrl(f.url)) errors.url = 'errUrl';
  return errors;
}

export function AddDocument({ corpusFacts, lang, t, onSave, now }: AddDocumentProps) {
  const [fields, setFields] = useState<DocFields>({ text: '', title: '', outlet: '', published: todayIso(now), lang: 'ar', url: '' });
  const [touched, setTouched] = useState<Set<keyof DocFields>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [pending, setPending] = useState<CorpusDocument | null>(null);
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [editing, setEditing] = useState<Candidate | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const errors = useMemo(() => validateDoc(fields, now ?? new Date()), [fields, now]);
  const errorOf = (k: keyof DocFields) => (errors[k] && (attempted || touched.has(k)) ? t(errors[k]) : undefined);

  const set = <K extends keyof DocFields>(key: K, value: DocFields[K]) => {
    setFields((f) => ({ ...f, [key]: value, ...(key === 'text' && typeof value === 'string' && !touched.has('lang') ? { lang: guessLang(value) } : {}) }));
    setTouched((s) => new Set(s).add(key));
    // The candidates quote the text they were found in: any change to the document makes them stale.
    setPending(null);
    setCandidates([]);
    setDecisions({});
    setMessage(null);
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const { text, title } = await readArticleFile(file);
      setFields((f) => ({ ...f, text, title: f.title || title, lang: guessLang(text) }));
      setTouched((s) => new Set(s).add('text'));
      setPending(null);
      setCandidates([]);
      setDecisions({});
      setMessage(null);
    } catch {
      setMessage(t('addDocFileError'));
    }
  };

  const buildDoc = (): CorpusDocument => {
    const doc: CorpusDocument = {
      id: pending?.id ?? newDocumentId(),
      title: fields.title.trim(),
      outlet: fields.outlet.trim(),
      published: fields.published.trim(),
      lang: fields.lang,
      text: fields.text,
      origin: 'user',
    };
    if (fields.url.trim()) doc.url = fields.url.trim();
    return doc;
  };

  const propose = () => {
    setAttempted(true);
    if (Object.keys(errors).length) return;
    const doc = buildDoc();
    const found = proposeCandidates(doc, corpusFacts);
    setPending(doc);
    setCandidates(found);
    setDecisions({});
    setMessage(found.length === 0 ? t('addDocNoCandidates') : null);
  };

  const decide = (key: string, d: Decision) =>
    setDecisions((all) => {
      const next = { ...all };
      if (all[key] === d) delete next[key];
      else next[key] = d;
      return next;
    });
  const accepted = candidates.filter((c) => decisions[c.key] === 'accepted');

  const save = async () => {
    setAttempted(true);
    if (Object.keys(errors).length) return;
    const doc = pending ?? buildDoc();
    setBusy(true);
    try {
      await onSave(doc, accepted.map((c) => c.fact));
      setMessage(t('addDocSaved', String(accepted.length)));
      setFields({ text: '', title: '', outlet: '', published: todayIso(now), lang: 'ar', url: '' });
      setTouched(new Set());
      setAttempted(false);
      setPending(null);
      setCandidates([]);
      setDecisions({});
    } catch (error) {
      setMessage(t('optSaveError', error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="add-doc-heading">
      <div class="panel__head">
        <h2 id="add-doc-heading" class="panel__title">
          {t('navAddDocument')}
        </h2>
      </div>
      <p class="panel__intro">{t('addDocIntro')}</p>
      <Field id="doc-text" label={t('addDocText')} value={fields.text} onInput={(v) => set('text', v)} error={errorOf('text')} multiline rows={10} required dir={fields.lang === 'ar' ? 'rtl' : 'ltr'} />
      <div class="field">
        <label class="field__label" for="doc-file">
          {t('addDocFile')}
        </label>
        <input id="doc-file" class="field__file" type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={onFile} />
      </div>
      <div class="form-grid">
        <Field id="doc-title" label={t('docTitle')} value={fields.title} onInput={(v) => set('title', v)} error={errorOf('title')} required />
        <Field id="doc-outlet" label={t('docOutlet')} value={fields.outlet} onInput={(v) => set('outlet', v)} error={errorOf('outlet')} required />
        <Field id="doc-published" label={t('fieldPublished')} value={fields.published} onInput={(v) => set('published', v)} error={errorOf('published')} placeholder="YYYY-MM-DD" dir="ltr" required />
        <div class="field">
          <label class="field__label" for="doc-lang">
            {t('docLang')}
          </label>
          <select id="doc-lang" class="field__input" value={fields.lang} onChange={(e) => set('lang', (e.currentTarget as HTMLSelectElement).value as 'ar' | 'en')}>
            <option value="ar">{t('langAr')}</option>
            <option value="en">{t('langEn')}</option>
          </select>
        </div>
        <Field id="doc-url" label={t('fieldUrl')} value={fields.url} onInput={(v) => set('url', v)} error={errorOf('url')} type="url" dir="ltr" placeholder="https://" />
      </div>
      <div class="form-actions form-actions--start">
        <button type="button" class="button" onClick={propose}>
          {t('addDocPropose')}
        </button>
      </div>

      {pending && candidates.length > 0 && (
        <section class="candidates" aria-labelledby="cand-heading">
          <h3 id="cand-heading">{t('addDocCandidates', String(candidates.length))}</h3>
          <ul class="candidate-list">
            {candidates.map((c) => {
              const decision = decisions[c.key];
              const who = [...c.fact.actor, ...c.fact.place].map((id) => entityName(id, lang)).join('، ');
              return (
                <li key={c.key} class={`candidate ${decision ? `candidate--${decision}` : ''}`} data-candidate={c.key}>
                  <dl class="candidate__facts">
                    <div>
                      <dt>{t('candFigure')}</dt>
                      <dd>
                        <bdi class="candidate__figure">{c.claim.text}</bdi>
                      </dd>
                    </div>
                    <div>
                      <dt>{t('candCounts')}</dt>
                      <dd>{measureName(c.fact.measure, lang)}</dd>
                    </div>
                    <div>
                      <dt>{t('candWho')}</dt>
                      <dd>{who || '—'}</dd>
                    </div>
                  </dl>
                  <p class="candidate__sentence">{factSentence(c.fact, lang)}</p>
                  <p class="candidate__quote" lang={pending.lang} dir={pending.lang === 'ar' ? 'rtl' : 'ltr'}>
                    {quoted(c.fact.source.quote, pending.lang)}
                  </p>
                  <div class="candidate__actions">
                    <button type="button" class="button button--small" aria-pressed={decision === 'accepted'} onClick={() => decide(c.key, 'accepted')}>
                      {decision === 'accepted' ? t('candAccepted') : t('candAccept')}
                    </button>
                    <button type="button" class="button button--small" onClick={() => setEditing(c)}>
                      {t('factEdit')}
                    </button>
                    <button type="button" class="button button--small" aria-pressed={decision === 'rejected'} onClick={() => decide(c.key, 'rejected')}>
                      {decision === 'rejected' ? t('candRejected') : t('candReject')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <div class="form-actions form-actions--start">
        <button type="button" class="button button--primary" disabled={busy} onClick={() => void save()}>
          {t('addDocSave', String(accepted.length))}
        </button>
      </div>
      {message && (
        <p class="notice" role="status">
          {message}
        </p>
      )}

      {editing && pending && (
        <Dialog title={t('formEditTitle')} closeLabel={t('close')} onClose={() => setEditing(null)} class="dialog--wide">
          <FactForm
            initial={draftFromFact(editing.fact)}
            previous={editing.fact}
            documents={[pending]}
            pendingDocId={pending.id}
            lang={lang}
            t={t}
            {...(now ? { now } : {})}
            onCancel={() => setEditing(null)}
            onSubmit={(fact) => {
              setCandidates((all) => all.map((c) => (c.key === editing.key ? { ...c, fact } : c)));
              setDecisions((all) => ({ ...all, [editing.key]: 'accepted' }));
              setEditing(null);
            }}
          />
        </Dialog>
      )}
    </section>
  );
}
