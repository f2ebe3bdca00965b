// "The database is seeded and usable": a memoised, retryable promise. Run on onInstalled AND
// lazily before the first read, because a worker woken by a message never sees onInstalled.
import type { SanadDb } from '../store/db';
import type { Logger } from './deps';

export type Ready = () => Promise<void>;

export function createReady(db: SanadDb, seed: (db: SanadDb) => Promise<unknown>, log: Logger): Ready {
  let pending: Promise<void> | null = null;
  return () => {
    if (!pending) {
      pending = seed(db).then(
        () => undefined,
        (error: unknown) => {
          pending = null; // the next call retries
          log.error('seeding failed', error);
          throw error;
        },
      );
    }
    return pending;
  };
}
