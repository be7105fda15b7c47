import type { Workspace } from "../registries/model.js";
import { CalendarYearUnknown, type WorkingCalendar } from "./calendar.js";
import type { CampaignResults, ResultsModel } from "./load-results.js";

/**
 * What follows a visit (实施方案 二(二)5 建立执法闭环): each department enters its result in time,
 * follows up its rectification orders by re-inspection, and publishes its results.
 */
export type FollowUpKind = "entry" | "rectification" | "publication";
export type FollowUpStatus = "due" | "overdue" | "escalated" | "closed";

export interface FollowUp {
  kind: FollowUpKind;
  campaign: string;
  department: string;
  object: string;
  /** The last day to act; null when no date applies (a case opened) or its year is unknown. */
  due: string | null;
  status: FollowUpStatus;
  closedOn?: string;
  /** Closed, but after its due date. */
  late?: boolean;
  /** rectification: the deadline in force (moved to the next working day when it falls on a holiday). */
  deadline?: string;
  /** rectification escalated to a case: the case is followed by the department that opened it. */
  caseOpened?: boolean;
  /** The year the calendar did not know, when `due` could not be computed. */
  unknownYear?: number;
}

export interface FollowUpOptions {
  asOf: string;
  department?: string;
}

export interface Deadlines {
  /** Results entered within the policy's working days of the visit. */
  entry(inspectedOn: string): string;
  /** Publication within publishWorkingDays of the result (企业信息公示暂行条例 第六条、第七条: 20 个工作日). */
  publication(inspectedOn: string): string;
  /** A rectification deadline on a holiday runs to the next working day (民法典 第二百零三条). */
  rectification(deadline: string): string;
  /** Re-inspection within reinspectionWorkingDays after the rectification deadline. */
  reinspection(deadline: string): string;
}

export function deadlines(ws: Workspace, calendar: WorkingCalendar): Deadlines {
  const p = ws.config.policy;
  return {
    entry: (d) => calendar.addWorkingDays(d, p.resultEntryWorkingDays),
    publication: (d) => calendar.addWorkingDays(d, p.publishWorkingDays),
    rectification: (d) => calendar.onOrNextWorkingDay(d),
    reinspection: (d) => calendar.addWorkingDays(calendar.onOrNextWorkingDay(d), p.reinspectionWorkingDays),
  };
}

/** Every follow-up of every campaign as of a day, per department; sorted by campaign, department, kind, object. */
export function followUps(ws: Workspace, model: ResultsModel, options: FollowUpOptions): FollowUp[] {
  const rules = deadlines(ws, model.calendar);
  const out: FollowUp[] = [];
  for (const c of model.campaigns) out.push(...campaignFollowUps(c, rules, options.asOf));
  const rank: Record<FollowUpKind, number> = { entry: 0, rectification: 1, publication: 2 };
  return out
    .filter((f) => options.department === undefined || f.department === options.department)
    .sort(
      (a, b) =>
        cmp(a.campaign, b.campaign) ||
        cmp(a.department, b.department) ||
        rank[a.kind] - rank[b.kind] ||
        cmp(a.object, b.object),
    );
}

function campaignFollowUps(c: CampaignResults, rules: Deadlines, asOf: string): FollowUp[] {
  const out: FollowUp[] = [];
  if (!c.draw) return out;
  const base = { campaign: c.campaign };
  /** A due date, or the year the calendar lacks. */
  const safe = (fn: () => string): { due: string | null; unknownYear?: number } => {
    try {
      return { due: fn() };
    } catch (error) {
      if (error instanceof CalendarYearUnknown) return { due: null, unknownYear: error.year };
      throw error;
    }
  };
  const open = (due: string | null): FollowUpStatus => (due !== null && asOf > due ? "overdue" : "due");
  const end = c.draw.record.parameters.endDate;
  // A result not entered yet: the visit was at the latest on the campaign's last day.
  for (const m of c.missing) {
    const d = safe(() => rules.entry(end));
    out.push({ ...base, kind: "entry", department: m.department, object: m.object, ...d, status: open(d.due) });
  }
  const published = new Map<string, string>();
  for (const line of c.publications) for (const o of line.published) if (!published.has(o)) published.set(o, line.asOf);
  for (const r of c.results) {
    const e = r.entry;
    const entry = safe(() => rules.entry(e.inspectedOn));
    out.push({
      ...base,
      kind: "entry",
      department: r.department,
      object: r.object,
      ...entry,
      status: "closed",
      closedOn: e.enteredOn,
      ...(entry.due !== null && e.enteredOn > entry.due ? { late: true } : {}),
    });
    if (e.outcome === "rectification-ordered" && e.deadline !== undefined)
      out.push(rectification(r, rules, asOf, safe));
    const pub = safe(() => rules.publication(e.inspectedOn));
    const on = published.get(r.object);
    out.push({
      ...base,
      kind: "publication",
      department: r.department,
      object: r.object,
      ...pub,
      status: on !== undefined ? "closed" : open(pub.due),
      ...(on !== undefined ? { closedOn: on, ...(pub.due !== null && on > pub.due ? { late: true } : {}) } : {}),
    });
  }
  return out;
}

/** A rectification order: closed when found rectified; escalated (and still open) when not. */
function rectification(
  r: CampaignResults["results"][number],
  rules: Deadlines,
  asOf: string,
  safe: (fn: () => string) => { due: string | null; unknownYear?: number },
): FollowUp {
  const base = { kind: "rectification" as const, campaign: r.campaign, department: r.department, object: r.object };
  let deadline: string | undefined = r.entry.deadline;
  let escalated = false;
  let caseOpened = false;
  for (const re of r.entry.reinspections ?? []) {
    if (re.rectified) {
      const d = deadline !== undefined ? safe(() => rules.reinspection(deadline as string)) : { due: null };
      return {
        ...base,
        ...d,
        status: "closed",
        closedOn: re.on,
        ...(d.due !== null && re.on > d.due ? { late: true } : {}),
      };
    }
    escalated = true;
    if (re.escalation?.outcome === "case-opened") {
      caseOpened = true;
      deadline = undefined;
    } else deadline = re.escalation?.deadline;
  }
  if (deadline === undefined) return { ...base, due: null, status: "escalated", ...(caseOpened ? { caseOpened } : {}) };
  const d = safe(() => rules.reinspection(deadline as string));
  const effective = safe(() => rules.rectification(deadline as string));
  const status: FollowUpStatus = d.due !== null && asOf > d.due ? "overdue" : escalated ? "escalated" : "due";
  return { ...base, ...d, deadline: effective.due ?? deadline, status };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts per department and status: the first line of `checkonce followups`. */
export function followUpCounts(items: readonly FollowUp[]): Map<string, Record<FollowUpStatus, number>> {
  const out = new Map<string, Record<FollowUpStatus, number>>();
  for (const f of items) {
    const c = out.get(f.department) ?? { due: 0, overdue: 0, escalated: 0, closed: 0 };
    c[f.status]++;
    out.set(f.department, c);
  }
  return out;
}
