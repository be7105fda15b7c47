import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";
import type { MessageParams } from "../i18n/messages.js";
import { indexById, type Campaign, type Inspector, type Located, type Workspace } from "../registries/model.js";
import { isIsoDate } from "../util/dates.js";
import { CalendarYearUnknown, type WorkingCalendar } from "./calendar.js";
import type { CampaignDraw } from "./campaign-draw.js";
import { neededFields, resultValues, unexpectedFields, type Result } from "./outcomes.js";

/** A problem with one result, at a field inside it (“/deadline”, “/reinspections/0/on”, “” for the entry). */
export interface ResultProblem {
  code: string;
  severity: Severity;
  field: string;
  params: MessageParams;
}

/** What checking a result needs besides the result itself. */
export interface ResultContext {
  campaign: Located<Campaign> | undefined;
  draw: CampaignDraw | undefined;
  calendar: WorkingCalendar;
  /** The day entries are judged against (no result from the future). */
  today: string;
  /**
   * Entering now: a date after today is refused. Validation does not judge it (its --today may lie
   * before the results, to judge certificates as of an earlier day).
   */
  entering: boolean;
  inspectors: Map<string, Located<Inspector>>;
  entryWorkingDays: number;
}

export function resultContext(
  ws: Workspace,
  campaignId: string,
  draw: CampaignDraw | undefined,
  calendar: WorkingCalendar,
  today: string,
  entering = true,
): ResultContext {
  return {
    entering,
    campaign: ws.campaigns.find((c) => c.value.id === campaignId),
    draw,
    calendar,
    today,
    inspectors: indexById(ws.inspectors),
    entryWorkingDays: ws.config.policy.resultEntryWorkingDays,
  };
}

/**
 * Every rule one result must keep (issue 8): the object and department in the draw's team, the
 * date inside the campaign, each outcome's fields, the signed record or the refusal, the township's
 * staff member when linkage was on, in time; re-inspections after the deadline, by the department
 * that ordered it. Pure; the caller places the problems (a YAML line, a CSV row and column).
 */
export function checkResult(ctx: ResultContext, department: string, entry: Result): ResultProblem[] {
  const out: ResultProblem[] = [];
  const add = (field: string, code: string, params: MessageParams = {}, severity: Severity = "error") =>
    out.push({ code, severity, field, params });
  const { draw } = ctx;
  const object = entry.object;
  const calendarSafe = <T>(field: string, fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      if (!(error instanceof CalendarYearUnknown)) throw error;
      add(field, "calendar-year-unknown", { year: error.year });
      return undefined;
    }
  };

  // The draw: object and department.
  const drawn = draw?.objects.get(object);
  if (draw && !drawn) {
    const replaced = draw.replaced.get(object);
    if (replaced)
      add("/object", "result-object-replaced", {
        object,
        campaign: draw.campaign,
        replacement: replaced.replacement,
        reason: replaced.reason,
      });
    else add("/object", "result-object-not-drawn", { object, campaign: draw.campaign, attempt: draw.record.attempt });
  }
  if (drawn && !drawn.departments.includes(department)) {
    const inTeam = drawn.team.members.some((m) => m.department === department && m.role !== "township");
    add("/object", inTeam ? "result-department-no-task" : "result-department-not-in-team", {
      object,
      department,
      team: drawn.team.id,
      item: drawn.item,
      departments: drawn.departments.join(", "),
    });
  }

  // Dates.
  const start = draw?.record.parameters.startDate ?? ctx.campaign?.value.startDate;
  const end = draw?.record.parameters.endDate ?? ctx.campaign?.value.endDate;
  const datesOk = isIsoDate(entry.inspectedOn) && isIsoDate(entry.enteredOn);
  if (datesOk && start !== undefined && end !== undefined && (entry.inspectedOn < start || entry.inspectedOn > end))
    add("/inspectedOn", "result-date-outside-campaign", { date: entry.inspectedOn, start, end });
  if (ctx.entering && datesOk && entry.inspectedOn > ctx.today)
    add("/inspectedOn", "result-date-future", { date: entry.inspectedOn, today: ctx.today });
  if (datesOk && entry.enteredOn < entry.inspectedOn)
    add("/enteredOn", "result-entered-before-visit", { entered: entry.enteredOn, inspected: entry.inspectedOn });

  // Each outcome's fields.
  const values = resultValues(entry);
  for (const field of neededFields(values)) {
    const given = values[field];
    if (given === undefined || (typeof given === "string" && given.trim() === ""))
      add("", `result-needs-${field}`, {
        outcome: entry.outcome,
        ...(entry.reason ? { reason: entry.reason } : {}),
      });
  }
  for (const field of unexpectedFields(values))
    add(`/${field}`, "result-field-unexpected", { field, outcome: entry.outcome });
  if (entry.refusal && !neededFields(values).includes("refusal"))
    add("/refusal", "result-field-unexpected", { field: "refusal", outcome: entry.outcome });
  if (entry.deadline !== undefined && isIsoDate(entry.deadline) && entry.deadline <= entry.inspectedOn)
    add("/deadline", "result-deadline-not-after-visit", { deadline: entry.deadline, inspected: entry.inspectedOn });

  // The township's staff member, when the draw sent one (实施方案 二(二)3 县乡联动).
  const linkage = draw?.record.parameters.linkage ?? ctx.campaign?.value.linkage !== false;
  if (entry.townshipStaff !== undefined) {
    const staff = ctx.inspectors.get(entry.townshipStaff)?.value;
    const township = drawn?.township;
    if (!staff || (township !== undefined && staff.department !== township))
      add("/townshipStaff", "result-township-staff-unknown", {
        id: entry.townshipStaff,
        township: township ?? "",
      });
    else if (drawn && !drawn.team.members.some((m) => m.inspector === entry.townshipStaff))
      add(
        "/townshipStaff",
        "result-township-staff-not-in-team",
        { id: entry.townshipStaff, team: drawn.team.id },
        "warning",
      );
  } else if (linkage && entry.outcome !== "not-inspectable" && drawn?.team.members.some((m) => m.role === "township"))
    add("", "result-needs-townshipStaff", { township: drawn.township });
  (entry.inspectors ?? []).forEach((id, i) => {
    if (drawn && !drawn.team.members.some((m) => m.inspector === id && m.department === department))
      add(`/inspectors/${i}`, "result-inspector-not-in-team", { id, team: drawn.team.id, department });
  });

  // Entered in time: within the policy's working days of the visit.
  if (datesOk) {
    const due = calendarSafe("/inspectedOn", () =>
      ctx.calendar.addWorkingDays(entry.inspectedOn, ctx.entryWorkingDays),
    );
    if (due !== undefined && entry.enteredOn > due)
      add(
        "/enteredOn",
        "result-entered-late",
        { entered: entry.enteredOn, due, days: ctx.entryWorkingDays },
        "warning",
      );
  }

  (entry.amendments ?? []).forEach((a, i) => {
    if (isIsoDate(a.amendedOn) && a.amendedOn < a.previous.enteredOn)
      add(`/amendments/${i}/amendedOn`, "result-amended-before-entry", {
        amended: a.amendedOn,
        entered: a.previous.enteredOn,
      });
  });
  out.push(...checkReinspections(ctx, entry));
  return out;
}

/** Re-inspections follow a rectification order, after its deadline (or earlier when found rectified). */
function checkReinspections(ctx: ResultContext, entry: Result): ResultProblem[] {
  const out: ResultProblem[] = [];
  const list = entry.reinspections ?? [];
  if (list.length === 0) return out;
  const add = (field: string, code: string, params: MessageParams = {}) =>
    out.push({ code, severity: "error", field, params });
  if (entry.outcome !== "rectification-ordered") {
    add("/reinspections", "reinspection-without-order", { outcome: entry.outcome });
    return out;
  }
  let deadline = entry.deadline;
  let previousOn = entry.inspectedOn;
  list.forEach((r, i) => {
    const at = `/reinspections/${i}`;
    if (!isIsoDate(r.on)) return;
    if (r.on < previousOn) add(`${at}/on`, "reinspection-before-visit", { on: r.on, before: previousOn });
    if (ctx.entering && r.on > ctx.today) add(`${at}/on`, "result-date-future", { date: r.on, today: ctx.today });
    if (isIsoDate(r.enteredOn) && r.enteredOn < r.on)
      add(`${at}/enteredOn`, "result-entered-before-visit", { entered: r.enteredOn, inspected: r.on });
    if (i > 0 && list[i - 1]?.rectified === true) add(at, "reinspection-after-closed", { on: r.on });
    // Found not rectified before its deadline: the object still had time.
    if (!r.rectified && deadline !== undefined && isIsoDate(deadline)) {
      let effective: string | undefined;
      try {
        effective = ctx.calendar.onOrNextWorkingDay(deadline);
      } catch (error) {
        if (!(error instanceof CalendarYearUnknown)) throw error;
        add(`${at}/on`, "calendar-year-unknown", { year: error.year });
      }
      if (effective !== undefined && r.on <= effective)
        add(`${at}/on`, "reinspection-before-deadline", { on: r.on, deadline: effective });
    }
    if (!r.rectified && !r.escalation) add(at, "reinspection-needs-escalation", {});
    if (r.rectified && r.escalation) add(`${at}/escalation`, "reinspection-escalation-unexpected", {});
    if (r.escalation?.outcome === "rectification-ordered") {
      if (r.escalation.deadline === undefined)
        add(`${at}/escalation`, "result-needs-deadline", { outcome: "rectification-ordered" });
      else if (r.escalation.deadline <= r.on)
        add(`${at}/escalation/deadline`, "result-deadline-not-after-visit", {
          deadline: r.escalation.deadline,
          inspected: r.on,
        });
    }
    if (r.escalation?.outcome === "case-opened" && r.escalation.deadline !== undefined)
      add(`${at}/escalation/deadline`, "result-field-unexpected", { field: "deadline", outcome: "case-opened" });
    deadline = r.escalation?.outcome === "rectification-ordered" ? r.escalation.deadline : undefined;
    previousOn = r.on;
  });
  return out;
}

/** Places a result's problems at the lines of its YAML file. */
export function placeProblems(
  problems: readonly ResultProblem[],
  entry: { file: string; pointer: string },
  locate: (file: string, pointer: string) => { line: number; col: number },
): Diagnostic[] {
  return problems.map((p) => {
    const pointer = entry.pointer + p.field;
    const { line, col } = locate(entry.file, pointer);
    return { file: entry.file, line, col, pointer, code: p.code, severity: p.severity, params: p.params };
  });
}
