import { withoutPastWarning } from "../helpers/run-cli.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { DrawRecord } from "../../src/draw/record.js";
import { cleanTemp, cli, fixturesDir, readRecordYaml, recordFile, tempWorkspace } from "./helpers.js";
import {
  codeUnitOrder,
  millionthsOf,
  specDrawKey,
  specIdsDigest,
  specRoute,
  specShuffle,
  specStream,
  specTeamSizes,
  specTicket,
  specSampleSize,
} from "./independent.js";

/**
 * SPEC.md §9 "vector-1": a small hand-written workspace, its seed and the record the tool wrote
 * once. The draw is run again through the real CLI and, separately, recomputed here from the YAML
 * with the test's own code (independent.ts), never with src/draw.
 */
const dir = join(fixturesDir, "vector-1");
const y = <T>(file: string): T => parse(readFileSync(join(dir, file), "utf8")) as T;

interface Obj {
  id: string;
  category: string;
  scene: string;
  township: string;
  address: string;
  coordinates?: { lat: number; lng: number };
  status: string;
  creditGrade: string;
  complaints12m?: number;
  dailySupervisionConcern?: boolean;
  tier?: string;
}
interface Insp {
  id: string;
  department: string;
  status: string;
  certificate: { validFrom: string; validTo: string };
  qualifications?: string[];
  leave?: { from: string; to: string }[];
  recusals?: { object: string }[];
}

type TierPolicy = { ratio: number; frequency: number };
type Tiers = Record<string, TierPolicy>;
interface Config {
  policy: {
    rounding: "up" | "down" | "nearest";
    reservesPerStratum: number;
    minInspectorsPerDepartment: number;
    defaultTier: string;
    tierRules: {
      tier: string;
      creditGrades?: string[];
      minComplaints?: number;
      maxComplaints?: number;
      dailySupervisionConcern?: boolean;
    }[];
  };
}
interface ItemYaml {
  id: string;
  category: string;
  scene: string;
  lead: string;
  tasks: { department: string; inspectors: number; qualification?: string }[];
  tiers: Tiers;
}
interface PlansYaml {
  annualPlans: { id: string; year: number; tiers?: Tiers; rounding?: "up" | "down" | "nearest"; reserves?: number }[];
  campaigns: {
    id: string;
    round: number;
    townships: string[];
    startDate: string;
    endDate: string;
    linkage?: boolean;
    objectsPerTeam: number;
    exclusions?: { object: string }[];
  }[];
}

const config = y<Config>("checkonce.yaml");
const objects = y<{ objects: Obj[] }>("objects.yaml").objects;
const inspectors = y<{ inspectors: Insp[] }>("inspectors.yaml").inspectors;
const item = y<{ items: ItemYaml[] }>("items.yaml").items[0] as ItemYaml;
const plans = y<PlansYaml>("plans.yaml");
const upper = y<{ upperInspected: { object: string; date: string }[] }>("upper-inspected.yaml").upperInspected;
const campaign = plans.campaigns[0] as PlansYaml["campaigns"][number];
const plan = plans.annualPlans[0] as PlansYaml["annualPlans"][number];
const seedParts = readFileSync(join(dir, "seed.txt"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "" && !l.startsWith("#"))
  .map((l) => {
    const [label, digits] = l.trim().split("=") as [string, string];
    return { label, digits };
  });
const expected = readRecordYaml(join(dir, "expected.draw.yaml"));

function tierOf(o: Obj): string {
  if (o.tier) return o.tier;
  for (const rule of config.policy.tierRules) {
    if (rule.creditGrades && !rule.creditGrades.includes(o.creditGrade)) continue;
    if (rule.minComplaints !== undefined && (o.complaints12m ?? 0) < rule.minComplaints) continue;
    if (rule.maxComplaints !== undefined && (o.complaints12m ?? 0) > rule.maxComplaints) continue;
    if (
      rule.dailySupervisionConcern !== undefined &&
      (o.dailySupervisionConcern ?? false) !== rule.dailySupervisionConcern
    )
      continue;
    return rule.tier;
  }
  return config.policy.defaultTier;
}

/** The whole draw of this one-item, empty-history campaign, as SPEC.md §2–§5 describe it. */
function independentDraw() {
  const key = specDrawKey(campaign.id, seedParts);
  const inScope = objects.filter(
    (o) => o.category === item.category && o.scene === item.scene && campaign.townships.includes(o.township),
  );
  const upperIds = new Set(upper.filter((u) => String(u.date).startsWith(`${plan.year}-`)).map((u) => u.object));
  const byHand = new Set((campaign.exclusions ?? []).map((e) => e.object));
  const strata = ["trusted", "general", "focus"].map((tier) => {
    const eligible: string[] = [];
    const excluded: { object: string; reason: string }[] = [];
    for (const o of inScope.filter((x) => tierOf(x) === tier).sort((a, b) => codeUnitOrder(a.id, b.id))) {
      const reason =
        o.status !== "active"
          ? "not-active"
          : upperIds.has(o.id)
            ? "upper-inspected"
            : byHand.has(o.id)
              ? "by-hand"
              : undefined;
      if (reason) excluded.push({ object: o.id, reason });
      else eligible.push(o.id);
    }
    const { ratio, frequency } = (plan.tiers?.[tier] ?? item.tiers[tier]) as TierPolicy;
    const n = eligible.length;
    const toDraw =
      campaign.round > frequency
        ? 0
        : Number(specSampleSize(millionthsOf(String(ratio)), BigInt(n), plan.rounding ?? config.policy.rounding));
    const reserves = Math.min(plan.reserves ?? config.policy.reservesPerStratum, n - toDraw);
    const id = `${item.id}/${tier}`;
    const ranked = eligible
      .map((object) => ({ object, ticket: specTicket(key, id, object) }))
      .sort((a, b) => codeUnitOrder(a.ticket, b.ticket));
    return {
      id,
      eligibleCount: n,
      eligibleDigest: specIdsDigest(eligible),
      toDraw,
      reserves,
      excluded,
      selected: ranked.slice(0, toDraw),
      reserve: ranked.slice(toDraw, toDraw + reserves),
    };
  });

  const selected = strata.flatMap((s) => s.selected.map((p) => objects.find((o) => o.id === p.object) as Obj));
  const townships = [...new Set(selected.map((o) => o.township))].sort(codeUnitOrder);
  const teams: {
    id: string;
    township: string;
    objects: string[];
    members: { inspector: string; department: string; role: string }[];
  }[] = [];
  const placed = new Set<string>();
  const { startDate, endDate } = campaign;
  for (const township of townships) {
    const route = specRoute(selected.filter((o) => o.township === township));
    let at = 0;
    for (const size of specTeamSizes(route.length, campaign.objectsPerTeam)) {
      const group = route.slice(at, at + size).map((o) => o.id);
      at += size;
      const id = `T${String(teams.length + 1).padStart(2, "0")}`;
      const needs = [...item.tasks]
        .sort((a, b) => codeUnitOrder(a.department, b.department))
        .map((t) => ({
          department: t.department,
          count: Math.max(t.inspectors, config.policy.minInspectorsPerDepartment),
          quals: t.qualification ? [t.qualification] : [],
          role: t.department === item.lead ? "lead" : "joint",
        }));
      if (campaign.linkage !== false) needs.push({ department: township, count: 1, quals: [], role: "township" });
      const members: (typeof teams)[number]["members"] = [];
      for (const need of needs) {
        const candidates = inspectors
          .filter(
            (i) =>
              i.department === need.department &&
              i.status === "active" &&
              String(i.certificate.validFrom) <= startDate &&
              String(i.certificate.validTo) >= endDate &&
              !(i.leave ?? []).some((l) => String(l.from) <= endDate && startDate <= String(l.to)) &&
              need.quals.every((q) => (i.qualifications ?? []).includes(q)) &&
              !placed.has(i.id) &&
              !(i.recusals ?? []).some((r) => group.includes(r.object)),
          )
          .map((i) => i.id)
          .sort(codeUnitOrder);
        expect(candidates.length, `${id} ${need.department}`).toBeGreaterThanOrEqual(need.count);
        // Empty history: the stable sort of §5 step 4 keeps the shuffled order.
        const chosen = specShuffle(specStream(key, `team:${id}\ndepartment:${need.department}`), candidates).slice(
          0,
          need.count,
        );
        for (const c of chosen) {
          placed.add(c);
          members.push({ inspector: c, department: need.department, role: need.role });
        }
      }
      teams.push({ id, township, objects: group, members });
    }
  }
  return { key, strata, teams };
}

describe("test vector 1 (test/fixtures/draw/vector-1)", () => {
  let ws: string;
  let record: DrawRecord;
  const mine = independentDraw();

  beforeAll(() => {
    ws = tempWorkspace(dir);
    const run = cli(["draw", campaign.id, "--seed-file", join(ws, "seed.txt")], ws);
    expect(withoutPastWarning(run.stderr)).toBe("");
    expect(run.status).toBe(0);
    record = readRecordYaml(recordFile(ws, campaign.id));
  });
  afterAll(cleanTemp);

  it("the CLI's one-go draw writes the expected strata and teams", () => {
    expect(record.seed).toEqual(expected.seed);
    expect(record.strata).toEqual(expected.strata);
    expect(record.teams).toEqual(expected.teams);
    expect(record.commitment).toBeNull();
    expect(record.attempt).toBe(1);
  });

  it("the draw key is SHA-256 of the canonical seed (§1)", () => {
    expect(record.seed.drawKey).toBe(mine.key);
  });

  it("every stratum: eligible set, exclusions, sizes (§2, §3)", () => {
    for (const s of mine.strata) {
      const r = record.strata.find((x) => x.id === s.id);
      expect(r, s.id).toBeDefined();
      expect({
        n: r?.eligibleCount,
        digest: r?.eligibleDigest,
        toDraw: r?.toDraw,
        reserves: r?.reserves,
        excluded: r?.excluded,
      }).toEqual({
        n: s.eligibleCount,
        digest: s.eligibleDigest,
        toDraw: s.toDraw,
        reserves: s.reserves,
        excluded: s.excluded,
      });
    }
    // The vector exercises each exclusion the fixture holds, and an upper inspection of last year does not count.
    expect(record.strata.flatMap((s) => s.excluded.map((e) => e.reason)).sort()).toEqual([
      "by-hand",
      "not-active",
      "upper-inspected",
    ]);
    expect(record.strata.flatMap((s) => s.selected.concat(s.reserve).map((p) => p.object))).not.toContain(
      "91140821MA0Y1JY019",
    );
  });

  it("the selected objects are exactly the lowest tickets of each stratum, the reserves the next ones (§4)", () => {
    for (const s of mine.strata) {
      const r = record.strata.find((x) => x.id === s.id) as DrawRecord["strata"][number];
      expect(r.selected).toEqual(s.selected);
      expect(r.reserve).toEqual(s.reserve);
    }
  });

  it("teams follow the township grouping, route order and cutting of §5", () => {
    expect(record.teams.map(({ id, township, objects: o }) => ({ id, township, objects: o }))).toEqual(
      mine.teams.map(({ id, township, objects: o }) => ({ id, township, objects: o })),
    );
    // The vector cuts one township of 5 into 3 + 2.
    expect(record.teams.map((t) => t.objects.length)).toEqual([3, 2]);
  });

  it("members: recomputed with an ARC4 written from §5.1 alone", () => {
    expect(record.teams.map((t) => t.members)).toEqual(mine.teams.map((t) => t.members));
  });

  it("members obey every rule (certificate, leave, qualification, recusal, one team, township staff)", () => {
    const byId = new Map(inspectors.map((i) => [i.id, i]));
    const seen = new Set<string>();
    for (const team of record.teams) {
      for (const m of team.members) {
        const i = byId.get(m.inspector) as Insp;
        expect(seen.has(i.id), `${i.id} twice`).toBe(false);
        seen.add(i.id);
        expect(i.department).toBe(m.department);
        expect(i.status).toBe("active");
        expect(
          String(i.certificate.validFrom) <= campaign.startDate && String(i.certificate.validTo) >= campaign.endDate,
        ).toBe(true);
        expect(
          (i.leave ?? []).some((l) => String(l.from) <= campaign.endDate && campaign.startDate <= String(l.to)),
        ).toBe(false);
        expect((i.recusals ?? []).some((r) => team.objects.includes(r.object))).toBe(false);
      }
      expect(team.members.filter((m) => m.role === "township").map((m) => m.department)).toEqual([team.township]);
      for (const task of item.tasks)
        expect(team.members.filter((m) => m.department === task.department)).toHaveLength(Math.max(2, task.inspectors));
    }
    // The fixture's traps: on leave, certificate a day short, no 消防 qualification, inactive, recused from a T01 object.
    for (const excluded of ["scjgj-01", "scjgj-03", "xfjy-05", "xfjy-06", "linjin-02"])
      expect(seen.has(excluded)).toBe(false);
    const t01 = record.teams[0] as DrawRecord["teams"][number];
    expect(t01.objects).toContain("92140821MA0L1N0J2L");
    expect(t01.members.map((m) => m.inspector)).not.toContain("scjgj-02");
  });

  it("verify recomputes it", () => {
    const run = cli(["verify", campaign.id], ws);
    expect(run.stdout).toContain("VERIFIED");
    expect(run.status).toBe(0);
  });
});
