import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

/**
 * Reading a file that may be anything: a FIFO (opening it for reading waits for a writer, for ever),
 * a device (/dev/zero never ends), a folder, or a file far larger than any registry. Every file the
 * tool reads goes through here: only regular files, only up to a size, and never blocking.
 */

/** The largest file the tool reads (a registry of 200,000 objects is about 60 MiB). */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/** What a path is when it is not a regular file, as a message names it. */
export type SpecialKind = "folder" | "fifo" | "socket" | "device" | "other";

export type ReadFault =
  | { fault: "special"; kind: SpecialKind }
  | { fault: "too-large"; size: number; limit: number }
  | { fault: "io"; errno: string };

export type ReadOutcome = { ok: true; bytes: Buffer; stats: Stats } | ({ ok: false } & ReadFault);

export function specialKind(stats: Stats): SpecialKind | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return "folder";
  if (stats.isFIFO()) return "fifo";
  if (stats.isSocket()) return "socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "device";
  return "other";
}

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; Windows has none.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a regular file of at most `maxBytes`, or why not. The file is opened without
 * blocking and judged by fstat on the open descriptor, so nothing can swap a FIFO in between.
 */
export function readRegularFile(path: string, maxBytes: number = MAX_READ_BYTES): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return { ok: false, fault: "io", errno: errnoOf(error) };
  }
  try {
    const stats = fstatSync(fd);
    const kind = specialKind(stats);
    if (kind) return { ok: false, fault: "special", kind };
    if (stats.size > maxBytes) return { ok: false, fault: "too-large", size: stats.size, limit: maxBytes };
    // Read to the end, but never past the limit: the file may grow while it is read.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stats.size - total + 1, 65536), maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return { ok: false, fault: "too-large", size: total, limit: maxBytes };
    }
    return { ok: true, bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total), stats };
  } catch (error) {
    return { ok: false, fault: "io", errno: errnoOf(error) };
  } finally {
    closeSync(fd);
  }
}

/** The text of a regular UTF-8 file, or undefined when it is missing, special, too large or unreadable. */
export function readTextIfRegular(path: string, maxBytes: number = MAX_READ_BYTES): string | undefined {
  const read = readRegularFile(path, maxBytes);
  return read.ok ? read.bytes.toString("utf8") : undefined;
}

export function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}
