import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * What a run killed half-way (kill -9, a power cut) leaves behind: writeFileAtomic's temporary
 * files `<name>.<pid>.<8 hex>.tmp` and staging folders `.<name>.tmp-<pid>-<8 hex>`. They carry the
 * pid of the process that made them; the next run removes those whose process no longer runs.
 */

/** Whether a process with this pid runs on this machine (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const TEMP_FILE = /\.(\d+)\.[0-9a-f]{8}\.tmp$/;
const STAGING = /^\..+\.tmp-(\d+)-[0-9a-f]{8}$/;

/** Removes, in one folder (not below), the temporary files and staging folders of dead processes; returns their names. */
export function removeStaleTemps(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = TEMP_FILE.exec(name)?.[1] ?? STAGING.exec(name)?.[1];
    if (pid === undefined || processAlive(Number(pid))) continue;
    try {
      rmSync(join(dir, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // left for the next run (read-only, in use on Windows)
    }
  }
  return removed.sort();
}
