import { createHash } from "node:crypto";
import { appendFileSync, cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { DrawRecord } from "../../src/draw/record.js";
import {
  cleanTemp,
  cli,
  ledgerText,
  readRecordYaml,
  recordFile,
  SEED,
  tempDir,
  tempWorkspace,
  writeLedgerLines,
} from "./helpers.js";

/**
 * Every kind of tampering DRAW.md names is reported by `verify` (exit 1) with a line that says
 * what differs. Each case edits its own copy of one honest, verified draw.
 */

const CAMPAIGN = "2026-CY-01";
const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
/** Canonical JSON as SPEC.md §8 writes it: keys sorted, no spaces. */
const canonical = (v: unknown): string =>
  v === null || typeof v !== "object"
    ? JSON.stringify(v)
    : Array.isArray(v)
      ? `[${v.map(canonical).join(",")}]`
      : `{${Object.keys(v as object)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(",")}}`;

let honest: string;
let bundle: string;

/** A fresh copy of the honest workspace. */
function copy(): string {
  const ws = join(tempDir(), "ws");
  cpSync(honest, ws, { recursive: true });
  return ws;
}

function writeRecordYaml(ws: string, record: DrawRecord): void {
  writeFileSync(recordFile(ws, CAMPAIGN), stringify(record, { lineWidth: 0 }));
}

/**
 * What a careful forger would do: after editing the record, put its new digest in the ledger and
 * re-seal every line from there on. The chain is then intact; only recomputation can tell.
 */
function reseal(ws: string): void {
  const digest = sha256(readFileSync(recordFile(ws, CAMPAIGN)));
  const lines = ledgerText(ws)
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const holder = lines.findLastIndex((l) => l.campaign === CAMPAIGN && (l.type === "draw" || l.type === "substitute"));
  let prev = "0".repeat(64);
  const out = lines.map((line, i) => {
    const { hash: _old, ...rest } = line;
    if (i === holder) rest.recordDigest = digest;
    rest.prev = prev;
    const hash = sha256(`${prev}\n${canonical(rest)}`);
    prev = hash;
    return canonical({ ...rest, hash });
  });
  writeLedgerLines(ws, out);
}

function verify(ws: string) {
  return cli(["verify", CAMPAIGN], ws);
}

beforeAll(() => {
  honest = tempWorkspace();
  expect(cli(["draw", "prepare", CAMPAIGN], honest).status).toBe(0);
  expect(cli(["draw", "run", CAMPAIGN, ...SEED], honest).status).toBe(0);
  const ok = verify(honest);
  expect(ok.stdout).toContain("VERIFIED");
  expect(ok.status).toBe(0);
  bundle = join(tempDir(), "bundle");
  expect(cli(["audit-bundle", CAMPAIGN, bundle], honest).status).toBe(0);
}, 120_000);
afterAll(cleanTemp);

describe("tampering is reported by verify", { timeout: 120_000 }, () => {
  it("the resealing helper alone changes nothing (so that the cases below test the edit, not the helper)", () => {
    const ws = copy();
    const before = ledgerText(ws);
    reseal(ws);
    expect(ledgerText(ws)).toBe(before);
  });

  it("an edited record: one selected object swapped for a reserve", () => {
    const ws = copy();
    const record = readRecordYaml(recordFile(ws, CAMPAIGN));
    const stratum = record.strata.find(
      (s) => s.selected.length > 0 && s.reserve.length > 0,
    ) as DrawRecord["strata"][number];
    const [picked, reserve] = [
      stratum.selected[0]?.object as string,
      stratum.reserve[0] as { object: string; ticket: string },
    ];
    stratum.selected[0] = reserve;
    for (const team of record.teams) team.objects = team.objects.map((o) => (o === picked ? reserve.object : o));
    writeRecordYaml(ws, record);
    const run = verify(ws);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("NOT VERIFIED");
    expect(run.stdout).toContain("(the record was edited)");
    expect(run.stdout).toContain(`stratum ${stratum.id} selected [1]: record {"object":"${reserve.object}"`);
    expect(run.stdout).toContain(`recomputed {"object":"${picked}"`);
  });

  it("an edited record with a resealed ledger: recomputation still names the changed member", () => {
    const ws = copy();
    const record = readRecordYaml(recordFile(ws, CAMPAIGN));
    const team = record.teams[0] as DrawRecord["teams"][number];
    const member = team.members[0] as DrawRecord["teams"][number]["members"][number];
    const honestId = member.inspector;
    // Another inspector of the same department, not drawn at all.
    const all =
      readFileSync(join(ws, "inspectors", `${member.department}.yaml`), "utf8")
        .match(/id: (\S+)/g)
        ?.map((m) => m.slice(4)) ?? [];
    const drawn = new Set(record.teams.flatMap((t) => t.members.map((m) => m.inspector)));
    const other = all.find((id) => !drawn.has(id)) as string;
    member.inspector = other;
    writeRecordYaml(ws, record);
    reseal(ws);
    expect(cli(["verify", "--ledger"], ws).stdout).not.toContain("hash does not match");
    const run = verify(ws);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `team ${team.id} members [1]: record {"department":"${member.department}","inspector":"${other}"`,
    );
    expect(run.stdout).toContain(`"inspector":"${honestId}"`);
  });

  it("an edited seed, resealed: the draw key differs", () => {
    const ws = copy();
    const record = readRecordYaml(recordFile(ws, CAMPAIGN));
    const part = record.seed.parts[0];
    part.digits = part.digits.replace(/.$/, (d) => String((Number(d) + 1) % 10));
    writeRecordYaml(ws, record);
    reseal(ws);
    const run = verify(ws);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`seed.drawKey: record "${record.seed.drawKey}"`);
  });

  it("an edited history, resealed: the ledger's earlier draws say otherwise", () => {
    const ws = copy();
    const record = readRecordYaml(recordFile(ws, CAMPAIGN));
    record.history.loads = { [record.teams[0]?.members[0]?.inspector as string]: 5 };
    writeRecordYaml(ws, record);
    reseal(ws);
    const run = verify(ws);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("history: the earlier draws in the ledger give another history than the record's");
  });

  it("an edited redraw reason, resealed: the ledger's draw line gives another", () => {
    const ws = copy();
    const redraw = cli(
      [
        "draw",
        "run",
        CAMPAIGN,
        "--seed",
        "县市场监管局=27182818284",
        "--seed",
        "县消防救援大队=5904523536",
        "--redraw",
        "--reason",
        "种子公开环节出现失误",
      ],
      ws,
    );
    expect(redraw.status).toBe(0);
    expect(verify(ws).status).toBe(0);
    const record = readRecordYaml(recordFile(ws, CAMPAIGN));
    record.redrawReason = "领导认为结果不理想";
    writeRecordYaml(ws, record);
    reseal(ws);
    const run = verify(ws);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('gives the redraw reason "种子公开环节出现失误", the record "领导认为结果不理想"');
  });

  it("an edited ledger line", () => {
    const ws = copy();
    const lines = ledgerText(ws).trim().split("\n");
    lines[0] = (lines[0] as string).replace(/"at":"[^"]+"/, '"at":"2026-01-01T00:00:00.000Z"');
    writeLedgerLines(ws, lines);
    const run = verify(ws);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("ledger line 1: hash does not match the line's content (edited)");
    const whole = cli(["verify", "--ledger"], ws);
    expect(whole.status).toBe(1);
    expect(whole.stdout).toContain("ledger line 1: hash does not match the line's content (edited)");
  });

  it("a deleted ledger line (the commitment)", () => {
    const ws = copy();
    const lines = ledgerText(ws).trim().split("\n");
    writeLedgerLines(ws, lines.slice(1));
    const run = verify(ws);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("ledger line 1: seq 2, expected 1");
    expect(run.stdout).toContain("ledger line 1: prev does not match the hash of the line before");
  });

  it("a deleted ledger line (the draw): the record was never ledgered", () => {
    const ws = copy();
    const lines = ledgerText(ws).trim().split("\n");
    writeLedgerLines(ws, lines.slice(0, -1));
    const run = verify(ws);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`ledger: no line for ${CAMPAIGN} attempt 1 (the draw was never ledgered)`);
  });

  it("an input file edited after the draw: verify uses the stored snapshot and says so", () => {
    const ws = copy();
    appendFileSync(join(ws, "objects", "yishi.yaml"), "# 抽取后修改\n");
    const run = verify(ws);
    expect(run.stdout).toContain(
      "VERIFIED: draws/2026-CY-01.draw.yaml (campaign 2026-CY-01, attempt 1) recomputes exactly from the stored input snapshot",
    );
    expect(run.status).toBe(0);
  });

  it("a corrupted snapshot and an edited live file: NOT VERIFIED, naming the input", () => {
    const ws = copy();
    const record = readRecordYaml(recordFile(ws, CAMPAIGN));
    const input = record.inputs.find((i) => i.file === "objects/yishi.yaml") as DrawRecord["inputs"][number];
    appendFileSync(join(ws, "objects", "yishi.yaml"), "# 抽取后修改\n");
    appendFileSync(join(ws, "draws", "inputs", input.sha256), "# 快照被改\n");
    const run = verify(ws);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("NOT VERIFIED");
    expect(run.stdout).toContain(
      "input objects/yishi.yaml: neither the live file nor a snapshot has the recorded digest",
    );
  });

  it("an edited file inside an audit bundle", () => {
    const copyOf = join(tempDir(), "bundle");
    cpSync(bundle, copyOf, { recursive: true });
    const honestRun = cli(["verify", "--bundle", copyOf]);
    expect(honestRun.status).toBe(0);
    appendFileSync(join(copyOf, "workspace", "objects", "linjin.yaml"), "# 审计包被改\n");
    const run = cli(["verify", "--bundle", copyOf]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "input objects/linjin.yaml: neither the live file nor a snapshot has the recorded digest",
    );
  });

  it("an edited record inside an audit bundle", () => {
    const copyOf = join(tempDir(), "bundle");
    cpSync(bundle, copyOf, { recursive: true });
    const path = join(copyOf, "record.draw.yaml");
    const record = readRecordYaml(path);
    record.teams[0]?.objects.reverse();
    writeFileSync(path, stringify(record, { lineWidth: 0 }));
    const run = cli(["verify", "--bundle", copyOf]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("(the record was edited)");
  });
});
