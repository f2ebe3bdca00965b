// The background's composition root: builds the services from their dependencies and registers
// EVERY listener synchronously, in the first turn of module evaluation (a worker woken by an event
// only delivers it to listeners registered by then). Nothing here awaits before addListener.
import { ensureSeeded } from '../store/seeding';
import { CorpusRepository } from '../store/repository';
import { BadgeService } from './badge';
import { CheckerService } from './checker-service';
import { createContextMenu, menusOf, type ContextMenu } from './context-menu';
import { consoleLogger, type BackgroundDeps } from './deps';
import { createHandlers, type Handlers } from './handlers';
import { createReady, type Ready } from './ready';
import { createRouter, type MessageListener } from './router';

export interface Background {
  ready: Ready;
  repository: CorpusRepository;
  checker: CheckerService;
  badge: BadgeService;
  contextMenu: ContextMenu;
  handlers: Handlers;
  onMessage: MessageListener;
}

export function start(deps: BackgroundDeps): Background {
  const { browser, db } = deps;
  const clock = deps.clock ?? { now: () => Date.now() };
  const log = deps.log ?? consoleLogger;
  const ready = createReady(db, deps.seed ?? ((d) => ensureSeeded(d)), log);
  const repository = new CorpusRepository(db);
  const checker = new CheckerService({ db, ready, clock, log });
  const badge = new BadgeService(browser, log);
  const handlers = createHandlers({ browser, db, ready, checker, badge, log });
  const onMessage = createRouter({ browser, handlers, log });
  const contextMenu = createContextMenu(browser, log);

  browser.runtime.onMessage.addListener(onMessage);
  browser.runtime.onInstalled.addListener(() => {
    // Seed (or merge a newer seed) and warm the index; errors are logged, the next message retries.
    ready()
      .then(() => checker.get())
      .catch((error: unknown) => log.error('install: seeding failed', error));
    contextMenu.install().catch((error: unknown) => log.warn('install: context menu failed', error));
  });
  // "Add to Sanad corpus" on a selection opens the options page on a draft (no corpus write here).
  menusOf(browser)?.onClicked.addListener((info, tab) => {
    contextMenu.onClicked(info, tab).catch((error: unknown) => log.warn('context menu: open draft failed', error));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    badge.forget(tabId).catch((error: unknown) => log.warn('badge: forget failed', error));
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // A navigation (or reload) starts a new page: its figures are not counted yet.
    if (changeInfo.status === 'loading') {
      badge.clear(tabId).catch((error: unknown) => log.warn('badge: clear failed', error));
    }
  });
  // A write made in this context (none today) also refreshes the index right away.
  repository.onChange(() => {
    checker.get().catch((error: unknown) => log.warn('index: refresh failed', error));
  });

  return { ready, repository, checker, badge, contextMenu, handlers, onMessage };
}
