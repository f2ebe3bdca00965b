// What the options page asks of its host, behind one small interface. main.tsx builds it from the
// real browser; tests pass a fake. Components never see `browser`.
import type { Browser } from '../browser';
import type { I18nSource } from '../i18n';
import { isDisconnectError } from '../protocol-validate';

export interface OptionsApi extends I18nSource {
  /** Tells the background the corpus changed: it rebuilds its index and the tabs rescan. Never throws. */
  sendCorpusChanged(): Promise<void>;
  /** Offers a file to the user (a download). */
  download(blob: Blob, filename: string): void;
}

/** Starts a download of `blob` through a temporary object URL and an <a download>. */
export function downloadBlob(doc: Document, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function createOptionsApi(browser: Browser, doc: Document, log: Pick<Console, 'warn'> = console): OptionsApi {
  return {
    getMessage: (key, subs) => browser.i18n.getMessage(key, subs),
    getUILanguage: () => browser.i18n.getUILanguage(),
    async sendCorpusChanged() {
      try {
        await browser.runtime.sendMessage({ type: 'sanad/corpusChanged', args: {} });
      } catch (error) {
        // No background listening yet (it starts on demand) is fine: it rebuilds lazily from the revision.
        if (!isDisconnectError(error)) log.warn('sanad options: corpusChanged failed', error);
      }
    },
    download: (blob, filename) => downloadBlob(doc, blob, filename),
  };
}
