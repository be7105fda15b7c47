import { describe, expect, it } from "vitest";
import { checkReferences } from "../../src/registries/check-references.js";
import { checkCampaignCapacity } from "../../src/draw/check-capacity.js";
import {
  resolveConfig,
  type AnnualPlan,
  type Campaign,
  type Department,
  type InspectionObject,
  type Inspector,
  type Item,
  type Located,
  type Workspace,
} from "../../src/registries/model.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";

const TODAY = "2026-03-01";

/** Entries as the loader places them: file plus pointer /<key>/<index>. */
function located<T>(file: string, key: string, values: T[], from = 0): Located<T>[] {
  return values.map((value, i) => ({ value, file, pointer: `/${key}/${i + from}` }));
}

/** Line = entry index + 1, so that "first at file:line" can be checked. */
const locate = (_file: string, pointer: string) => ({ line: Number(pointer.split("/")[2] ?? 0) + 1, col: 1 });

const departments: Department[] = [
  { id: "scjgj", name: "临猗县市场监督管理局", kind: "county" },
  { id: "xfjy", name: "临猗县消防救援大队", kind: "county" },
  { id: "yjglj", name: "临猗县应急管理局", kind: "county" },
  { id: "yishi", name: "猗氏镇人民政府", kind: "township" },
  { id: "ycs", name: "运城市市场监督管理局", kind: "upper" },
];

const check = { content: "许可证件", requirement: "在有效期内", legalBasis: "《食品安全法》第三十五条" };

function item(overrides: Partial<Item> = {}): Item {
  return {
    id: "CY-01",
    category: "餐饮",
    scene: "餐饮服务单位",
    status: "published",
    lead: "scjgj",
    joint: ["xfjy"],
    tasks: [
      { department: "scjgj", inspectors: 2, checks: [check] },
      { department: "xfjy", inspectors: 2, checks: [check] },
    ],
    tiers: {
      trusted: { ratio: 0.05, frequency: 1 },
      general: { ratio: 0.1, frequency: 1 },
      focus: { ratio: 0.3, frequency: 2 },
    },
    method: ["onsite"],
    ...overrides,
  };
}

function inspector(
  id: string,
  department: string,
  validTo = "2030-12-31",
  overrides: Partial<Inspector> = {},
): Inspector {
  return {
    id,
    name: `人员${id}`,
    department,
    certificate: { number: `N-${id}`, validFrom: "2023-01-01", validTo },
    status: "active",
    ...overrides,
  };
}

function object(id: string, overrides: Partial<InspectionObject> = {}): InspectionObject {
  return {
    id,
    name: `对象${id}`,
    category: "餐饮",
    scene: "餐饮服务单位",
    township: "yishi",
    address: "猗氏镇",
    status: "active",
    creditGrade: "B",
    ...overrides,
  };
}

const plan = (overrides: Partial<AnnualPlan> = {}): AnnualPlan => ({
  id: "2026-scjgj",
  year: 2026,
  lead: "scjgj",
  items: ["CY-01"],
  filedOn: "2026-01-20",
  ...overrides,
});

const campaign = (overrides: Partial<Campaign> = {}): Campaign => ({
  id: "2026-r1",
  plan: "2026-scjgj",
  round: 1,
  startDate: "2026-04-13",
  endDate: "2026-04-24",
  departments: ["scjgj", "xfjy"],
  objectsPerTeam: 5,
  linkage: false,
  ...overrides,
});

function workspace(parts: Partial<Workspace> = {}): Workspace {
  return {
    root: "/ws",
    config: resolveConfig({ county: { name: "临猗县", areaCode: "140821" } }),
    departments: located("departments.yaml", "departments", departments),
    objects: [],
    inspectors: [],
    items: located("items.yaml", "items", [item()]),
    annualPlans: [],
    campaigns: [],
    upperInspected: [],
    files: [],
    brokenIds: new Set(),
    ...parts,
  };
}

/** Errors and warnings only (the department-pool notes are covered on their own), as code@pointer. */
function findings(ws: Workspace, options: { today?: string; incomplete?: Set<string> } = {}): string[] {
  return run(ws, options)
    .filter((d) => d.severity !== "info")
    .map((d) => `${d.severity} ${d.code}@${d.file}${d.pointer}`);
}

/** What `validate` runs: the registry checks, then the draw's capacity estimate. */
function run(ws: Workspace, options: { today?: string; incomplete?: Set<string> } = {}): Diagnostic[] {
  const context = { today: options.today ?? TODAY, locate, incomplete: options.incomplete };
  return [...checkReferences(ws, context), ...checkCampaignCapacity(ws, context)];
}

describe("a consistent workspace", () => {
  it("has nothing to report", () => {
    expect(run(workspace())).toEqual([]);
  });
});

describe("items: one lead, joint departments, one task each", () => {
  it("joint departments that include the lead", () => {
    const ws = workspace({ items: located("items.yaml", "items", [item({ joint: ["xfjy", "scjgj"] })]) });
    expect(findings(ws)).toEqual(["error item-joint-includes-lead@items.yaml/items/0/joint"]);
  });

  it("a task for a department that is neither lead nor joint", () => {
    const tasks = [...item().tasks, { department: "yjglj", inspectors: 2, checks: [check] }] as Item["tasks"];
    const ws = workspace({ items: located("items.yaml", "items", [item({ tasks })]) });
    expect(findings(ws)).toEqual(["error item-task-extra@items.yaml/items/0/tasks/2/department"]);
  });

  it("a joint department without a task, and the lead without one", () => {
    const noJointTask = item({ tasks: [{ department: "scjgj", inspectors: 2, checks: [check] }] });
    const noLeadTask = item({ id: "CY-02", tasks: [{ department: "xfjy", inspectors: 2, checks: [check] }] });
    const diagnostics = run(workspace({ items: located("items.yaml", "items", [noJointTask, noLeadTask]) }));
    expect(diagnostics.map((d) => [d.code, d.pointer, d.params.department])).toEqual([
      ["item-task-missing", "/items/0/tasks", "xfjy"],
      ["item-task-missing", "/items/1/tasks", "scjgj"],
    ]);
  });

  it("two tasks for one department", () => {
    const tasks = [...item().tasks, { department: "xfjy", inspectors: 3, checks: [check] }] as Item["tasks"];
    expect(findings(workspace({ items: located("items.yaml", "items", [item({ tasks })]) }))).toEqual([
      "error item-task-duplicate@items.yaml/items/0/tasks/2/department",
    ]);
  });

  it("a task sending fewer inspectors than the legal minimum of two", () => {
    const tasks = [item().tasks[0], { department: "xfjy", inspectors: 1, checks: [check] }] as Item["tasks"];
    const diagnostics = run(workspace({ items: located("items.yaml", "items", [item({ tasks })]) }));
    expect(diagnostics).toEqual([
      {
        file: "items.yaml",
        line: 1,
        col: 1,
        pointer: "/items/0/tasks/1/inspectors",
        code: "inspectors-below-minimum",
        severity: "error",
        params: { department: "xfjy", count: 1, min: 2 },
      },
    ]);
  });

  it("the minimum follows a stricter policy", () => {
    const ws = workspace();
    ws.config.policy.minInspectorsPerDepartment = 3;
    expect(findings(ws)).toEqual([
      "error inspectors-below-minimum@items.yaml/items/0/tasks/0/inspectors",
      "error inspectors-below-minimum@items.yaml/items/0/tasks/1/inspectors",
    ]);
  });

  it("the lead must be a known county department", () => {
    const ws = workspace({
      items: located("items.yaml", "items", [
        item({ lead: "scjg", joint: [], tasks: [{ department: "scjg", inspectors: 2, checks: [check] }] }),
        item({
          id: "CY-02",
          lead: "yishi",
          joint: [],
          tasks: [{ department: "yishi", inspectors: 2, checks: [check] }],
        }),
      ]),
    });
    const diagnostics = run(ws);
    expect(diagnostics.map((d) => [d.code, d.pointer, d.params])).toEqual([
      ["unknown-department", "/items/0/lead", { id: "scjg" }],
      ["department-kind", "/items/1/lead", { id: "yishi", actual: "township", expected: "county" }],
    ]);
  });

  it("ratio outside [0, 1] and frequency above the yearly cap, in items and plans", () => {
    const tiers = {
      trusted: { ratio: 0, frequency: 0 },
      general: { ratio: 1.5, frequency: 2 },
      focus: { ratio: 1, frequency: 3 },
    };
    const ws = workspace({
      items: located("items.yaml", "items", [item({ tiers })]),
      annualPlans: located("plans.yaml", "annualPlans", [plan({ tiers: { trusted: { ratio: -0.1, frequency: 1 } } })]),
    });
    expect(findings(ws)).toEqual([
      "error ratio-out-of-range@items.yaml/items/0/tiers/general/ratio",
      "error frequency-above-cap@items.yaml/items/0/tiers/focus/frequency",
      "error ratio-out-of-range@plans.yaml/annualPlans/0/tiers/trusted/ratio",
    ]);
  });
});

describe("duplicate ids", () => {
  it("across two files of one registry: reported on the later one, naming the first", () => {
    const ws = workspace({
      objects: [
        ...located("objects/a.yaml", "objects", [object("91140821MA0K1C3Y4G"), object("91140821MA0K2D5P7W")]),
        ...located("objects/b.yaml", "objects", [object("91140821MA0K4F7R2Q"), object("91140821MA0K2D5P7W")]),
      ],
    });
    const diagnostics = run(ws);
    expect(diagnostics).toEqual([
      {
        file: "objects/b.yaml",
        line: 2,
        col: 1,
        pointer: "/objects/1/id",
        code: "duplicate-id",
        severity: "error",
        params: { id: "91140821MA0K2D5P7W", registry: "objects", first: "objects/a.yaml:2" },
      },
    ]);
  });

  it("a third use is reported too, always against the first", () => {
    const ws = workspace({
      inspectors: located("inspectors.yaml", "inspectors", [
        inspector("a", "scjgj"),
        inspector("a", "scjgj"),
        inspector("a", "xfjy"),
      ]),
    });
    expect(run(ws).map((d) => `${d.code} ${d.pointer} ${d.params.first}`)).toEqual([
      "duplicate-id /inspectors/1/id inspectors.yaml:1",
      "duplicate-id /inspectors/2/id inspectors.yaml:1",
    ]);
  });

  it("the same id in two different registries is not a duplicate", () => {
    const ws = workspace({
      inspectors: located("inspectors.yaml", "inspectors", [
        inspector("scjgj", "scjgj"),
        inspector("scjgj-2", "scjgj"),
      ]),
    });
    expect(findings(ws)).toEqual([]);
  });
});

describe("certificates, judged against `today`", () => {
  const ws = (validTo: string, validFrom = "2023-01-01") =>
    workspace({
      inspectors: located("inspectors.yaml", "inspectors", [
        inspector("a", "scjgj", validTo, { certificate: { number: "N-a", validFrom, validTo } }),
      ]),
    });

  it.each([
    ["2026-02-28", "warning certificate-expired"],
    ["2026-03-01", "warning certificate-expiring"],
    ["2026-03-31", "warning certificate-expiring"],
    ["2026-04-01", undefined],
    ["2030-12-31", undefined],
  ])("valid to %s on 2026-03-01: %s", (validTo, expected) => {
    expect(findings(ws(validTo))).toEqual(
      expected ? [`${expected}@inspectors.yaml/inspectors/0/certificate/validTo`] : [],
    );
  });

  it("the number of days left is in the message parameters", () => {
    const [d] = run(ws("2026-03-20")).filter((x) => x.severity !== "info");
    expect(d?.params).toEqual({ name: "人员a", number: "N-a", validTo: "2026-03-20", days: 19 });
  });

  it("the same certificate on another day", () => {
    expect(findings(ws("2026-03-20"), { today: "2026-01-01" })).toEqual([]);
    expect(findings(ws("2026-03-20"), { today: "2026-03-21" })).toEqual([
      "warning certificate-expired@inspectors.yaml/inspectors/0/certificate/validTo",
    ]);
  });

  it("a certificate that ends before it starts is one error, not also expired", () => {
    expect(findings(ws("2022-01-01", "2023-01-01"))).toEqual([
      "error period-reversed@inspectors.yaml/inspectors/0/certificate/validTo",
    ]);
  });

  it("the warning window follows the policy", () => {
    const w = ws("2026-03-20");
    w.config.policy.certificateWarningDays = 10;
    expect(findings(w)).toEqual([]);
  });

  it("what expired certificates leave of a department's pool (a note)", () => {
    const w = workspace({
      inspectors: located("inspectors.yaml", "inspectors", [
        inspector("a", "scjgj", "2026-01-01"),
        inspector("b", "scjgj"),
        inspector("c", "scjgj", "2030-12-31", { status: "inactive" }),
      ]),
    });
    const notes = run(w).filter((d) => d.severity === "info");
    expect(notes.map((d) => [d.code, d.pointer, d.params])).toEqual([
      ["department-pool", "/departments/0", { department: "scjgj", total: 3, usable: 1, expired: 1, inactive: 1 }],
    ]);
  });
});

describe("references between registries", () => {
  it("unknown object in a recusal, unknown department of an inspector", () => {
    const ws = workspace({
      inspectors: located("inspectors.yaml", "inspectors", [
        inspector("a", "scjg", "2030-12-31", { recusals: [{ object: "91140821MA0K1C3Y4G", reason: "亲属" }] }),
      ]),
    });
    expect(findings(ws)).toEqual([
      "error unknown-department@inspectors.yaml/inspectors/0/department",
      "error unknown-object@inspectors.yaml/inspectors/0/recusals/0/object",
    ]);
  });

  it("an object's township must be a township", () => {
    const ws = workspace({
      objects: located("objects.yaml", "objects", [
        object("1", { township: "linjin" }),
        object("2", { township: "scjgj" }),
      ]),
    });
    expect(run(ws).map((d) => [d.code, d.pointer])).toEqual([
      ["unknown-township", "/objects/0/township"],
      ["department-kind", "/objects/1/township"],
    ]);
  });

  it("an object whose category and scene no item covers (warning)", () => {
    const ws = workspace({ objects: located("objects.yaml", "objects", [object("1", { scene: "网吧" })]) });
    expect(findings(ws)).toEqual(["warning object-no-item@objects.yaml/objects/0/scene"]);
  });

  it("upper-level inspections need an upper-level body", () => {
    const ws = workspace({
      objects: located("objects.yaml", "objects", [object("1")]),
      upperInspected: located("upper-inspected.yaml", "upperInspected", [
        { object: "1", date: "2026-02-10", body: "ycs" },
        { object: "1", date: "2026-02-10", body: "scjgj" },
        { object: "2", date: "2026-02-10", body: "nobody" },
      ]),
    });
    expect(findings(ws)).toEqual([
      "error unknown-upper-body@upper-inspected.yaml/upperInspected/1/body",
      "error unknown-object@upper-inspected.yaml/upperInspected/2/object",
      "error unknown-upper-body@upper-inspected.yaml/upperInspected/2/body",
    ]);
  });

  it("entries left out for their own errors are known: no cascade", () => {
    const ws = workspace({
      inspectors: located("inspectors.yaml", "inspectors", [
        inspector("a", "scjgj", "2030-12-31", { recusals: [{ object: "BROKEN", reason: "亲属" }] }),
      ]),
      annualPlans: located("plans.yaml", "annualPlans", [plan({ items: ["CY-01", "CY-BROKEN"] })]),
      campaigns: located("plans.yaml", "campaigns", [campaign({ plan: "PLAN-BROKEN" })]),
      brokenIds: new Set(["BROKEN", "CY-BROKEN", "PLAN-BROKEN"]),
    });
    expect(findings(ws)).toEqual([]);
  });

  it("registries that lost a whole file: their missing ids are not reported", () => {
    const ws = workspace({
      departments: [],
      items: [],
      objects: located("objects.yaml", "objects", [object("1")]),
      inspectors: located("inspectors.yaml", "inspectors", [
        inspector("a", "scjgj", "2030-12-31", { recusals: [{ object: "2", reason: "亲属" }] }),
      ]),
      annualPlans: located("plans.yaml", "annualPlans", [plan()]),
      campaigns: located("plans.yaml", "campaigns", [campaign({ plan: "2026-other" })]),
    });
    const before = findings(ws);
    expect(before).toContain("error unknown-department@inspectors.yaml/inspectors/0/department");
    expect(before).toContain("error unknown-item@plans.yaml/annualPlans/0/items/0");
    expect(before).toContain("warning object-no-item@objects.yaml/objects/0/scene");
    expect(findings(ws, { incomplete: new Set(["departments", "items", "objects", "plans"]) })).toEqual([]);
  });
});

describe("plans and campaigns", () => {
  it("an unknown item in a plan, an item led by someone else, an item not yet published", () => {
    const ws = workspace({
      items: located("items.yaml", "items", [
        item(),
        item({ id: "CY-02", status: "approved" }),
        item({
          id: "GY-01",
          lead: "yjglj",
          joint: [],
          tasks: [{ department: "yjglj", inspectors: 2, checks: [check] }],
        }),
      ]),
      annualPlans: located("plans.yaml", "annualPlans", [plan({ items: ["CY-01", "CY-99", "CY-02", "GY-01"] })]),
    });
    expect(findings(ws)).toEqual([
      "error unknown-item@plans.yaml/annualPlans/0/items/1",
      "warning item-not-published@plans.yaml/annualPlans/0/items/2",
      "error plan-other-lead@plans.yaml/annualPlans/0/items/3",
    ]);
  });

  it.each([
    ["2026-01-31", []],
    ["2026-02-01", ["warning plan-filed-late@plans.yaml/annualPlans/0/filedOn"]],
    ["2025-12-20", []],
  ])("a plan filed on %s", (filedOn, expected) => {
    expect(findings(workspace({ annualPlans: located("plans.yaml", "annualPlans", [plan({ filedOn })]) }))).toEqual(
      expected,
    );
  });

  it.each([
    ["2026-04-13", "2027-01-15", "/endDate"],
    ["2025-12-28", "2026-01-10", "/startDate"],
    ["2027-01-04", "2027-01-10", "/startDate"],
  ])(
    "a campaign from %s to %s lies outside its plan's year: pointed at the date outside",
    (startDate, endDate, sub) => {
      const ws = workspace({
        annualPlans: located("plans.yaml", "annualPlans", [plan()]),
        campaigns: located("plans.yaml", "campaigns", [campaign({ startDate, endDate })]),
      });
      expect(findings(ws).filter((f) => f.includes("outside"))).toEqual([
        `error campaign-outside-plan-year@plans.yaml/campaigns/0${sub}`,
      ]);
    },
  );

  it("an unknown plan, a campaign that ends before it starts, a requesting township that is not one", () => {
    const ws = workspace({
      annualPlans: located("plans.yaml", "annualPlans", [plan()]),
      campaigns: located("plans.yaml", "campaigns", [
        campaign({ plan: "2026-nope" }),
        campaign({ id: "r2", startDate: "2026-05-10", endDate: "2026-05-01", requestedBy: "xfjy" }),
      ]),
    });
    expect(findings(ws)).toEqual([
      "error unknown-plan@plans.yaml/campaigns/0/plan",
      "error campaign-dates-reversed@plans.yaml/campaigns/1/endDate",
      "error department-kind@plans.yaml/campaigns/1/requestedBy",
    ]);
  });

  it("a campaign that leaves out a department its items need (warning)", () => {
    const ws = workspace({
      annualPlans: located("plans.yaml", "annualPlans", [plan()]),
      campaigns: located("plans.yaml", "campaigns", [campaign({ departments: ["scjgj"] })]),
    });
    expect(findings(ws)).toEqual(["warning campaign-department-missing@plans.yaml/campaigns/0/departments"]);
  });
});

describe("campaign capacity (estimate)", () => {
  // Ten general-tier restaurants in 猗氏镇: ratio 0.1 draws one, one team of up to five.
  const objects = located(
    "objects.yaml",
    "objects",
    Array.from({ length: 10 }, (_, i) => object(`O${i}`)),
  );
  const base = (inspectors: Inspector[], overrides: Partial<Campaign> = {}) =>
    workspace({
      objects,
      inspectors: located("inspectors.yaml", "inspectors", inspectors),
      annualPlans: located("plans.yaml", "annualPlans", [plan()]),
      campaigns: located("plans.yaml", "campaigns", [campaign(overrides)]),
    });
  const staff = [inspector("s1", "scjgj"), inspector("s2", "scjgj"), inspector("x1", "xfjy"), inspector("x2", "xfjy")];

  it("enough inspectors: nothing to say", () => {
    expect(findings(base(staff))).toEqual([]);
  });

  it("a department short of inspectors for the teams", () => {
    const diagnostics = run(base(staff.slice(0, 3))).filter((d) => d.severity !== "info");
    expect(diagnostics.map((d) => [d.severity, d.code, d.pointer, d.params])).toEqual([
      [
        "warning",
        "campaign-capacity",
        "/campaigns/0",
        { campaign: "2026-r1", department: "xfjy", needed: 2, teams: 1, available: 1 },
      ],
    ]);
  });

  it("leave during the campaign, or a certificate ending before it ends, takes an inspector out", () => {
    const onLeave = [
      ...staff.slice(0, 3),
      inspector("x2", "xfjy", "2030-12-31", { leave: [{ from: "2026-04-20", to: "2026-04-21" }] }),
    ];
    expect(findings(base(onLeave))).toEqual(["warning campaign-capacity@plans.yaml/campaigns/0"]);
    const expiring = [...staff.slice(0, 3), inspector("x2", "xfjy", "2026-04-20")];
    expect(findings(base(expiring))).toEqual(["warning campaign-capacity@plans.yaml/campaigns/0"]);
  });

  it("county-township linkage needs township staff", () => {
    expect(findings(base(staff, { linkage: true }))).toEqual([
      "warning campaign-no-township-staff@plans.yaml/campaigns/0",
    ]);
    expect(findings(base([...staff, inspector("t1", "yishi")], { linkage: true }))).toEqual([]);
  });

  describe("beyond the expectation: the spread of the draw over townships", () => {
    // Twenty restaurants, ten in 猗氏镇 and ten in 临晋镇; which ones a seed draws is not known before.
    const twoTownships = located(
      "objects.yaml",
      "objects",
      Array.from({ length: 20 }, (_, i) => object(`O${i}`, i < 10 ? {} : { township: "linjin", address: "临晋镇" })),
    );
    const withLinjin = located("departments.yaml", "departments", [
      ...departments,
      { id: "linjin", name: "临晋镇人民政府", kind: "township" as const },
    ]);
    const ratio = (general: number) =>
      located("items.yaml", "items", [item({ tiers: { ...item().tiers, general: { ratio: general, frequency: 1 } } })]);
    const spreadWs = (inspectors: Inspector[], general: number, overrides: Partial<Campaign>) =>
      workspace({
        departments: withLinjin,
        objects: twoTownships,
        items: ratio(general),
        inspectors: located("inspectors.yaml", "inspectors", inspectors),
        annualPlans: located("plans.yaml", "annualPlans", [plan()]),
        campaigns: located("plans.yaml", "campaigns", [campaign(overrides)]),
      });
    const county = [1, 2, 3, 4].flatMap((k) => [inspector(`s${k}`, "scjgj"), inspector(`x${k}`, "xfjy")]);

    it("a township with staff for the expected teams, but not for every draw: the chance of a stopped draw", () => {
      // Two drawn, one object per team: both land in one township with chance C(10,2)/C(20,2) = 45/190.
      const ws = spreadWs([...county, inspector("t1", "yishi"), inspector("t2", "linjin")], 0.1, {
        linkage: true,
        objectsPerTeam: 1,
      });
      const risks = run(ws).filter((d) => d.code === "campaign-township-staff-risk");
      expect(risks.map((d) => [d.severity, d.params])).toEqual([
        [
          "warning",
          { campaign: "2026-r1", township: "linjin", available: 1, capacity: 1, expected: "1.0", chance: "24%" },
        ],
        [
          "warning",
          { campaign: "2026-r1", township: "yishi", available: 1, capacity: 1, expected: "1.0", chance: "24%" },
        ],
      ]);
      expect(run(ws).some((d) => d.code === "campaign-no-township-staff")).toBe(false);
      // Staff for every possible draw: nothing to say.
      const enough = spreadWs(
        [
          ...county,
          inspector("t1", "yishi"),
          inspector("t2", "linjin"),
          inspector("t3", "yishi"),
          inspector("t4", "linjin"),
        ],
        0.1,
        { linkage: true, objectsPerTeam: 1 },
      );
      expect(findings(enough)).toEqual([]);
    });
  });

  it("no estimate over a registry that lost a file", () => {
    expect(findings(base(staff.slice(0, 3)), { incomplete: new Set(["inspectors"]) })).toEqual([]);
  });
});
