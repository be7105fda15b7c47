import { plain } from "../orders/document.js";
import { toCsv } from "../util/csv-write.js";
import { textTable } from "../util/text-table.js";
import type { Report } from "./compute-report.js";
import type { ReportView, ViewTable } from "./report-view.js";

/** The terminal: the title, the summary, then each table boxed (util/text-table: Chinese aligned, nothing cut). */
export function renderTerminal(view: ReportView, colour: boolean): string {
  const out = [view.title, view.subtitle, "", ...view.summary, ""];
  let heading = "";
  for (const t of view.tables) {
    if (t.heading !== heading) out.push(t.heading);
    heading = t.heading;
    if (t.subheading) out.push(t.subheading);
    if (t.rows.length === 0) {
      out.push(`  ${view.none}`, "");
      continue;
    }
    const align = t.numeric.map((n) => (n ? ("right" as const) : ("left" as const)));
    out.push(textTable(t.columns, t.rows, { align, colour, maxCell: 100_000 }), "");
  }
  out.push(view.basis, ...view.checkpoint);
  return out.join("\n") + "\n";
}

const mdCell = (s: string) =>
  plain(s)
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/[\r\n]+/g, " ");

function mdTable(t: ViewTable): string {
  const head = `| ${t.columns.map(mdCell).join(" | ")} |`;
  const rule = `| ${t.numeric.map((n) => (n ? "---:" : "---")).join(" | ")} |`;
  return [head, rule, ...t.rows.map((r) => `| ${r.map(mdCell).join(" | ")} |`)].join("\n");
}

export function renderReportMarkdown(view: ReportView): string {
  const out = [`# ${view.title}`, "", `**${mdCell(view.subtitle)}**`, "", ...view.summary.flatMap((p) => [p, ""])];
  let heading = "";
  for (const t of view.tables) {
    if (t.heading !== heading) out.push(`## ${t.heading}`, "");
    heading = t.heading;
    if (t.subheading) out.push(`### ${t.subheading}`, "");
    out.push(t.rows.length > 0 ? mdTable(t) : `*${view.none}*`, "");
  }
  out.push(`*${view.basis}*`, "", view.issuer, "");
  const [line, ...full] = view.checkpoint;
  if (line !== undefined) out.push(line, "", "```", ...full, "```", "");
  return out.join("\n");
}

export function renderReportJson(report: Report): string {
  return JSON.stringify(report, null, 2) + "\n";
}

/** One figure: which part of the bulletin, whose (department, township, campaign, quarter), which measure. */
export interface Fact {
  section: string;
  key: string;
  measure: string;
  /** Numbers and booleans stay what they are, so a spreadsheet reads them as such (TRUE, 13). */
  value: string | number | boolean;
}

function flatten(section: string, key: string, value: unknown, prefix: string, out: Fact[]) {
  if (value === null || value === undefined) out.push({ section, key, measure: prefix, value: "" });
  else if (Array.isArray(value)) {
    if (value.every((v) => typeof v === "string")) out.push({ section, key, measure: prefix, value: value.join(" ") });
    else out.push({ section, key, measure: prefix, value: String(value.length) });
  } else if (typeof value === "object")
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      flatten(section, key, v, prefix === "" ? k : `${prefix}.${k}`, out);
  else
    out.push({
      section,
      key,
      measure: prefix,
      value: typeof value === "number" || typeof value === "boolean" ? value : String(value),
    });
}

/**
 * Every figure of the report as one long table (section, key, measure, value): what a spreadsheet
 * or a script wants for further analysis; `name` keeps each row readable.
 */
export function reportFacts(report: Report): (Fact & { name: string })[] {
  const out: (Fact & { name: string })[] = [];
  const rows = (section: string, key: string, name: string, value: object, skip: string[] = []) => {
    const facts: Fact[] = [];
    const kept = Object.fromEntries(Object.entries(value).filter(([k]) => !skip.includes(k)));
    flatten(section, key, kept, "", facts);
    for (const f of facts) out.push({ ...f, name });
  };
  for (const d of report.departments) rows("department", d.department, d.name, d, ["department", "name"]);
  rows("county", "county", report.county, report.totals);
  for (const d of report.visits.byDepartment) rows("participation", d.department, d.name, d, ["department", "name"]);
  for (const r of report.visits.repeated)
    out.push({ section: "repeated", key: r.object, name: r.name, measure: "visits", value: r.visits.length });
  for (const t of report.townships) rows("township", t.township, t.name, t, ["township", "name"]);
  for (const c of report.integrity) rows("integrity", c.campaign, c.name, c, ["campaign", "name"]);
  for (const q of report.trend) rows("trend", q.period, q.period, q, ["period"]);
  if (report.ledger.checkpoint)
    out.push({
      section: "ledger",
      key: "checkpoint",
      name: "",
      measure: "short",
      value: report.ledger.checkpoint.short,
    });
  return out;
}

export function renderReportCsv(report: Report): string {
  const facts = reportFacts(report);
  // By the one rule of every CSV the tool writes (util/csv-write.ts): codes as text, no formula runs.
  return toCsv([
    ["section", "key", "name", "measure", "value"],
    ...facts.map((f) => [f.section, f.key, f.name, f.measure, f.value]),
  ]);
}
