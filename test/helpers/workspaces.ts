import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { repoRoot } from "./run-cli.js";

export const exampleDir = join(repoRoot, "examples/linyi-2026");
/** The demonstration seed of the README and SPEC.md §9, and a second one. */
export const SEED = ["--seed", "县市场监管局=83920174651", "--seed", "县应急管理局=5538201947"];
export const OTHER_SEED = ["--seed", "县市场监管局=27182818284", "--seed", "县消防救援大队=5904523536"];

const made: string[] = [];

/** A scratch directory under the system temp dir; removed by `cleanTemp`. */
export function tempDir(prefix = "checkonce-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanTemp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A copy of a workspace in a fresh temp dir (never the repo's own), without the content cache,
 * draws, results (the example carries them: they belong to its draw) or output a developer may
 * have left in the source, nor a fixture's expected record.
 */
export function copyWorkspace(src: string = exampleDir): string {
  const ws = join(tempDir(), "ws");
  cpSync(src, ws, {
    recursive: true,
    filter: (p) =>
      !p.includes(`${sep}.checkonce${sep}cache`) &&
      !p.endsWith(`${sep}draws`) &&
      !p.endsWith(`${sep}results`) &&
      !p.endsWith(`${sep}out`) &&
      !p.endsWith("expected.draw.yaml"),
  });
  return ws;
}
