// Options page entry: the only options module that touches the browser API. It opens the database,
// wires the real browser into the api adapter and renders the app; #app gets data-ready once the
// first load settled (the e2e tests wait for '#app[data-ready]').
import { render } from 'preact';
import { createDb } from '../../store/db';
import { CorpusRepository } from '../../store/repository';
import { ensureSeeded } from '../../store/seeding';
import { browser } from '../browser';
import { createOptionsApi } from './api';
import { OptionsApp } from './App';
import { ImportExportPanel, exportCorpusJson } from './import-export/ImportExportPanel';
import './options.css';

const root = document.getElementById('app');
if (root) {
  const repo = new CorpusRepository(createDb());
  const api = createOptionsApi(browser, document);
  const markReady = () => root.setAttribute('data-ready', '');
  // A failed seeding still lists what is stored; the background retries it on its next message.
  const prepare = () => ensureSeeded(repo.db).catch((error: unknown) => console.error('Sanad: seeding failed', error));
  render(
    <OptionsApp repo={repo} api={api} initialHash={location.hash} ImportExport={ImportExportPanel} exportCorpusJson={exportCorpusJson} prepare={prepare} onReady={markReady} />,
    root,
  );
}
