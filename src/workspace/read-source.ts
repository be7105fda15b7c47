import { isUtf8 } from "node:buffer";
import { statSync } from "node:fs";
import type { DiagnosticCode, MessageParams } from "../i18n/messages.js";
import { MAX_READ_BYTES, readRegularFile, specialKind, type ReadFault } from "../util/read-file.js";

export const MAX_FILE_BYTES = MAX_READ_BYTES;

export type ReadFailure = {
  ok: false;
  code: DiagnosticCode;
  params: MessageParams;
  unreadable: boolean;
  /** Where in the file the problem is, when it is at one place (a NUL byte). */
  pos?: { line: number; col: number };
};
export type ReadResult = { ok: true; bytes: Buffer; text: string } | ReadFailure;

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

/** Whether a path is a readable regular file of acceptable size, and its stamp (stat never opens it). */
export function statSource(path: string): { ok: true; stamp: FileStamp } | ReadFailure {
  try {
    const stat = statSync(path);
    const kind = specialKind(stat);
    if (kind) return failureOf({ fault: "special", kind });
    if (stat.size > MAX_FILE_BYTES) return failureOf({ fault: "too-large", size: stat.size, limit: MAX_FILE_BYTES });
    return { ok: true, stamp: { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino } };
  } catch (error) {
    return failureOf({ fault: "io", errno: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

/** A read fault as a diagnostic: a folder, a FIFO or device, too large, or unreadable. */
export function failureOf(fault: ReadFault): ReadFailure {
  switch (fault.fault) {
    case "special":
      return fault.kind === "folder"
        ? { ok: false, code: "not-a-file", params: {}, unreadable: false }
        : { ok: false, code: "file-special", params: { kind: `special-${fault.kind}` }, unreadable: false };
    case "too-large":
      return {
        ok: false,
        code: "file-too-large",
        params: { size: (fault.size / 1048576).toFixed(1), limit: fault.limit / 1048576 },
        unreadable: false,
      };
    case "io":
      return {
        ok: false,
        code: "file-unreadable",
        params: { reason: fault.errno, detail: fault.errno },
        unreadable: true,
      };
  }
}

/** The bytes of a file, or why they cannot be had (a folder, a FIFO or device, too large, unreadable). */
export function readBytes(path: string): { ok: true; bytes: Buffer } | ReadFailure {
  const read = readRegularFile(path, MAX_FILE_BYTES);
  return read.ok ? { ok: true, bytes: read.bytes } : failureOf(read);
}

/** UTF-8 text without BOM; a file already validated (a cache hit) need not be decoded at all. */
export function decodeSource(bytes: Buffer): ReadResult {
  const bom = byteOrderMark(bytes);
  if (bom !== undefined && bom !== "UTF-8") return notUtf8(bom);
  // isUtf8 (simdutf) then toString: the same strict check as a fatal TextDecoder, several times faster.
  if (!isUtf8(bytes)) {
    const encoding = guessEncoding(bytes);
    return encoding === undefined
      ? { ok: false, code: "file-binary", params: {}, unreadable: false }
      : notUtf8(encoding);
  }
  // As TextDecoder did: one byte-order mark is dropped in decoding (and a second one below).
  let text = bytes.toString("utf8", bom === "UTF-8" ? 3 : 0);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // UTF-16 or UTF-32 without a BOM is valid UTF-8 when it is all ASCII: a NUL in every other (or
  // every fourth) byte. Any other NUL is binary data, never YAML (which forbids it even quoted).
  const nul = text.indexOf("\0");
  if (nul >= 0) {
    const wide = nulPattern(bytes);
    if (wide) return notUtf8(wide);
    const before = text.slice(0, nul);
    const line = before.split("\n").length;
    const col = nul - before.lastIndexOf("\n");
    return { ok: false, code: "file-nul-byte", params: { line, col }, unreadable: false, pos: { line, col } };
  }
  if (text.trim() === "") return { ok: false, code: "file-empty", params: {}, unreadable: false };
  return { ok: true, bytes, text };
}

function notUtf8(encoding: string): ReadFailure {
  return { ok: false, code: "file-not-utf8", params: { encoding }, unreadable: false };
}

/** The encoding a byte-order mark announces (UTF-32 first: its little-endian mark begins like UTF-16's). */
function byteOrderMark(b: Buffer): string | undefined {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return "UTF-32";
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return "UTF-32";
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return "UTF-16";
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "UTF-8";
  return undefined;
}

/** UTF-32 or UTF-16 without a mark, from where the NULs of ASCII text fall. */
function nulPattern(bytes: Buffer): string | undefined {
  const sample = bytes.subarray(0, 4096);
  const zerosAt = [0, 0, 0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zerosAt[i % 4] = (zerosAt[i % 4] ?? 0) + 1;
  const quarter = sample.length / 4;
  const [z0 = 0, z1 = 0, z2 = 0, z3 = 0] = zerosAt;
  const mostly = (n: number) => n >= quarter * 0.6;
  if ((mostly(z1) && mostly(z2) && mostly(z3)) || (mostly(z0) && mostly(z1) && mostly(z2))) return "UTF-32";
  if ((mostly(z1) && mostly(z3)) || (mostly(z0) && mostly(z2))) return "UTF-16";
  return undefined;
}

const gb18030 = new TextDecoder("gb18030", { fatal: true });

/**
 * What a file that is not UTF-8 probably is: UTF-16/32 (Notepad's "Unicode"), GB18030/GBK (Notepad
 * and WPS on Chinese Windows), or undefined for binary data: it does not decode as GB18030 either,
 * or it holds NULs or other control bytes that no text editor writes.
 */
function guessEncoding(bytes: Buffer): string | undefined {
  const wide = nulPattern(bytes);
  if (wide) return wide;
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const b of sample) if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f) controls++;
  if (controls > 0) return undefined;
  try {
    gb18030.decode(sample.length === bytes.length ? bytes : bytes.subarray(0, cutAtLine(sample)));
    return "GB18030/GBK";
  } catch {
    return undefined;
  }
}

/** A sample cut after its last line break, so that it does not end in the middle of a character. */
function cutAtLine(sample: Buffer): number {
  const at = sample.lastIndexOf(10);
  return at > 0 ? at + 1 : sample.length;
}
