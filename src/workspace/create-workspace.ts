import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { UsageError } from "../diagnostics/errors.js";
import { writeEditorSchemas } from "./editor-schemas.js";

const examplesDir = fileURLToPath(new URL("../../examples/", import.meta.url));

/**
 * Creates a workspace by copying a bundled one: `examples/empty` (every file commented, no
 * entries) or, with --example, the example county. Never writes into a folder that has files.
 */
export function createWorkspace(dir: string, example: boolean): string {
  const target = resolve(dir);
  if (existsSync(target) && readdirSync(target).length > 0) throw new UsageError("init-not-empty", { dir });
  mkdirSync(target, { recursive: true });
  const source = `${examplesDir}${example ? "linyi-2026" : "empty"}`;
  try {
    cpSync(source, target, {
      recursive: true,
      filter: (src) => !/[\\/]\.checkonce([\\/]|$)/.test(src.slice(source.length)),
    });
  } catch (error) {
    rmSync(target, { recursive: true, force: true });
    throw error;
  }
  // The `$schema` line of every new file points here: editors check fields from the first edit.
  writeEditorSchemas(target);
  return target;
}
