import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CalendarYearUnknown, workingCalendar } from "../../src/results/calendar.js";
import { checkResults, verifyResultsLedger } from "../../src/results/check-results.js";
import { deadlines, followUps } from "../../src/results/followups.js";
import { planReinspection, planResults, writeResults, type IncomingResult } from "../../src/results/write-results.js";
import { readLedger } from "../../src/ledger/ledger.js";
import { outcomes } from "../../src/results/outcomes.js";
import { CAMPAIGN, clean, cleanTemp, copyOf, drawnExample, expected, open } from "./helpers.js";

const now = () => "2026-05-20T09:00:00.000Z";
let drawn: string;
/** The drawn example, opened once: planning is pure, so refusals need no copy of their own. */
let pristine: ReturnType<typeof open> | undefined;
beforeAll(() => {
  drawn = drawnExample();
});
afterAll(cleanTemp);

describe("the working-day calendar (chinese-days 1.5.7, checkonce.yaml additions)", () => {
  const cal = workingCalendar([]);
  it("knows the 2026 National Day holiday and its adjusted working days", () => {
    for (let d = 1; d <= 7; d++) expect(cal.isWorkingDay(`2026-10-0${d}`)).toBe(false);
    expect(cal.isWorkingDay("2026-10-08")).toBe(true);
    expect(cal.isWorkingDay("2026-09-20")).toBe(true); // a Sunday worked (调休)
    expect(cal.isWorkingDay("2026-10-10")).toBe(true); // a Saturday worked
    expect(cal.isWorkingDay("2026-10-11")).toBe(false);
  });
  it("counts working days across it", () => {
    // 10-08 (1), 10-09 (2), Saturday 10-10 (3), 10-12 … 10-16 (4–8), 10-19 (9), 10-20 (10).
    expect(cal.addWorkingDays("2026-09-30", 10)).toBe("2026-10-20");
    expect(cal.addWorkingDays("2026-09-18", 2)).toBe("2026-09-21");
    expect(cal.addWorkingDays("2026-09-19", 1)).toBe("2026-09-20");
    expect(cal.onOrNextWorkingDay("2026-10-03")).toBe("2026-10-08");
  });
  it("refuses a year neither knows, naming it", () => {
    expect(() => cal.isWorkingDay("2027-01-04")).toThrow(CalendarYearUnknown);
    try {
      cal.addWorkingDays("2026-12-30", 5);
    } catch (e) {
      expect((e as CalendarYearUnknown).year).toBe(2027);
    }
  });
  it("takes a year from checkonce.yaml, which replaces the package's data for it", () => {
    const more = workingCalendar([
      { year: 2027, holidays: [{ from: "2027-01-01", to: "2027-01-03" }], workdays: ["2027-01-09"] },
      { year: 2026, holidays: [], workdays: [] },
    ]);
    expect(more.isWorkingDay("2027-01-01")).toBe(false);
    expect(more.isWorkingDay("2027-01-04")).toBe(true);
    expect(more.isWorkingDay("2027-01-09")).toBe(true);
    expect(more.isWorkingDay("2026-10-01")).toBe(true); // 2026 as written: no holidays
    expect(more.source(2027)).toBe("config");
    expect(cal.source(2025)).toBe("package");
  });
});

describe("each deadline rule across the National Day holiday", () => {
  it("entry, publication, rectification and re-inspection", () => {
    const opened = open(drawn);
    const rules = deadlines(opened.ws, opened.model.calendar);
    expect(rules.entry("2026-09-30")).toBe("2026-10-20"); // 10 working days
    // 20 working days: 10-20 is the 10th; 10-21 … 10-23, 10-26 … 10-30, 11-02, 11-03 are the 11th to 20th.
    expect(rules.publication("2026-09-30")).toBe("2026-11-03");
    expect(rules.rectification("2026-10-03")).toBe("2026-10-08");
    expect(rules.rectification("2026-10-09")).toBe("2026-10-09");
    // Re-inspection: 10 working days after the deadline in force (10-08): 10-09, 10-10, 10-12 … 10-16, 10-19 … 10-21.
    expect(rules.reinspection("2026-10-03")).toBe("2026-10-21");
  });
});

/** Results for all 39 pairs of the draw, one outcome after another. */
function everyOutcome(ws: ReturnType<typeof open>): IncomingResult[] {
  const pairs = expected(ws.ws, ws.model);
  const variants: Partial<IncomingResult["values"]>[] = [
    { outcome: "no-problem" },
    { outcome: "rectified-on-site", findings: "灭火器压力不足，当场更换。" },
    { outcome: "rectification-ordered", deadline: "2026-05-06", findings: "后厨未设置防鼠设施。" },
    { outcome: "case-opened", findings: "使用超过保质期的食品原料。" },
    { outcome: "referred-admin", referredTo: "zjj", findings: "违规搭建彩钢棚。" },
    { outcome: "referred-judicial", findings: "涉嫌生产有毒有害食品。", seriousViolation: "health-safety" },
    { outcome: "not-inspectable", reason: "closed", signature: undefined, townshipStaff: undefined },
    { outcome: "not-inspectable", reason: "unreachable", signature: undefined, townshipStaff: undefined },
    {
      outcome: "not-inspectable",
      reason: "refused",
      signature: undefined,
      refusal: { witness: "王某明", recorder: "ZFJLY-014" },
      findings: "负责人拒绝执法人员进入后厨。",
    },
    { signature: "refused", refusal: { witness: "李某华", recorder: "ZFJLY-007" } },
  ];
  return pairs.map((p, i) => {
    const v = variants[i % variants.length] ?? {};
    const r = clean(p, v);
    for (const k of Object.keys(r.values) as (keyof typeof r.values)[])
      if (r.values[k] === undefined) delete r.values[k];
    return r;
  });
}

function entered(): string {
  const ws = copyOf(drawn);
  const o = open(ws);
  const plan = planResults(o.ws, o.model, CAMPAIGN, everyOutcome(o), { today: "2026-04-16" });
  expect(plan.problems).toEqual([]);
  writeResults(o.ws, plan, now);
  return ws;
}

describe("results against the draw", () => {
  it("accepts every outcome with what it needs, writes the files and a ledger line per result", () => {
    const ws = entered();
    const o = open(ws);
    const c = o.model.campaigns.find((x) => x.campaign === CAMPAIGN);
    expect(c?.results).toHaveLength(39);
    expect(c?.missing).toEqual([]);
    expect(new Set(c?.results.map((r) => r.entry.outcome))).toEqual(new Set(outcomes));
    expect(
      checkResults(o.ws, o.model, { today: "2026-05-20", locate: o.locate }).filter((d) => d.severity === "error"),
    ).toEqual([]);
    const lines = readLedger(ws).lines.filter((l) => l.type === "result");
    expect(lines).toHaveLength(39);
    expect(verifyResultsLedger(o.model)).toEqual([]);
    expect(readFileSync(join(ws, "results", CAMPAIGN, "scjgj.yaml"), "utf8")).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/\.checkonce\/schemas\/results\.schema\.json\n/,
    );
  });

  const refused = (mutate: (r: IncomingResult[], o: ReturnType<typeof open>) => void, today = "2026-04-16") => {
    const o = (pristine ??= open(drawn));
    const list = everyOutcome(o);
    mutate(list, o);
    const plan = planResults(o.ws, o.model, CAMPAIGN, list, { today });
    return plan.problems.map((p) => p.problem.code);
  };
  it("refuses what an outcome lacks: a deadline, a referral target, a reason, findings, the refusal's witness", () => {
    expect(refused((l) => delete l[2]?.values.deadline)).toContain("result-needs-deadline");
    expect(refused((l) => delete l[4]?.values.referredTo)).toContain("result-needs-referredTo");
    expect(refused((l) => delete l[6]?.values.reason)).toContain("result-needs-reason");
    expect(refused((l) => delete l[3]?.values.findings)).toContain("result-needs-findings");
    expect(refused((l) => delete l[8]?.values.refusal)).toContain("result-needs-refusal");
    expect(refused((l) => delete l[9]?.values.refusal)).toContain("result-needs-refusal");
    expect(refused((l) => delete l[0]?.values.signature)).toContain("result-needs-signature");
    expect(refused((l) => delete l[0]?.values.townshipStaff)).toContain("result-needs-townshipStaff");
    expect(refused((l) => ((l[0] as IncomingResult).values.deadline = "2026-05-01"))).toContain(
      "result-field-unexpected",
    );
  });
  it("refuses an object or department not in the draw, and a date outside the campaign", () => {
    expect(refused((l) => ((l[0] as IncomingResult).values.object = "91140821MA0C1QXK4B"))).toContain(
      "result-object-not-drawn",
    );
    expect(refused((l) => ((l[0] as IncomingResult).department = "jykjj"))).toContain("result-department-not-in-team");
    expect(refused((l) => ((l[0] as IncomingResult).department = "nobody"))).toContain("unknown-department");
    expect(refused((l) => ((l[0] as IncomingResult).values.inspectedOn = "2026-04-25"))).toContain(
      "result-date-outside-campaign",
    );
    expect(refused((l) => ((l[0] as IncomingResult).values.townshipStaff = "scjgj-001"))).toContain(
      "result-township-staff-unknown",
    );
    expect(refused((l) => l.push(l[0] as IncomingResult))).toContain("result-given-twice");
  });
});

describe("re-imports and amendments", () => {
  it("the same results again change nothing, even on a later day", () => {
    const ws = entered();
    const before = readLedger(ws).text;
    const o = open(ws);
    const plan = planResults(
      o.ws,
      o.model,
      CAMPAIGN,
      everyOutcome(o).map((r) => ({ ...r, values: { ...r.values, enteredOn: "2026-04-20" } })),
      { today: "2026-04-20" },
    );
    expect(plan.problems).toEqual([]);
    expect(plan.changes.every((c) => c.kind === "unchanged")).toBe(true);
    expect(writeResults(o.ws, plan, now)).toEqual([]);
    expect(readLedger(ws).text).toBe(before);
  });
  it("a different value needs --amend with a reason, and the earlier value is kept beside it", () => {
    const ws = entered();
    const o = open(ws);
    const list = everyOutcome(o);
    const first = list[0] as IncomingResult;
    first.values = { ...first.values, outcome: "rectified-on-site", findings: "安全出口堵塞，当场清理。" };
    const refusedPlan = planResults(o.ws, o.model, CAMPAIGN, [first], { today: "2026-04-20" });
    expect(refusedPlan.problems.map((p) => p.problem.code)).toEqual(["result-differs-needs-amend"]);
    const plan = planResults(o.ws, o.model, CAMPAIGN, [first], {
      today: "2026-04-20",
      amendReason: "录入时选错了处理结果",
    });
    expect(plan.problems).toEqual([]);
    writeResults(o.ws, plan, now);
    const again = open(ws);
    const r = again.model.campaigns[0]?.results.find(
      (x) => x.object === first.values.object && x.department === first.department,
    );
    expect(r?.entry.outcome).toBe("rectified-on-site");
    expect(r?.entry.enteredOn).toBe("2026-04-16");
    expect(r?.entry.amendments).toEqual([
      {
        amendedOn: "2026-04-20",
        reason: "录入时选错了处理结果",
        previous: expect.objectContaining({ outcome: "no-problem" }),
      },
    ]);
    expect(readLedger(ws).lines.at(-1)).toMatchObject({
      type: "amendment",
      reason: "录入时选错了处理结果",
      object: first.values.object,
    });
    expect(verifyResultsLedger(again.model)).toEqual([]);
  });
  it("a result changed by hand is found by validate and by verify --ledger", () => {
    const ws = entered();
    const file = join(ws, "results", CAMPAIGN, "scjgj.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("outcome: no-problem", "outcome: rectified-on-site\n    findings: 改"),
    );
    const o = open(ws);
    expect(checkResults(o.ws, o.model, { today: "2026-05-20", locate: o.locate }).map((d) => d.code)).toContain(
      "result-changed-outside",
    );
    expect(verifyResultsLedger(o.model).join("\n")).toMatch(/differs from ledger line \d+/);
  });
});

describe("re-inspections and follow-ups", () => {
  const ordered = (o: ReturnType<typeof open>) => {
    const r = o.model.campaigns[0]?.results.find((x) => x.entry.outcome === "rectification-ordered");
    if (!r) throw new Error("no rectification order");
    return r;
  };
  it("an order is due, then overdue after its deadline plus the re-inspection days", () => {
    const ws = entered();
    const o = open(ws);
    const r = ordered(o);
    const item = (asOf: string) =>
      followUps(o.ws, o.model, { asOf }).find(
        (f) => f.kind === "rectification" && f.object === r.object && f.department === r.department,
      );
    // Deadline 2026-05-06 (a Wednesday): 05-07, 05-08, Saturday 05-09 (worked, 调休), 05-11 … 05-15, 05-18, 05-19.
    expect(item("2026-05-19")).toMatchObject({ status: "due", due: "2026-05-19", deadline: "2026-05-06" });
    expect(item("2026-05-20")?.status).toBe("overdue");
  });
  it("found not rectified before the deadline is refused; after it, escalates and stays open; rectified closes", () => {
    const ws = entered();
    let o = open(ws);
    const r = ordered(o);
    const early = planReinspection(
      o.ws,
      o.model,
      CAMPAIGN,
      {
        object: r.object,
        department: r.department,
        reinspection: {
          on: "2026-05-05",
          enteredOn: "2026-05-05",
          rectified: false,
          escalation: { outcome: "case-opened" },
        },
      },
      "2026-05-20",
    );
    expect(early.problems.map((p) => p.problem.code)).toEqual(["reinspection-before-deadline"]);
    const other = o.model.campaigns[0]?.results.find((x) => x.object === r.object && x.department !== r.department);
    const wrong = planReinspection(
      o.ws,
      o.model,
      CAMPAIGN,
      {
        object: r.object,
        department: other?.department ?? "",
        reinspection: { on: "2026-05-08", enteredOn: "2026-05-08", rectified: true },
      },
      "2026-05-20",
    );
    expect(wrong.problems.map((p) => p.problem.code)).toContain("reinspection-no-order");
    const escalate = planReinspection(
      o.ws,
      o.model,
      CAMPAIGN,
      {
        object: r.object,
        department: r.department,
        reinspection: {
          on: "2026-05-08",
          enteredOn: "2026-05-08",
          rectified: false,
          findings: "未整改",
          escalation: { outcome: "rectification-ordered", deadline: "2026-10-03" },
        },
      },
      "2026-05-20",
    );
    expect(escalate.problems).toEqual([]);
    writeResults(o.ws, escalate, now);
    o = open(ws);
    const find = (asOf: string) =>
      followUps(o.ws, o.model, { asOf }).find((f) => f.kind === "rectification" && f.object === r.object);
    expect(find("2026-10-21")).toMatchObject({ status: "escalated", deadline: "2026-10-08", due: "2026-10-21" });
    expect(find("2026-10-22")?.status).toBe("overdue");
    const close = planReinspection(
      o.ws,
      o.model,
      CAMPAIGN,
      {
        object: r.object,
        department: r.department,
        reinspection: { on: "2026-10-09", enteredOn: "2026-10-09", rectified: true },
      },
      "2026-10-09",
    );
    expect(close.problems).toEqual([]);
    writeResults(o.ws, close, now);
    o = open(ws);
    expect(find("2026-12-01")).toMatchObject({ status: "closed", closedOn: "2026-10-09" });
    expect(readLedger(ws).lines.filter((l) => l.type === "reinspection")).toHaveLength(2);
    expect(verifyResultsLedger(o.model)).toEqual([]);
  });
  it("results not entered are due until the campaign's end plus the entry days, then overdue", () => {
    const o = open(copyOf(drawn));
    const entries = (asOf: string) => followUps(o.ws, o.model, { asOf }).filter((f) => f.kind === "entry");
    expect(entries("2026-05-01")).toHaveLength(39);
    // The campaign ends 2026-04-24; 05-01 … 05-05 are the Labour Day holiday, 05-09 a Saturday worked.
    const due = entries("2026-05-01")[0]?.due;
    expect(due).toBe(workingCalendar([]).addWorkingDays("2026-04-24", 10));
    expect(entries(due as string).every((f) => f.status === "due")).toBe(true);
    expect(entries("2026-06-30").every((f) => f.status === "overdue")).toBe(true);
  });
});
