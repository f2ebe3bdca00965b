// Background entry (Chrome service worker, Firefox event page). Everything is wired in start():
// listeners are registered synchronously while this module evaluates.
import { browser } from '../extension/browser';
import { createDb } from '../store/db';
import { start } from './start';

start({ browser, db: createDb(), clock: { now: () => performance.now() } });
