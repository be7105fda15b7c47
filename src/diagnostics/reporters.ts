import { message, type Lang } from "../i18n/messages.js";
import type { Palette } from "../util/colors.js";
import { compareDiagnostics, countDiagnostics, type Diagnostic, type DiagnosticCounts } from "./diagnostic.js";
import { terminalText } from "../util/safe-text.js";
import { textTable } from "../util/text-table.js";

export interface FileSummary {
  file: string;
  kind: string;
  entries: number;
}

/** What `validate` found: the input of every reporter. */
export interface ValidationReport {
  /** The workspace as the user named it (relative to where they ran the command). */
  workspace: string;
  files: FileSummary[];
  diagnostics: Diagnostic[];
}

export interface ReporterContext {
  lang: Lang;
  colors: Palette;
  /** Turns a workspace-relative file into the path shown to the user (clickable from the cwd). */
  displayPath: (file: string) => string;
}

export type ReportFormat = "text" | "json" | "github";
export const reportFormats: readonly ReportFormat[] = ["text", "json", "github"];

/** Output formats are a map from name to a pure function (knip's reporters). */
export const reporters: Record<ReportFormat, (report: ValidationReport, ctx: ReporterContext) => string> = {
  text: textReport,
  json: jsonReport,
  github: githubReport,
};

export function renderMessage(d: Diagnostic, lang: Lang): string {
  return message(d.code as Parameters<typeof message>[0], d.params, lang);
}

function sorted(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(compareDiagnostics);
}

/** yamllint's parsable style: file:line:col severity code message, then a summary per file. */
function textReport(report: ValidationReport, ctx: ReporterContext): string {
  const { colors: c, lang } = ctx;
  const lines: string[] = [];
  for (const d of sorted(report.diagnostics)) {
    // A problem with the workspace or a folder has no position (line 0): the path alone.
    const path = terminalText(ctx.displayPath(d.file));
    const where = d.line > 0 ? `${path}:${d.line}:${d.col}` : path;
    const sev = message(`severity-${d.severity}`, {}, lang);
    const coloured = d.severity === "error" ? c.red(sev) : d.severity === "warning" ? c.yellow(sev) : c.cyan(sev);
    lines.push(`${c.bold(where)} ${coloured} ${c.dim(d.code)} ${terminalText(renderMessage(d, lang), 2000)}`);
  }
  if (lines.length > 0) lines.push("");
  lines.push(summaryTable(report, ctx));
  const counts = countDiagnostics(report.diagnostics);
  const params = {
    errors: counts.errors,
    warnings: counts.warnings,
    files: report.files.length,
    workspace: report.workspace,
  };
  lines.push(
    counts.errors + counts.warnings === 0
      ? c.green(message("summary-clean", params, lang))
      : message("summary-line", params, lang),
  );
  return lines.join("\n") + "\n";
}

function summaryTable(report: ValidationReport, ctx: ReporterContext): string {
  const { lang } = ctx;
  const perFile = new Map<string, DiagnosticCounts>();
  for (const f of report.files)
    perFile.set(f.file, countDiagnostics(report.diagnostics.filter((d) => d.file === f.file)));
  const head = [
    message("summary-file", {}, lang),
    message("summary-entries", {}, lang),
    message("summary-errors", {}, lang),
    message("summary-warnings", {}, lang),
  ];
  const table: (string | number)[][] = [];
  for (const f of report.files) {
    const n = perFile.get(f.file) as DiagnosticCounts;
    table.push([ctx.displayPath(f.file), f.entries, n.errors, n.warnings]);
  }
  const other = report.diagnostics.filter((d) => !perFile.has(d.file));
  if (other.length > 0) {
    const n = countDiagnostics(other);
    table.push([message("summary-workspace", {}, lang), "", n.errors, n.warnings]);
  }
  const total = countDiagnostics(report.diagnostics);
  table.push([
    message("summary-total", {}, lang),
    report.files.reduce((s, f) => s + f.entries, 0),
    total.errors,
    total.warnings,
  ]);
  return textTable(head, table, { align: ["left", "right", "right", "right"] });
}

/**
 * The stable, documented JSON (README, "JSON output"): a format tag, counts, files and every
 * diagnostic in a fixed order, with the message in the chosen language and its parameters.
 */
function jsonReport(report: ValidationReport, ctx: ReporterContext): string {
  const counts = countDiagnostics(report.diagnostics);
  const out = {
    format: "checkonce-validate/1",
    workspace: report.workspace,
    ok: counts.errors === 0,
    counts,
    files: report.files.map((f) => ({ file: f.file, kind: f.kind, entries: f.entries })),
    diagnostics: sorted(report.diagnostics).map((d) => ({
      file: d.file,
      line: d.line,
      col: d.col,
      pointer: d.pointer,
      code: d.code,
      severity: d.severity,
      message: renderMessage(d, ctx.lang),
      params: d.params,
    })),
  };
  return JSON.stringify(out, null, 2) + "\n";
}

/** GitHub workflow commands: one annotation per diagnostic, escaped as the runner requires. */
function githubReport(report: ValidationReport, ctx: ReporterContext): string {
  const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const escapeProp = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const lines = sorted(report.diagnostics).map((d) => {
    const command = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice";
    const props = [`file=${escapeProp(terminalText(ctx.displayPath(d.file)))}`];
    if (d.line > 0) props.push(`line=${d.line}`, `col=${d.col}`);
    props.push(`title=${escapeProp(d.code)}`);
    return `::${command} ${props.join(",")}::${escapeData(terminalText(renderMessage(d, ctx.lang), 2000))}`;
  });
  const counts = countDiagnostics(report.diagnostics);
  lines.push(
    message(
      "summary-line",
      { errors: counts.errors, warnings: counts.warnings, files: report.files.length, workspace: report.workspace },
      ctx.lang,
    ),
  );
  return lines.join("\n") + "\n";
}
