// Popup entry: the only popup module that touches the browser API. It wires the real browser into
// the api adapter and renders the container; #app gets data-ready once the first load settled.
import { render } from 'preact';
import { browser } from '../browser';
import { createI18n } from '../i18n';
import { createPopupApi } from './api';
import { PopupContainer } from './PopupContainer';
import './popup.css';

const root = document.getElementById('app');
if (root) {
  const api = createPopupApi(browser, window);
  // The language chosen in the options page wins over the browser's (asked before the first paint,
  // so the popup never flips language under the reader).
  void api.uiLanguage().then((chosen) => {
    const i18n = createI18n(browser.i18n, chosen ?? undefined);
    document.documentElement.lang = i18n.lang;
    document.documentElement.dir = i18n.dir;
    document.title = i18n.t('popupTitle');
    const markReady = () => root.setAttribute('data-ready', '');
    render(<PopupContainer api={api} i18n={i18n} onReady={markReady} />, root);
  });
}
