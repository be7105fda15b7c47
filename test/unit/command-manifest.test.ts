import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { binPath } from "../helpers/run-cli.js";

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
    // Which modules a run loaded, by a loader hook that only records them.
    const hook = `data:text/javascript,${encodeURIComponent(
      "export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write('LOAD ' + r.url + '\\n'); return r; }",
    )}`;
    const register = `data:text/javascript,${encodeURIComponent(
      `import { register } from "node:module"; register(${JSON.stringify(hook)});`,
    )}`;
    const run = spawnSync(process.execPath, ["--import", register, binPath, "--version"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const loaded = run.stderr.split("\n").filter((l) => l.startsWith("LOAD "));
    expect(loaded.length).toBeGreaterThan(3);
    const heavy = loaded.filter((l) =>
      /\/commands\/(?!declare)|node_modules\/(docx|ajv|yaml|iconv-lite|seedrandom)\//.test(l),
    );
    expect(heavy).toEqual([]);
  });
});
