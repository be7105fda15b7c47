import { readFileSync, statSync } from "node:fs";
import type { CommandDecl } from "../commands/declare.js";
import { commandModules } from "./command-modules.js";

/**
 * The commands' declarations without their code, written by `npm run build` (write-command-manifest.ts)
 * beside the compiled program: `--version`, `--help` and every command start without loading the
 * code of the other commands (docx, ajv, the whole draw). A command's module is imported when it runs.
 */
export const MANIFEST_FILE = "commands.json";

/** A declaration as the manifest holds it: `run: true` where the real one has a function. */
export type ManifestDecl = Omit<CommandDecl<never>, "run" | "subcommands"> & {
  run?: true;
  subcommands?: ManifestDecl[];
};

export interface ManifestEntry {
  /** The compiled file under commands/ that exports the declaration, and the export's name. */
  module: string;
  export: string;
  decl: ManifestDecl;
}

export interface CommandManifest {
  /** What built it: a manifest older than the compiled commands is never used. */
  builtAfter: number;
  commands: ManifestEntry[];
}

// From dist/cli/ or from the bundle beside it (dist/bundle/): both one folder below dist/.
const manifestUrl = new URL(`../cli/${MANIFEST_FILE}`, import.meta.url);
const indexUrl = new URL("../commands/index.js", import.meta.url);

/** The declarations, each with a `run` that imports its module first; undefined when there is no current manifest. */
export function lazyCommands(): CommandDecl<never>[] | undefined {
  let manifest: CommandManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestUrl, "utf8")) as CommandManifest;
    // tsc rewrites every file it compiles: a manifest written before the last compile may be stale.
    if (statSync(indexUrl).mtimeMs > manifest.builtAfter) return undefined;
  } catch {
    return undefined;
  }
  return manifest.commands.map((entry) => bind(entry, entry.decl, []));
}

function bind(entry: ManifestEntry, decl: ManifestDecl, path: readonly string[]): CommandDecl<never> {
  const here = [...path, decl.name];
  const { run, subcommands, ...rest } = decl;
  return {
    ...rest,
    subcommands: subcommands?.map((sub) => bind(entry, sub, here)),
    run: run
      ? async (ctx, args, options, command) => {
          const real = await loadDecl(entry, here);
          if (!real.run) throw new Error(`command ${here.join(" ")} has no run`);
          return real.run(ctx, args, options, command);
        }
      : undefined,
  };
}

async function loadDecl(entry: ManifestEntry, path: readonly string[]): Promise<CommandDecl<never>> {
  const load = Object.hasOwn(commandModules, entry.module) ? commandModules[entry.module] : undefined;
  if (!load) throw new Error(`command ${path.join(" ")}: no module ${entry.module} in command-modules.ts`);
  const mod = await load();
  let decl = mod[entry.export] as CommandDecl<never> | undefined;
  for (const name of path.slice(1)) decl = decl?.subcommands?.find((s) => s.name === name);
  if (!decl) throw new Error(`command ${path.join(" ")} not found in ${entry.module}`);
  return decl;
}
