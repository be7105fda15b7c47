import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { sha256Bytes } from "../util/hash.js";
import { writeFileAtomic, writeFileNamed } from "../util/fs.js";
import { DrawError } from "../draw/draw-error.js";
import { readRegularFile } from "../util/read-file.js";
import { describeFault } from "../util/io-error.js";
import { UsageError } from "../diagnostics/errors.js";

export const INPUTS_DIR = "draws/inputs";

/**
 * Content-addressed copies of every input file (draws/inputs/<sha256>), so that later edits to the
 * registries never stop an old draw from being verified. Identical content is stored once.
 */
export function storeInputs(root: string, inputs: readonly { file: string; sha256: string }[]): void {
  mkdirSync(join(root, INPUTS_DIR), { recursive: true });
  for (const input of inputs) {
    // Every input is read and hashed here whatever the cache said: the record names these bytes.
    const read = readRegularFile(join(root, input.file));
    if (!read.ok) throw new UsageError("file-cannot-use", { file: input.file, ...describeFault(read) });
    const bytes = read.bytes;
    if (sha256Bytes(bytes) !== input.sha256) throw new DrawError("draw-input-changed", { file: input.file });
    const target = join(root, INPUTS_DIR, input.sha256);
    if (!existsSync(target)) writeFileAtomic(target, bytes);
  }
}

export type InputSource = "live" | "snapshot";

/**
 * Lays a record's inputs out under `dest` at their own relative paths: the live file when its
 * digest still matches, else the stored snapshot. Returns where each came from, or what is missing.
 */
export function materializeInputs(
  roots: { live?: string; snapshots: string },
  inputs: readonly { file: string; sha256: string }[],
  dest: string,
): { sources: Record<string, InputSource>; missing: string[] } {
  const sources: Record<string, InputSource> = {};
  const missing: string[] = [];
  for (const input of inputs) {
    // A record names its inputs: a path that climbs out of the copy, or a digest that is not one, is no input.
    if (!isInputPath(input.file) || !/^[0-9a-f]{64}$/.test(input.sha256)) {
      missing.push(input.file);
      continue;
    }
    const target = join(dest, input.file);
    mkdirSync(dirname(target), { recursive: true });
    // Bytes are read once, only from regular files, and written from memory: a FIFO put in a
    // file's place is never opened, and what is copied is exactly what was hashed.
    const live = roots.live ? readRegularFile(join(roots.live, input.file)) : undefined;
    if (live?.ok && sha256Bytes(live.bytes) === input.sha256) {
      writeFileNamed(target, live.bytes);
      sources[input.file] = "live";
      continue;
    }
    const snapshot = readRegularFile(join(roots.snapshots, input.sha256));
    if (snapshot.ok && sha256Bytes(snapshot.bytes) === input.sha256) {
      writeFileNamed(target, snapshot.bytes);
      sources[input.file] = "snapshot";
      continue;
    }
    missing.push(input.file);
  }
  return { sources, missing };
}

/** A workspace-relative path with forward slashes that stays inside (no `..`, not absolute, no drive). */
export function isInputPath(file: string): boolean {
  if (file === "" || file.length > 1000 || /[\\:\0]/.test(file) || file.startsWith("/")) return false;
  return file.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
