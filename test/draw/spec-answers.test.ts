import { withoutPastWarning } from "../helpers/run-cli.js";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { campaignPopulation } from "../../src/draw/population.js";
import { drawCampaign, type DrawInput } from "../../src/draw/draw-campaign.js";
import { emptyHistory, historyFrom } from "../../src/draw/history.js";
import { inspectorUnavailable } from "../../src/draw/eligibility.js";
import { nextReserve } from "../../src/draw/substitute.js";
import { checkReason, MIN_REASON_LENGTH } from "../../src/draw/reason.js";
import { drawKey, parseSeedParts, seedLabelProblem } from "../../src/draw/seed.js";
import { compareRecords } from "../../src/draw/verify.js";
import { recomputeRecord } from "../../src/ledger/recompute.js";
import { streamLabel, rankCandidates } from "../../src/draw/teams.js";
import type { DrawRecord } from "../../src/draw/record.js";
import { loadWorkspace } from "../../src/workspace/load-workspace.js";
import { parseYaml } from "../../src/util/yaml-source.js";
import {
  defaultPolicy,
  resolveConfig,
  type AnnualPlan,
  type Campaign,
  type InspectionObject,
  type Inspector,
  type Item,
  type Located,
  type ResolvedPolicy,
  type Workspace,
} from "../../src/registries/model.js";
import { cleanTemp, cli, fixturesDir, readRecordYaml, recordFile, tempDir, tempWorkspace } from "./helpers.js";

/**
 * Issue 12: every point SPEC.md now settles. Where the answer changed no output, the test pins
 * today's behaviour; where it did (checkonce-draw/2), a test vector with both versions.
 */
afterAll(cleanTemp);

// ---------------------------------------------------------------- a small model workspace

const START = "2026-04-13";
const END = "2026-04-24";
const tool = { name: "checkonce", version: "test", seedrandom: "3.0.5" };
const SEED = [
  { label: "县市场监管局", digits: "83920174651" },
  { label: "县应急管理局", digits: "5538201947" },
];
const loc = <T>(values: readonly T[], key: string): Located<T>[] =>
  values.map((value, i) => ({ value, file: `${key}.yaml`, pointer: `/${key}/${i}` }));

function obj(n: number, extra: Partial<InspectionObject> = {}): InspectionObject {
  return {
    id: `9114${String(n).padStart(4, "0")}X`,
    name: `对象${n}`,
    category: "c",
    scene: "s",
    township: "t1",
    address: `街${String(n).padStart(3, "0")}号`,
    status: "active",
    creditGrade: "B",
    ...extra,
  } as InspectionObject;
}
function insp(id: string, department: string, extra: Partial<Inspector> = {}): Inspector {
  return {
    id,
    name: id,
    department,
    certificate: { number: `C-${id}`, validFrom: "2020-01-01", validTo: "2030-12-31" },
    status: "active",
    ...extra,
  } as Inspector;
}
const item: Item = {
  id: "IT",
  category: "c",
  scene: "s",
  status: "published",
  lead: "d1",
  joint: [],
  tasks: [{ department: "d1", inspectors: 2, checks: [{ content: "x", requirement: "y", legalBasis: "z" }] }],
  tiers: {
    trusted: { ratio: 1, frequency: 1 },
    general: { ratio: 1, frequency: 1 },
    focus: { ratio: 1, frequency: 2 },
  },
  method: ["onsite"],
} as unknown as Item;

interface Model {
  objects: InspectionObject[];
  inspectors: Inspector[];
  campaign?: Partial<Campaign>;
  plan?: Partial<AnnualPlan>;
  policy?: Partial<ResolvedPolicy>;
}
function model(m: Model): Workspace {
  const plan = { id: "P", year: 2026, lead: "d1", items: ["IT"], filedOn: "2026-01-10", ...m.plan } as AnnualPlan;
  const campaign = {
    id: "C-01",
    plan: "P",
    round: 1,
    startDate: START,
    endDate: END,
    objectsPerTeam: 3,
    linkage: false,
    ...m.campaign,
  } as Campaign;
  return {
    root: "/nonexistent",
    config: { county: { name: "县", areaCode: "140821" }, locale: "zh", policy: { ...defaultPolicy, ...m.policy } },
    departments: loc(
      [
        { id: "d1", name: "d1", kind: "county" },
        { id: "t1", name: "t1", kind: "township" },
      ],
      "departments",
    ) as Workspace["departments"],
    objects: loc(m.objects, "objects"),
    inspectors: loc(m.inspectors, "inspectors"),
    items: loc([item], "items"),
    annualPlans: loc([plan], "annualPlans"),
    campaigns: loc([campaign], "campaigns"),
    upperInspected: [],
    files: [],
    brokenIds: new Set(),
  };
}
const input = (ws: Workspace, extra: Partial<DrawInput> = {}): DrawInput => ({
  ws,
  campaign: "C-01",
  seed: SEED,
  history: emptyHistory(),
  attempt: 1,
  commitment: null,
  inputs: [],
  tool,
  ...extra,
});
const pool = (n: number, department = "d1") =>
  Array.from({ length: n }, (_, i) => insp(`${department}-${String(i).padStart(3, "0")}`, department));

// ---------------------------------------------------------------- §3: the one change of /2

describe("§3 a stratum that sits the round out (checkonce-draw/2)", () => {
  const vec = join(fixturesDir, "vector-2");
  const ws = loadWorkspace(vec, { cache: false }).workspace;

  it("vector 2: reserves and population digest under /1 and /2", () => {
    const v1 = campaignPopulation(ws, "2026-CY-02", emptyHistory(), "checkonce-draw/1");
    const v2 = campaignPopulation(ws, "2026-CY-02", emptyHistory(), "checkonce-draw/2");
    const summary = (p: typeof v1) => p.strata.map((s) => [s.id, s.eligible.length, s.toDraw, s.reserves]);
    expect(summary(v1)).toEqual([
      ["CY-01/trusted", 2, 0, 2],
      ["CY-01/general", 8, 0, 2],
      ["CY-01/focus", 2, 1, 1],
    ]);
    expect(summary(v2)).toEqual([
      ["CY-01/trusted", 2, 0, 0],
      ["CY-01/general", 8, 0, 0],
      ["CY-01/focus", 2, 1, 1],
    ]);
    expect(v1.digest).toBe("cf02645e9e251bd958bb2dc401bb8923f6290d98ab0e7e94cd193ba27177135f");
    expect(v2.digest).toBe("5a1392dc2309c01844353106109dfaf0862e28aeb4575371be444cce8a135a08");
  });

  it("the /1 record the old tool wrote is what the /1 path still computes; /2 differs only in those reserves", () => {
    const seed = readFileSync(join(vec, "seed.txt"), "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "" && !l.startsWith("#"));
    const parsed = parseSeedParts(seed);
    if (!("parts" in parsed)) throw new Error("seed");
    const v1 = readRecordYaml(join(vec, "expected-v1.draw.yaml"));
    const v2 = readRecordYaml(join(vec, "expected.draw.yaml"));
    const again1 = drawCampaign({
      ...input(ws, { campaign: "2026-CY-02", seed: parsed.parts }),
      algorithm: "checkonce-draw/1",
    });
    const again2 = drawCampaign(input(ws, { campaign: "2026-CY-02", seed: parsed.parts }));
    expect(again1.algorithm).toBe("checkonce-draw/1");
    expect(again2.algorithm).toBe("checkonce-draw/2");
    expect([again1.strata, again1.teams]).toEqual([v1.strata, v1.teams]);
    expect([again2.strata, again2.teams]).toEqual([v2.strata, v2.teams]);
    expect(v1.teams).toEqual(v2.teams);
    expect(v2.strata.filter((s) => s.toDraw === 0).map((s) => s.reserve)).toEqual([[], []]);
  });

  it("through the CLI: a new one-go draw is /2 and equals expected.draw.yaml", () => {
    const dir = tempWorkspace(vec);
    const run = cli(["draw", "2026-CY-02", "--seed-file", join(dir, "seed.txt")], dir);
    expect(withoutPastWarning(run.stderr)).toBe("");
    const record = readRecordYaml(recordFile(dir, "2026-CY-02"));
    const expected = readRecordYaml(join(vec, "expected.draw.yaml"));
    expect(record.algorithm).toBe("checkonce-draw/2");
    expect([record.strata, record.teams, record.seed]).toEqual([expected.strata, expected.teams, expected.seed]);
  });

  it("a ledger written by the /1 tool still verifies, record by record; a /1 record read as /2 does not", () => {
    const dir = join(tempDir(), "ws");
    cpSync(join(fixturesDir, "ledger-v1"), dir, { recursive: true });
    const ledger = cli(["verify", "--ledger"], dir);
    expect(ledger.stdout).toContain("VERIFIED");
    expect(ledger.status).toBe(0);
    for (const c of ["2026-CY-01", "2026-CY-02"]) {
      const run = cli(["verify", c], dir);
      expect(run.stdout, c).toContain("VERIFIED");
      expect(readRecordYaml(recordFile(dir, c)).algorithm).toBe("checkonce-draw/1");
    }
    const record = readRecordYaml(recordFile(dir, "2026-CY-02"));
    const asV2 = recomputeRecord(
      { ...record, algorithm: "checkonce-draw/2" },
      { live: dir, snapshots: join(dir, "draws/inputs") },
    );
    expect(asV2.differences.some((d) => d.startsWith("stratum CY-01/trusted reserves"))).toBe(true);
  });
});

// ---------------------------------------------------------------- §1 seed labels, §6 reasons

describe("§1 seed labels and §6 reasons", () => {
  it.each(["县市场监管局", "Fire-Brigade_2", "县公安局（交警大队）", "A.B·C(1)"])("allowed: %s", (label) => {
    expect(seedLabelProblem(label)).toBeUndefined();
  });
  it.each([
    ["县 公安局", " "],
    ["a+b", "+"],
    ["a\tb", "\\t"],
    ["x/y", "/"],
  ])("refused: %j (character %s)", (label, char) => {
    expect(seedLabelProblem(label)).toMatchObject({ code: "seed-label-invalid", char });
  });
  it("a line feed inside a label made two sets of parts give one key; now it is refused", () => {
    const split = [
      { label: "a", digits: "1" },
      { label: "b", digits: "12345678901234567890" },
    ];
    const joined = [{ label: "a=1\nb", digits: "12345678901234567890" }];
    expect(drawKey("C", split)).toBe(drawKey("C", joined));
    expect(parseSeedParts(["a=1\nb=12345678901234567890"])).toMatchObject({ problem: { code: "seed-malformed" } });
    expect(parseSeedParts(["a\nb=12345678901234567890"])).toMatchObject({
      problem: { code: "seed-label-invalid", char: "\\n" },
    });
    expect(parseSeedParts([`${"长".repeat(41)}=12345678901234567890`])).toMatchObject({
      problem: { code: "seed-label-too-long", max: 40 },
    });
    expect(parseSeedParts(["县局=１２３４５６７８９０１２３４５６７８９０"])).toMatchObject({
      problem: { code: "seed-malformed" },
    });
    expect(parseSeedParts(["\uFFFD\uFFFD=12345678901234567890"])).toMatchObject({ problem: { code: "seed-not-utf8" } });
    // Leading zeros are digits like any other, and part of the key.
    const zeros = parseSeedParts(["a=00000000001234567890"]);
    expect(zeros).toEqual({ parts: [{ label: "a", digits: "00000000001234567890" }] });
  });
  it("through the CLI a bad label is a usage error (exit 2) naming the character, and nothing is written", () => {
    const dir = tempWorkspace(join(fixturesDir, "vector-1"));
    const run = cli(["draw", "2026-CY-01", "--seed", "县 公安局=12345678901234567890"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Seed label “县 公安局” contains   (U+0020)");
    const gbk = join(dir, "seed-gbk.txt");
    writeFileSync(gbk, Buffer.from([0xcf, 0xd8, 0x3d, ...Buffer.from("12345678901234567890")]));
    const file = cli(["draw", "2026-CY-01", "--seed-file", gbk], dir);
    expect(file.status).toBe(2);
    expect(file.stderr).toContain("save the seed file as UTF-8");
  });

  it("reasons: one minimum of 2 characters after trimming; missing and too short are told apart", () => {
    expect(MIN_REASON_LENGTH).toBe(2);
    expect(checkReason(undefined)).toMatchObject({ ok: false, code: "reason-missing" });
    expect(checkReason("x")).toMatchObject({ ok: false, code: "reason-too-short", params: { length: 1, min: 2 } });
    expect(checkReason("  x  ")).toMatchObject({ ok: false, code: "reason-too-short" });
    expect(checkReason("😀")).toMatchObject({ ok: false, code: "reason-too-short" }); // one character, two UTF-16 units
    expect(checkReason(" 注销 ")).toEqual({ ok: true, reason: "注销" });
    expect(checkReason("已注销")).toEqual({ ok: true, reason: "已注销" });
  });
});

// ---------------------------------------------------------------- §2 population, defaults

describe("§2 population: excluded order, defaults, campaign.departments", () => {
  it("each stratum's excluded list is sorted by id, each object once with its first reason", () => {
    const objects = [obj(5, { status: "closed" } as never), obj(2), obj(9, { status: "revoked" } as never), obj(1)];
    const ws = model({
      objects,
      inspectors: pool(4),
      campaign: {
        exclusions: [
          { object: obj(9).id, reason: "x" },
          { object: obj(1).id, reason: "人工" },
        ],
      },
    });
    const p = campaignPopulation(ws, "C-01", { ...emptyHistory(), drawsThisYear: { [obj(2).id]: 2 } });
    const general = p.strata.find((s) => s.tier === "general");
    expect(general?.excluded).toEqual([
      { object: obj(1).id, reason: "by-hand" },
      { object: obj(2).id, reason: "yearly-cap" },
      { object: obj(5).id, reason: "not-active" },
      { object: obj(9).id, reason: "not-active" },
    ]);
  });

  it("tier rules: absent means the default list; [] means defaultTier for all; policy fields default one by one", () => {
    const a = obj(1, { creditGrade: "A", complaints12m: 0 } as never);
    const d = obj(2, { creditGrade: "D" } as never);
    const tiersOf = (policy: Partial<ResolvedPolicy>) => {
      const ws = model({ objects: [a, d], inspectors: pool(4), policy });
      return campaignPopulation(ws, "C-01", emptyHistory()).strata.map((s) => [s.tier, s.eligible.length]);
    };
    expect(tiersOf({})).toEqual([
      ["trusted", 1],
      ["general", 0],
      ["focus", 1],
    ]);
    expect(tiersOf({ tierRules: [] })).toEqual([
      ["trusted", 0],
      ["general", 2],
      ["focus", 0],
    ]);
    expect(tiersOf({ tierRules: [], defaultTier: "focus" })).toEqual([
      ["trusted", 0],
      ["general", 0],
      ["focus", 2],
    ]);
    const resolved = resolveConfig({ county: { name: "x", areaCode: "140821" }, policy: { yearlyCap: 1 } });
    expect(resolved.policy).toMatchObject({
      yearlyCap: 1,
      minInspectorsPerDepartment: 2,
      reservesPerStratum: 3,
      rounding: "up",
      defaultTier: "general",
    });
    expect(resolved.policy.tierRules).toEqual(defaultPolicy.tierRules);
  });

  it("plan.reserves: 0 means none; absent means policy.reservesPerStratum (3)", () => {
    const objects = Array.from({ length: 10 }, (_, i) => obj(i));
    const reservesOf = (plan: Partial<AnnualPlan>) =>
      campaignPopulation(
        model({ objects, inspectors: pool(4), plan: { ...plan, tiers: { general: { ratio: 0.2, frequency: 1 } } } }),
        "C-01",
        emptyHistory(),
      ).strata.find((s) => s.tier === "general")?.reserves;
    expect(reservesOf({})).toBe(3);
    expect(reservesOf({ reserves: 0 })).toBe(0);
    expect(reservesOf({ reserves: 5 })).toBe(5);
  });

  it("campaign.departments does nothing to a draw", () => {
    const objects = Array.from({ length: 6 }, (_, i) => obj(i));
    const a = drawCampaign(input(model({ objects, inspectors: pool(8) })));
    const b = drawCampaign(input(model({ objects, inspectors: pool(8), campaign: { departments: ["t1"] } })));
    expect(b).toEqual(a);
  });
});

// ---------------------------------------------------------------- §2.1 inputs

describe("§2.1 how the inputs are read", () => {
  it("YAML 1.2 core: dates stay text, yes is text, 0123 and 0x1F are numbers", () => {
    const { data } = parseYaml("d: 2026-04-13\ny: yes\nt: True\no: 0123\nh: 0x1F\noct: 0o17\nq: '0123'\n");
    expect(data).toEqual({ d: "2026-04-13", y: "yes", t: true, o: 123, h: 31, oct: 15, q: "0123" });
  });

  it("which files of a registry folder count, in which order, and the inputs' kind names", () => {
    const dir = tempWorkspace(join(fixturesDir, "vector-1"));
    const objects = readFileSync(join(dir, "objects.yaml"), "utf8");
    const header = objects.split("\n")[0] as string;
    mkdirSync(join(dir, "objects/a"), { recursive: true });
    mkdirSync(join(dir, "objects/.hidden"), { recursive: true });
    // The whole registry in one nested file; the other files are empty or do not count.
    writeFileSync(join(dir, "objects/a/x.yaml"), objects.replace(header, header.replace("./", "../../")));
    writeFileSync(join(dir, "objects/a-b.yaml"), "# only a comment\n");
    writeFileSync(join(dir, "objects/b.yml"), "objects: []\n");
    writeFileSync(join(dir, "objects/c.YAML"), "not: counted\n");
    writeFileSync(join(dir, "objects/d.txt"), "not counted\n");
    writeFileSync(join(dir, "objects/.hidden/e.yaml"), "not: counted\n");
    writeFileSync(join(dir, "objects/.f.yaml"), "not: counted\n");
    rmSync(join(dir, "objects.yaml"));
    const run = cli(["draw", "2026-CY-01", "--seed-file", join(dir, "seed.txt")], dir);
    expect(withoutPastWarning(run.stderr)).toBe("");
    const record = readRecordYaml(recordFile(dir, "2026-CY-01"));
    expect(record.inputs.map((i) => [i.file, i.kind])).toEqual([
      ["checkonce.yaml", "config"],
      ["departments.yaml", "departments"],
      ["objects/a/x.yaml", "objects"],
      // Only a comment: no entry, but a file the draw read, so listed.
      ["objects/a-b.yaml", "objects"],
      ["objects/b.yml", "objects"],
      ["inspectors.yaml", "inspectors"],
      ["items.yaml", "items"],
      ["plans.yaml", "plans"],
      ["upper-inspected.yaml", "upperInspected"],
    ]);
    // The same draw as vector 1, from the same entries in other files.
    const expected = readRecordYaml(join(fixturesDir, "vector-1/expected.draw.yaml"));
    expect([record.strata, record.teams]).toEqual([expected.strata, expected.teams]);
    expect(cli(["verify", "2026-CY-01"], dir).stdout).toContain("VERIFIED");
  });
});

// ---------------------------------------------------------------- §5 teams and dates

describe("§5 dates are inclusive at both ends; team ids past T99", () => {
  const period = { startDate: START, endDate: END };
  it.each([
    [{ validFrom: START, validTo: END }, undefined],
    [{ validFrom: "2026-04-14", validTo: END }, "certificate"],
    [{ validFrom: START, validTo: "2026-04-23" }, "certificate"],
  ])("certificate %j", (cert, expected) => {
    expect(inspectorUnavailable(insp("x", "d1", { certificate: { number: "c", ...cert } }), period, undefined)).toBe(
      expected,
    );
  });
  it.each([
    [{ from: "2026-04-01", to: START }, "leave"],
    [{ from: END, to: "2026-05-01" }, "leave"],
    [{ from: "2026-04-01", to: "2026-04-12" }, undefined],
    [{ from: "2026-04-25", to: "2026-05-01" }, undefined],
  ])("leave %j", (leave, expected) => {
    expect(inspectorUnavailable(insp("x", "d1", { leave: [leave] }), period, undefined)).toBe(expected);
  });

  it("the 100th team is T100, the 101st T101, in creation order; their streams are named so", () => {
    const objects = Array.from({ length: 101 }, (_, i) => obj(i));
    const inspectors = pool(202);
    const ws = model({ objects, inspectors, campaign: { objectsPerTeam: 1 } });
    const record = drawCampaign(input(ws));
    expect(record.teams.map((t) => t.id).slice(97)).toEqual(["T98", "T99", "T100", "T101"]);
    // T100's members: the candidates left after T01..T99, shuffled on the stream "team:T100 …".
    const placed = new Set(record.teams.slice(0, 99).flatMap((t) => t.members.map((m) => m.inspector)));
    const left = inspectors.filter((i) => !placed.has(i.id));
    const t100 = record.teams[99] as DrawRecord["teams"][number];
    const ranked = rankCandidates(left, t100.objects, emptyHistory(), streamLabel("T100", "d1"), record.seed.drawKey);
    expect(t100.members.map((m) => m.inspector)).toEqual(ranked.slice(0, 2).map((i) => i.id));
    expect(streamLabel("T100", "d1")).toBe("team:T100\ndepartment:d1");
  });
});

// ---------------------------------------------------------------- §6 substitutions

describe("§6 substitutions", () => {
  const objects = [obj(1), obj(2), obj(3), obj(4), obj(5), obj(6)];
  const base = {
    objects,
    inspectors: [...pool(4), insp("t1-001", "t1")],
    plan: { reserves: 4, tiers: { general: { ratio: 0.3, frequency: 1 } } },
    campaign: { linkage: true, objectsPerTeam: 2 },
  };
  const record = drawCampaign(input(model(base)));
  const general = record.strata.find((s) => s.tier === "general") as DrawRecord["strata"][number];
  const first = general.selected[0]?.object as string;

  it("the township's staff member counts for recusal too", () => {
    const firstReserve = general.reserve[0]?.object as string;
    const ws = model({
      ...base,
      inspectors: [...pool(4), insp("t1-001", "t1", { recusals: [{ object: firstReserve, reason: "亲属" }] })],
    });
    const withRecusal = drawCampaign(input(ws));
    expect(withRecusal.teams[0]?.members.map((m) => m.role)).toContain("township");
    expect(nextReserve(withRecusal, ws, first).replacement).toBe(general.reserve[1]?.object);
    expect(nextReserve(withRecusal, model(base), first).replacement).toBe(firstReserve);
  });

  it("a replacement can be replaced; an object already replaced cannot be substituted again", () => {
    const ws = model(base);
    const s1 = nextReserve(record, ws, first);
    const after1: DrawRecord = { ...record, substitutions: [{ ...s1, reason: "注销" }] };
    expect(() => nextReserve(after1, ws, first)).toThrow(/substitute-not-drawn/);
    const s2 = nextReserve(after1, ws, s1.replacement);
    expect(s2.replacement).toBe(general.reserve[1]?.object);
    const after2: DrawRecord = { ...after1, substitutions: [...after1.substitutions, { ...s2, reason: "搬迁" }] };
    // §7: only the last one in the chain was visited.
    const h = historyFrom([{ ...after2, campaign: "OTHER" }], 2026, "C-01");
    expect(h.drawsThisYear[first]).toBeUndefined();
    expect(h.drawsThisYear[s1.replacement]).toBeUndefined();
    expect(h.drawsThisYear[s2.replacement]).toBe(1);
  });
});

// ---------------------------------------------------------------- §7 history

describe("§7 history", () => {
  const ws = model({
    objects: [obj(1), obj(2)],
    inspectors: pool(6),
    plan: { tiers: { general: { ratio: 1, frequency: 1 } } },
  });
  const a = { ...drawCampaign(input(ws)), campaign: "A" };
  const b = { ...drawCampaign(input(ws, { seed: [{ label: "x", digits: "27182818284590452353" }] })), campaign: "B" };

  it("'most recently' is ledger order of the draws, loads count every team membership, the year is the plan's", () => {
    const ab = historyFrom([a, b], 2026, "C-01");
    const ba = historyFrom([b, a], 2026, "C-01");
    const members = (r: DrawRecord) => (r.teams[0]?.members.map((m) => m.inspector) ?? []).sort();
    expect(ab.lastInspectors[obj(1).id]).toEqual(members(b));
    expect(ba.lastInspectors[obj(1).id]).toEqual(members(a));
    expect(ab.drawsThisYear[obj(1).id]).toBe(2);
    for (const m of [...members(a), ...members(b)])
      expect(ab.loads[m]).toBe([a, b].filter((r) => members(r).includes(m)).length);
    // A record of the 2025 plan counts for 2025, whatever its dates; the campaign drawn never counts.
    expect(historyFrom([{ ...a, year: 2025 }, b], 2026, "C-01").drawsThisYear[obj(1).id]).toBe(1);
    expect(historyFrom([a, b], 2026, "A").drawsThisYear[obj(1).id]).toBe(1);
  });
});

// ---------------------------------------------------------------- §8 commitment

describe("§8 the commitment a record names", () => {
  it("must be the population digest of the record's own strata", () => {
    const ws = model({ objects: [obj(1), obj(2), obj(3)], inspectors: pool(4) });
    const population = campaignPopulation(ws, "C-01", emptyHistory());
    const good = drawCampaign(input(ws, { commitment: { ledgerSeq: 1, digest: population.digest } }));
    expect(compareRecords(good, good)).toEqual([]);
    const other = { ...good, commitment: { ledgerSeq: 1, digest: "a".repeat(64) } };
    expect(compareRecords(other, other)).toEqual([expect.stringMatching(/^commitment: the record's strata give/)]);
  });
});
