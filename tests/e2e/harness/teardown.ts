// jest globalTeardown for the e2e project: the safety net behind every test's afterAll.
// Kills exactly the browsers this jest run launched and did not close (recorded by browsers.ts with
// their PID and profile folder; a PID is only killed if its command line still names that profile),
// then removes their profile folders. Never kills anything by name.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY_DIR, killRecorded, removeDirs, type RegistryEntry } from './browsers';

export default async function teardown(): Promise<void> {
  let files: string[] = [];
  try {
    files = readdirSync(REGISTRY_DIR).filter((f) => f.endsWith('.json'));
  } catch {
    return; // nothing was launched
  }
  for (const name of files) {
    const file = join(REGISTRY_DIR, name);
    let entry: RegistryEntry;
    try {
      entry = JSON.parse(readFileSync(file, 'utf8')) as RegistryEntry;
    } catch {
      continue;
    }
    // Only this run's browsers: launched in this process (in-band) or in one of its workers.
    if (entry.ownerPid !== process.pid && entry.ownerPpid !== process.pid) continue;
    if (killRecorded(entry)) process.stderr.write(`e2e teardown: killed a leftover ${entry.kind} (pid ${entry.pid})\n`);
    removeDirs(entry);
    rmSync(file, { force: true });
  }
}
