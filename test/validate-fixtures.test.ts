/**
 * Every folder under test/fixtures/validate/ is a broken copy of _base/ with one defect and an
 * expected.json listing exactly the errors and warnings it must produce (code, file, line,
 * severity) and the exit code. Each case is copied to a temporary folder first: the tool writes
 * .checkonce/ into a workspace, and the fixtures must stay as they are in git.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  mkdirSync,
} from "node:fs";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { binPath, repoRoot, runCli, type CliRun } from "./helpers/run-cli.js";

const fixturesDir = join(repoRoot, "test", "fixtures", "validate");
const baseDir = join(fixturesDir, "_base");

interface Finding {
  code: string;
  file: string;
  line: number;
  severity: string;
}

interface Expected {
  exit: number;
  diagnostics: Finding[];
}

const caseNames = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith("_"))
  .map((d) => d.name)
  .sort();

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of a fixture folder in the system's temp dir; returns the workspace path. */
function copyToTemp(source: string, name: string): string {
  const tmp = mkdtempSync(join(tmpdir(), "checkonce-validate-"));
  temps.push(tmp);
  const ws = join(tmp, name);
  cpSync(source, ws, { recursive: true });
  return ws;
}

/** runCli without blocking, so that the cache runs of several cases overlap (same clean environment). */
function runCliAsync(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1", LANG: "C" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout, stderr, status: code ?? -1 }));
  });
}

function validate(ws: string): CliRun {
  return runCli(["validate", "-w", ws, "-f", "json", "--lang", "en", "--today", "2026-03-01", "--no-cache"]);
}

const key = (f: Finding) => `${f.file}:${String(f.line).padStart(6, "0")} ${f.severity} ${f.code}`;
const sortFindings = (list: readonly Finding[]) =>
  [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** The error and warning diagnostics of a JSON report, reduced to what expected.json records. */
function findings(run: CliRun): Finding[] {
  const report = JSON.parse(run.stdout) as { diagnostics: (Finding & { severity: string })[] };
  return sortFindings(
    report.diagnostics
      .filter((d) => d.severity !== "info")
      .map(({ code, file, line, severity }) => ({ code, file, line, severity })),
  );
}

function expectNoStackTrace(run: CliRun): void {
  expect(run.stderr).not.toMatch(/^ {4}at /m);
  expect(run.stderr).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/);
}

describe("the base workspace", () => {
  it("is valid: exit 0, no errors, no warnings, no notes", () => {
    const run = validate(copyToTemp(baseDir, "_base"));
    expectNoStackTrace(run);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      counts: Record<string, number>;
      files: { file: string; entries: number }[];
    };
    expect(report.ok).toBe(true);
    expect(report.counts).toEqual({ errors: 0, warnings: 0, infos: 0 });
    // Every registry is there and holds what the cases below break.
    expect(Object.fromEntries(report.files.map((f) => [f.file, f.entries]))).toEqual({
      "checkonce.yaml": 0,
      "departments.yaml": 6,
      "objects.yaml": 6,
      "inspectors.yaml": 8,
      "items.yaml": 2,
      "plans.yaml": 2,
      "upper-inspected.yaml": 1,
    });
  });
});

describe("fixture cases", () => {
  it("there are at least 34 of them, each with an expected.json", () => {
    expect(caseNames.length).toBeGreaterThanOrEqual(34);
    for (const name of caseNames) expect(existsSync(join(fixturesDir, name, "expected.json")), name).toBe(true);
  });

  it.each(caseNames)("%s", (name) => {
    const expected = JSON.parse(readFileSync(join(fixturesDir, name, "expected.json"), "utf8")) as Expected;
    const run = validate(copyToTemp(join(fixturesDir, name), name));
    expectNoStackTrace(run);
    expect(run.status, run.stderr).toBe(expected.exit);
    if (run.stdout === "") {
      // Only a workspace that cannot be found at all prints nothing on stdout: a clear error on stderr.
      expect(expected.exit).toBe(2);
      expect(run.stderr).toMatch(/^Error: .+ is not a workspace: it holds no checkonce\.yaml\./);
      expect(expected.diagnostics).toEqual([]);
      return;
    }
    expect(findings(run)).toEqual(sortFindings(expected.diagnostics));
  });

  // The content cache must never change what is reported: a cold run that fills it and a warm run
  // that reads it print exactly what a run without it prints.
  it.concurrent.each(caseNames.filter((n) => n !== "workspace-missing-config"))(
    "%s: the same output with the cache, cold and warm",
    async (name) => {
      const ws = copyToTemp(join(fixturesDir, name), name);
      const args = ["validate", "-w", ws, "-f", "json", "--lang", "en", "--today", "2026-03-01"];
      const uncached = await runCliAsync([...args, "--no-cache"]);
      const cold = await runCliAsync(args);
      const warm = await runCliAsync(args);
      expectNoStackTrace(warm);
      expect(existsSync(join(ws, ".checkonce", "cache"))).toBe(true);
      expect(cold.stdout).toBe(uncached.stdout);
      expect(warm.stdout).toBe(uncached.stdout);
      expect([cold.status, warm.status]).toEqual([uncached.status, uncached.status]);
    },
  );

  it("leaves no .checkonce folder inside test/fixtures", () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        if (entry.name === ".checkonce") found.push(join(dir, entry.name));
        else walk(join(dir, entry.name));
      }
    };
    walk(fixturesDir);
    expect(found).toEqual([]);
  });
});

/** Cases that cannot live in git as they are: built in a temporary copy of the base at test time. */
describe("generated cases", () => {
  it("an unreadable registry file (a dangling link) is one error and exit 2", () => {
    const ws = copyToTemp(baseDir, "unreadable");
    unlinkSync(join(ws, "inspectors.yaml"));
    symlinkSync(join(ws, "no-such-file.yaml"), join(ws, "inspectors.yaml"));
    const run = validate(ws);
    expectNoStackTrace(run);
    expect(run.status, run.stderr).toBe(2);
    expect(findings(run)).toEqual([{ code: "file-unreadable", file: "inspectors.yaml", line: 1, severity: "error" }]);
  });

  it("an unreadable file inside a registry folder is one error and exit 2", () => {
    const ws = copyToTemp(baseDir, "unreadable-in-folder");
    mkdirSync(join(ws, "objects"));
    cpSync(join(ws, "objects.yaml"), join(ws, "objects", "a.yaml"));
    unlinkSync(join(ws, "objects.yaml"));
    symlinkSync(join(ws, "gone.yaml"), join(ws, "objects", "b.yaml"));
    const run = validate(ws);
    expectNoStackTrace(run);
    expect(run.status, run.stderr).toBe(2);
    expect(findings(run)).toEqual([{ code: "file-unreadable", file: "objects/b.yaml", line: 1, severity: "error" }]);
  });

  it("a 10 MB objects file with one schema error in its last entry: the exact line, in reasonable time", () => {
    const ws = copyToTemp(baseDir, "large");
    const { text, errorLine } = largeObjectsFile(10 * 1024 * 1024);
    writeFileSync(join(ws, "objects.yaml"), text);
    expect(statSync(join(ws, "objects.yaml")).size).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    const started = Date.now();
    const run = validate(ws);
    const seconds = (Date.now() - started) / 1000;
    expectNoStackTrace(run);
    expect(run.status, run.stderr).toBe(1);
    expect(findings(run)).toEqual([{ code: "schema-enum", file: "objects.yaml", line: errorLine, severity: "error" }]);
    // yaml alone needs about 5 s for 10 MB on an idle core; the budget allows for a busy machine.
    expect(seconds).toBeLessThan(240);
  }, 300_000);
});

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015 check character, computed here rather than with the code under test. */
function withCheck(first17: string): string {
  const sum = [...first17].reduce((s, c, i) => s + ALPHABET.indexOf(c) * (WEIGHTS[i] as number), 0);
  return first17 + ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * The base's six objects, then industrial objects in 临晋镇 (outside the base campaign's
 * townships, so no capacity warning) until the file passes `bytes`; the last one has creditGrade E.
 */
function largeObjectsFile(bytes: number): { text: string; errorLine: number } {
  const head = readFileSync(join(baseDir, "objects.yaml"), "utf8");
  const parts: string[] = [head];
  let size = Buffer.byteLength(head);
  let lines = head.split("\n").length - 1;
  let errorLine = 0;
  for (let i = 0; size < bytes; i++) {
    let serial = "";
    for (let n = i, k = 0; k < 7; k++, n = Math.floor(n / 31)) serial = ALPHABET.charAt(n % 31) + serial;
    const entry = (grade: string) =>
      `  - id: ${withCheck(`91140821MB${serial}`)}\n` +
      `    name: 临晋镇第${i}号果品加工厂\n` +
      `    category: 工业企业\n` +
      `    scene: 危险化学品使用企业\n` +
      `    township: linjin\n` +
      `    address: 临晋镇某某工业园区 ${i} 号\n` +
      `    status: active\n` +
      `    creditGrade: ${grade}\n` +
      `    complaints12m: ${i % 4}\n`;
    const last = size + Buffer.byteLength(entry("B")) >= bytes;
    if (last) errorLine = lines + 8;
    parts.push(entry(last ? "E" : "B"));
    size += Buffer.byteLength(entry("B"));
    lines += 9;
  }
  return { text: parts.join(""), errorLine };
}
