import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { DrawError } from "../draw/draw-error.js";
import { DRAWS_DIR } from "../draw/record.js";

/**
 * One draw at a time per workspace: an exclusive lock file (O_EXCL), removed when done. A second
 * draw is refused, never interleaved; a stale lock names its process so that a person can judge.
 */
export function withDrawLock<T>(root: string, fn: () => T): T {
  const dir = join(root, DRAWS_DIR);
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, ".lock");
  let fd: number;
  try {
    fd = openSync(lock, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    let held = { pid: "?", since: "?" };
    try {
      held = JSON.parse(readFileSync(lock, "utf8")) as typeof held;
    } catch {
      // unreadable or half-written lock: still a lock
    }
    throw new DrawError("draw-locked", { lock: `${DRAWS_DIR}/.lock`, pid: held.pid, since: held.since });
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
    closeSync(fd);
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}
