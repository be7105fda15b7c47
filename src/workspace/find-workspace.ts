import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export const CONFIG_FILE = "checkonce.yaml";

export type FindResult =
  | { ok: true; root: string }
  | {
      ok: false;
      code: "workspace-not-found" | "workspace-not-a-folder" | "workspace-folder-missing" | "workspace-no-config";
      dir: string;
    };

/** Like git: the explicit folder, else the nearest folder upward that holds checkonce.yaml. */
export function findWorkspace(explicit: string | undefined, cwd: string = process.cwd()): FindResult {
  if (explicit !== undefined) {
    const root = resolve(cwd, explicit);
    // -w names one folder: say what is wrong with it, not that no folder above holds a workspace.
    if (!existsSync(root)) return { ok: false, code: "workspace-folder-missing", dir: root };
    if (!statSync(root).isDirectory()) return { ok: false, code: "workspace-not-a-folder", dir: root };
    if (!existsSync(join(root, CONFIG_FILE))) return { ok: false, code: "workspace-no-config", dir: root };
    return { ok: true, root };
  }
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return { ok: true, root: dir };
    const parent = dirname(dir);
    if (parent === dir) return { ok: false, code: "workspace-not-found", dir: resolve(cwd) };
    dir = parent;
  }
}
