/**
 * Run by `npm run build` after tsc: writes dist/cli/commands.json, the declarations of every command
 * and the module that exports each (see command-manifest.ts). Not part of the program at run time.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { commands } from "../commands/index.js";
import type { CommandDecl } from "../commands/declare.js";
import { MANIFEST_FILE, type CommandManifest, type ManifestDecl, type ManifestEntry } from "./command-manifest.js";

const builtAfter = Date.now();
const commandsDir = fileURLToPath(new URL("../commands/", import.meta.url));

/** Which compiled module exports each declaration, found by identity. */
const owners = new Map<unknown, { module: string; export: string }>();
for (const file of readdirSync(commandsDir)
  .filter((f) => f.endsWith(".js") && f !== "index.js")
  .sort()) {
  const mod = (await import(new URL(file, new URL("../commands/", import.meta.url)).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod))
    if (!owners.has(value)) owners.set(value, { module: file, export: name });
}

const strip = (decl: CommandDecl<never>): ManifestDecl => {
  const { run, subcommands, ...rest } = decl;
  return {
    ...rest,
    ...(subcommands ? { subcommands: subcommands.map(strip) } : {}),
    ...(run ? { run: true as const } : {}),
  };
};

const entries: ManifestEntry[] = commands.map((decl) => {
  const owner = owners.get(decl);
  if (!owner) throw new Error(`no module under commands/ exports the declaration of ${decl.name}`);
  return { ...owner, decl: strip(decl) };
});
const manifest: CommandManifest = { builtAfter, commands: entries };
writeFileSync(new URL(MANIFEST_FILE, import.meta.url), JSON.stringify(manifest, null, 1) + "\n");
