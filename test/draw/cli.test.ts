import { withoutPastWarning } from "../helpers/run-cli.js";
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DrawRecord } from "../../src/draw/record.js";
import type { LedgerLine } from "../../src/ledger/ledger.js";

import {
  cleanTemp,
  cli,
  drawsState,
  fixturesDir,
  ledgerLines,
  objectYaml,
  OTHER_SEED,
  readRecordYaml,
  recordFile,
  SEED,
  tempDir,
  tempWorkspace,
  withCheckChar,
} from "./helpers.js";

/** The draw commands through the real binary, on temp copies of examples/linyi-2026. */

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

afterAll(cleanTemp);

interface Golden {
  campaign: string;
  seed: string[];
  drawKey: string;
  strata: { id: string; eligibleCount: number; toDraw: number; selected: string[]; reserve: string[] }[];
  teams: DrawRecord["teams"];
}

describe("golden draws of the example with fixed seeds", { timeout: 120_000 }, () => {
  it.each(["2026-CY-01", "2026-GY-01"])("%s", (campaign) => {
    const golden = JSON.parse(readFileSync(join(fixturesDir, "golden", `${campaign}.json`), "utf8")) as Golden;
    const ws = tempWorkspace();
    const run = cli(["draw", campaign, ...golden.seed.flatMap((s) => ["--seed", s])], ws);
    expect(withoutPastWarning(run.stderr)).toBe("");
    expect(run.status).toBe(0);
    const record = readRecordYaml(recordFile(ws, campaign));
    expect(record.seed.drawKey).toBe(golden.drawKey);
    expect(
      record.strata.map((s) => ({
        id: s.id,
        eligibleCount: s.eligibleCount,
        toDraw: s.toDraw,
        selected: s.selected.map((p) => p.object),
        reserve: s.reserve.map((p) => p.object),
      })),
    ).toEqual(golden.strata);
    expect(record.teams).toEqual(golden.teams);
    expect(golden.teams.length).toBeGreaterThan(1);
  });
});

describe("the ceremony: prepare → public seed → run → verify, redraw, substitute, show", { timeout: 120_000 }, () => {
  let ws: string;
  let committed: { strata: { id: string; eligible: string[]; excluded?: DrawRecord["strata"][number]["excluded"] }[] };
  const campaign = "2026-CY-01";
  beforeAll(() => {
    ws = tempWorkspace();
  });

  it("`draw run` before `draw prepare` is refused, and writes nothing", () => {
    const run = cli(["draw", "run", campaign, ...SEED], ws);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("No `draw prepare` commitment");
    expect(run.stderr).toContain(campaign);
    expect(drawsState(ws)).toEqual({});
  });

  it("no seed, a short seed, a malformed one: usage errors (exit 2) that say why; there is no default", () => {
    const none = cli(["draw", "run", campaign], ws);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("No seed");
    expect(none.stderr).toContain("There is no default seed");
    const short = cli(
      ["draw", "run", campaign, "--seed", "县市场监管局=1234567890", "--seed", "县应急管理局=123456789"],
      ws,
    );
    expect(short.status).toBe(2);
    expect(short.stderr).toContain("19 digits");
    expect(short.stderr).toContain("at least 20");
    const bad = cli(["draw", "run", campaign, "--seed", "县市场监管局=8392017465x5538201947"], ws);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("is not LABEL=DIGITS");
    const oneGo = cli(["draw", campaign, "--seed", "a=0"], ws);
    expect(oneGo.status).toBe(2);
    expect(drawsState(ws)).toEqual({});
  });

  it("`draw prepare` commits the population to the ledger before the seed exists", () => {
    const run = cli(["draw", "prepare", campaign], ws);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Committed the population of campaign 2026-CY-01 to ledger line 1");
    const [line] = ledgerLines(ws);
    expect(line?.type).toBe("prepare");
    expect(line?.seq).toBe(1);
    expect(existsSync(recordFile(ws, campaign))).toBe(false);
    // Per stratum the digest of the eligible ids, counts, sizes; the SHA-256 of every input file.
    const prepare = line as Extract<LedgerLine, { type: "prepare" }>;
    expect(prepare.strata.map((s) => s.id)).toEqual([
      "CY-01/trusted",
      "CY-01/general",
      "CY-01/focus",
      "CY-02/trusted",
      "CY-02/general",
      "CY-02/focus",
    ]);
    for (const input of prepare.inputs)
      expect(sha256(readFileSync(join(ws, input.file))), input.file).toBe(input.sha256);
    const file = readFileSync(join(ws, prepare.populationFile));
    expect(sha256(file)).toBe(prepare.populationFileDigest);
    committed = JSON.parse(file.toString("utf8")) as typeof committed;
    for (const s of committed.strata) {
      const c = prepare.strata.find((x) => x.id === s.id);
      expect(c?.eligibleCount).toBe(s.eligible.length);
      expect(c?.eligibleDigest).toBe(sha256(s.eligible.map((id) => `${id}\n`).join("")));
    }
    expect(Object.values(prepare.excluded).reduce((a, b) => a + b, 0)).toBe(
      committed.strata.reduce((n, s) => n + (s.excluded?.length ?? 0), 0),
    );
  });

  it("`draw run` draws against that commitment and `verify` says VERIFIED", () => {
    const run = cli(["draw", "run", campaign, ...SEED], ws);
    expect(withoutPastWarning(run.stderr)).toBe("");
    expect(run.status).toBe(0);
    const record = readRecordYaml(recordFile(ws, campaign));
    const lines = ledgerLines(ws);
    expect(record.commitment).toEqual({
      ledgerSeq: 1,
      digest: (lines[0] as { populationDigest: string }).populationDigest,
    });
    // Issue 3: the commitment made before the seed holds every exclusion with its reason; the record repeats them.
    expect(committed.strata.map((s) => ({ id: s.id, eligible: s.eligible.length, excluded: s.excluded }))).toEqual(
      record.strata.map((s) => ({ id: s.id, eligible: s.eligibleCount, excluded: s.excluded })),
    );
    expect(lines.map((l) => l.type)).toEqual(["prepare", "draw"]);
    expect(lines[1]).toMatchObject({ attempt: 1, record: "draws/2026-CY-01.draw.yaml", commitmentSeq: 1 });
    const verify = cli(["verify", campaign], ws);
    expect(verify.stdout).toContain(
      "VERIFIED: draws/2026-CY-01.draw.yaml (campaign 2026-CY-01, attempt 1) recomputes exactly from the live files",
    );
    expect(verify.status).toBe(0);
    const ledger = cli(["verify", "--ledger"], ws);
    expect(ledger.stdout).toContain("VERIFIED: the ledger's 2 line(s)");
    expect(ledger.status).toBe(0);
  });

  it("a second run is refused without --redraw --reason, and nothing changes", () => {
    const before = drawsState(ws);
    const again = cli(["draw", "run", campaign, ...OTHER_SEED], ws);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already drawn (attempt 1)");
    expect(again.stderr).toContain("--redraw --reason");
    const noReason = cli(["draw", "run", campaign, ...OTHER_SEED, "--redraw"], ws);
    expect(noReason.status).toBe(2);
    expect(noReason.stderr).toContain('A reason is required: --reason "..." (at least 2 characters).');
    // SPEC.md §6: one minimum for every reason, and a short one is called short, not missing.
    const short = cli(["draw", "run", campaign, ...OTHER_SEED, "--redraw", "--reason", " x "], ws);
    expect(short.status).toBe(2);
    expect(short.stderr).toContain("The reason “x” is too short (1 character(s)); give at least 2.");
    expect(drawsState(ws)).toEqual(before);
  });

  it("--redraw --reason makes attempt 2, shown in the record, the ledger and `draw show`; attempt 1 moves to draws/superseded/", () => {
    const first = readFileSync(recordFile(ws, campaign), "utf8");
    const run = cli(
      ["draw", "run", campaign, ...OTHER_SEED, "--redraw", "--reason", "牵头部门提供的种子有误，重新公开摇号"],
      ws,
    );
    expect(withoutPastWarning(run.stderr)).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("attempt 2");
    const record = readRecordYaml(recordFile(ws, campaign));
    expect(record.attempt).toBe(2);
    expect(record.redrawReason).toBe("牵头部门提供的种子有误，重新公开摇号");
    expect(readFileSync(join(ws, "draws/superseded/2026-CY-01.attempt-1.draw.yaml"), "utf8")).toBe(first);
    const last = ledgerLines(ws).at(-1);
    expect(last).toMatchObject({ type: "draw", attempt: 2, reason: "牵头部门提供的种子有误，重新公开摇号" });
    const show = cli(["draw", "show", campaign], ws);
    expect(show.status).toBe(0);
    expect(show.stdout).toContain("attempt 2");
    expect(show.stdout).toContain("Redraw, attempt 2: 牵头部门提供的种子有误，重新公开摇号");
    const verify = cli(["verify", campaign], ws);
    expect(verify.stdout).toContain("attempt 2");
    expect(verify.status).toBe(0);
    const ledger = cli(["verify", "--ledger"], ws);
    expect(ledger.stdout).toContain("name 2 record(s), all verified");
    expect(ledger.status).toBe(0);
  });

  it("substitute takes the next reserve, changes no earlier pick, and verify still says VERIFIED", () => {
    const before = readRecordYaml(recordFile(ws, campaign));
    const stratum = before.strata.find(
      (s) => s.selected.length > 0 && s.reserve.length > 0,
    ) as DrawRecord["strata"][number];
    const object = stratum.selected[0]?.object as string;
    const run = cli(["substitute", campaign, object, "--reason", "已注销"], ws);
    expect(withoutPastWarning(run.stderr)).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${object} replaced by ${stratum.reserve[0]?.object}`);
    const after = readRecordYaml(recordFile(ws, campaign));
    expect(after.substitutions).toEqual([
      {
        object,
        replacement: stratum.reserve[0]?.object,
        stratum: stratum.id,
        team: before.teams.find((t) => t.objects.includes(object))?.id,
        reason: "已注销",
      },
    ]);
    expect(after.strata).toEqual(before.strata);
    expect(after.teams).toEqual(before.teams);
    expect(ledgerLines(ws).at(-1)).toMatchObject({
      type: "substitute",
      object,
      replacement: stratum.reserve[0]?.object,
      attempt: 2,
    });
    const verify = cli(["verify", campaign], ws);
    expect(verify.stdout).toContain("VERIFIED");
    expect(verify.status).toBe(0);
    // The same object cannot be replaced twice; an object never drawn is refused.
    const twice = cli(["substitute", campaign, object, "--reason", "已注销"], ws);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain(object);
    const noReason = cli(["substitute", campaign, stratum.reserve[0]?.object as string], ws);
    expect(noReason.status).toBe(2);
    expect(noReason.stderr).toContain("A reason is required");
    const tooShort = cli(["substitute", campaign, stratum.reserve[0]?.object as string, "--reason", "x"], ws);
    expect(tooShort.status).toBe(2);
    expect(tooShort.stderr).toContain("The reason “x” is too short");
  });

  it("draw show --format json is the record", () => {
    const run = cli(["draw", "show", campaign, "--format", "json"], ws);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(readRecordYaml(recordFile(ws, campaign)));
  });

  it("draw show --format csv: UTF-8 BOM, a header, one row per visited object with its full ticket", () => {
    const run = cli(["draw", "show", campaign, "--format", "csv"], ws);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith("\uFEFF")).toBe(true);
    const rows = run.stdout.slice(1).trim().split(/\r?\n/);
    const record = readRecordYaml(recordFile(ws, campaign));
    expect(rows).toHaveLength(1 + record.teams.reduce((n, t) => n + t.objects.length, 0));
    const tickets = record.strata.flatMap((s) => [...s.selected, ...s.reserve]);
    const replacement = record.substitutions[0]?.replacement as string;
    const row = rows.find((r) => r.includes(replacement)) as string;
    expect(row).toContain(tickets.find((p) => p.object === replacement)?.ticket);
    expect(row).toContain(record.substitutions[0]?.object);
  });

  // Issue 3: "the ledger and every report show the attempt number". The CSV report of a redraw does
  // not (src/commands/draw-show.ts puts `attempt` in the cells but not in the columns). Left failing:
  // not a file of src/draw or src/ledger.
  it("draw show --format csv shows the attempt number of a redraw", () => {
    const run = cli(["draw", "show", campaign, "--format", "csv"], ws);
    const [header = "", first = ""] = run.stdout.slice(1).split(/\r?\n/);
    const column = header.split(",").findIndex((h) => /attempt/i.test(h));
    expect(column, `no attempt column in: ${header}`).toBeGreaterThanOrEqual(0);
    expect(first.split(",")[column]).toBe("2");
  });

  it("draw show --format md: a table with every visited object and the attempt", () => {
    const run = cli(["draw", "show", campaign, "--format", "md"], ws);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# Campaign 2026-CY-01 .*attempt 2/);
    const record = readRecordYaml(recordFile(ws, campaign));
    for (const team of record.teams) expect(run.stdout).toContain(`| ${team.id} |`);
    expect(run.stdout.split("\n").filter((l) => /^\| T\d\d /.test(l))).toHaveLength(
      record.teams.reduce((n, t) => n + t.objects.length, 0),
    );
  });
});

describe("the population changes between prepare and run", { timeout: 120_000 }, () => {
  it("is refused, says what changed, and nothing new is written; a new prepare then lets it run", () => {
    const ws = tempWorkspace();
    expect(cli(["draw", "prepare", "2026-CY-01"], ws).status).toBe(0);
    const before = drawsState(ws);
    const id = withCheckChar("92140821MA0TEXTA1");
    appendFileSync(join(ws, "objects", "yishi.yaml"), objectYaml({ id, township: "yishi" }));
    expect(cli(["validate"], ws).status).toBe(0);
    const run = cli(["draw", "run", "2026-CY-01", ...SEED], ws);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("The population no longer matches the commitment of ledger line 1");
    expect(run.stderr).toContain("1 object(s) added to CY-01/general");
    expect(drawsState(ws)).toEqual(before);

    expect(cli(["draw", "prepare", "2026-CY-01"], ws).status).toBe(0);
    const again = cli(["draw", "run", "2026-CY-01", ...SEED], ws);
    expect(again.status).toBe(0);
    expect(readRecordYaml(recordFile(ws, "2026-CY-01")).commitment?.ledgerSeq).toBe(2);
  });

  it("an object removed is named too", () => {
    const ws = tempWorkspace();
    expect(cli(["draw", "prepare", "2026-CY-01"], ws).status).toBe(0);
    const committed = JSON.parse(readFileSync(join(ws, "draws", "2026-CY-01.population.json"), "utf8")) as {
      strata: { id: string; eligible: string[] }[];
    };
    const victim = committed.strata.find((s) => s.id === "CY-01/focus")?.eligible[0] as string;
    const file = readdirSync(join(ws, "objects")).find((f) =>
      readFileSync(join(ws, "objects", f), "utf8").includes(victim),
    ) as string;
    const text = readFileSync(join(ws, "objects", file), "utf8");
    // Closed (注销) since the commitment: it leaves the eligible population.
    const at = text.indexOf(`id: "${victim}"`);
    const statusAt = text.indexOf("status: active", at);
    cpSync(join(ws, "objects", file), join(tempDir(), "backup.yaml"));
    const edited = text.slice(0, statusAt) + "status: closed" + text.slice(statusAt + "status: active".length);
    rmSync(join(ws, "objects", file));
    appendFileSync(join(ws, "objects", file), edited);
    const run = cli(["draw", "run", "2026-CY-01", ...SEED], ws);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("1 object(s) removed from CY-01/focus");
  });
});

describe("audit bundle", { timeout: 120_000 }, () => {
  it("verifies on its own after the workspace is gone and the bundle has moved", () => {
    const ws = tempWorkspace();
    expect(cli(["draw", "2026-GY-01", ...SEED], ws).status).toBe(0);
    expect(cli(["draw", "2026-CY-01", ...SEED], ws).status).toBe(0);
    const record = readRecordYaml(recordFile(ws, "2026-CY-01"));
    const object = record.strata.find((s) => s.reserve.length > 0 && s.selected.length > 0)?.selected[0]
      ?.object as string;
    expect(cli(["substitute", "2026-CY-01", object, "--reason", "查无此户"], ws).status).toBe(0);
    const recordText = readFileSync(recordFile(ws, "2026-CY-01"), "utf8");
    expect(readRecordYaml(recordFile(ws, "2026-CY-01")).substitutions).toHaveLength(1);
    const out = join(tempDir(), "bundle");
    const made = cli(["audit-bundle", "2026-CY-01", out], ws);
    expect(withoutPastWarning(made.stderr)).toBe("");
    expect(made.status).toBe(0);
    for (const f of [
      "record.draw.yaml",
      "ledger.jsonl",
      "SPEC.md",
      "README.txt",
      "workspace/checkonce.yaml",
      "records/2026-GY-01.attempt-1.draw.yaml",
    ])
      expect(existsSync(join(out, f)), f).toBe(true);
    // A second bundle into the same folder is refused.
    expect(cli(["audit-bundle", "2026-CY-01", out], ws).status).toBe(2);

    const moved = join(tempDir(), "elsewhere", "bundle");
    cpSync(out, moved, { recursive: true });
    rmSync(out, { recursive: true });
    rmSync(ws, { recursive: true });
    const verify = cli(["verify", "--bundle", moved], undefined, { cwd: tempDir() });
    expect(verify.stderr).toBe("");
    expect(verify.stdout).toContain(
      "VERIFIED: record.draw.yaml (campaign 2026-CY-01, attempt 1) recomputes exactly from the bundle",
    );
    expect(verify.status).toBe(0);
    // The bundle's record is the workspace's as it was when bundled, substitution included.
    expect(readFileSync(join(moved, "record.draw.yaml"), "utf8")).toBe(recordText);
  });
});
