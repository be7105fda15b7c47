import { message, term, type Lang, type MessageParams } from "../i18n/messages.js";
import type { ReportUiKey } from "../i18n/messages-report.js";
import { tiers } from "../registries/model.js";
import { outcomes } from "../results/outcomes.js";
import type { Figures, Report, TierCounts } from "./compute-report.js";

/**
 * The bulletin in words: its title, summary and tables, in one language, taken from the report
 * object alone. Every text format (terminal, Markdown, HTML, DOCX) prints this view, so none can
 * say another number than the JSON and CSV.
 */
export interface ViewTable {
  id: string;
  heading: string;
  /** Above the table, in the same section (a sub-heading). */
  subheading?: string;
  columns: string[];
  rows: string[][];
  /** Relative widths for the paper formats; first column widest. */
  weights: number[];
  /** Numbers are right-aligned in the terminal. */
  numeric: boolean[];
}

export interface ReportView {
  title: string;
  subtitle: string;
  period: string;
  summary: string[];
  basis: string;
  issuer: string;
  /** The ledger checkpoint current when the bulletin was made (issue 12): a line to read aloud, the signed text; empty without one. */
  checkpoint: string[];
  /** Said in place of a table with no rows. */
  none: string;
  tables: ViewTable[];
}

const zhDigits = ["", "一", "二", "三", "四"];
/** Rows shown of the repeated-visits list in the paper formats; all of them are in JSON and CSV. */
export const REPEATED_SHOWN = 30;

export function periodLabel(period: Report["period"], lang: Lang): string {
  const q = Number(period.id.slice(5));
  if (period.kind === "quarter")
    return message("rep-period-quarter", { year: period.year, q, qZh: zhDigits[q] ?? String(q) }, lang);
  if (period.kind === "half")
    return message(
      "rep-period-half",
      { year: period.year, half: message(q === 1 ? "rep-half-1" : "rep-half-2", {}, lang) },
      lang,
    );
  return message("rep-period-year", { year: period.year }, lang);
}

export function dateLabel(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-");
  return lang === "zh" ? `${y}年${Number(m)}月${Number(d)}日` : iso;
}

export function reportView(report: Report, lang: Lang): ReportView {
  const say = (key: ReportUiKey, params: MessageParams = {}) => message(key, params, lang);
  const sep = lang === "zh" ? "、" : ", ";
  const period = periodLabel(report.period, lang);
  const t = report.totals;
  const deptRows = report.departments;
  // Beyond the plans table, a lead department with no campaign in the period would be a row of zeros.
  const active = deptRows.filter((r) => r.campaigns.planned > 0);
  const total = say("rep-total");
  const tierCell = (o: Report["totals"]["objects"], tier: keyof TierCounts) =>
    `${o.calledFor[tier]} / ${o.drawn[tier]} / ${o.inspected[tier]}`;

  const plans: ViewTable = {
    id: "plans",
    heading: say("rep-h-plans"),
    columns: [
      say("rep-col-department"),
      say("rep-col-plan-filed"),
      say("rep-col-plan-copied"),
      say("rep-col-campaigns"),
    ],
    rows: deptRows.map((r) => [
      r.name,
      r.plan.filedOn === null
        ? say("rep-not-filed")
        : say(r.plan.onTime ? "rep-filed-on-time" : "rep-filed-late", { date: r.plan.filedOn }),
      r.plan.filedOn === null
        ? "—"
        : r.plan.missingCopies.length === 0
          ? say("rep-copied-all")
          : say("rep-copied-missing", { list: r.plan.missingCopies.join(sep) }),
      `${r.campaigns.held} / ${r.campaigns.planned}`,
    ]),
    weights: [3, 3, 3, 2],
    numeric: [false, false, false, true],
  };
  plans.rows.push([
    total,
    `${t.plansOnTime} / ${deptRows.length}`,
    `${t.plansCopied} / ${deptRows.length}`,
    `${t.campaigns.held} / ${t.campaigns.planned}`,
  ]);

  const objectsTable: ViewTable = {
    id: "objects",
    heading: say("rep-h-objects"),
    columns: [
      say("rep-col-department"),
      ...tiers.map((tier) => say("rep-col-tier", { tierName: term(tier, lang) })),
      say("rep-col-all-tiers"),
    ],
    rows: [...active.map((r) => ({ name: r.name, o: r.objects })), { name: total, o: t.objects }].map((x) => [
      x.name,
      ...tiers.map((tier) => tierCell(x.o, tier)),
      tierCell(x.o, "total"),
    ]),
    weights: [3, 2, 2, 2, 2],
    numeric: [false, true, true, true, true],
  };

  const withTotal = <T>(pick: (r: Figures) => T) => [
    ...active.map((r) => ({ name: r.name, v: pick(r) })),
    { name: total, v: pick(t) },
  ];
  const resultsTable: ViewTable = {
    id: "results",
    heading: say("rep-h-results"),
    columns: [
      say("rep-col-department"),
      say("rep-col-expected"),
      say("rep-col-on-time"),
      say("rep-col-late"),
      say("rep-col-pending"),
      say("rep-col-overdue"),
      say("rep-col-rect"),
      say("rep-col-pub"),
    ],
    rows: withTotal((r) => r).map(({ name, v }) => [
      name,
      String(v.results.expected),
      String(v.results.onTime),
      String(v.results.late),
      String(v.results.pending + v.results.unknownYear),
      String(v.results.overdue),
      [
        v.rectifications.ordered,
        v.rectifications.closed,
        v.rectifications.due,
        v.rectifications.overdue,
        v.rectifications.escalated,
      ].join(" / "),
      [v.publication.onTime, v.publication.late, v.publication.pending, v.publication.overdue].join(" / "),
    ]),
    weights: [3, 1, 1, 1, 1, 1, 3, 3],
    numeric: [false, true, true, true, true, true, true, true],
  };

  const outcomesTable: ViewTable = {
    id: "outcomes",
    heading: say("rep-h-outcomes"),
    columns: [say("rep-col-department"), ...outcomes.map((o) => term(o, lang))],
    rows: withTotal((r) => r.outcomes).map(({ name, v }) => [name, ...outcomes.map((o) => String(v[o]))]),
    weights: [3, 1, 1, 1, 1, 1, 1, 1],
    numeric: [false, ...outcomes.map(() => true)],
  };

  const visitsTable: ViewTable = {
    id: "visits",
    heading: say("rep-h-visits"),
    columns: [
      say("rep-col-department"),
      say("rep-col-inspected"),
      say("rep-col-separate"),
      say("rep-col-joint"),
      say("rep-col-saved"),
    ],
    rows: withTotal((r) => r).map(({ name, v }) => [
      name,
      String(v.objects.inspected.total),
      String(v.visits.separate),
      String(v.visits.joint),
      String(v.visits.saved),
    ]),
    weights: [3, 2, 2, 2, 2],
    numeric: [false, true, true, true, true],
  };

  const participation: ViewTable = {
    id: "participation",
    heading: say("rep-h-visits"),
    subheading: say("rep-h-participation"),
    columns: [say("rep-col-participant"), say("rep-col-inspected"), say("rep-col-shared")],
    rows: report.visits.byDepartment.map((d) => [d.name, String(d.inspected), String(d.joint)]),
    weights: [3, 2, 2],
    numeric: [false, true, true],
  };

  const shown = report.visits.repeated.slice(0, REPEATED_SHOWN);
  const repeated: ViewTable = {
    id: "repeated",
    heading: say("rep-h-visits"),
    subheading: say("rep-h-repeated"),
    columns: [say("rep-col-object"), say("rep-col-code"), say("rep-col-visits")],
    rows: shown.map((r) => [
      r.name,
      r.object,
      r.visits
        .map((v) => `${v.date}：${v.by.join(sep)}${v.campaign === null ? `（${say("rep-upper")}）` : ""}`)
        .join(lang === "zh" ? "；" : "; "),
    ]),
    weights: [3, 3, 5],
    numeric: [false, false, false],
  };
  if (report.visits.repeated.length > REPEATED_SHOWN)
    repeated.rows.push([say("rep-list-more", { count: report.visits.repeated.length - REPEATED_SHOWN }), "", ""]);

  const townships: ViewTable = {
    id: "townships",
    heading: say("rep-h-townships"),
    columns: [
      say("rep-col-township"),
      say("rep-col-inspected"),
      say("rep-col-with-county"),
      say("rep-col-staff"),
      say("rep-col-requested"),
    ],
    rows: report.townships.map((r) => [
      r.name,
      String(r.inspected),
      String(r.jointWithCounty),
      String(r.staff),
      `${r.requestedCampaigns} / ${r.requestedInspected}`,
    ]),
    weights: [3, 2, 2, 2, 2],
    numeric: [false, true, true, true, true],
  };

  const changes: ViewTable = {
    id: "changes",
    heading: say("rep-h-changes"),
    columns: [say("rep-col-campaign"), say("rep-col-change"), say("rep-col-reason")],
    rows: [
      ...t.redraws.map((r) => [r.campaign, say("rep-redraw", { attempt: r.attempt }), r.reason]),
      ...t.substitutions.map((s) => [
        s.campaign,
        say("rep-substitution", { object: s.object, replacement: s.replacement }),
        s.reason,
      ]),
    ],
    weights: [2, 4, 4],
    numeric: [false, false, false],
  };

  const integrity: ViewTable = {
    id: "integrity",
    heading: say("rep-h-integrity"),
    columns: [
      say("rep-col-campaign"),
      say("rep-col-draws"),
      say("rep-col-attempt"),
      say("rep-col-committed"),
      say("rep-col-verifies"),
    ],
    rows: report.integrity.map((c) => [
      c.campaign,
      String(c.draws),
      c.drawn ? String(c.attempts) : say("rep-not-drawn"),
      c.drawn ? say(c.committedBeforeSeed ? "rep-yes" : "rep-no") : "—",
      c.drawn ? (c.verifies ? say("rep-verifies-ok") : say("rep-verifies-failed", { count: c.problems.length })) : "—",
    ]),
    weights: [3, 2, 2, 2, 2],
    numeric: [false, true, true, false, false],
  };

  const trend: ViewTable = {
    id: "trend",
    heading: say("rep-h-trend"),
    columns: [
      say("rep-col-quarter"),
      say("rep-col-held"),
      say("rep-col-inspected"),
      say("rep-col-separate"),
      say("rep-col-joint"),
      say("rep-col-saved"),
    ],
    rows: report.trend.map((q) => [
      q.period,
      String(q.campaignsHeld),
      String(q.inspected),
      String(q.visits.separate),
      String(q.visits.joint),
      String(q.visits.saved),
    ]),
    weights: [2, 2, 2, 2, 2, 2],
    numeric: [false, true, true, true, true, true],
  };

  const asOf = dateLabel(report.asOf, lang);
  return {
    title: say("rep-title"),
    subtitle: say("rep-subtitle", { county: report.county, period, asOf }),
    period,
    summary: [
      say("rep-summary", {
        period,
        planned: t.campaigns.planned,
        held: t.campaigns.held,
        inspected: t.objects.inspected.total,
        separate: t.visits.separate,
        joint: t.visits.joint,
        saved: t.visits.saved,
        expected: t.results.expected,
        onTime: t.results.onTime,
        overdueEntries: t.results.overdue,
        rectOrdered: t.rectifications.ordered,
        rectClosed: t.rectifications.closed,
        rectOverdue: t.rectifications.overdue,
      }),
      say("rep-summary-plans", { leads: deptRows.length, onTime: t.plansOnTime, copied: t.plansCopied }),
    ],
    basis: say("rep-basis", { asOf }),
    issuer: say("rep-issuer"),
    checkpoint: report.ledger.checkpoint
      ? [
          message("checkpoint-doc-public", { short: report.ledger.checkpoint.short }, lang),
          ...report.ledger.checkpoint.full,
        ]
      : [],
    none: say("rep-none"),
    tables: [
      plans,
      objectsTable,
      resultsTable,
      outcomesTable,
      visitsTable,
      participation,
      repeated,
      townships,
      trend,
      changes,
      integrity,
    ],
  };
}
