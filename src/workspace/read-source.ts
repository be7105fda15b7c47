import { readFileSync, statSync } from "node:fs";
import type { DiagnosticCode, MessageParams } from "../i18n/messages.js";

export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ReadFailure = { ok: false; code: DiagnosticCode; params: MessageParams; unreadable: boolean };
export type ReadResult = { ok: true; bytes: Buffer; text: string } | ReadFailure;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads one file as UTF-8. GBK/GB18030 files (common on Chinese Windows) are refused with a clear
 * message rather than read as mojibake; a BOM is dropped; CRLF is left to the YAML parser.
 */
export function readSource(path: string): ReadResult {
  const read = readBytes(path);
  return read.ok ? decodeSource(read.bytes) : read;
}

/** What `stat` says of a file that can be read: enough to tell, as git does, that it did not change. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** Whether a path is a readable file of acceptable size, and its stamp. */
export function statSource(path: string): { ok: true; stamp: FileStamp } | ReadFailure {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, code: "not-a-file", params: {}, unreadable: false };
    if (stat.size > MAX_FILE_BYTES) {
      return {
        ok: false,
        code: "file-too-large",
        params: { size: (stat.size / 1048576).toFixed(1), limit: MAX_FILE_BYTES / 1048576 },
        unreadable: false,
      };
    }
    return { ok: true, stamp: { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino } };
  } catch (error) {
    return unreadableFailure(error);
  }
}

function unreadableFailure(error: unknown): ReadFailure {
  const detail = (error as NodeJS.ErrnoException).code ?? String(error);
  return { ok: false, code: "file-unreadable", params: { reason: detail, detail }, unreadable: true };
}

/** The bytes of a file, or why they cannot be had (a folder, too large, unreadable). */
export function readBytes(path: string): { ok: true; bytes: Buffer } | ReadFailure {
  const stat = statSource(path);
  if (!stat.ok) return stat;
  try {
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    return unreadableFailure(error);
  }
}

/** UTF-8 text without BOM; a file already validated (a cache hit) need not be decoded at all. */
export function decodeSource(bytes: Buffer): ReadResult {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, code: "file-not-utf8", params: { encoding: guessEncoding(bytes) }, unreadable: false };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return { ok: false, code: "file-empty", params: {}, unreadable: false };
  return { ok: true, bytes, text };
}

/** Notepad's "Unicode" is UTF-16 with a byte-order mark (or, without one, a NUL in every other byte). */
function guessEncoding(bytes: Buffer): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return "UTF-16";
  const sample = bytes.subarray(0, 1024);
  const nuls = sample.filter((b) => b === 0).length;
  return nuls * 4 >= sample.length ? "UTF-16" : "GB18030/GBK";
}
