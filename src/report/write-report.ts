import { join } from "node:path";
import type { Lang } from "../i18n/messages.js";
import { writeFileAtomic } from "../util/fs.js";
import type { Report } from "./compute-report.js";
import { reportDocument } from "./report-document.js";
import { reportView } from "./report-view.js";
import { renderReportHtml } from "./render-report-html.js";
import { renderReportCsv, renderReportJson, renderReportMarkdown, renderTerminal } from "./render-text.js";

export const reportFormats = ["table", "md", "html", "docx", "json", "csv"] as const;
export type ReportFormat = (typeof reportFormats)[number];
export const REPORT_DIR = "out/report";

/** "table,md" → formats in a fixed order; the first unknown one is named. */
export function parseReportFormats(value: string | undefined): { formats: ReportFormat[] } | { unknown: string } {
  if (value === undefined) return { formats: ["table"] };
  const wanted = value
    .split(",")
    .map((f) => f.trim().toLowerCase())
    .filter((f) => f !== "");
  const unknown = wanted.find((f) => !(reportFormats as readonly string[]).includes(f));
  if (unknown !== undefined || wanted.length === 0) return { unknown: unknown ?? value };
  return { formats: reportFormats.filter((f) => wanted.includes(f)) };
}

export function renderReportTable(report: Report, lang: Lang, colour: boolean): string {
  return renderTerminal(reportView(report, lang), colour);
}

/** The files of every format but the terminal's, as named bytes, all from the one report object. */
export async function renderReportFiles(
  report: Report,
  lang: Lang,
  formats: readonly ReportFormat[],
): Promise<{ name: string; bytes: Uint8Array }[]> {
  const view = reportView(report, lang);
  const doc = reportDocument(report, view, lang);
  const encode = (s: string) => new TextEncoder().encode(s);
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const format of formats) {
    if (format === "table") continue;
    const bytes =
      format === "md"
        ? encode(renderReportMarkdown(view))
        : format === "json"
          ? encode(renderReportJson(report))
          : format === "csv"
            ? encode(renderReportCsv(report))
            : format === "html"
              ? encode(renderReportHtml(doc, report, lang))
              : // docx costs ~190 ms to import: only when asked for (STYLE.md).
                await (await import("../orders/render-docx.js")).renderDocx(doc);
    out.push({ name: `${report.period.id}.${format}`, bytes });
  }
  return out;
}

/** Each file written atomically into `dir` (absolute); returns the names written. */
export function writeReportFiles(dir: string, files: readonly { name: string; bytes: Uint8Array }[]): string[] {
  for (const f of files) writeFileAtomic(join(dir, f.name), f.bytes);
  return files.map((f) => f.name);
}
