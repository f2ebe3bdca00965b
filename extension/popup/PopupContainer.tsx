// The popup's behaviour: loads the active tab's flags and site state through the injected api,
// and turns clicks into messages. Holds no browser reference of its own.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { I18n } from '../i18n';
import type { PopupApi, PopupTab } from './api';
import { Popup, type PopupState } from './Popup';

export interface PopupContainerProps {
  api: PopupApi;
  i18n: I18n;
  /** Called once the first load settled (main.tsx marks #app[data-ready]). */
  onReady?(): void;
}

function hostOf(url: string | undefined): { host: string | null; supported: boolean | null } {
  if (!url) return { host: null, supported: null };
  try {
    const u = new URL(url);
    const web = u.protocol === 'http:' || u.protocol === 'https:';
    return { host: web ? u.hostname.toLowerCase() : null, supported: web };
  } catch {
    return { host: null, supported: false };
  }
}

const INITIAL: PopupState = { phase: 'loading', flags: [], host: null, siteEnabled: null, busy: false };

export function PopupContainer({ api, i18n, onReady }: PopupContainerProps) {
  const [state, setState] = useState<PopupState>(INITIAL);
  const [tab, setTab] = useState<PopupTab | null>(null);

  const load = useCallback(async (): Promise<void> => {
    try {
      const active = await api.activeTab();
      setTab(active);
      if (!active) return setState({ ...INITIAL, phase: 'unsupported' });
      const { host, supported } = hostOf(active.url);
      if (supported === false) return setState({ ...INITIAL, phase: 'unsupported' });
      const [flags, siteEnabled] = await Promise.all([api.listFlags(active.id), host ? api.getSiteState(host) : Promise.resolve(null)]);
      setState({ phase: flags === null ? 'no-content' : 'ready', flags: flags ?? [], host, siteEnabled, busy: false });
    } catch {
      setState({ ...INITIAL, phase: 'error' });
    }
  }, [api]);

  useEffect(() => {
    void load().finally(() => onReady?.());
  }, [load, onReady]);

  const onSelectFlag = useCallback(
    (index: number) => {
      if (!tab) return;
      void api.scrollToFlag(tab.id, index).finally(() => api.close());
    },
    [api, tab],
  );

  const onToggleSite = useCallback(
    (enabled: boolean) => {
      const host = state.host;
      if (!tab || !host) return;
      setState((s) => ({ ...s, busy: true, siteEnabled: enabled }));
      void (async () => {
        const ok = await api.setSiteEnabled(host, enabled);
        if (!ok) {
          setState((s) => ({ ...s, busy: false, siteEnabled: !enabled, phase: 'error' }));
          return;
        }
        await api.rescan(tab.id);
        const flags = enabled ? await api.listFlags(tab.id) : [];
        setState((s) => ({ ...s, busy: false, flags: flags ?? [], phase: flags === null ? 'no-content' : 'ready' }));
      })();
    },
    [api, tab, state.host],
  );

  const onOpenOptions = useCallback(() => {
    void api.openOptions().finally(() => api.close());
  }, [api]);

  return <Popup state={state} i18n={i18n} onSelectFlag={onSelectFlag} onToggleSite={onToggleSite} onOpenOptions={onOpenOptions} />;
}
