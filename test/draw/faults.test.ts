import { withoutPastWarning } from "../helpers/run-cli.js";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { DrawRecord } from "../../src/draw/record.js";
import {
  cleanTemp,
  cli,
  cliAsync,
  drawsState,
  ledgerLines,
  ledgerText,
  OTHER_SEED,
  readRecordYaml,
  recordFile,
  SEED,
  tempDir,
  tempWorkspace,
  writeLedgerLines,
} from "./helpers.js";

/** Interrupted draws, held locks, concurrent draws, infeasible draws: through the real CLI. */

const CAMPAIGN = "2026-CY-01";
const REASON = ["--redraw", "--reason", "上次抽取中断，按规定重新抽取"];
let drawn: string;

/** A copy of a workspace drawn once (prepare + run), to damage in each case. */
function copyOfDrawn(): string {
  const ws = join(tempDir(), "ws");
  cpSync(drawn, ws, { recursive: true });
  return ws;
}

/** As if the process died after writing the record and before appending its ledger line. */
function dropLastLedgerLine(ws: string): void {
  writeLedgerLines(ws, ledgerText(ws).trim().split("\n").slice(0, -1));
}

beforeAll(() => {
  drawn = tempWorkspace();
  expect(cli(["draw", "prepare", CAMPAIGN], drawn).status).toBe(0);
  expect(cli(["draw", "run", CAMPAIGN, ...SEED], drawn).status).toBe(0);
}, 120_000);
afterAll(cleanTemp);

describe("a draw interrupted between the record and the ledger", { timeout: 120_000 }, () => {
  it("verify --ledger explains it, naming the record", () => {
    const ws = copyOfDrawn();
    dropLastLedgerLine(ws);
    const run = cli(["verify", "--ledger"], ws);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "draws/2026-CY-01.draw.yaml: attempt 1 was written but never entered in the ledger (a draw was interrupted)",
    );
    expect(run.stdout).toContain(`the next \`checkonce draw\` of ${CAMPAIGN} repairs it`);
  });

  it("the next draw --redraw repairs it (a ledger line marked repaired) and then draws attempt 2", () => {
    const ws = copyOfDrawn();
    const orphan = readFileSync(recordFile(ws, CAMPAIGN), "utf8");
    dropLastLedgerLine(ws);
    const run = cli(["draw", "run", CAMPAIGN, ...OTHER_SEED, ...REASON], ws);
    expect(withoutPastWarning(run.stderr)).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "Repaired: draws/2026-CY-01.draw.yaml (attempt 1) recomputes exactly from its inputs and seed; its ledger line was added now.",
    );
    const lines = ledgerLines(ws);
    expect(
      lines.map((l) => [l.type, "attempt" in l ? l.attempt : null, "repaired" in l ? l.repaired : undefined]),
    ).toEqual([
      ["prepare", null, undefined],
      ["draw", 1, true],
      ["draw", 2, undefined],
    ]);
    expect(readFileSync(join(ws, "draws/superseded/2026-CY-01.attempt-1.draw.yaml"), "utf8")).toBe(orphan);
    expect(readRecordYaml(recordFile(ws, CAMPAIGN)).attempt).toBe(2);
    const whole = cli(["verify", "--ledger"], ws);
    expect(whole.stdout).toContain("VERIFIED");
    expect(whole.status).toBe(0);
  });

  it("a plain next draw also repairs the ledger, says so, then refuses as already drawn", () => {
    const ws = copyOfDrawn();
    dropLastLedgerLine(ws);
    const run = cli(["draw", "run", CAMPAIGN, ...OTHER_SEED], ws);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Repaired: draws/2026-CY-01.draw.yaml (attempt 1)");
    expect(run.stderr).toContain("needs --redraw --reason");
    expect(ledgerLines(ws).at(-1)).toMatchObject({ type: "draw", attempt: 1, repaired: true });
    expect(cli(["verify", "--ledger"], ws).status).toBe(0);
  });

  it("an interrupted redraw (attempt 2 written, attempt 1 superseded, no ledger line) is repaired too", () => {
    const ws = copyOfDrawn();
    expect(cli(["draw", "run", CAMPAIGN, ...OTHER_SEED, ...REASON], ws).status).toBe(0);
    dropLastLedgerLine(ws);
    const explained = cli(["verify", "--ledger"], ws);
    expect(explained.status).toBe(1);
    expect(explained.stdout).toContain("attempt 2 was written but never entered in the ledger");
    const run = cli(
      ["draw", "run", CAMPAIGN, "--seed", "县市场监管局=14142135623", "--seed", "县应急管理局=7309504880", ...REASON],
      ws,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Repaired: draws/2026-CY-01.draw.yaml (attempt 2)");
    // The repaired line carries the redraw's reason, as the line the interrupted run would have written.
    expect(ledgerLines(ws).find((l) => "repaired" in l && l.repaired)).toMatchObject({
      attempt: 2,
      reason: "上次抽取中断，按规定重新抽取",
    });
    expect(readRecordYaml(recordFile(ws, CAMPAIGN)).attempt).toBe(3);
    expect(cli(["verify", "--ledger"], ws).status).toBe(0);
  });

  it("an orphan followed by another campaign's draw is refused: repairing it would ledger a history verify rejects", () => {
    const ws = copyOfDrawn();
    dropLastLedgerLine(ws);
    expect(cli(["draw", "2026-GY-01", ...SEED], ws).status).toBe(0);
    const before = drawsState(ws);
    const run = cli(["draw", "run", CAMPAIGN, ...OTHER_SEED, ...REASON], ws);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("draws/2026-CY-01.draw.yaml is not in the ledger");
    expect(run.stderr).toContain("its history no longer matches");
    expect(drawsState(ws)).toEqual(before);
    // Moved away as the message says, the campaign is drawn afresh as attempt 1 and everything verifies.
    cpSync(recordFile(ws, CAMPAIGN), join(tempDir(), "orphan.draw.yaml"));
    rmSync(recordFile(ws, CAMPAIGN));
    expect(cli(["draw", "run", CAMPAIGN, ...OTHER_SEED], ws).status).toBe(0);
    const whole = cli(["verify", "--ledger"], ws);
    expect(whole.stdout).toContain("VERIFIED");
    expect(whole.status).toBe(0);
  });

  it("an orphan that was edited is refused clearly, and nothing is written", () => {
    const ws = copyOfDrawn();
    dropLastLedgerLine(ws);
    const record = readRecordYaml(recordFile(ws, CAMPAIGN));
    const team = record.teams[0] as DrawRecord["teams"][number];
    team.members = [...team.members].reverse();
    writeFileSync(recordFile(ws, CAMPAIGN), stringify(record, { lineWidth: 0 }));
    const before = drawsState(ws);
    const run = cli(["draw", "run", CAMPAIGN, ...OTHER_SEED, ...REASON], ws);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("draws/2026-CY-01.draw.yaml is not in the ledger and cannot be entered now");
    expect(run.stderr).toContain(`team ${team.id} members [1]`);
    expect(run.stderr).toContain("Move it away and investigate");
    expect(drawsState(ws)).toEqual(before);
  });
});

describe("one draw at a time", { timeout: 120_000 }, () => {
  it("a held lock refuses a draw, naming the lock and its process; nothing is written", () => {
    const ws = tempWorkspace();
    expect(cli(["draw", "prepare", CAMPAIGN], ws).status).toBe(0);
    writeFileSync(join(ws, "draws", ".lock"), JSON.stringify({ pid: 424242, since: "2026-04-10T08:00:00.000Z" }));
    const before = drawsState(ws);
    for (const args of [
      ["draw", "run", CAMPAIGN, ...SEED],
      ["draw", CAMPAIGN, ...SEED],
      ["draw", "prepare", CAMPAIGN],
    ]) {
      const run = cli(args, ws);
      expect(run.status, args.join(" ")).toBe(1);
      expect(run.stderr).toContain(
        "Another draw is running on this workspace (lock draws/.lock, process 424242, since 2026-04-10T08:00:00.000Z)",
      );
      expect(drawsState(ws)).toEqual(before);
    }
    // A lock that cannot even be read is still a lock.
    writeFileSync(join(ws, "draws", ".lock"), "");
    expect(cli(["draw", "run", CAMPAIGN, ...SEED], ws).stderr).toContain("lock draws/.lock");
  });

  it.each([
    [
      "three one-go draws",
      (ws: string) => [
        cliAsync(["draw", CAMPAIGN, ...SEED], ws),
        cliAsync(["draw", CAMPAIGN, ...OTHER_SEED], ws),
        cliAsync(["draw", CAMPAIGN, "--seed", "县消防救援大队=31415926535897932384"], ws),
      ],
    ],
    [
      "two runs after one prepare",
      (ws: string) => [
        cliAsync(["draw", "run", CAMPAIGN, ...SEED], ws),
        cliAsync(["draw", "run", CAMPAIGN, ...OTHER_SEED], ws),
      ],
    ],
  ] as const)("%s started at once: exactly one succeeds, the ledger stays a valid chain", async (name, start) => {
    const ws = tempWorkspace();
    if (name.includes("prepare")) expect(cli(["draw", "prepare", CAMPAIGN], ws).status).toBe(0);
    const results = await Promise.all(start(ws));
    expect(results.filter((r) => r.status === 0)).toHaveLength(1);
    for (const loser of results.filter((r) => r.status !== 0)) {
      expect(loser.status).toBe(1);
      expect(loser.stderr).toMatch(/Another draw is running on this workspace|already drawn \(attempt 1\)/);
    }
    const lines = ledgerLines(ws);
    expect(lines.filter((l) => l.type === "draw")).toHaveLength(1);
    expect(lines.filter((l) => l.type === "prepare")).toHaveLength(1);
    expect(existsSync(join(ws, "draws", ".lock"))).toBe(false);
    expect(readdirSync(join(ws, "draws")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const verify = cli(["verify", "--ledger"], ws);
    expect(verify.stdout).toContain("VERIFIED");
    expect(verify.status).toBe(0);
  });
});

describe("an infeasible draw", { timeout: 120_000 }, () => {
  /** The example with the fire brigade cut down to its first two inspectors (one of them on leave). */
  function fewFirefighters(): string {
    const ws = tempWorkspace();
    const file = join(ws, "inspectors", "xfjy.yaml");
    const text = readFileSync(file, "utf8");
    const third = text.split("\n  - id: ").slice(0, 3).join("\n  - id: ");
    writeFileSync(file, `${third}\n`);
    return ws;
  }

  it("`draw run`: exit 1 naming department, needed and available; no record, no ledger line", () => {
    const ws = fewFirefighters();
    expect(cli(["draw", "prepare", CAMPAIGN], ws).status).toBe(0);
    const before = drawsState(ws);
    const run = cli(["draw", "run", CAMPAIGN, ...SEED], ws);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /department “xfjy” must send 2 inspector\(s\) \(qualification: 消防\) but only [01] are available/,
    );
    expect(run.stderr).toContain("Nothing was written.");
    expect(drawsState(ws)).toEqual(before);
    expect(existsSync(recordFile(ws, CAMPAIGN))).toBe(false);
  });

  it("a township without staff for its teams is said as the township's staff, not as a department", () => {
    // Every staff member of 猗氏镇 inactive: its teams cannot be joined.
    const ws = tempWorkspace();
    const file = join(ws, "inspectors", "yishi.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replaceAll("status: active", "status: inactive"));
    expect(cli(["draw", "prepare", CAMPAIGN], ws).status).toBe(0);
    const run = cli(["draw", "run", CAMPAIGN, ...SEED], ws);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /Team T\d+ \(yishi\): township “yishi” must send 1 staff member\(s\) along with the team \(county–township linkage\) but only 0 are available/,
    );
    expect(run.stderr).not.toContain("department “yishi”");
    expect(existsSync(recordFile(ws, CAMPAIGN))).toBe(false);
  });

  it("one-go `draw`: the same, and draws/ gains nothing at all (not even the commitment)", () => {
    const ws = fewFirefighters();
    const run = cli(["draw", CAMPAIGN, ...SEED], ws);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/department “xfjy” must send 2 inspector\(s\).*but only [01] are available/);
    expect(existsSync(recordFile(ws, CAMPAIGN))).toBe(false);
    expect(ledgerText(ws)).toBe("");
    expect(Object.keys(drawsState(ws))).toEqual([]);
  });
});
