import { campaignDraw } from "../../src/results/campaign-draw.js";
import { workingCalendar } from "../../src/results/calendar.js";
import type { ResultsModel, ResultState } from "../../src/results/load-results.js";
import type { Result } from "../../src/results/outcomes.js";
import { resolveConfig, type Workspace } from "../../src/registries/model.js";
import type { DrawRecord } from "../../src/draw/record.js";
import type { LedgerLine } from "../../src/ledger/ledger.js";

/**
 * A small workspace counted by hand (figures derived in report.test.ts): lead A (item I1, joint B
 * and C), lead B (item I2, no plan), townships T1 and T2, campaign C1 in 2026Q2 (drawn, redrawn
 * once, one substitution, requested by T1) and C2 in 2026Q3 (not drawn).
 */
const at = (o: Record<string, unknown>) => ({ value: o, file: "x.yaml", pointer: "" });

export function handWorkspace(): Workspace {
  const config = resolveConfig(undefined);
  config.county = { name: "测试县", areaCode: "140821" };
  const dept = (id: string, kind: string) => at({ id, name: `${id}局`, shortName: id, kind });
  const obj = (id: string, township: string) => at({ id, name: `对象${id}`, township, creditGrade: "B" });
  return {
    root: "/nonexistent",
    config,
    departments: [
      dept("A", "county"),
      dept("B", "county"),
      dept("C", "county"),
      dept("T1", "township"),
      dept("T2", "township"),
      dept("U", "upper"),
    ],
    objects: [obj("O1", "T1"), obj("O2", "T1"), obj("O3", "T2"), obj("O4", "T1")],
    inspectors: [],
    items: [at({ id: "I1", lead: "A", joint: ["B", "C"] }), at({ id: "I2", lead: "B", joint: ["A"] })],
    annualPlans: [at({ id: "P-A", year: 2026, lead: "A", items: ["I1"], filedOn: "2026-01-20", copiedTo: ["B"] })],
    campaigns: [
      at({
        id: "C1",
        name: "第一轮",
        plan: "P-A",
        round: 1,
        startDate: "2026-04-13",
        endDate: "2026-04-17",
        objectsPerTeam: 2,
        requestedBy: "T1",
      }),
      at({
        id: "C2",
        name: "第二轮",
        plan: "P-A",
        round: 2,
        startDate: "2026-07-06",
        endDate: "2026-07-10",
        objectsPerTeam: 2,
      }),
    ],
    upperInspected: [at({ object: "O3", date: "2026-05-20", body: "U" })],
    files: [],
    brokenIds: new Set(),
  } as unknown as Workspace;
}

const record = {
  campaign: "C1",
  plan: "P-A",
  year: 2026,
  attempt: 2,
  commitment: { ledgerSeq: 1, digest: "pop" },
  parameters: { endDate: "2026-04-17", startDate: "2026-04-13" },
  strata: [
    {
      id: "I1/focus",
      item: "I1",
      tier: "focus",
      toDraw: 2,
      selected: [{ object: "O1" }, { object: "O2" }],
      reserve: [{ object: "O4" }],
    },
    { id: "I1/general", item: "I1", tier: "general", toDraw: 1, selected: [{ object: "O3" }], reserve: [] },
  ],
  teams: [
    {
      id: "T-1",
      township: "T1",
      objects: ["O1", "O2"],
      members: [
        { inspector: "a1", department: "A", role: "lead" },
        { inspector: "b1", department: "B", role: "joint" },
        { inspector: "c1", department: "C", role: "joint" },
        { inspector: "t1", department: "T1", role: "township" },
      ],
    },
    {
      id: "T-2",
      township: "T2",
      objects: ["O3"],
      members: [
        { inspector: "a2", department: "A", role: "lead" },
        { inspector: "b2", department: "B", role: "joint" },
      ],
    },
  ],
  substitutions: [{ object: "O2", replacement: "O4", stratum: "I1/focus", team: "T-1", reason: "已歇业" }],
} as unknown as DrawRecord;

const line = (seq: number, o: Record<string, unknown>) => ({ seq, prev: "", hash: "", ...o }) as unknown as LedgerLine;
export const handLines: LedgerLine[] = [
  line(1, { type: "prepare", campaign: "C1", at: "2026-04-10T01:00:00Z", populationDigest: "pop" }),
  line(2, { type: "draw", campaign: "C1", at: "2026-04-10T02:00:00Z", attempt: 1 }),
  line(3, { type: "draw", campaign: "C1", at: "2026-04-10T03:00:00Z", attempt: 2, reason: "抽取时断电，重新抽取" }),
  line(4, {
    type: "substitute",
    campaign: "C1",
    at: "2026-04-12T01:00:00Z",
    attempt: 2,
    object: "O2",
    replacement: "O4",
    reason: "已歇业",
  }),
  line(5, {
    type: "publish",
    campaign: "C1",
    at: "2026-05-10T01:00:00Z",
    asOf: "2026-05-10",
    published: ["O1"],
    heldBack: [],
  }),
];

function result(department: string, entry: Result): ResultState {
  return {
    campaign: "C1",
    department,
    object: entry.object,
    entry,
    file: `results/C1/${department}.yaml`,
    pointer: "",
    digest: "d",
    ledger: undefined,
    sealed: true,
  };
}

export function handModel(ws: Workspace): ResultsModel {
  const draw = campaignDraw(ws, record, "draws/C1.draw.yaml", "digest");
  const results = [
    result("A", {
      object: "O1",
      inspectedOn: "2026-04-14",
      enteredOn: "2026-04-15",
      outcome: "no-problem",
      townshipStaff: "t1",
    }),
    result("B", {
      object: "O1",
      inspectedOn: "2026-04-14",
      enteredOn: "2026-04-16",
      outcome: "rectification-ordered",
      deadline: "2026-04-30",
      reinspections: [{ on: "2026-05-06", enteredOn: "2026-05-06", rectified: true }],
    }),
    result("C", { object: "O1", inspectedOn: "2026-04-15", enteredOn: "2026-04-16", outcome: "no-problem" }),
    result("A", { object: "O4", inspectedOn: "2026-04-16", enteredOn: "2026-05-20", outcome: "rectified-on-site" }),
    result("B", { object: "O4", inspectedOn: "2026-04-16", enteredOn: "2026-04-17", outcome: "case-opened" }),
    result("A", {
      object: "O3",
      inspectedOn: "2026-04-17",
      enteredOn: "2026-04-17",
      outcome: "no-problem",
      townshipStaff: "t2",
    }),
    result("B", {
      object: "O3",
      inspectedOn: "2026-04-17",
      enteredOn: "2026-04-20",
      outcome: "rectification-ordered",
      deadline: "2026-05-15",
    }),
  ];
  return {
    campaigns: [
      {
        campaign: "C1",
        located: undefined,
        draw,
        drawError: undefined,
        files: [],
        results,
        missing: [],
        publications: handLines.filter(
          (l) => l.type === "publish",
        ) as ResultsModel["campaigns"][number]["publications"],
      },
    ],
    lines: handLines,
    ledgerProblems: [],
    credit: [],
    calendar: workingCalendar([]),
  };
}
