// The one seam to the WebExtension API: the only module that imports webextension-polyfill.
// Everything else takes a `Browser` by injection, so tests hand in a fake and dropping the
// polyfill later touches only this file.
import type BrowserApi from 'webextension-polyfill';

// A CommonJS require, not `import browser from`: the bundler's ES-module interop copies every
// property of the polyfill's export, which makes Chrome build each of its lazily created chrome.*
// namespaces (~10 ms of the content script's start-up). The bundle resolves it statically.
declare const require: (id: 'webextension-polyfill') => typeof BrowserApi;
const browser = require('webextension-polyfill');

export { browser };
export type Browser = typeof browser;
