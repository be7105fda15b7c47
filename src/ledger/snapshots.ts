import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { sha256Bytes } from "../util/hash.js";
import { writeFileAtomic } from "../util/fs.js";
import { DrawError } from "../draw/draw-error.js";

export const INPUTS_DIR = "draws/inputs";

/**
 * Content-addressed copies of every input file (draws/inputs/<sha256>), so that later edits to the
 * registries never stop an old draw from being verified. Identical content is stored once.
 */
export function storeInputs(root: string, inputs: readonly { file: string; sha256: string }[]): void {
  mkdirSync(join(root, INPUTS_DIR), { recursive: true });
  for (const input of inputs) {
    // Every input is read and hashed here whatever the cache said: the record names these bytes.
    const bytes = readFileSync(join(root, input.file));
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
    const target = join(dest, input.file);
    mkdirSync(dirname(target), { recursive: true });
    const live = roots.live ? join(roots.live, input.file) : undefined;
    if (live && existsSync(live) && sha256Bytes(readFileSync(live)) === input.sha256) {
      copyFileSync(live, target);
      sources[input.file] = "live";
      continue;
    }
    const snapshot = join(roots.snapshots, input.sha256);
    if (existsSync(snapshot) && sha256Bytes(readFileSync(snapshot)) === input.sha256) {
      copyFileSync(snapshot, target);
      sources[input.file] = "snapshot";
      continue;
    }
    missing.push(input.file);
  }
  return { sources, missing };
}
