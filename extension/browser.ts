// The one seam to the WebExtension API: the only module that imports webextension-polyfill.
// Everything else takes a `Browser` by injection, so tests hand in a fake and dropping the
// polyfill later touches only this file.
import browser from 'webextension-polyfill';

export { browser };
export type Browser = typeof browser;
