// Add or edit a fact. Validates as you type: a field shows its error once it was edited (or after a
// save attempt). Presentational: the container decides what "save" writes.
import type { CorpusDocument, Fact } from '../../../core/facts/model';
import type { FactKind, Qualifier } from '../../../core/types';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { I18n, MessageKey, UiLang } from '../../i18n';
import { Field } from '../ui/Field';
import { KINDS, QUALIFIERS, validateDraft, type DraftField, type FactDraft } from './form-model';
import { ACTOR_IDS, MEASURE_IDS, PLACE_IDS, entityName, measureName } from './present';

export type FormDocument = Pick<CorpusDocument, 'id' | 'title' | 'outlet' | 'published' | 'lang' | 'text'> & { url?: string };

export interface FactFormProps {
  initial: FactDraft;
  previous?: Fact;
  documents: readonly FormDocument[];
  /** A document that exists only in this form's context (captured page, article being added). */
  pendingDocId?: string;
  /** Extra measure ids to offer (those used by the corpus). */
  measures?: readonly string[];
  lang: UiLang;
  t: I18n['t'];
  onSubmit(fact: Fact): Promise<void> | void;
  onCancel(): void;
  now?: Date;
}

const QUALIFIER_KEY: Record<Qualifier, MessageKey> = {
  exact: 'qExact',
  approx: 'qApprox',
  gt: 'qGt',
  gte: 'qGte',
  lt: 'qLt',
  lte: 'qLte',
  range: 'qRange',
  vague: 'qVague',
};
const KIND_KEY: Record<FactKind, MessageKey> = { count: 'kindCount', year: 'kindYear', date: 'kindDate' };

/** The order fields appear in, to focus the first invalid one. */
const FIELD_ORDER: DraftField[] = ['kind', 'measure', 'value', 'min', 'max', 'year', 'month', 'day', 'asOf', 'since', 'docId', 'outlet', 'published', 'url', 'quote'];

export function FactForm({ initial, previous, documents, pendingDocId, measures = [], lang, t, onSubmit, onCancel, now }: FactFormProps) {
  const [draft, setDraft] = useState<FactDraft>(initial);
  const [touched, setTouched] = useState<Set<DraftField>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const result = useMemo(() => validateDraft(draft, { documents, ...(now ? { now } : {}) }, previous), [draft, documents, previous, now]);
  const errorOf = (field: DraftField): string | undefined => {
    const key = result.errors[field];
    return key && (submitted || touched.has(field)) ? t(key) : undefined;
  };

  const set = <K extends DraftField>(field: K, value: FactDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
  };

  const chooseDocument = (docId: string) => {
    const doc = documents.find((d) => d.id === docId);
    setDraft((d) =>
      doc
        ? { ...d, docId, outlet: doc.outlet, published: doc.published, title: doc.title, url: doc.url ?? '', lang: doc.lang }
        : { ...d, docId },
    );
    setTouched((s) => new Set(s).add('docId'));
  };

  const toggle = (field: 'actor' | 'place', id: string, on: boolean) => {
    setDraft((d) => ({ ...d, [field]: on ? [...d[field], id] : d[field].filter((x) => x !== id) }));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (!result.fact) {
      const first = FIELD_ORDER.find((f) => result.errors[f]);
      if (first) formRef.current?.querySelector<HTMLElement>(`[name="f-${first}"], #f-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSubmit(result.fact);
    } catch (error) {
      setFailure(t('optSaveError', error instanceof Error ? error.message : String(error)));
      setBusy(false);
    }
  };

  const measureIds = useMemo(() => [...new Set([...MEASURE_IDS, ...measures])].sort(), [measures]);
  const hasErrors = Object.keys(result.errors).length > 0;
  const measureLabel = draft.measure && /^[a-z][a-z0-9_]*$/.test(draft.measure) ? measureName(draft.measure, lang) : '';

  return (
    <form ref={formRef} class="fact-form" noValidate onSubmit={submit}>
      <div class="form-grid">
        <div class="field">
          <label class="field__label" for="f-kind">
            {t('fieldKind')}
          </label>
          <select id="f-kind" class="field__input" value={draft.kind} onChange={(e) => set('kind', (e.currentTarget as HTMLSelectElement).value as FactKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(KIND_KEY[k])}
              </option>
            ))}
          </select>
        </div>
        <Field
          id="f-measure"
          label={t('fieldMeasure')}
          value={draft.measure}
          onInput={(v) => set('measure', v.trim())}
          error={errorOf('measure')}
          hint={measureLabel ? `${t('fieldMeasureHint')} (${measureLabel})` : t('fieldMeasureHint')}
          list="f-measure-list"
          dir="ltr"
          required
        />
        <datalist id="f-measure-list">
          {measureIds.map((id) => (
            <option key={id} value={id}>
              {measureName(id, lang)}
            </option>
          ))}
        </datalist>
      </div>

      <fieldset class="choices">
        <legend>{t('fieldActor')}</legend>
        {ACTOR_IDS.map((id) => (
          <label key={id} class="choice">
            <input type="checkbox" checked={draft.actor.includes(id)} onChange={(e) => toggle('actor', id, (e.currentTarget as HTMLInputElement).checked)} />
            <span>{entityName(id, lang)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choices">
        <legend>{t('fieldPlace')}</legend>
        {PLACE_IDS.map((id) => (
          <label key={id} class="choice">
            <input type="checkbox" checked={draft.place.includes(id)} onChange={(e) => toggle('place', id, (e.currentTarget as HTMLInputElement).checked)} />
            <span>{entityName(id, lang)}</span>
          </label>
        ))}
      </fieldset>

      {draft.kind === 'count' ? (
        <div class="form-grid form-grid--4">
          <div class="field">
            <label class="field__label" for="f-qualifier">
              {t('fieldQualifier')}
            </label>
            <select id="f-qualifier" class="field__input" value={draft.qualifier} onChange={(e) => set('qualifier', (e.currentTarget as HTMLSelectElement).value as Qualifier)}>
              {QUALIFIERS.map((q) => (
                <option key={q} value={q}>
                  {t(QUALIFIER_KEY[q])}
                </option>
              ))}
            </select>
          </div>
          <Field id="f-value" label={t('fieldValue')} value={draft.value} onInput={(v) => set('value', v)} error={errorOf('value')} inputMode="decimal" dir="ltr" required />
          <Field id="f-min" label={t('fieldMin')} value={draft.min} onInput={(v) => set('min', v)} error={errorOf('min')} inputMode="decimal" dir="ltr" />
          <Field id="f-max" label={t('fieldMax')} value={draft.max} onInput={(v) => set('max', v)} error={errorOf('max')} inputMode="decimal" dir="ltr" />
        </div>
      ) : (
        <div class="form-grid form-grid--4">
          <Field id="f-year" label={t('fieldYear')} value={draft.year} onInput={(v) => set('year', v)} error={errorOf('year')} inputMode="numeric" dir="ltr" required />
          <Field id="f-month" label={t('fieldMonth')} value={draft.month} onInput={(v) => set('month', v)} error={errorOf('month')} inputMode="numeric" dir="ltr" required={draft.kind === 'date'} />
          <Field id="f-day" label={t('fieldDay')} value={draft.day} onInput={(v) => set('day', v)} error={errorOf('day')} inputMode="numeric" dir="ltr" />
          <div class="field">
            <label class="field__label" for="f-part">
              {t('fieldPart')}
            </label>
            <select id="f-part" class="field__input" value={draft.part} onChange={(e) => set('part', (e.currentTarget as HTMLSelectElement).value as FactDraft['part'])}>
              <option value="">{t('partNone')}</option>
              <option value="early">{t('partEarly')}</option>
              <option value="mid">{t('partMid')}</option>
              <option value="late">{t('partLate')}</option>
            </select>
          </div>
        </div>
      )}

      <div class="form-grid">
        <Field id="f-asOf" label={t('fieldAsOf')} value={draft.asOf} onInput={(v) => set('asOf', v)} error={errorOf('asOf')} placeholder="YYYY-MM-DD" dir="ltr" required />
        <Field id="f-since" label={t('fieldSince')} value={draft.since} onInput={(v) => set('since', v)} error={errorOf('since')} placeholder="YYYY-MM-DD" dir="ltr" />
      </div>
      <label class="choice choice--line">
        <input type="checkbox" checked={draft.runningTotal} onChange={(e) => set('runningTotal', (e.currentTarget as HTMLInputElement).checked)} />
        <span>{t('fieldRunningTotal')}</span>
      </label>

      <details class="terms" open={Boolean(draft.termsMeasure || draft.termsActor || draft.termsPlace)}>
        <summary>{t('fieldTerms')}</summary>
        <Field id="f-termsMeasure" label={t('fieldTermsMeasure')} value={draft.termsMeasure} onInput={(v) => set('termsMeasure', v)} />
        <Field id="f-termsActor" label={t('fieldTermsActor')} value={draft.termsActor} onInput={(v) => set('termsActor', v)} />
        <Field id="f-termsPlace" label={t('fieldTermsPlace')} value={draft.termsPlace} onInput={(v) => set('termsPlace', v)} />
      </details>

      <fieldset class="source">
        <legend>{t('legendSource')}</legend>
        <div class={`field ${errorOf('docId') ? 'field--invalid' : ''}`}>
          <label class="field__label" for="f-docId">
            {t('fieldDocument')}
            <span aria-hidden="true"> *</span>
          </label>
          <select
            id="f-docId"
            class="field__input"
            value={draft.docId}
            aria-invalid={errorOf('docId') ? 'true' : undefined}
            aria-describedby={errorOf('docId') ? 'f-docId-error' : undefined}
            onChange={(e) => chooseDocument((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t('documentChoose')}</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.id === pendingDocId ? t('documentNew', d.title || d.outlet) : `${d.title} (${d.outlet}, ${d.published})`}
              </option>
            ))}
          </select>
          {errorOf('docId') && (
            <p id="f-docId-error" class="field__error">
              {errorOf('docId')}
            </p>
          )}
        </div>
        <div class="form-grid">
          <Field id="f-outlet" label={t('fieldOutlet')} value={draft.outlet} onInput={(v) => set('outlet', v)} error={errorOf('outlet')} required />
          <Field id="f-published" label={t('fieldPublished')} value={draft.published} onInput={(v) => set('published', v)} error={errorOf('published')} placeholder="YYYY-MM-DD" dir="ltr" required />
          <Field id="f-title" label={t('fieldTitle')} value={draft.title} onInput={(v) => set('title', v)} />
          <Field id="f-url" label={t('fieldUrl')} value={draft.url} onInput={(v) => set('url', v)} error={errorOf('url')} type="url" dir="ltr" placeholder="https://" />
        </div>
        <Field id="f-quote" label={t('fieldQuote')} value={draft.quote} onInput={(v) => set('quote', v)} error={errorOf('quote')} multiline rows={3} required />
        <div class="field">
          <label class="field__label" for="f-lang">
            {t('fieldLang')}
          </label>
          <select id="f-lang" class="field__input" value={draft.lang} onChange={(e) => set('lang', (e.currentTarget as HTMLSelectElement).value as 'ar' | 'en')}>
            <option value="ar">{t('langAr')}</option>
            <option value="en">{t('langEn')}</option>
          </select>
        </div>
      </fieldset>
      <Field id="f-note" label={t('fieldNote')} value={draft.note} onInput={(v) => set('note', v)} multiline rows={2} />

      <div class="form-actions">
        {submitted && hasErrors && (
          <p class="form-actions__error" role="alert">
            {t('formHasErrors')}
          </p>
        )}
        {failure && (
          <p class="form-actions__error" role="alert">
            {failure}
          </p>
        )}
        <button type="button" class="button button--quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" class="button button--primary" disabled={busy}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
