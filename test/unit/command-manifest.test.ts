import { readFileSync, statSync, utimesSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { modulesLoaded } from "../helpers/loaded-modules.js";

/** The built manifest (dist/cli/commands.json) against the declarations it was made from. */
describe("the command manifest", () => {
  const manifest = JSON.parse(readFileSync(new URL("../../dist/cli/commands.json", import.meta.url), "utf8")) as {
    commands: { module: string; export: string; decl: unknown }[];
  };

  it("holds every declaration, in order, exactly as declared (less the code)", async () => {
    const { commands } = (await import(new URL("../../dist/commands/index.js", import.meta.url).href)) as {
      commands: unknown[];
    };
    const plain = (decl: unknown): unknown => JSON.parse(JSON.stringify(decl, (k, v) => (k === "run" ? true : v)));
    expect(manifest.commands.map((c) => c.decl)).toEqual(commands.map(plain));
    for (const entry of manifest.commands) {
      const mod = (await import(new URL(`../../dist/commands/${entry.module}`, import.meta.url).href)) as Record<
        string,
        unknown
      >;
      expect(commands).toContain(mod[entry.export]);
    }
  });

  it("lets --version load neither the other commands nor their libraries", () => {
    const { status, loaded } = modulesLoaded(["--version"]);
    expect(status).toBe(0);
    expect(loaded.length).toBeGreaterThan(3);
    const heavy = loaded.filter((l) =>
      /\/commands\/(?!declare)|node_modules\/(docx|ajv|yaml|iconv-lite|seedrandom)\//.test(l),
    );
    expect(heavy).toEqual([]);
    // From the bundle (rolldown.config.mjs): its entry, the runtime and the start chunk, no command's chunk.
    const chunks = loaded.filter((l) => l.includes("/dist/bundle/"));
    expect(chunks.some((l) => l.endsWith("/dist/bundle/main.js"))).toBe(true);
    expect(chunks.filter((l) => !/\/dist\/bundle\/(main|start-[\w-]+|rolldown-runtime-[\w-]+)\.js$/.test(l))).toEqual(
      [],
    );
  });

  it("names a module of command-modules.ts for every command, so that the bundle has its chunk", async () => {
    const { commandModules } = await import("../../src/cli/command-modules.js");
    expect(Object.keys(commandModules).sort()).toEqual([...new Set(manifest.commands.map((c) => c.module))].sort());
  });

  it("runs the bundle only when it is not older than the compiled program", () => {
    const bundle = new URL("../../dist/bundle/main.js", import.meta.url);
    const compiled = new URL("../../dist/cli/main.js", import.meta.url);
    const entry = (): string | undefined => {
      const { status, loaded } = modulesLoaded(["--version"]);
      expect(status).toBe(0);
      return loaded.find((l) => /\/dist\/(bundle|cli)\/main\.js$/.test(l));
    };
    expect(entry()).toMatch(/\/dist\/bundle\/main\.js$/);
    const { atime, mtime } = statSync(compiled);
    try {
      // As after a `tsc` alone: the compiled program is newer than the bundle.
      utimesSync(compiled, atime, new Date(statSync(bundle).mtimeMs + 60_000));
      expect(entry()).toMatch(/\/dist\/cli\/main\.js$/);
    } finally {
      utimesSync(compiled, atime, mtime);
    }
    expect(entry()).toMatch(/\/dist\/bundle\/main\.js$/);
  });
});
