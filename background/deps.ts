// What the background's services are built from. Everything comes in from the composition root
// (main.ts passes the real browser, database and clock; tests pass fakes).
import type { Browser } from '../extension/browser';
import type { SanadDb } from '../store/db';

export interface Clock {
  now(): number;
}

/** Production logs carry reasons and codes, never page text or corpus content. */
export interface Logger {
  debug(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  error(message: string, ...rest: unknown[]): void;
}

export interface BackgroundDeps {
  browser: Browser;
  db: SanadDb;
  clock?: Clock;
  log?: Logger;
  /** Seeds the database (default: store/seeding's ensureSeeded with the bundled seed corpus). */
  seed?: (db: SanadDb) => Promise<unknown>;
}

export const consoleLogger: Logger = {
  debug: () => {},
  warn: (message, ...rest) => console.warn(`sanad: ${message}`, ...rest),
  error: (message, ...rest) => console.error(`sanad: ${message}`, ...rest),
};
