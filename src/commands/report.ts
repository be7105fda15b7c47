import { join, relative, resolve } from "node:path";
import { ExitCode, UsageError } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import { listCheckpoints } from "../ledger/checkpoint-store.js";
import { checkpointLine } from "../ledger/checkpoint.js";
import { verifyRecordFile } from "../ledger/verify-record.js";
import { computeReport, type LedgerState } from "../report/compute-report.js";
import { parsePeriod } from "../report/period.js";
import {
  parseReportFormats,
  renderReportFiles,
  renderReportTable,
  REPORT_DIR,
  reportFormats,
  writeReportFiles,
} from "../report/write-report.js";
import { loadResultsModel, type ResultsModel } from "../results/load-results.js";
import { isIsoDate, todayIso } from "../util/dates.js";
import { toPosix } from "../util/fs.js";
import { colourOn, openFor, reportUnused } from "./context.js";
import { defineCommand } from "./declare.js";

interface ReportOptions {
  period?: string;
  asOf?: string;
  format?: string;
  out?: string;
}

/** What verification says at the time of the report: the chain, and each drawn campaign's current record. */
function ledgerState(root: string, model: ResultsModel): LedgerState {
  // The model read the ledger once already; its problems are the chain's.
  const chain = model.ledgerProblems.map((p) => `ledger line ${p.line}: ${p.detail}`);
  const records: Record<string, string[]> = {};
  for (const c of model.campaigns) {
    if (c.drawError) records[c.campaign] = [message(c.drawError.key, c.drawError.params, "en")];
    if (!c.draw) continue;
    const { differences } = verifyRecordFile(root, { abs: join(root, c.draw.path), rel: c.draw.path });
    records[c.campaign] = differences.filter((d) => !chain.includes(d));
  }
  const latest = listCheckpoints(root).checkpoints.at(-1);
  return { chain, records, ...(latest ? { checkpoint: checkpointLine(latest) } : {}) };
}

/** `checkonce report --period 2026Q2` (issue 9): the bulletin for the leading-group office. */
export const reportCommand = defineCommand<ReportOptions>({
  name: "report",
  help: "cmd-report",
  options: [
    { flags: "--period <period>", help: "opt-period" },
    { flags: "--as-of <date>", help: "opt-as-of-report" },
    { flags: "-f, --format <formats>", help: "opt-format-report" },
    { flags: "--out <dir>", help: "opt-out-report" },
  ],
  async run(ctx, _args, o) {
    const period = parsePeriod(o.period ?? "");
    if (!period) throw new UsageError("report-bad-period", { value: o.period ?? "" });
    if (o.asOf !== undefined && !isIsoDate(o.asOf))
      throw new UsageError("invalid-option", { option: "--as-of", value: o.asOf, allowed: "YYYY-MM-DD" });
    const parsed = parseReportFormats(o.format);
    if ("unknown" in parsed)
      throw new UsageError("report-unknown-format", { format: parsed.unknown, allowed: reportFormats.join(", ") });
    const opened = openFor(ctx);
    const { workspace: ws, lang } = opened;
    // A bulletin counted from part of the registries would under-count: said, and exit 1 at the end.
    const incomplete = reportUnused(ctx, opened);
    const asOf = o.asOf ?? ctx.today ?? todayIso();
    const model = loadResultsModel(ws);
    const report = computeReport(ws, model, ledgerState(ws.root, model), period, asOf);
    if (parsed.formats.includes("table")) ctx.io.stdout(renderReportTable(report, lang, colourOn(ctx)));
    const files = await renderReportFiles(report, lang, parsed.formats);
    if (files.length > 0) {
      const dir = o.out !== undefined ? resolve(ctx.io.cwd, o.out) : join(ws.root, REPORT_DIR);
      const names = writeReportFiles(dir, files);
      const shown = toPosix(relative(ctx.io.cwd, dir)) || ".";
      const say = parsed.formats.includes("table") ? ctx.io.stderr : ctx.io.stdout;
      say(message("report-written", { period: period.id, dir: shown }, lang) + "\n");
      for (const n of names) say(`  ${shown}/${n}\n`);
    }
    if (incomplete) {
      ctx.io.stderr(message("report-incomplete", {}, lang) + "\n");
      return ExitCode.findings;
    }
    return ExitCode.ok;
  },
});
