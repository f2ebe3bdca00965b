// The popup's view: a pure function of its props.
import type { FlagSummary } from '../protocol';
import type { I18n } from '../i18n';
import { FlagList } from '../ui/FlagList';
import { Switch } from '../ui/Switch';

export type PopupPhase = 'loading' | 'unsupported' | 'no-content' | 'ready' | 'error';

export interface PopupState {
  phase: PopupPhase;
  flags: FlagSummary[];
  /** The page's host, when known. */
  host: string | null;
  /** Null: unknown (no host, or the background could not tell). */
  siteEnabled: boolean | null;
  busy: boolean;
}

export interface PopupProps {
  state: PopupState;
  i18n: I18n;
  onSelectFlag(index: number): void;
  onToggleSite(enabled: boolean): void;
  onOpenOptions(): void;
}

export function Popup({ state, i18n, onSelectFlag, onToggleSite, onOpenOptions }: PopupProps) {
  const { t } = i18n;
  const mismatches = state.flags.filter((f) => f.verdict === 'mismatch').length;
  return (
    <main class="popup" lang={i18n.lang} dir={i18n.dir} aria-busy={state.phase === 'loading'}>
      <header class="popup__header">
        <h1 class="popup__title">{t('popupTitle')}</h1>
        {state.host && <bdi class="popup__host">{state.host}</bdi>}
      </header>

      <section class="popup__body" aria-live="polite">
        {state.phase === 'loading' && <p class="popup__note">{t('popupLoading')}</p>}
        {state.phase === 'unsupported' && <p class="popup__note">{t('popupUnsupported')}</p>}
        {state.phase === 'no-content' && (
          <p class="popup__note">{state.siteEnabled === false ? t('popupSiteDisabled') : t('popupNoContentScript')}</p>
        )}
        {state.phase === 'error' && <p class="popup__note popup__note--error">{t('popupError')}</p>}
        {state.phase === 'ready' && state.siteEnabled === false && <p class="popup__note">{t('popupSiteDisabled')}</p>}
        {state.phase === 'ready' && state.siteEnabled !== false && (
          <>
            <p class="popup__count" data-count={mismatches}>
              {t('popupFlagCount', String(mismatches))}
            </p>
            {state.flags.length === 0 ? (
              <p class="popup__note">{t('popupNoFlags')}</p>
            ) : (
              <FlagList flags={state.flags} t={t} onSelect={onSelectFlag} />
            )}
          </>
        )}
      </section>

      <footer class="popup__footer">
        {state.host !== null && state.siteEnabled !== null && (
          <Switch id="site-toggle" label={t('popupSiteToggle')} checked={state.siteEnabled} disabled={state.busy} onChange={onToggleSite} />
        )}
        <button type="button" class="popup__options" onClick={onOpenOptions}>
          {t('popupOpenOptions')}
        </button>
      </footer>
    </main>
  );
}
