import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { join } from "node:path";
import type { MessageParams } from "../i18n/messages.js";
import { DrawError } from "../draw/draw-error.js";
import { DRAWS_DIR } from "../draw/record.js";
import { errnoOf, readRegularFile } from "../util/read-file.js";
import { processAlive, removeStaleTemps } from "../util/stale-temps.js";

/** What the lock file says: who holds it, on which machine, since when; the token tells one holder from another. */
interface LockHolder {
  pid: number;
  host: string;
  since: string;
  token: string;
}

export const LOCK_FILE = `${DRAWS_DIR}/.lock`;
/** A lock that holds no readable holder (an older tool killed between creating and writing it) is stale after this. */
const UNREADABLE_STALE_MS = 10 * 60 * 1000;

export interface LockOptions {
  /** Told when a stale lock was broken (its holder no longer runs on this machine), to say so: a catalogue key and its parameters. */
  onBroken?: (key: "lock-broken" | "lock-broken-unreadable", params: MessageParams) => void;
}

/**
 * One draw at a time per workspace: an exclusive lock file, removed when done. A second draw is
 * refused, never interleaved. A lock left by a killed run (kill -9, a power cut) is broken when its
 * holder provably no longer runs: same machine, process gone. A lock from another machine (a
 * shared folder) is never broken: this machine cannot know. Temporary files of killed runs in
 * draws/ are removed once the lock is held.
 */
export function withDrawLock<T>(root: string, options: LockOptions, fn: () => T): T {
  const dir = join(root, DRAWS_DIR);
  mkdirSync(dir, { recursive: true });
  const lock = join(root, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    token: randomBytes(8).toString("hex"),
  };
  if (!tryCreate(lock, me)) {
    const held = readHolder(lock);
    const stale = staleReason(lock, held);
    if (stale === undefined || !breakLock(lock, held) || !tryCreate(lock, me)) throw refusal(held);
    options.onBroken?.(stale === "process-gone" ? "lock-broken" : "lock-broken-unreadable", {
      lock: LOCK_FILE,
      pid: String(held?.pid ?? "?"),
      host: String(held?.host ?? "?"),
      since: String(held?.since ?? "?"),
    });
  }
  try {
    for (const sub of ["", "inputs", "superseded"]) removeStaleTemps(join(dir, sub));
    return fn();
  } finally {
    // Only our own lock is removed: never one that another run took after breaking ours.
    if (readHolder(lock)?.token === me.token) rmSync(lock, { force: true });
  }
}

/**
 * Creates the lock whole: written to a temporary file, then linked to the lock's name, which fails
 * if it exists (so no run ever sees a half-written lock). Where links are not supported (FAT, some
 * network shares) an exclusive create does the same with a tiny window.
 */
function tryCreate(lock: string, me: LockHolder): boolean {
  const text = JSON.stringify(me);
  const tmp = `${lock}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    writeFileSync(tmp, text, { flag: "wx" });
    try {
      linkSync(tmp, lock);
      return true;
    } catch (error) {
      if (errnoOf(error) === "EEXIST") return false;
    }
  } catch {
    // no temporary file: fall through to the exclusive create
  } finally {
    rmSync(tmp, { force: true });
  }
  let fd: number;
  try {
    fd = openSync(lock, "wx");
  } catch (error) {
    if (errnoOf(error) === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } catch (error) {
    closeSync(fd);
    rmSync(lock, { force: true });
    if (error !== null && typeof error === "object") Object.assign(error, { path: lock, dest: undefined });
    throw error;
  }
  closeSync(fd);
  return true;
}

function readHolder(lock: string): Partial<LockHolder> | undefined {
  const read = readRegularFile(lock, 64 * 1024);
  if (!read.ok) return undefined;
  try {
    const value = JSON.parse(read.bytes.toString("utf8")) as unknown;
    return value !== null && typeof value === "object" ? (value as Partial<LockHolder>) : undefined;
  } catch {
    return undefined;
  }
}

/** Why a held lock may be broken, or undefined when it may not. */
function staleReason(lock: string, held: Partial<LockHolder> | undefined): string | undefined {
  if (held && typeof held.pid === "number") {
    if (held.host === hostname() && !processAlive(held.pid)) return "process-gone";
    return undefined;
  }
  try {
    if (Date.now() - statSync(lock).mtimeMs > UNREADABLE_STALE_MS) return "unreadable-old";
  } catch {
    // gone meanwhile: the next create decides
    return "gone";
  }
  return undefined;
}

/**
 * Moves the stale lock aside under a name of our own, then checks that what was moved is the lock
 * judged stale (another run may have broken it and taken a new one in between); if not, it is put
 * back. Returns whether the stale lock is gone.
 */
function breakLock(lock: string, judged: Partial<LockHolder> | undefined): boolean {
  const aside = `${lock}.broken.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    renameSync(lock, aside);
  } catch (error) {
    return errnoOf(error) === "ENOENT";
  }
  const moved = readHolder(aside);
  if (moved?.token === judged?.token && moved?.pid === judged?.pid) {
    rmSync(aside, { force: true });
    return true;
  }
  try {
    linkSync(aside, lock);
  } catch {
    // a third run holds the lock now; ours is refused either way
  }
  rmSync(aside, { force: true });
  return false;
}

function refusal(held: Partial<LockHolder> | undefined): DrawError {
  const params = { lock: LOCK_FILE, pid: String(held?.pid ?? "?"), since: String(held?.since ?? "?") };
  if (held?.host !== undefined && held.host !== hostname())
    return new DrawError("draw-locked-elsewhere", { ...params, host: String(held.host) });
  return new DrawError("draw-locked", params);
}
