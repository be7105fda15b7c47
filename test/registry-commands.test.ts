import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { binPath, repoRoot, runCli } from "./helpers/run-cli.js";

const scratch = () => mkdtempSync(join(tmpdir(), "checkonce-cmd-"));
// A copy: commands write .checkonce/ (cache, editor schemas) into the workspace they read.
const example = join(scratch(), "linyi-2026");
cpSync(join(repoRoot, "examples", "linyi-2026"), example, { recursive: true });

/** Display width with CJK characters counted as two columns, as a terminal shows them. */
const width = (s: string) =>
  [...s].reduce(
    (n, c) =>
      n +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1),
    0,
  );

describe("checkonce init", () => {
  it("creates a commented empty workspace that validates clean", () => {
    const dir = join(scratch(), "county");
    const init = runCli(["init", dir]);
    expect(init.status).toBe(0);
    expect(readFileSync(join(dir, "checkonce.yaml"), "utf8")).toMatch(
      /^# yaml-language-server: \$schema=\.\/\.checkonce\/schemas\/config\.schema\.json/,
    );
    const validate = runCli(["validate", "-w", dir, "-f", "json"]);
    expect(validate.status).toBe(0);
    expect(JSON.parse(validate.stdout).counts).toEqual({ errors: 0, warnings: 0, infos: 0 });
    // The editors' copy of the schemas, which every $schema line points at, now exists.
    expect(existsSync(join(dir, ".checkonce", "schemas", "objects.schema.json"))).toBe(true);
  });

  it("copies the example with --example and refuses a folder that has files", () => {
    const dir = join(scratch(), "linyi");
    expect(runCli(["init", "--example", dir]).status).toBe(0);
    expect(readdirSync(join(dir, "objects")).length).toBe(14);
    const again = runCli(["init", dir, "--lang", "en"]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("is not empty");
  });
});

describe("checkonce validate on the example", () => {
  it("exits 0 with only warnings, and the Chinese table lines up", () => {
    const result = runCli(["validate", "-w", example, "--lang", "zh", "--today", "2026-03-01", "--no-cache"]);
    expect(result.status).toBe(0);
    const table = result.stdout.split("\n").filter((l) => /^[┌├└│]/.test(l));
    expect(table.length).toBeGreaterThan(40);
    expect(new Set(table.map(width)).size).toBe(1);
    expect(result.stdout).toContain("个警告");
  });
});

describe("checkonce list", () => {
  it("filters objects and prints JSON entries with their tier", () => {
    const result = runCli([
      "list",
      "objects",
      "-w",
      example,
      "--township",
      "beixin",
      "--tier",
      "focus",
      "--format",
      "json",
    ]);
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as { township: string; tier: string; id: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.township === "beixin" && r.tier === "focus")).toBe(true);
  });

  it("writes CSV with a UTF-8 BOM and CRLF", () => {
    const result = runCli([
      "list",
      "inspectors",
      "-w",
      example,
      "--department",
      "scjgj",
      "--format",
      "csv",
      "--lang",
      "zh",
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout.charCodeAt(0)).toBe(0xfeff);
    const lines = result.stdout.slice(1).split("\r\n").filter(Boolean);
    expect(lines[0]).toContain("姓名");
    expect(lines.length).toBe(25);
  });

  it("prints an aligned table of campaigns and refuses an unknown kind", () => {
    const table = runCli(["list", "campaigns", "-w", example, "--lang", "zh"]);
    expect(table.status).toBe(0);
    const rows = table.stdout.split("\n").filter((l) => /^[┌├└│]/.test(l));
    expect(new Set(rows.map(width)).size).toBe(1);
    const wrong = runCli(["list", "nonsense", "-w", example, "--lang", "en"]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("Unknown kind");
  });
});

describe("checkonce show", () => {
  it("shows an inspector with department, recusals and certificate", () => {
    const inspectors = JSON.parse(runCli(["list", "inspectors", "-w", example, "--format", "json"]).stdout) as {
      id: string;
      recusals?: { object: string }[];
    }[];
    const recused = inspectors.find((i) => (i.recusals ?? []).length > 0);
    expect(recused).toBeDefined();
    const result = runCli(["show", recused?.id ?? "", "-w", example, "--format", "json", "--today", "2026-03-01"]);
    expect(result.status).toBe(0);
    const [shown] = JSON.parse(result.stdout) as {
      kind: string;
      related: { department: string; recusals: string[]; certificateValidToday: boolean };
    }[];
    expect(shown?.kind).toBe("inspector");
    expect(shown?.related.recusals[0]).toContain(recused?.recusals?.[0]?.object);
    expect(typeof shown?.related.certificateValidToday).toBe("boolean");
  });

  it("shows an object with its tier, items and upper-level inspections; an unknown id exits 1", () => {
    const upper = readFileSync(join(example, "upper-inspected.yaml"), "utf8");
    const id = /object: "?([0-9A-Z]{18})/.exec(upper)?.[1] ?? "";
    const result = runCli(["show", id, "-w", example, "--format", "json"]);
    expect(result.status).toBe(0);
    const [shown] = JSON.parse(result.stdout) as {
      kind: string;
      related: { tier: string; items: string[]; upperInspected: string[] };
    }[];
    expect(shown?.kind).toBe("object");
    expect(["trusted", "general", "focus"]).toContain(shown?.related.tier);
    expect(shown?.related.items.length).toBeGreaterThan(0);
    expect(shown?.related.upperInspected.length).toBeGreaterThan(0);
    expect(runCli(["show", "NO-SUCH-ID", "-w", example]).status).toBe(1);
  });
});

describe("checkonce schema", () => {
  it("prints a schema with its $id and refuses an unknown kind", () => {
    const result = runCli(["schema", "objects"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).$id).toBe("urn:checkonce:schema:objects");
    expect(runCli(["schema", "nope"]).status).toBe(2);
  });
});

describe("finding the workspace", () => {
  it("walks up from a subfolder like git, and says so clearly when there is none", () => {
    const dir = join(scratch(), "ws");
    cpSync(join(repoRoot, "examples", "empty"), dir, { recursive: true });
    mkdirSync(join(dir, "a", "b"), { recursive: true });
    expect(runCli(["validate"], { cwd: join(dir, "a", "b") }).status).toBe(0);
    const none = scratch();
    writeFileSync(join(none, "x.txt"), "");
    const result = runCli(["validate", "--lang", "en"], { cwd: none });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("No workspace");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("help", () => {
  it("is in Chinese under a Chinese locale and in English otherwise", () => {
    expect(runCli(["--help"], { env: { LANG: "zh_CN.UTF-8" } }).stdout).toContain("用法：");
    expect(runCli(["--help"], { env: { LANG: "en_US.UTF-8" } }).stdout).toContain("Usage:");
    expect(runCli(["validate", "--help", "--lang", "zh"]).stdout).toContain("校验全部名录文件");
  });
});

describe("a closed pipe", () => {
  it("is not an error: `checkonce list objects | head` prints no stack trace", () => {
    const result = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${binPath}" list objects -w "${example}" | head -n 2`],
      { encoding: "utf8", env: { PATH: process.env.PATH ?? "", LANG: "C", NO_COLOR: "1" } },
    );
    expect(result.stdout.split("\n").filter(Boolean)).toHaveLength(2);
    expect(result.stderr).not.toContain("EPIPE");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
