// Settings: sites where Sanad is off, "mark consistent figures too", the interface language, and
// the way back to the seed corpus. Presentational: writes go out through onChange.
import { useState } from 'preact/hooks';
import type { Settings, UiLanguage } from '../../../store/settings';
import { normalizeSite } from '../../../store/settings';
import type { I18n } from '../../i18n';
import { Switch } from '../../ui/Switch';

export interface SettingsViewProps {
  settings: Settings;
  t: I18n['t'];
  onChange(patch: Partial<Settings>): Promise<void>;
  onReset(): void;
}

export function SettingsView({ settings, t, onChange, onReset }: SettingsViewProps) {
  const [host, setHost] = useState('');
  const [hostError, setHostError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const write = async (patch: Partial<Settings>) => {
    try {
      await onChange(patch);
      setStatus(t('setSaved'));
    } catch (error) {
      setStatus(t('optSaveError', error instanceof Error ? error.message : String(error)));
    }
  };

  const addSite = (event: Event) => {
    event.preventDefault();
    const site = normalizeSite(host);
    if (!site) {
      setHostError(t('errHost'));
      return;
    }
    setHostError(null);
    setHost('');
    if (!settings.disabledSites.includes(site)) void write({ disabledSites: [...settings.disabledSites, site] });
  };

  const languages: Array<[UiLanguage, string]> = [
    ['auto', t('setLangAuto')],
    ['ar', 'العربية'],
    ['en', 'English'],
  ];

  return (
    <section class="panel" aria-labelledby="settings-heading">
      <div class="panel__head">
        <h2 id="settings-heading" class="panel__title">
          {t('navSettings')}
        </h2>
      </div>

      <section class="settings-group" aria-labelledby="sites-heading">
        <h3 id="sites-heading">{t('setSitesHeading')}</h3>
        {settings.disabledSites.length === 0 ? (
          <p class="empty">{t('setSitesEmpty')}</p>
        ) : (
          <ul class="site-list">
            {settings.disabledSites.map((site) => (
              <li key={site} class="site-list__item">
                <bdi dir="ltr">{site}</bdi>
                <button
                  type="button"
                  class="button button--small"
                  aria-label={t('setSiteRemoveAria', site)}
                  onClick={() => void write({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
                >
                  {t('setSiteRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="site-add" onSubmit={addSite} noValidate>
          <div class={`field ${hostError ? 'field--invalid' : ''}`}>
            <label class="field__label" for="site-input">
              {t('setSiteInput')}
            </label>
            <input
              id="site-input"
              class="field__input"
              dir="ltr"
              value={host}
              aria-invalid={hostError ? 'true' : undefined}
              aria-describedby={hostError ? 'site-input-error' : undefined}
              placeholder="example.com"
              onInput={(e) => {
                setHost((e.currentTarget as HTMLInputElement).value);
                setHostError(null);
              }}
            />
            {hostError && (
              <p id="site-input-error" class="field__error">
                {hostError}
              </p>
            )}
          </div>
          <button type="submit" class="button">
            {t('setSiteAdd')}
          </button>
        </form>
      </section>

      <section class="settings-group" aria-labelledby="marking-heading">
        <h3 id="marking-heading">{t('setMarkingHeading')}</h3>
        <Switch id="mark-consistent" label={t('setMarkConsistent')} checked={settings.markConsistent} onChange={(checked) => void write({ markConsistent: checked })} />
      </section>

      <fieldset class="settings-group radio-group">
        <legend>{t('setLanguage')}</legend>
        {languages.map(([value, label]) => (
          <label key={value} class="choice">
            <input type="radio" name="ui-language" value={value} checked={settings.uiLanguage === value} onChange={() => void write({ uiLanguage: value })} />
            <span lang={value === 'auto' ? undefined : value}>{label}</span>
          </label>
        ))}
      </fieldset>

      <section class="settings-group settings-group--danger" aria-labelledby="reset-heading">
        <h3 id="reset-heading">{t('resetHeading')}</h3>
        <p>{t('resetExplain')}</p>
        <button type="button" class="button button--danger" onClick={onReset}>
          {t('resetButton')}
        </button>
      </section>

      {status && (
        <p class="notice" role="status">
          {status}
        </p>
      )}
    </section>
  );
}
