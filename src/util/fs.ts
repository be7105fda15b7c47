import { mkdirSync, renameSync, rmSync, writeFileSync, openSync, fsyncSync, closeSync } from "node:fs";
import { dirname } from "node:path";
import { randomBytes } from "node:crypto";

/**
 * Writes a file so that a reader never sees half of it: a temporary file beside the target,
 * flushed, then renamed over it (rename is atomic on one file system, Windows included).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, { durable = true } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const fd = openSync(tmp, "w");
    try {
      writeFileSync(fd, data);
      // Not for what can be made again (the content cache): a torn entry is found and rebuilt.
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    // A full disk fails in write(2), which names no path: the message names the file meant.
    if (error !== null && typeof error === "object") Object.assign(error, { path, dest: undefined });
    throw error;
  }
}

/**
 * Writes a file directly (into a staging folder or a scratch copy that is thrown away on failure);
 * a failure names the file, as the system call alone (write on a full disk) does not.
 */
export function writeFileNamed(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    if (error !== null && typeof error === "object") Object.assign(error, { path, dest: undefined });
    throw error;
  }
}

/** Workspace-relative paths are shown with forward slashes on every platform. */
export function toPosix(path: string): string {
  return path.split("\\").join("/");
}
