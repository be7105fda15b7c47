import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { parse } from "yaml";
import { binPath, repoRoot, runCli, type CliRun } from "../helpers/run-cli.js";
import type { DrawRecord } from "../../src/draw/record.js";
import type { LedgerLine } from "../../src/ledger/ledger.js";

const exampleDir = join(repoRoot, "examples/linyi-2026");
export const fixturesDir = join(repoRoot, "test/fixtures/draw");
/** The demonstration seed of the README and SPEC.md §9. */
export const SEED = ["--seed", "县市场监管局=83920174651", "--seed", "县应急管理局=5538201947"];
export const OTHER_SEED = ["--seed", "县市场监管局=27182818284", "--seed", "县消防救援大队=5904523536"];

const made: string[] = [];

/** A scratch directory under the system temp dir; removed by `cleanTemp`. */
export function tempDir(prefix = "checkonce-draw-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * A copy of a workspace in a fresh temp dir (never the repo's own): without any content cache or
 * draws a developer may have left in the source.
 */
export function tempWorkspace(src: string = exampleDir): string {
  const ws = join(tempDir(), "ws");
  cpSync(src, ws, {
    recursive: true,
    filter: (p) => !p.includes(`${sep}.checkonce${sep}cache`) && !p.endsWith(`${sep}draws`) && !p.endsWith("expected.draw.yaml"),
  });
  return ws;
}

export function cleanTemp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The real binary, in English, on a workspace. */
export function cli(args: readonly string[], ws?: string, options: { cwd?: string } = {}): CliRun {
  return runCli([...args, ...(ws ? ["-w", ws] : []), "--lang", "en"], options);
}

/** The same, as a child process that runs alongside others. */
export function cliAsync(args: readonly string[], ws: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binPath, ...args, "-w", ws, "--lang", "en"], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1", LANG: "C" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("close", (status) => resolve({ stdout, stderr, status: status ?? -1 }));
  });
}

export const recordFile = (ws: string, campaign: string) => join(ws, "draws", `${campaign}.draw.yaml`);

export function readRecordYaml(path: string): DrawRecord {
  return parse(readFileSync(path, "utf8")) as DrawRecord;
}

export function ledgerText(ws: string): string {
  const path = join(ws, "draws", "ledger.jsonl");
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

export function ledgerLines(ws: string): LedgerLine[] {
  return ledgerText(ws)
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as LedgerLine);
}

export function writeLedgerLines(ws: string, lines: readonly string[]): void {
  writeFileSync(join(ws, "draws", "ledger.jsonl"), lines.map((l) => `${l}\n`).join(""));
}

/** Every file under draws/ with its bytes: to show that a refused command wrote nothing. */
export function drawsState(ws: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${name.name}` : name.name;
      if (name.isDirectory()) walk(join(dir, name.name), r);
      else out[r] = readFileSync(join(dir, name.name)).toString("base64");
    }
  };
  walk(join(ws, "draws"), "");
  return out;
}

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015 check character, so that a test can add a valid object. */
export function withCheckChar(first17: string): string {
  if (!/^[0-9A-HJ-NP-RTUW-Y]{17}$/.test(first17)) throw new Error(`not 17 characters of the credit-code alphabet: ${first17}`);
  const sum = [...first17].reduce((s, c, i) => s + ALPHABET.indexOf(c) * (WEIGHTS[i] as number), 0);
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

/** A valid object entry in the YAML of examples/linyi-2026/objects/*.yaml. */
export function objectYaml(o: { id: string; township: string; category?: string; scene?: string; name?: string; creditGrade?: string }): string {
  return [
    `  - id: "${o.id}"`,
    `    name: ${o.name ?? "临猗县测试新增餐馆"}`,
    `    category: ${o.category ?? "餐饮"}`,
    `    scene: ${o.scene ?? "餐饮服务单位"}`,
    `    township: ${o.township}`,
    `    address: 临猗县测试街${o.id.slice(-4)}号`,
    "    status: active",
    `    creditGrade: ${o.creditGrade ?? "B"}`,
    "    complaints12m: 0",
    "",
  ].join("\n");
}
