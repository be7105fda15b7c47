import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listSchemaNames, readSchemaText } from "../registries/schemas.js";
import { writeFileAtomic } from "../util/fs.js";

/**
 * Keeps a copy of the schemas in <workspace>/.checkonce/schemas/, where the `# yaml-language-server:
 * $schema=` line of every file points, so editors complete and check fields offline.
 */
export function writeEditorSchemas(root: string): void {
  const dir = join(root, ".checkonce", "schemas");
  for (const name of listSchemaNames()) {
    const text = readSchemaText(name);
    const target = join(dir, `${name}.schema.json`);
    try {
      if (readFileSync(target, "utf8") === text) continue;
    } catch {
      // missing: written below
    }
    try {
      writeFileAtomic(target, text);
      writeFileAtomic(join(root, ".checkonce", ".gitignore"), "cache/\n");
    } catch {
      return; // a read-only workspace is still usable
    }
  }
}
