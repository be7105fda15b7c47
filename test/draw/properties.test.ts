import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { campaignPopulation } from "../../src/draw/population.js";
import { drawCampaign, type DrawInput } from "../../src/draw/draw-campaign.js";
import { DrawError } from "../../src/draw/draw-error.js";
import type { DrawHistory } from "../../src/draw/history.js";
import type { DrawRecord } from "../../src/draw/record.js";
import { canonicalJson } from "../../src/util/canonical-json.js";
import {
  defaultPolicy,
  type AnnualPlan,
  type Campaign,
  type InspectionObject,
  type Inspector,
  type Item,
  type Located,
  type ResolvedPolicy,
  type Workspace,
} from "../../src/registries/model.js";
import { codeUnitOrder, specRoute, specSampleSize, specShuffle, specStream, specTicket } from "./independent.js";

/**
 * Properties of the pure draw (src/draw) on small generated workspaces, built directly as the
 * Workspace model of src/registries/model.ts. The expected values are computed here from SPEC.md.
 */

const TOWNSHIPS = ["t1", "t2", "t3"] as const;
const COUNTY = ["d1", "d2", "d3"] as const;
const QUALS = ["q1", "q2"] as const;
const START = "2026-04-13";
const END = "2026-04-24";
const TIERS = ["trusted", "general", "focus"] as const;
const tool = { name: "checkonce", version: "test", seedrandom: "3.0.5" };

// ---------------------------------------------------------------- generators

const coordinate = fc.record({
  lat: fc.integer({ min: 0, max: 6 }).map((x) => 35 + x / 100),
  lng: fc.integer({ min: 0, max: 6 }).map((x) => 110 + x / 100),
});

/** A value with its relative weight: realistic registries are mostly active, mostly drawable. */
const weighted = <T>(...pairs: [T, number][]): fc.Arbitrary<T> =>
  fc.oneof(...pairs.map(([v, weight]) => ({ arbitrary: fc.constant(v), weight })));

const objectSpec = fc.record({
  category: weighted<string>(["c1", 3], ["c2", 2], ["c3", 1]),
  township: fc.constantFrom(...TOWNSHIPS),
  status: weighted<string>(["active", 12], ["closed", 1], ["suspended", 1], ["revoked", 1]),
  creditGrade: fc.constantFrom("A", "B", "B", "C", "D"),
  complaints12m: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  dailySupervisionConcern: fc.option(fc.boolean(), { nil: undefined }),
  tier: fc.option(fc.constantFrom(...TIERS), { nil: undefined, freq: 4 }),
  coordinates: fc.option(coordinate, { nil: undefined }),
  address: fc.constantFrom("东街1号", "东街2号", "西街1号", "北街"),
  upper: weighted<string | undefined>([undefined, 12], ["2026-02-01", 1], ["2025-12-31", 1]),
  drawn: weighted([0, 12], [1, 2], [2, 1], [3, 1]),
  capOverride: weighted([false, 5], [true, 1]),
  excludedByHand: weighted([false, 10], [true, 1]),
});

const inspectorSpec = fc.record({
  status: weighted<string>(["active", 10], ["inactive", 1]),
  validFrom: weighted(["2020-01-01", 10], ["2026-04-13", 1], ["2026-04-14", 1]),
  validTo: weighted(["2030-01-01", 10], ["2026-04-24", 1], ["2026-04-23", 1]),
  quals: weighted<string[]>([["q1", "q2"], 6], [["q1"], 2], [["q2"], 2], [[], 1]),
  leave: weighted<string[] | undefined>(
    [undefined, 12],
    [["2026-04-24", "2026-04-30"], 1],
    [["2026-04-01", "2026-04-12"], 1],
    [["2026-04-01", "2026-04-13"], 1],
    [["2026-04-25", "2026-05-01"], 1],
  ),
  recusals: fc.array(fc.nat(), { maxLength: 1 }),
  lastVisited: fc.array(fc.nat(), { maxLength: 2 }),
  load: fc.constantFrom(0, 0, 1, 2),
});

const taskSpec = fc.record({
  department: fc.constantFrom(...COUNTY),
  inspectors: fc.integer({ min: 1, max: 3 }),
  qualification: fc.option(fc.constantFrom(...QUALS), { nil: undefined, freq: 2 }),
});
const tierPolicy = fc.record({
  ratio: weighted([0.3, 3], [0.5, 3], [0.15, 2], [1, 1], [0.25, 2], [0.1, 2], [0, 1]),
  frequency: weighted([2, 6], [1, 3], [0, 1]),
});
const itemSpec = fc.record({
  category: fc.constantFrom("c1", "c2"),
  tasks: fc.uniqueArray(taskSpec, { minLength: 1, maxLength: 2, selector: (t) => t.department }),
  tiers: fc.record({ trusted: tierPolicy, general: tierPolicy, focus: tierPolicy }),
  published: weighted([true, 5], [false, 1]),
});

const scenarioSpec = fc.record({
  objects: fc.array(objectSpec, { minLength: 8, maxLength: 30 }),
  inspectorsPer: fc.record({
    d1: fc.array(inspectorSpec, { minLength: 8, maxLength: 18 }),
    d2: fc.array(inspectorSpec, { minLength: 8, maxLength: 18 }),
    d3: fc.array(inspectorSpec, { minLength: 8, maxLength: 18 }),
    t1: fc.array(inspectorSpec, { minLength: 2, maxLength: 6 }),
    t2: fc.array(inspectorSpec, { minLength: 2, maxLength: 6 }),
    t3: fc.array(inspectorSpec, { minLength: 2, maxLength: 6 }),
  }),
  items: fc.array(itemSpec, { minLength: 1, maxLength: 2 }),
  planTiers: fc.option(
    fc.record({
      trusted: fc.option(tierPolicy, { nil: undefined }),
      general: fc.option(tierPolicy, { nil: undefined }),
      focus: fc.option(tierPolicy, { nil: undefined }),
    }),
    { nil: undefined },
  ),
  rounding: fc.option(weighted<"up" | "down" | "nearest">(["up", 4], ["down", 1], ["nearest", 1]), { nil: undefined }),
  planReserves: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  policy: fc.record({
    yearlyCap: fc.integer({ min: 1, max: 2 }),
    reservesPerStratum: fc.integer({ min: 0, max: 3 }),
    rounding: weighted<"up" | "down" | "nearest">(["up", 4], ["down", 1], ["nearest", 1]),
  }),
  round: weighted([1, 3], [2, 1]),
  townships: fc.option(fc.subarray([...TOWNSHIPS], { minLength: 2 }), { nil: undefined }),
  linkage: fc.constantFrom(undefined, true, false),
  objectsPerTeam: weighted([1, 2], [2, 3], [3, 2], [4, 1]),
  seed: fc.stringMatching(/^[0-9]{20,24}$/),
  permutation: fc.integer(),
});
type Scenario = typeof scenarioSpec extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------- building the model

const located = <T>(values: readonly T[], file: (i: number) => string, key: string): Located<T>[] =>
  values.map((value, i) => ({ value, file: file(i), pointer: `/${key}/${i}` }));

interface Built {
  input: DrawInput;
  objects: InspectionObject[];
  inspectors: Inspector[];
  items: Item[];
  plan: AnnualPlan;
  campaign: Campaign;
  policy: ResolvedPolicy;
  upper: { object: string; date: string }[];
}

function build(s: Scenario): Built {
  const objects: InspectionObject[] = s.objects.map((o, i) => ({
    // Ids deliberately not in generation order, so that sorting matters.
    id: `9${String((i * 7919) % 1000).padStart(3, "0")}X${i}`,
    name: `对象${i}`,
    category: o.category,
    scene: "s",
    township: o.township,
    address: o.address,
    status: o.status as InspectionObject["status"],
    creditGrade: o.creditGrade as InspectionObject["creditGrade"],
    ...(o.complaints12m !== undefined ? { complaints12m: o.complaints12m } : {}),
    ...(o.dailySupervisionConcern !== undefined ? { dailySupervisionConcern: o.dailySupervisionConcern } : {}),
    ...(o.tier !== undefined ? { tier: o.tier } : {}),
    ...(o.coordinates !== undefined ? { coordinates: o.coordinates } : {}),
  }));
  const ids = objects.map((o) => o.id);
  const pickObject = (n: number) => ids[n % Math.max(1, ids.length)];
  const inspectors: Inspector[] = [];
  const lastInspectors: Record<string, string[]> = {};
  const loads: Record<string, number> = {};
  for (const [department, list] of Object.entries(s.inspectorsPer)) {
    list.forEach((p, k) => {
      const id = `${department}-${String(((k * 37) % 100) + 100)}-${k}`;
      const recusals =
        ids.length === 0
          ? []
          : [...new Set(p.recusals.map(pickObject) as string[])].map((object) => ({ object, reason: "回避" }));
      inspectors.push({
        id,
        name: `人员${id}`,
        department,
        certificate: { number: `C${id}`, validFrom: p.validFrom, validTo: p.validTo },
        qualifications: department.startsWith("t") ? ["综合执法"] : [...p.quals],
        status: p.status as Inspector["status"],
        ...(p.leave ? { leave: [{ from: p.leave[0] as string, to: p.leave[1] as string }] } : {}),
        ...(recusals.length > 0 ? { recusals } : {}),
      });
      if (p.load > 0) loads[id] = p.load;
      if (ids.length > 0)
        for (const n of p.lastVisited)
          lastInspectors[pickObject(n) as string] = [
            ...new Set([...(lastInspectors[pickObject(n) as string] ?? []), id]),
          ].sort(codeUnitOrder);
    });
  }
  const items: Item[] = s.items.map((it, k) => ({
    id: `IT-${k + 1}`,
    category: it.category,
    scene: "s",
    status: it.published || k === 0 ? "published" : "approved",
    lead: it.tasks[0]?.department ?? "d1",
    joint: it.tasks.slice(1).map((t) => t.department),
    tasks: it.tasks.map((t) => ({
      department: t.department,
      inspectors: t.inspectors,
      ...(t.qualification ? { qualification: t.qualification } : {}),
      checks: [{ content: "x", requirement: "y", legalBasis: "z" }],
    })) as unknown as Item["tasks"],
    tiers: it.tiers,
    method: ["onsite"],
  }));
  const planTiers = s.planTiers
    ? Object.fromEntries(Object.entries(s.planTiers).filter(([, v]) => v !== undefined))
    : undefined;
  const plan: AnnualPlan = {
    id: "2026-p",
    year: 2026,
    lead: "d1",
    // Only published items: an unpublished one is refused outright (tested on its own).
    items: items.filter((i) => i.status === "published").map((i) => i.id) as AnnualPlan["items"],
    ...(planTiers ? { tiers: planTiers } : {}),
    ...(s.rounding ? { rounding: s.rounding } : {}),
    ...(s.planReserves !== undefined ? { reserves: s.planReserves } : {}),
    filedOn: "2026-01-10",
  };
  const campaign: Campaign = {
    id: "2026-C-01",
    plan: plan.id,
    round: s.round,
    startDate: START,
    endDate: END,
    objectsPerTeam: s.objectsPerTeam,
    ...(s.townships ? { townships: [...s.townships] } : {}),
    ...(s.linkage !== undefined ? { linkage: s.linkage } : {}),
    exclusions: objects
      .filter((_, i) => s.objects[i]?.excludedByHand)
      .map((o) => ({ object: o.id, reason: "人工排除" })),
    capOverrides: objects.filter((_, i) => s.objects[i]?.capOverride).map((o) => ({ object: o.id, reason: "经同意" })),
  };
  const upper = objects.flatMap((o, i) =>
    s.objects[i]?.upper ? [{ object: o.id, date: s.objects[i]?.upper as string, body: "up" }] : [],
  );
  const drawsThisYear = Object.fromEntries(
    objects.flatMap((o, i) => ((s.objects[i]?.drawn ?? 0) > 0 ? [[o.id, s.objects[i]?.drawn as number]] : [])),
  );
  const policy: ResolvedPolicy = { ...defaultPolicy, ...s.policy };
  const departments = [
    ...COUNTY.map((id) => ({ id, name: id, kind: "county" as const })),
    ...TOWNSHIPS.map((id) => ({ id, name: id, kind: "township" as const })),
    { id: "up", name: "up", kind: "upper" as const },
  ];
  const ws: Workspace = {
    root: "/nonexistent",
    config: { county: { name: "测试县", areaCode: "140821" }, locale: "zh", policy },
    departments: located(departments, () => "departments.yaml", "departments"),
    objects: located(objects, () => "objects.yaml", "objects"),
    inspectors: located(inspectors, () => "inspectors.yaml", "inspectors"),
    items: located(items, () => "items.yaml", "items"),
    annualPlans: located([plan], () => "plans.yaml", "annualPlans"),
    campaigns: located([campaign], () => "plans.yaml", "campaigns"),
    upperInspected: located(upper, () => "upper-inspected.yaml", "upperInspected"),
    files: [],
    brokenIds: new Set(),
  };
  const history: DrawHistory = { drawsThisYear, lastInspectors, loads };
  const seedText = s.seed;
  const input: DrawInput = {
    ws,
    campaign: campaign.id,
    seed: [
      { label: "县市场监管局", digits: seedText.slice(0, 10) },
      { label: "县应急管理局", digits: seedText.slice(10) },
    ],
    history,
    attempt: 1,
    commitment: null,
    inputs: [],
    tool,
  };
  return { input, objects, inspectors, items, plan, campaign, policy, upper };
}

type Outcome = { record: DrawRecord } | { error: DrawError };

function run(input: DrawInput): Outcome {
  try {
    return { record: drawCampaign(input) };
  } catch (error) {
    if (error instanceof DrawError) return { error };
    throw error; // anything else is a crash: the property fails
  }
}

/** A deterministic permutation from one integer (the property's randomness comes from fast-check). */
function permute<T>(list: readonly T[], seed: number): T[] {
  let x = seed | 0 || 1;
  const keyed = list.map((v) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return { v, k: x >>> 0 };
  });
  return keyed.sort((a, b) => a.k - b.k).map((e) => e.v);
}

// ---------------------------------------------------------------- the spec's rules, independently

function tierOf(o: InspectionObject, policy: ResolvedPolicy): string {
  if (o.tier) return o.tier;
  for (const rule of policy.tierRules) {
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
  return policy.defaultTier;
}

/** §2: the first reason that excludes an object, or undefined when eligible. */
function exclusionOf(o: InspectionObject, b: Built): string | undefined {
  if (o.status !== "active") return "not-active";
  const override = (b.campaign.capOverrides ?? []).some((c) => c.object === o.id);
  if (!override && (b.input.history.drawsThisYear[o.id] ?? 0) >= b.policy.yearlyCap) return "yearly-cap";
  if (b.upper.some((u) => u.object === o.id && u.date.startsWith("2026-"))) return "upper-inspected";
  if ((b.campaign.exclusions ?? []).some((e) => e.object === o.id)) return "by-hand";
  return undefined;
}

/** §2 scope: items in sorted order, an object belongs to the first item whose category and scene it has. */
function itemOfObject(o: InspectionObject, b: Built): Item | undefined {
  if (b.campaign.townships && !b.campaign.townships.includes(o.township)) return undefined;
  const items = b.items.filter((i) => b.plan.items.includes(i.id)).sort((x, y) => codeUnitOrder(x.id, y.id));
  return items.find((i) => i.category === o.category && i.scene === o.scene);
}

function expectedStrata(b: Built) {
  const items = b.items.filter((i) => b.plan.items.includes(i.id)).sort((x, y) => codeUnitOrder(x.id, y.id));
  return items.flatMap((item) =>
    TIERS.map((tier) => {
      const members = b.objects
        .filter((o) => itemOfObject(o, b) === item && tierOf(o, b.policy) === tier)
        .sort((x, y) => codeUnitOrder(x.id, y.id));
      const eligible = members.filter((o) => exclusionOf(o, b) === undefined).map((o) => o.id);
      const excluded = members.flatMap((o) => (exclusionOf(o, b) ? [{ object: o.id, reason: exclusionOf(o, b) }] : []));
      const { ratio, frequency } = b.plan.tiers?.[tier] ?? item.tiers[tier];
      const millionths = BigInt(Math.round(Number(ratio.toFixed(6)) * 1e6));
      const toDraw =
        b.campaign.round > frequency
          ? 0
          : Number(specSampleSize(millionths, BigInt(eligible.length), b.plan.rounding ?? b.policy.rounding));
      // checkonce-draw/2 (SPEC.md §3): a stratum that sits the round out keeps no reserves.
      const wanted = b.campaign.round > frequency ? 0 : (b.plan.reserves ?? b.policy.reservesPerStratum);
      const reserves = Math.min(wanted, eligible.length - toDraw);
      return { id: `${item.id}/${tier}`, eligible, excluded, toDraw, reserves };
    }),
  );
}

// ---------------------------------------------------------------- properties

const RUNS = 150;
const stats = { drawn: 0, infeasible: 0, withTeams: 0, multiTeamTownship: 0 };

describe("the draw on generated workspaces", () => {
  it("same inputs ⇒ the same record, and the inputs are not modified", () => {
    fc.assert(
      fc.property(scenarioSpec, (s) => {
        const b = build(s);
        const before = canonicalJson({ ...b.input, ws: { ...b.input.ws, brokenIds: [] } });
        const first = run(b.input);
        const again = run(build(s).input);
        expect(canonicalJson({ ...b.input, ws: { ...b.input.ws, brokenIds: [] } })).toBe(before);
        if ("record" in first) {
          stats.drawn++;
          if (first.record.teams.length > 0) stats.withTeams++;
          if (new Set(first.record.teams.map((t) => t.township)).size < first.record.teams.length)
            stats.multiTeamTownship++;
          expect("record" in again && canonicalJson(again.record)).toBe(canonicalJson(first.record));
        } else {
          stats.infeasible++;
          expect("error" in again && [again.error.key, again.error.params]).toEqual([
            first.error.key,
            first.error.params,
          ]);
        }
      }),
      { numRuns: RUNS },
    );
    // The generator must mostly produce drawable workspaces, or the other properties prove little.
    expect(stats.drawn).toBeGreaterThan(RUNS * 0.5);
    expect(stats.withTeams).toBeGreaterThan(RUNS * 0.3);
    expect(stats.multiTeamTownship).toBeGreaterThan(0);
  });

  it("reordering objects, inspectors, items, plans, upper inspections and seed parts, and splitting files, changes nothing", () => {
    fc.assert(
      fc.property(scenarioSpec, (s) => {
        const b = build(s);
        const ws = b.input.ws;
        const p = s.permutation;
        const shuffled: Workspace = {
          ...ws,
          objects: permute(ws.objects, p).map((o, i) => ({
            ...o,
            file: `objects/${["a", "b", "c"][i % 3]}.yaml`,
            pointer: `/objects/${Math.floor(i / 3)}`,
          })),
          inspectors: permute(ws.inspectors, p + 1).map((o, i) => ({
            ...o,
            file: `inspectors/${o.value.department}.yaml`,
            pointer: `/inspectors/${i}`,
          })),
          items: permute(ws.items, p + 2),
          annualPlans: [
            {
              ...(ws.annualPlans[0] as Located<AnnualPlan>),
              value: { ...b.plan, items: permute(b.plan.items, p + 9) as AnnualPlan["items"] },
            },
          ],
          departments: permute(ws.departments, p + 3),
          upperInspected: permute(ws.upperInspected, p + 4),
          campaigns: permute(
            [
              ...ws.campaigns,
              { value: { ...b.campaign, id: "2026-C-02" }, file: "plans.yaml", pointer: "/campaigns/1" },
            ],
            p + 5,
          ),
        };
        const history: DrawHistory = {
          drawsThisYear: Object.fromEntries(permute(Object.entries(b.input.history.drawsThisYear), p + 6)),
          lastInspectors: Object.fromEntries(permute(Object.entries(b.input.history.lastInspectors), p + 7)),
          loads: Object.fromEntries(permute(Object.entries(b.input.history.loads), p + 8)),
        };
        const a = run(b.input);
        const c = run({ ...b.input, ws: shuffled, history, seed: [...b.input.seed].reverse() });
        if ("record" in a) {
          expect("record" in c).toBe(true);
          if ("record" in c)
            expect(canonicalJson({ ...c.record, seed: { ...c.record.seed, parts: [] } })).toBe(
              canonicalJson({ ...a.record, seed: { ...a.record.seed, parts: [] } }),
            );
        } else expect("error" in c && [c.error.key, c.error.params]).toEqual([a.error.key, a.error.params]);
      }),
      { numRuns: RUNS },
    );
  });

  it("strata: the eligible set, each exclusion's first reason, the sizes of §3, tickets in order", () => {
    fc.assert(
      fc.property(scenarioSpec, (s) => {
        const b = build(s);
        const population = campaignPopulation(b.input.ws, b.campaign.id, b.input.history);
        const expected = expectedStrata(b);
        expect(
          population.strata.map((x) => ({
            id: x.id,
            eligible: x.eligible,
            excluded: x.excluded,
            toDraw: x.toDraw,
            reserves: x.reserves,
          })),
        ).toEqual(expected);
        const out = run(b.input);
        if (!("record" in out)) return;
        const key = out.record.seed.drawKey;
        for (const [k, st] of out.record.strata.entries()) {
          const e = expected[k] as (typeof expected)[number];
          expect(st.selected).toHaveLength(e.toDraw);
          expect(st.reserve).toHaveLength(e.reserves);
          const ranked = e.eligible
            .map((object) => ({ object, ticket: specTicket(key, e.id, object) }))
            .sort((x, y) => codeUnitOrder(x.ticket, y.ticket));
          expect([...st.selected, ...st.reserve]).toEqual(ranked.slice(0, e.toDraw + e.reserves));
        }
        // One visit per object per campaign: no object in two strata.
        const all = out.record.strata.flatMap((x) => [...x.selected, ...x.reserve, ...x.excluded].map((p) => p.object));
        expect(new Set(all).size).toBe(all.length);
      }),
      { numRuns: RUNS },
    );
  });

  it("no excluded or out-of-scope object is ever selected or reserved", () => {
    fc.assert(
      fc.property(scenarioSpec, (s) => {
        const b = build(s);
        const out = run(b.input);
        if (!("record" in out)) return;
        const byId = new Map(b.objects.map((o) => [o.id, o]));
        for (const st of out.record.strata) {
          for (const p of [...st.selected, ...st.reserve]) {
            const o = byId.get(p.object) as InspectionObject;
            expect(o.status, p.object).toBe("active");
            expect(
              b.upper.some((u) => u.object === o.id && u.date.startsWith("2026-")),
              `${o.id} upper-inspected`,
            ).toBe(false);
            expect(
              (b.campaign.exclusions ?? []).some((e) => e.object === o.id),
              `${o.id} by hand`,
            ).toBe(false);
            const capped = (b.input.history.drawsThisYear[o.id] ?? 0) >= b.policy.yearlyCap;
            const overridden = (b.campaign.capOverrides ?? []).some((c) => c.object === o.id);
            expect(capped && !overridden, `${o.id} at the yearly cap`).toBe(false);
            expect(itemOfObject(o, b)?.id, `${o.id} in scope of ${st.item}`).toBe(st.item);
            expect(tierOf(o, b.policy)).toBe(st.tier);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("every team rule of §5 holds", () => {
    fc.assert(
      fc.property(scenarioSpec, (s) => {
        const b = build(s);
        const out = run(b.input);
        if (!("record" in out)) return;
        const record = out.record;
        const objects = new Map(b.objects.map((o) => [o.id, o]));
        const inspectors = new Map(b.inspectors.map((i) => [i.id, i]));
        const selected = record.strata.flatMap((st) => st.selected.map((p) => ({ object: p.object, item: st.item })));
        const itemOf = new Map(selected.map((x) => [x.object, b.items.find((i) => i.id === x.item) as Item]));
        // Every selected object is in exactly one team; teams hold nothing else.
        expect(record.teams.flatMap((t) => t.objects).sort()).toEqual(selected.map((x) => x.object).sort());
        const seen = new Set<string>();
        const townships = [...new Set(selected.map((x) => objects.get(x.object)?.township as string))].sort(
          codeUnitOrder,
        );
        expect([...new Set(record.teams.map((t) => t.township))]).toEqual(townships);
        for (const township of townships) {
          const teams = record.teams.filter((t) => t.township === township);
          const m = teams.reduce((n, t) => n + t.objects.length, 0);
          expect(teams).toHaveLength(Math.ceil(m / b.campaign.objectsPerTeam));
          const sizes = teams.map((t) => t.objects.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          expect(sizes).toEqual([...sizes].sort((x, y) => y - x)); // the larger teams first
          // Route order (§5): nearest neighbour on a coarse grid, so that ties and their id order matter.
          const here = selected
            .map((x) => objects.get(x.object) as InspectionObject)
            .filter((o) => o.township === township);
          expect(teams.flatMap((t) => t.objects)).toEqual(specRoute(here).map((o) => o.id));
        }
        record.teams.forEach((team, k) => {
          expect(team.id).toBe(`T${String(k + 1).padStart(2, "0")}`);
          expect(team.objects.length).toBeGreaterThan(0);
          expect(team.objects.length).toBeLessThanOrEqual(b.campaign.objectsPerTeam);
          for (const o of team.objects) expect(objects.get(o)?.township).toBe(team.township);
          const tasks = team.objects.flatMap((o) => itemOf.get(o)?.tasks ?? []);
          const departments = [...new Set(tasks.map((t) => t.department))].sort(codeUnitOrder);
          for (const d of departments) {
            const need = Math.max(2, ...tasks.filter((t) => t.department === d).map((t) => t.inspectors));
            const quals = tasks
              .filter((t) => t.department === d && t.qualification)
              .map((t) => t.qualification as string);
            const sent = team.members.filter((m) => m.department === d && m.role !== "township");
            expect(sent, `${team.id} ${d}`).toHaveLength(need);
            for (const m of sent)
              for (const q of quals)
                expect(inspectors.get(m.inspector)?.qualifications, `${m.inspector} holds ${q}`).toContain(q);
          }
          const linkage = b.campaign.linkage !== false;
          expect(team.members.filter((m) => m.role === "township").map((m) => m.department)).toEqual(
            linkage ? [team.township] : [],
          );
          expect(
            team.members.filter((m) => m.role !== "township").every((m) => departments.includes(m.department)),
          ).toBe(true);
          for (const m of team.members) {
            const i = inspectors.get(m.inspector) as Inspector;
            expect(seen.has(i.id), `${i.id} in two teams`).toBe(false);
            seen.add(i.id);
            expect(i.department).toBe(m.department);
            expect(i.status).toBe("active");
            expect(i.certificate.validFrom <= START && i.certificate.validTo >= END, `${i.id} certificate`).toBe(true);
            expect(
              (i.leave ?? []).some((l) => l.from <= END && START <= l.to),
              `${i.id} on leave`,
            ).toBe(false);
            expect(
              (i.recusals ?? []).some((r) => team.objects.includes(r.object)),
              `${i.id} recused`,
            ).toBe(false);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("members are exactly those §5 steps 1–5 choose, recomputed with the test's own ARC4 and Fisher–Yates", () => {
    let preferenceDecided = 0;
    fc.assert(
      fc.property(scenarioSpec, (s) => {
        const b = build(s);
        const out = run(b.input);
        if (!("record" in out)) return;
        const { record } = out;
        const h = b.input.history;
        const itemOf = new Map(
          record.strata.flatMap((st) =>
            st.selected.map((p) => [p.object, b.items.find((i) => i.id === st.item) as Item] as const),
          ),
        );
        const placed = new Set<string>();
        for (const team of record.teams) {
          const tasks = team.objects.flatMap((o) => itemOf.get(o)?.tasks ?? []);
          const needs = [...new Set(tasks.map((t) => t.department))].sort(codeUnitOrder).map((department) => ({
            department,
            count: Math.max(
              b.policy.minInspectorsPerDepartment,
              ...tasks.filter((t) => t.department === department).map((t) => t.inspectors),
            ),
            quals: tasks
              .filter((t) => t.department === department && t.qualification)
              .map((t) => t.qualification as string),
          }));
          if (b.campaign.linkage !== false) needs.push({ department: team.township, count: 1, quals: [] });
          const expected: string[] = [];
          for (const need of needs) {
            const candidates = b.inspectors
              .filter(
                (i) =>
                  i.department === need.department &&
                  i.status === "active" &&
                  i.certificate.validFrom <= START &&
                  i.certificate.validTo >= END &&
                  !(i.leave ?? []).some((l) => l.from <= END && START <= l.to) &&
                  need.quals.every((q) => (i.qualifications ?? []).includes(q)) &&
                  !placed.has(i.id) &&
                  !(i.recusals ?? []).some((r) => team.objects.includes(r.object)),
              )
              .map((i) => i.id)
              .sort(codeUnitOrder);
            const shuffled = specShuffle(
              specStream(record.seed.drawKey, `team:${team.id}\ndepartment:${need.department}`),
              candidates,
            );
            const revisit = (id: string) =>
              team.objects.some((o) => (h.lastInspectors[o] ?? []).includes(id)) ? 1 : 0;
            const ranked = shuffled
              .map((id, position) => ({ id, position, revisit: revisit(id), load: h.loads[id] ?? 0 }))
              .sort((x, y) => x.revisit - y.revisit || x.load - y.load || x.position - y.position);
            if (
              ranked
                .slice(0, need.count)
                .map((r) => r.id)
                .join() !== shuffled.slice(0, need.count).join()
            )
              preferenceDecided++;
            for (const r of ranked.slice(0, need.count)) {
              expected.push(r.id);
              placed.add(r.id);
            }
          }
          expect(
            team.members.map((m) => m.inspector),
            team.id,
          ).toEqual(expected);
        }
      }),
      { numRuns: RUNS },
    );
    // Loads and last inspectors must have decided some choices, or step 4 went untested.
    expect(preferenceDecided).toBeGreaterThan(0);
  });

  it("reserves are prefix-stable: a higher ratio or more reserves extends the list, never changes earlier picks", () => {
    fc.assert(
      fc.property(scenarioSpec, fc.integer({ min: 1, max: 3 }), (s, extra) => {
        const b = build(s);
        const before = run(b.input);
        if (!("record" in before)) return;
        // The ratio in force (the plan's, else the item's), raised; every tier takes part in this round.
        const raised = (i: Item, tier: (typeof TIERS)[number]) => ({
          ratio: Math.min(1, (b.plan.tiers?.[tier] ?? i.tiers[tier]).ratio + 0.25),
          frequency: 2,
        });
        const items = b.items.map((i) => ({
          ...i,
          tiers: { trusted: raised(i, "trusted"), general: raised(i, "general"), focus: raised(i, "focus") },
        }));
        const plan = { ...b.plan, reserves: (b.plan.reserves ?? b.policy.reservesPerStratum) + extra };
        delete (plan as { tiers?: unknown }).tiers;
        const ws: Workspace = {
          ...b.input.ws,
          items: b.input.ws.items.map((l, k) => ({ ...l, value: items[k] as Item })),
          annualPlans: [{ value: plan, file: "plans.yaml", pointer: "/annualPlans/0" }],
        };
        const after = campaignPopulation(ws, b.campaign.id, b.input.history);
        const key = before.record.seed.drawKey;
        for (const st of before.record.strata) {
          const grown = after.strata.find((x) => x.id === st.id);
          expect(grown?.toDraw).toBeGreaterThanOrEqual(st.toDraw);
          expect((grown?.toDraw ?? 0) + (grown?.reserves ?? 0)).toBeGreaterThanOrEqual(st.toDraw + st.reserves);
        }
        const out = run({ ...b.input, ws });
        if (!("record" in out)) return; // more objects can need more inspectors than there are
        for (const st of before.record.strata) {
          const grown = out.record.strata.find((x) => x.id === st.id) as DrawRecord["strata"][number];
          const old = [...st.selected, ...st.reserve];
          expect([...grown.selected, ...grown.reserve].slice(0, old.length)).toEqual(old);
          expect(grown.selected.slice(0, st.selected.length)).toEqual(st.selected);
          for (const p of grown.selected) expect(p.ticket).toBe(specTicket(key, st.id, p.object));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("adding an unrelated object changes nobody else's ticket", () => {
    fc.assert(
      fc.property(scenarioSpec, (s) => {
        const b = build(s);
        const before = run(b.input);
        if (!("record" in before)) return;
        const extra: InspectionObject = {
          id: "9ZZZ-EXTRA",
          name: "新增",
          category: "c3",
          scene: "s",
          township: "t1",
          address: "x",
          status: "active",
          creditGrade: "B",
        };
        const ws = {
          ...b.input.ws,
          objects: [...b.input.ws.objects, { value: extra, file: "objects/new.yaml", pointer: "/objects/0" }],
        };
        const after = run({ ...b.input, ws });
        expect("record" in after && canonicalJson(after.record)).toBe(canonicalJson(before.record));
      }),
      { numRuns: 50 },
    );
  });
});

describe("infeasible draws", () => {
  /** One item needing `needed` of d1 (and nothing else), `good` able inspectors and a crowd of unable ones. */
  function shortOfInspectors(needed: number, good: number, objects: number): Built {
    const s: Scenario = {
      objects: Array.from({ length: objects }, () => ({
        category: "c1",
        township: "t1",
        status: "active",
        creditGrade: "B",
        complaints12m: undefined,
        dailySupervisionConcern: undefined,
        tier: undefined,
        coordinates: undefined,
        address: "东街1号",
        upper: undefined,
        drawn: 0,
        capOverride: false,
        excludedByHand: false,
      })),
      inspectorsPer: {
        d1: [
          ...Array.from({ length: good }, () => ({
            status: "active",
            validFrom: "2020-01-01",
            validTo: "2030-01-01",
            quals: ["q1"],
            leave: undefined,
            recusals: [],
            lastVisited: [],
            load: 0,
          })),
          {
            status: "inactive",
            validFrom: "2020-01-01",
            validTo: "2030-01-01",
            quals: ["q1"],
            leave: undefined,
            recusals: [],
            lastVisited: [],
            load: 0,
          },
          {
            status: "active",
            validFrom: "2020-01-01",
            validTo: "2026-04-23",
            quals: ["q1"],
            leave: undefined,
            recusals: [],
            lastVisited: [],
            load: 0,
          },
          {
            status: "active",
            validFrom: "2026-04-14",
            validTo: "2030-01-01",
            quals: ["q1"],
            leave: undefined,
            recusals: [],
            lastVisited: [],
            load: 0,
          },
          {
            status: "active",
            validFrom: "2020-01-01",
            validTo: "2030-01-01",
            quals: ["q2"],
            leave: undefined,
            recusals: [],
            lastVisited: [],
            load: 0,
          },
          {
            status: "active",
            validFrom: "2020-01-01",
            validTo: "2030-01-01",
            quals: ["q1"],
            leave: ["2026-04-24", "2026-04-30"],
            recusals: [],
            lastVisited: [],
            load: 0,
          },
          {
            status: "active",
            validFrom: "2020-01-01",
            validTo: "2030-01-01",
            quals: ["q1"],
            leave: undefined,
            recusals: [0],
            lastVisited: [],
            load: 0,
          },
        ] as Scenario["inspectorsPer"]["d1"],
        d2: [],
        d3: [],
        t1: [
          {
            status: "active",
            validFrom: "2020-01-01",
            validTo: "2030-01-01",
            quals: [],
            leave: undefined,
            recusals: [],
            lastVisited: [],
            load: 0,
          },
        ] as Scenario["inspectorsPer"]["t1"],
        t2: [],
        t3: [],
      },
      items: [
        {
          category: "c1",
          tasks: [{ department: "d1", inspectors: needed, qualification: "q1" }],
          tiers: {
            trusted: { ratio: 1, frequency: 1 },
            general: { ratio: 1, frequency: 1 },
            focus: { ratio: 1, frequency: 1 },
          },
          published: true,
        },
      ] as Scenario["items"],
      planTiers: undefined,
      rounding: undefined,
      planReserves: undefined,
      policy: { yearlyCap: 2, reservesPerStratum: 0, rounding: "up" },
      round: 1,
      townships: undefined,
      linkage: true,
      objectsPerTeam: 5,
      seed: "12345678901234567890",
      permutation: 1,
    };
    return build(s);
  }

  it("too few inspectors: DrawError naming the department, needed and available", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 5 }),
        (needed, good, objects) => {
          fc.pre(good < needed);
          const b = shortOfInspectors(needed, good, objects);
          let thrown: unknown;
          try {
            drawCampaign(b.input);
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(DrawError);
          const e = thrown as DrawError;
          expect(e.key).toBe("draw-infeasible-inspectors");
          expect(e.params).toMatchObject({ team: "T01", township: "t1", department: "d1", needed, available: good });
        },
      ),
      { numRuns: 40 },
    );
  });

  it("exactly enough inspectors is feasible, and takes every able one", () => {
    const b = shortOfInspectors(3, 3, 2);
    const record = drawCampaign(b.input);
    expect(record.teams).toHaveLength(1);
    expect(
      record.teams[0]?.members
        .filter((m) => m.department === "d1")
        .map((m) => m.inspector)
        .sort(),
    ).toEqual(
      b.inspectors
        .filter((i) => i.department === "d1")
        .slice(0, 3)
        .map((i) => i.id)
        .sort(),
    );
  });

  it("a legal minimum of two even when the task asks for one", () => {
    const b = shortOfInspectors(1, 1, 1);
    expect(() => drawCampaign(b.input)).toThrow(DrawError);
    try {
      drawCampaign(b.input);
    } catch (error) {
      expect((error as DrawError).params).toMatchObject({ department: "d1", needed: 2, available: 1 });
    }
  });

  it("no township staff when linkage is on: DrawError naming the township, as its staff, not a department", () => {
    const b = shortOfInspectors(2, 2, 1);
    const ws = { ...b.input.ws, inspectors: b.input.ws.inspectors.filter((i) => i.value.department !== "t1") };
    expect(() => drawCampaign({ ...b.input, ws })).toThrow(
      expect.objectContaining({
        key: "draw-infeasible-township-staff",
        params: expect.objectContaining({ township: "t1", department: "t1", needed: 1, available: 0 }),
      }),
    );
    const off = {
      ...ws,
      campaigns: [{ ...ws.campaigns[0], value: { ...b.campaign, linkage: false } } as Located<Campaign>],
    };
    expect(drawCampaign({ ...b.input, ws: off }).teams[0]?.members.every((m) => m.role !== "township")).toBe(true);
  });

  it("an unpublished item is refused", () => {
    const b = shortOfInspectors(2, 2, 1);
    const ws = {
      ...b.input.ws,
      items: b.input.ws.items.map((l) => ({ ...l, value: { ...l.value, status: "approved" as const } })),
    };
    expect(() => drawCampaign({ ...b.input, ws })).toThrow(expect.objectContaining({ key: "draw-item-not-published" }));
  });
});
