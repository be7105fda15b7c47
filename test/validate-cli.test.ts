/**
 * `checkonce validate` through the real binary: JSON snapshots of a few representative cases
 * (command, exit code, stdout, stderr in one markdown file, as arethetypeswrong keeps them), the
 * text and github formats, exit codes, colour, workspace discovery and the content cache. Every
 * run happens in a temporary copy of a fixture, with the command started from the copy's parent
 * so that the paths the tool prints do not depend on the machine.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, runCli, type CliRun } from "./helpers/run-cli.js";

const fixturesDir = join(repoRoot, "test", "fixtures", "validate");
const TODAY = ["--today", "2026-03-01"];

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Copies fixture `name` to <tmp>/<as>; returns the temporary parent (the cwd for runs) and the copy. */
function workspaceCopy(name: string, as = "ws"): { cwd: string; ws: string } {
  const cwd = mkdtempSync(join(tmpdir(), "checkonce-cli-"));
  temps.push(cwd);
  const ws = join(cwd, as);
  cpSync(join(fixturesDir, name), ws, { recursive: true });
  rmSync(join(ws, "expected.json"), { force: true });
  return { cwd, ws };
}

function expectNoStackTrace(run: CliRun): void {
  expect(run.stderr).not.toMatch(/^ {4}at /m);
}

interface JsonReport {
  workspace: string;
  ok: boolean;
  counts: { errors: number; warnings: number; infos: number };
  diagnostics: { file: string; line: number; col: number; code: string; severity: string; message: string }[];
}

describe("JSON output snapshots", () => {
  const cases = [
    "_base",
    "schema-enum",
    "ref-duplicate-id-across-files",
    "credit-code-exempted",
    "yaml-unclosed-flow-sequence",
  ];

  it.each(cases)("%s", async (name) => {
    const { cwd } = workspaceCopy(name, name);
    const args = ["validate", "-w", name, "-f", "json", "--lang", "en", ...TODAY, "--no-cache"];
    const run = runCli(args, { cwd });
    expectNoStackTrace(run);
    JSON.parse(run.stdout);
    const snapshot = [
      `# checkonce validate: ${name}`,
      "",
      "## Command",
      "```",
      `checkonce ${args.join(" ")}`,
      "```",
      "",
      "## Exit code",
      "```",
      String(run.status),
      "```",
      "",
      "## stdout",
      "```json",
      run.stdout.trimEnd(),
      "```",
      "",
      "## stderr",
      "```",
      run.stderr.trimEnd(),
      "```",
      "",
    ].join("\n");
    await expect(snapshot).toMatchFileSnapshot(`./__snapshots__/validate-cli/${name}.md`);
  });
});

/** Columns on a terminal: CJK ideographs, CJK punctuation and fullwidth forms take two. */
function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0x303e) ||
      (cp >= 0x3041 && cp <= 0x33ff) ||
      (cp >= 0x3400 && cp <= 0x4dbf) ||
      (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

/** The display columns at which the vertical rules of a table row stand. */
function ruleColumns(row: string): number[] {
  const out: number[] = [];
  let col = 0;
  for (const ch of row) {
    if ("│┌┐└┘├┤┬┴┼".includes(ch)) out.push(col);
    col += displayWidth(ch);
  }
  return out;
}

function tableRows(stdout: string): string[] {
  return stdout.split("\n").filter((l) => /^[┌│├└]/.test(l));
}

describe("text format", () => {
  it("prints file:line:col severity code message, a summary table and a summary line", () => {
    const { cwd } = workspaceCopy("utf8-bom-crlf-positions");
    const run = runCli(["validate", "-w", "ws", "--lang", "en", ...TODAY, "--no-cache"], { cwd });
    expectNoStackTrace(run);
    expect(run.status, run.stderr).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "ws/inspectors.yaml:40:17 error unknown-department Unknown department “yjgl”.",
      "ws/objects.yaml:50:13 error schema-enum “status” must be one of: active, suspended, revoked, closed.",
      "",
    ]);
    const rows = tableRows(run.stdout);
    expect(rows.find((r) => r.includes("ws/objects.yaml"))).toMatch(/│ ws\/objects\.yaml +│ +6 │ +1 │ +0 │/);
    expect(rows.find((r) => r.includes("Total"))).toMatch(/│ Total +│ +25 │ +2 │ +0 │/);
    expect(lines.at(-2)).toBe("2 error(s), 0 warning(s) in 7 file(s) of ws.");
  });

  it("says so when there is nothing to report", () => {
    const { cwd } = workspaceCopy("_base");
    const run = runCli(["validate", "-w", "ws", "--lang", "en", ...TODAY, "--no-cache"], { cwd });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split("\n")[0]).toMatch(/^┌/);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("No problems in 7 file(s) of ws.");
  });

  it("in Chinese: Chinese messages and a table whose columns line up, Chinese file names included", () => {
    const { cwd, ws } = workspaceCopy("ref-duplicate-id-across-files");
    renameSync(join(ws, "objects", "a-yishi.yaml"), join(ws, "objects", "猗氏镇.yaml"));
    renameSync(join(ws, "objects", "b-linjin.yaml"), join(ws, "objects", "临晋镇.yaml"));
    const run = runCli(["validate", "-w", "ws", "--lang", "zh", ...TODAY, "--no-cache"], { cwd });
    expectNoStackTrace(run);
    expect(run.status, run.stderr).toBe(1);
    // 临 (U+4E34) sorts before 猗 (U+7317): the file read second holds the repeated id.
    expect(run.stdout).toContain(
      "ws/objects/猗氏镇.yaml:2:9 错误 duplicate-id 检查对象编号“91140821MA0K1C3Y4G”重复（首次出现于 objects/临晋镇.yaml:26）。",
    );
    expect(run.stdout).toContain("│ 文件 ");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("ws：8 个文件，1 个错误，0 个警告。");
    const rows = tableRows(run.stdout);
    expect(rows.some((r) => r.includes("ws/objects/临晋镇.yaml"))).toBe(true);
    expect(rows.some((r) => r.includes("合计"))).toBe(true);
    const widths = new Set(rows.map(displayWidth));
    expect([...widths]).toHaveLength(1);
    const rules = rows.filter((r) => r.startsWith("│")).map((r) => ruleColumns(r).join(","));
    expect(new Set(rules).size).toBe(1);
  });

  it.each([
    ["file-gb18030", "departments.yaml", "GB18030/GBK"],
    ["file-utf16", "items.yaml", "UTF-16"],
  ])("%s: the file, the encoding it seems to be in, and how to save it as UTF-8", (name, file, encoding) => {
    const { cwd } = workspaceCopy(name);
    const run = runCli(["validate", "-w", "ws", "--lang", "en", ...TODAY, "--no-cache"], { cwd });
    expect(run.stdout.split("\n")[0]).toBe(
      `ws/${file}:1:1 error file-not-utf8 The file is not UTF-8 (it looks like ${encoding}). Save it as UTF-8 (in Notepad or WPS: Save As, encoding UTF-8).`,
    );
  });

  it("the workspace's own locale (zh) applies when neither --lang nor LANG says otherwise", () => {
    const { cwd } = workspaceCopy("ref-unknown-department");
    const run = runCli(["validate", "-w", "ws", ...TODAY, "--no-cache"], { cwd, env: { LANG: "C" } });
    expect(run.stdout).toContain("ws/inspectors.yaml:40:17 错误 unknown-department 未知部门“yjgl”。");
  });
});

describe("github format", () => {
  it("is chosen under GITHUB_ACTIONS=true and prints one workflow annotation per finding", () => {
    const { cwd } = workspaceCopy("utf8-bom-crlf-positions");
    const run = runCli(["validate", "-w", "ws", "--lang", "en", ...TODAY, "--no-cache"], {
      cwd,
      env: { GITHUB_ACTIONS: "true" },
    });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout.split("\n").slice(0, 2)).toEqual([
      "::error file=ws/inspectors.yaml,line=40,col=17,title=unknown-department::Unknown department “yjgl”.",
      "::error file=ws/objects.yaml,line=50,col=13,title=schema-enum::“status” must be one of: active, suspended, revoked, closed.",
    ]);
  });

  it("warnings become ::warning, a finding about a whole file is at 1:1, and properties are escaped", () => {
    const { cwd, ws } = workspaceCopy("ref-duplicate-id-across-files");
    renameSync(join(ws, "objects", "b-linjin.yaml"), join(ws, "objects", "b,linjin.yaml"));
    writeFileSync(join(ws, "upper-inspected.yaml"), "");
    const run = runCli(["validate", "-w", "ws", "--lang", "en", ...TODAY, "--no-cache"], {
      cwd,
      env: { GITHUB_ACTIONS: "true" },
    });
    const annotations = run.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(annotations).toEqual([
      "::error file=ws/objects/b%2Clinjin.yaml,line=26,col=9,title=duplicate-id::The objects id “91140821MA0K1C3Y4G” is used twice (first at objects/a-yishi.yaml:2).",
      "::warning file=ws/upper-inspected.yaml,line=1,col=1,title=file-empty::The file is empty.",
    ]);
  });

  it("an explicit --format wins over GITHUB_ACTIONS", () => {
    const { cwd } = workspaceCopy("schema-enum");
    const run = runCli(["validate", "-w", "ws", "-f", "json", ...TODAY, "--no-cache"], {
      cwd,
      env: { GITHUB_ACTIONS: "true" },
    });
    expect((JSON.parse(run.stdout) as JsonReport).diagnostics[0]?.code).toBe("schema-enum");
  });
});

describe("exit codes and options", () => {
  it("--strict turns warnings into exit 1, and changes nothing on a clean workspace", () => {
    const late = workspaceCopy("plan-filed-late");
    expect(runCli(["validate", "-w", "ws", "-f", "json", ...TODAY, "--no-cache"], { cwd: late.cwd }).status).toBe(0);
    expect(
      runCli(["validate", "-w", "ws", "-f", "json", ...TODAY, "--no-cache", "--strict"], { cwd: late.cwd }).status,
    ).toBe(1);
    const clean = workspaceCopy("_base");
    expect(
      runCli(["validate", "-w", "ws", "-f", "json", ...TODAY, "--no-cache", "--strict"], { cwd: clean.cwd }).status,
    ).toBe(0);
  });

  it("--format nonsense exits 2 with a message naming the value", () => {
    const { cwd } = workspaceCopy("_base");
    const run = runCli(["validate", "-w", "ws", "--format", "nonsense", "--no-cache"], { cwd });
    expectNoStackTrace(run);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("nonsense");
    expect(run.stderr).toMatch(/text, json, github/);
  });

  it("-w pointing nowhere exits 2 with a clear message", () => {
    const cwd = mkdtempSync(join(tmpdir(), "checkonce-cli-"));
    temps.push(cwd);
    const run = runCli(["validate", "-w", "no/such/folder", "-f", "json", "--lang", "en"], { cwd });
    expectNoStackTrace(run);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `Error: The folder ${join(cwd, "no/such/folder")} does not exist. Give -w an existing workspace folder, or create one with \`checkonce init ${join(cwd, "no/such/folder")}\`.\n`,
    );
  });

  it("-w pointing at a file exits 2", () => {
    const { cwd } = workspaceCopy("_base");
    const run = runCli(["validate", "-w", "ws/items.yaml", "--lang", "en"], { cwd });
    expectNoStackTrace(run);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toBe(`Error: The workspace ${join(cwd, "ws/items.yaml")} is not a folder.\n`);
  });

  it("--today must be a real date", () => {
    const { cwd } = workspaceCopy("_base");
    const run = runCli(["validate", "-w", "ws", "--today", "2026-02-30", "--lang", "en"], { cwd });
    expectNoStackTrace(run);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain("2026-02-30");
  });
});

describe("colour", () => {
  const ESC = "\u001b[";
  const run = (env: Record<string, string>, extra: string[] = []) => {
    const { cwd } = workspaceCopy("utf8-bom-crlf-positions");
    return runCli(["validate", "-w", "ws", "--lang", "en", ...TODAY, "--no-cache", ...extra], { cwd, env });
  };

  it("none when stdout is not a terminal", () => {
    expect(run({ NO_COLOR: "" }).stdout).not.toContain(ESC);
  });

  it("FORCE_COLOR forces it (so the checks around it can fail)", () => {
    expect(run({ NO_COLOR: "", FORCE_COLOR: "1" }).stdout).toContain(`${ESC}31m`);
  });

  it("NO_COLOR and --no-color win over FORCE_COLOR", () => {
    expect(run({ NO_COLOR: "1", FORCE_COLOR: "1" }).stdout).not.toContain(ESC);
    expect(run({ NO_COLOR: "", FORCE_COLOR: "1" }, ["--no-color"]).stdout).not.toContain(ESC);
  });

  it("never in JSON or github output", () => {
    expect(run({ NO_COLOR: "", FORCE_COLOR: "1" }, ["-f", "json"]).stdout).not.toContain(ESC);
    expect(run({ NO_COLOR: "", FORCE_COLOR: "1" }, ["-f", "github"]).stdout).not.toContain(ESC);
  });
});

describe("finding the workspace", () => {
  it("from a subfolder, without -w, like git", () => {
    const { ws } = workspaceCopy("utf8-bom-crlf-positions");
    const sub = join(ws, "draws", "2026");
    mkdirSync(sub, { recursive: true });
    const json = runCli(["validate", "-f", "json", "--lang", "en", ...TODAY, "--no-cache"], { cwd: sub });
    expect(json.status, json.stderr).toBe(1);
    const report = JSON.parse(json.stdout) as JsonReport;
    // Issue 15: "../.." said nothing; a workspace above the cwd is shown by its full path.
    expect(report.workspace).toBe(ws);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual(["inspectors.yaml:40", "objects.yaml:50"]);
    // The text format prints paths that open from where the command ran.
    const text = runCli(["validate", "--lang", "en", ...TODAY, "--no-cache"], { cwd: sub });
    expect(text.stdout.split("\n")[0]).toBe(
      "../../inspectors.yaml:40:17 error unknown-department Unknown department “yjgl”.",
    );
  });

  it("none above the current folder: exit 2", () => {
    const cwd = mkdtempSync(join(tmpdir(), "checkonce-cli-"));
    temps.push(cwd);
    const run = runCli(["validate", "--lang", "en"], { cwd });
    expectNoStackTrace(run);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^Error: No workspace: no checkonce\.yaml in /);
  });
});

describe("content cache", () => {
  const validate = (cwd: string) => runCli(["validate", "-w", "ws", "-f", "json", "--lang", "en", ...TODAY], { cwd });
  const cacheFiles = (ws: string) =>
    readdirSync(join(ws, ".checkonce", "cache"))
      .filter((f) => f.endsWith(".json"))
      .sort();

  it("a warm run gives the same output as the cold one and adds nothing to .checkonce/cache", () => {
    const { cwd, ws } = workspaceCopy("utf8-bom-crlf-positions");
    const cold = validate(cwd);
    expect(cold.status, cold.stderr).toBe(1);
    const files = cacheFiles(ws);
    // At least one entry per file read (7); the format of the entries is the cache's business.
    expect(files.length).toBeGreaterThanOrEqual(7);
    const warm = validate(cwd);
    expect(warm.status, warm.stderr).toBe(1);
    expect(warm.stdout).toBe(cold.stdout);
    expect(cacheFiles(ws)).toEqual(files);
  });

  it("the warm run really reads the cache: what it holds is what is reported", () => {
    const { cwd, ws } = workspaceCopy("schema-enum");
    validate(cwd);
    let tampered = 0;
    for (const name of cacheFiles(ws)) {
      const path = join(ws, ".checkonce", "cache", name);
      const entry = JSON.parse(readFileSync(path, "utf8")) as { problems?: { code: string; line: number }[] };
      for (const p of entry.problems ?? []) {
        if (p.code !== "schema-enum") continue;
        p.line = 999;
        tampered++;
      }
      writeFileSync(path, JSON.stringify(entry));
    }
    expect(tampered).toBe(1);
    const report = JSON.parse(validate(cwd).stdout) as JsonReport;
    expect(report.diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual(["schema-enum@999"]);
  });

  it("a file changed after a cached run is validated again", () => {
    const { cwd, ws } = workspaceCopy("utf8-bom-crlf-positions");
    validate(cwd);
    const inspectors = join(ws, "inspectors.yaml");
    // Fix the unknown department, and break a certificate date instead (CRLF and BOM kept).
    const text = readFileSync(inspectors, "utf8");
    writeFileSync(
      inspectors,
      text
        .replace("department: yjgl\r\n", "department: yjglj\r\n")
        .replace(
          "validTo: 2030-12-31 }\r\n    status: active\r\n  - id: yishi-001",
          "validTo: 2030-12-32 }\r\n    status: active\r\n  - id: yishi-001",
        ),
    );
    const report = JSON.parse(validate(cwd).stdout) as JsonReport;
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([
      "inspectors.yaml:41 schema-format",
      "objects.yaml:50 schema-enum",
    ]);
    expect(existsSync(join(ws, ".checkonce", "cache"))).toBe(true);
  });

  it("--no-cache neither reads nor writes the cache", () => {
    const { cwd, ws } = workspaceCopy("_base");
    const run = runCli(["validate", "-w", "ws", "-f", "json", ...TODAY, "--no-cache"], { cwd });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(ws, ".checkonce", "cache"))).toBe(false);
  });
});
