import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { binPath, repoRoot, runCli, type CliRun } from "../helpers/run-cli.js";
import type { DrawRecord } from "../../src/draw/record.js";
import type { LedgerLine } from "../../src/ledger/ledger.js";
import { creditCodeCheckChar } from "../../src/registries/identifiers.js";

export const fixturesDir = join(repoRoot, "test/fixtures/draw");
export { SEED, OTHER_SEED, tempDir, cleanTemp, copyWorkspace as tempWorkspace } from "../helpers/workspaces.js";

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

/** GB 32100-2015 check character, so that a test can add a valid object. */
export function withCheckChar(first17: string): string {
  const check = creditCodeCheckChar(first17);
  if (check === undefined) throw new Error(`not 17 characters of the credit-code alphabet: ${first17}`);
  return first17 + check;
}

/** A valid object entry in the YAML of examples/linyi-2026/objects/*.yaml. */
export function objectYaml(o: {
  id: string;
  township: string;
  category?: string;
  scene?: string;
  name?: string;
  creditGrade?: string;
}): string {
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
