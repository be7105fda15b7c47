import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../util/fs.js";
import { parseCheckpoint, type SignedCheckpoint } from "./checkpoint.js";
import type { NoteSignature } from "./note.js";

/** One file per tree size: `draws/checkpoints/<size>.txt`, plain text that Notepad opens. */
export const CHECKPOINTS_DIR = "draws/checkpoints";
export const checkpointFile = (size: number) => `${CHECKPOINTS_DIR}/${size}.txt`;

export interface StoredCheckpoint extends SignedCheckpoint {
  file: string;
}

/** The stored checkpoints, smallest first; a file that does not parse is named, never skipped silently. */
export function listCheckpoints(
  root: string,
  folder: string = CHECKPOINTS_DIR,
): { checkpoints: StoredCheckpoint[]; problems: string[] } {
  const dir = join(root, folder);
  const checkpoints: StoredCheckpoint[] = [];
  const problems: string[] = [];
  if (!existsSync(dir)) return { checkpoints, problems };
  for (const name of readdirSync(dir).filter((n) => /^[0-9]+\.txt$/.test(n))) {
    const file = `${folder}/${name}`;
    const parsed = parseCheckpoint(readFileSync(join(root, file), "utf8"));
    if ("problem" in parsed) problems.push(`${file}: ${parsed.problem}`);
    else checkpoints.push({ ...parsed, file });
  }
  checkpoints.sort((a, b) => a.checkpoint.size - b.checkpoint.size);
  return { checkpoints, problems };
}

/**
 * Stores a checkpoint; one already stored for the same size keeps its signatures and gains the new
 * ones. A different body for the same size is refused: it would be a second, inconsistent history.
 */
export function storeCheckpoint(
  root: string,
  cp: SignedCheckpoint,
): { file: string; stored: SignedCheckpoint } | { conflict: string } {
  const file = checkpointFile(cp.checkpoint.size);
  const path = join(root, file);
  let signatures: NoteSignature[] = cp.note.signatures;
  if (existsSync(path)) {
    const old = parseCheckpoint(readFileSync(path, "utf8"));
    if (!("problem" in old)) {
      if (old.note.body !== cp.note.body) return { conflict: file };
      const fresh = new Set(cp.note.signatures.map((s) => `${s.name} ${s.keyId}`));
      signatures = [...old.note.signatures.filter((s) => !fresh.has(`${s.name} ${s.keyId}`)), ...cp.note.signatures];
    }
  }
  const note = { body: cp.note.body, signatures };
  const text = `${note.body}\n${signatures.map((s) => `${s.line}\n`).join("")}`;
  writeFileAtomic(path, text);
  return { file, stored: { checkpoint: cp.checkpoint, note, text } };
}
