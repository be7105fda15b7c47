import { rmSync } from "node:fs";
import { join } from "node:path";
import { listSchemaNames, readSchemaText } from "../registries/schemas.js";
import { writeFileAtomic } from "../util/fs.js";
import { readRegularFile } from "../util/read-file.js";
import { removeStaleTemps } from "../util/stale-temps.js";

/**
 * Keeps a copy of the schemas in <workspace>/.checkonce/schemas/, where the `# yaml-language-server:
 * $schema=` line of every file points, so editors complete and check fields offline.
 */
export function writeEditorSchemas(root: string): void {
  const dir = join(root, ".checkonce", "schemas");
  removeStaleTemps(dir);
  for (const name of listSchemaNames()) {
    const text = readSchemaText(name);
    const target = join(dir, `${name}.schema.json`);
    const read = readRegularFile(target, 4 * 1024 * 1024);
    if (read.ok && read.bytes.toString("utf8") === text) continue;
    try {
      // Whatever stands in its place (a FIFO, a folder) gives way to the schema.
      if (!read.ok && read.fault === "special") rmSync(target, { recursive: true, force: true });
      writeFileAtomic(target, text);
      writeFileAtomic(join(root, ".checkonce", ".gitignore"), "cache/\n");
    } catch {
      return; // a read-only workspace is still usable
    }
  }
}
