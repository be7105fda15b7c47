import { readRegularFile } from "../util/read-file.js";
import { describeFault } from "../util/io-error.js";
import { relative, resolve } from "node:path";
import { ExitCode, UsageError } from "../diagnostics/errors.js";
import { message, term, type Lang, type UiKey } from "../i18n/messages.js";
import type { ResultsUiKey } from "../i18n/messages-results.js";
import type { Workspace } from "../registries/model.js";
import { isIsoDate, todayIso } from "../util/dates.js";
import { toPosix } from "../util/fs.js";
import { csvColumns, resultsFromCsv, type CsvProblem } from "../results/import-csv.js";
import { readSpreadsheet } from "../spreadsheets/read-spreadsheet.js";
import { cellText, columnLetter, type Sheet } from "../spreadsheets/sheet.js";
import { normalizeDate } from "../spreadsheets/normalize.js";
import { loadResultsModel } from "../results/load-results.js";
import { outcomes, reasons, type ResultValues } from "../results/outcomes.js";
import {
  planReinspection,
  planResults,
  writeResults,
  type IncomingResult,
  type ResultsPlan,
} from "../results/write-results.js";
import { lockNotice, openFor, type Context } from "./context.js";
import { defineCommand } from "./declare.js";
import { askResult } from "./results-prompts.js";

const now = () => new Date().toISOString();

interface AddOptions {
  object?: string;
  department?: string;
  date?: string;
  outcome?: string;
  deadline?: string;
  referredTo?: string;
  cause?: string;
  findings?: string;
  signature?: string;
  witness?: string;
  recorder?: string;
  townshipStaff?: string;
  inspectors?: string;
  serious?: string;
  entered?: string;
  amend?: boolean;
  reason?: string;
}

/** The option each field of a result is given with: where a problem is shown. */
const flagOf: Record<string, string> = {
  "/object": "--object",
  "/department": "--department",
  "/inspectedOn": "--date",
  "/enteredOn": "--entered",
  "/deadline": "--deadline",
  "/referredTo": "--referred-to",
  "/reason": "--cause",
  "/findings": "--findings",
  "/signature": "--signature",
  "/refusal": "--witness/--recorder",
  "/townshipStaff": "--township-staff",
  "/inspectors": "--inspectors",
};

function checkDate(option: string, value: string | undefined): void {
  if (value !== undefined && !isIsoDate(value))
    throw new UsageError("invalid-option", { option, value, allowed: "YYYY-MM-DD" });
}

function amendReason(options: { amend?: boolean; reason?: string }): string | undefined {
  if (options.amend !== true) return undefined;
  if (options.reason === undefined || options.reason.trim().length < 2)
    throw new UsageError("invalid-option", { option: "--amend", value: "", allowed: '--reason "..."' });
  return options.reason;
}

/** Prints a plan's problems (each with where it is) or what was written; the exit code. */
function finish(
  ctx: Context,
  ws: Workspace,
  plan: ResultsPlan,
  lang: Lang,
  where: (source: string, field: string) => string,
): number {
  if (plan.problems.length > 0) {
    for (const p of plan.problems)
      ctx.io.stderr(
        `${where(p.source, p.problem.field)} ${ctx.colors.red(message("severity-error", {}, lang))} ${p.problem.code} ${message(p.problem.code as ResultsUiKey, p.problem.params, lang)}\n`,
      );
    ctx.io.stderr(ctx.colors.red(message("results-refused", { count: plan.problems.length }, lang)) + "\n");
    return ExitCode.findings;
  }
  const lines = writeResults(ws, plan, now, lockNotice(ctx, lang));
  const count = (kind: string) => plan.changes.filter((c) => c.kind === kind).length;
  ctx.io.stdout(
    message(
      "results-written",
      {
        campaign: plan.campaign,
        added: count("add"),
        amended: count("amend"),
        reinspected: count("reinspect"),
        unchanged: count("unchanged"),
        lines: lines.length,
      },
      lang,
    ) + "\n",
  );
  return ExitCode.ok;
}

const addCommand = defineCommand<AddOptions>({
  name: "add",
  help: "cmd-results-add",
  args: [{ name: "<campaign>", help: "arg-campaign" }],
  options: [
    { flags: "--object <code>", help: "opt-object" },
    { flags: "--department <id>", help: "opt-result-department" },
    { flags: "--date <date>", help: "opt-date" },
    { flags: "--outcome <outcome>", help: "opt-outcome", choices: outcomes },
    { flags: "--deadline <date>", help: "opt-deadline" },
    { flags: "--referred-to <body>", help: "opt-referred-to" },
    { flags: "--cause <cause>", help: "opt-cause", choices: reasons },
    { flags: "--findings <text>", help: "opt-findings" },
    { flags: "--signature <signature>", help: "opt-signature", choices: ["signed", "refused"] },
    { flags: "--witness <name>", help: "opt-witness" },
    { flags: "--recorder <number>", help: "opt-recorder" },
    { flags: "--township-staff <id>", help: "opt-township-staff" },
    { flags: "--inspectors <ids>", help: "opt-inspectors" },
    {
      flags: "--serious <case>",
      help: "opt-serious",
      choices: ["health-safety", "fair-competition", "obligations", "national-defence"],
    },
    { flags: "--entered <date>", help: "opt-entered" },
    { flags: "--amend", help: "opt-amend" },
    { flags: "--reason <text>", help: "opt-reason" },
  ],
  async run(ctx, [campaign = ""], options) {
    for (const [flag, value] of [
      ["--date", options.date],
      ["--deadline", options.deadline],
      ["--entered", options.entered],
    ] as const)
      checkDate(flag, value);
    const reason = amendReason(options);
    const opened = openFor(ctx);
    const today = ctx.today ?? todayIso();
    const model = loadResultsModel(opened.workspace);
    const missing = (["object", "department", "date", "outcome"] as const).filter((k) => options[k] === undefined);
    let incoming: IncomingResult;
    if (missing.length > 0) {
      // Step by step on a terminal, with choices from the draw; a script gets a clear refusal instead.
      if (!(process.stdin.isTTY && ctx.io.stdoutIsTTY))
        throw new UsageError("results-missing-options", { missing: missing.map((m) => `--${m}`).join(", ") });
      const asked = await askResult(opened.workspace, model, campaign, options, opened.lang, today);
      if (!asked) {
        ctx.io.stderr(message("prompt-cancelled", {}, opened.lang) + "\n");
        return ExitCode.usage;
      }
      incoming = asked;
    } else incoming = fromOptions(options, today);
    const plan = planResults(opened.workspace, model, campaign, [incoming], {
      today,
      ...(reason !== undefined ? { amendReason: reason } : {}),
    });
    return finish(
      ctx,
      opened.workspace,
      plan,
      opened.lang,
      (_s, field) => `results add${flagOf[field] ? ` ${flagOf[field]}` : ""}:`,
    );
  },
});

function fromOptions(o: AddOptions, today: string): IncomingResult {
  const values: ResultValues = {
    object: o.object ?? "",
    inspectedOn: o.date ?? "",
    enteredOn: o.entered ?? today,
    outcome: o.outcome as ResultValues["outcome"],
    ...(o.signature ? { signature: o.signature as "signed" | "refused" } : {}),
    ...(o.witness !== undefined || o.recorder !== undefined
      ? { refusal: { witness: o.witness ?? "", recorder: o.recorder ?? "" } }
      : {}),
    ...(o.townshipStaff ? { townshipStaff: o.townshipStaff } : {}),
    ...(o.inspectors ? { inspectors: o.inspectors.split(/[,，、\s]+/).filter((s) => s !== "") } : {}),
    ...(o.deadline ? { deadline: o.deadline } : {}),
    ...(o.referredTo ? { referredTo: o.referredTo } : {}),
    ...(o.cause ? { reason: o.cause as ResultValues["reason"] } : {}),
    ...(o.serious ? { seriousViolation: o.serious as ResultValues["seriousViolation"] } : {}),
    ...(o.findings ? { findings: o.findings } : {}),
  };
  return { department: o.department ?? "", values, source: "options" };
}

/**
 * A sheet's rows as the text the results reader takes: header first, blank rows left out, each
 * row's number as Excel shows it. Dates typed or stored by Excel (date cells, serial numbers,
 * 2026年4月15日) become YYYY-MM-DD; a credit code Excel turned into a number is refused here.
 */
function sheetRows(sheet: Sheet): { rows: string[][]; numbers: number[]; problems: CsvProblem[] } {
  const kept = sheet.rows.filter((r) => r.cells.some((c) => cellText(c).trim() !== ""));
  const header = (kept[0]?.cells ?? []).map((c) => cellText(c).trim());
  const titled = (column: keyof typeof csvColumns) =>
    new Set(header.flatMap((h, i) => (csvColumns[column].some((t) => t.toLowerCase() === h.toLowerCase()) ? [i] : [])));
  const dates = new Set([...titled("inspectedOn"), ...titled("enteredOn"), ...titled("deadline")]);
  const objects = titled("object");
  const problems: CsvProblem[] = [];
  const rows = kept.map((r, k) =>
    r.cells.map((cell, i) => {
      if (k === 0) return cellText(cell);
      if (objects.has(i) && cell.kind === "number") {
        const column = header[i] ?? "";
        problems.push({
          row: k + 1,
          column,
          code: "import-credit-code-number",
          params: { header: column, value: cell.raw },
        });
        return "";
      }
      if (dates.has(i) && cell.kind !== "empty") {
        const date = normalizeDate(cell);
        if (date.ok) return date.value;
      }
      return cellText(cell);
    }),
  );
  return { rows, numbers: kept.map((r) => r.row), problems };
}

const importCommand = defineCommand<{ campaign?: string; amend?: boolean; reason?: string; sheet?: string }>({
  name: "import",
  help: "cmd-results-import",
  args: [{ name: "<file>", help: "arg-csv" }],
  options: [
    { flags: "--campaign <id>", help: "opt-campaign" },
    { flags: "--sheet <name>", help: "opt-sheet" },
    { flags: "--amend", help: "opt-amend" },
    { flags: "--reason <text>", help: "opt-reason" },
  ],
  async run(ctx, [file = ""], options) {
    const reason = amendReason(options);
    const abs = resolve(ctx.io.cwd, file);
    // The safe reader of every input (issue 14): a regular file within the size limit; a FIFO is never opened.
    const readFile = readRegularFile(abs);
    if (!readFile.ok) throw new UsageError("file-cannot-use", { file, ...describeFault(readFile) });
    const bytes = readFile.bytes;
    const opened = openFor(ctx);
    const lang = opened.lang;
    const today = ctx.today ?? todayIso();
    const shown = toPosix(relative(ctx.io.cwd, abs)) || file;
    // CSV (UTF-8, GBK, UTF-16) or XLSX, told from the bytes: the reader of `checkonce import` (issue 10).
    const read = await readSpreadsheet(bytes, abs);
    if (!read.ok)
      throw new UsageError("results-unreadable-file", {
        file: shown,
        detail: message(read.code as UiKey, read.params, lang),
      });
    const { workbook } = read;
    const xlsx = workbook.format === "xlsx";
    const named = options.sheet === undefined ? undefined : workbook.sheets.find((s) => s.name === options.sheet);
    if (options.sheet !== undefined && !named)
      throw new UsageError("results-unreadable-file", {
        file: shown,
        detail: message(
          "import-sheet-not-found",
          { sheet: options.sheet, sheets: workbook.sheets.map((s) => s.name).join("、") },
          lang,
        ),
      });
    // Without --sheet, the first sheet whose header names the results' columns.
    const sheet =
      named ??
      workbook.sheets.find((s) => {
        const r = sheetRows(s).rows[0] ?? [];
        return (
          r.some((h) => csvColumns.object.includes(h.trim())) && r.some((h) => csvColumns.outcome.includes(h.trim()))
        );
      }) ??
      (workbook.sheets[0] as Sheet);
    const { rows, numbers, problems: cellProblems } = sheetRows(sheet);
    const header = rows[0] ?? [];
    // Where a problem is: file:C5 for a CSV, file:sheet!C5 for a workbook (as `checkonce import` says it).
    const place = (row: number, column: string | undefined) => {
      const at = numbers[row - 1] ?? row;
      const index = column === undefined ? -1 : header.findIndex((h) => h.trim() === column);
      const cell = index >= 0 ? `${columnLetter(index)}${at}` : String(at);
      return `${shown}${xlsx ? `:${sheet.name}!` : ":"}${cell}${column ? ` [${column}]` : ""}`;
    };
    const parsed = resultsFromCsv(opened.workspace, rows, {
      today,
      ...(options.campaign ? { campaign: options.campaign } : {}),
    });
    const csvProblems = [...cellProblems, ...parsed.problems].sort((a, b) => a.row - b.row);
    if (csvProblems.length > 0) return csvRefused(ctx, place, csvProblems, lang);
    const model = loadResultsModel(opened.workspace);
    const plan = planResults(opened.workspace, model, parsed.campaign ?? "", parsed.incoming, {
      today,
      ...(reason !== undefined ? { amendReason: reason } : {}),
    });
    const columnOf = (field: string) => {
      const key = field.split("/")[1] === "reason" ? "reason" : field.split("/")[1];
      const titles = key ? csvColumns[key as keyof typeof csvColumns] : undefined;
      return titles ? (header.find((h) => titles.includes(h.trim())) ?? titles[1]) : undefined;
    };
    return finish(ctx, opened.workspace, plan, lang, (source, field) =>
      place(Number(source.replace(/^row /, "")), columnOf(field)),
    );
  },
});

function csvRefused(
  ctx: Context,
  place: (row: number, column: string) => string,
  problems: readonly CsvProblem[],
  lang: Lang,
): number {
  for (const p of problems)
    ctx.io.stderr(
      `${place(p.row, p.column)} ${ctx.colors.red(message("severity-error", {}, lang))} ${p.code} ${message(p.code as ResultsUiKey, p.params, lang)}\n`,
    );
  ctx.io.stderr(ctx.colors.red(message("results-refused", { count: problems.length }, lang)) + "\n");
  return ExitCode.findings;
}

interface ReinspectOptions {
  object?: string;
  department?: string;
  date?: string;
  rectified?: boolean;
  notRectified?: boolean;
  deadline?: string;
  case?: boolean;
  findings?: string;
  entered?: string;
}

const reinspectCommand = defineCommand<ReinspectOptions>({
  name: "reinspect",
  help: "cmd-results-reinspect",
  args: [{ name: "<campaign>", help: "arg-campaign" }],
  options: [
    { flags: "--object <code>", help: "opt-object" },
    { flags: "--department <id>", help: "opt-result-department" },
    { flags: "--date <date>", help: "opt-date" },
    { flags: "--rectified", help: "opt-rectified" },
    { flags: "--not-rectified", help: "opt-not-rectified" },
    { flags: "--deadline <date>", help: "opt-deadline" },
    { flags: "--case", help: "opt-case" },
    { flags: "--findings <text>", help: "opt-findings" },
    { flags: "--entered <date>", help: "opt-entered" },
  ],
  run(ctx, [campaign = ""], o) {
    checkDate("--date", o.date);
    checkDate("--deadline", o.deadline);
    checkDate("--entered", o.entered);
    const missing = (["object", "department", "date"] as const).filter((k) => o[k] === undefined);
    if (missing.length > 0)
      throw new UsageError("results-missing-options", { missing: missing.map((m) => `--${m}`).join(", ") });
    if (o.rectified === o.notRectified) throw new UsageError("results-rectified-or-not");
    const opened = openFor(ctx);
    const today = ctx.today ?? todayIso();
    const plan = planReinspection(
      opened.workspace,
      loadResultsModel(opened.workspace),
      campaign,
      {
        object: o.object ?? "",
        department: o.department ?? "",
        reinspection: {
          on: o.date ?? "",
          enteredOn: o.entered ?? today,
          rectified: o.rectified === true,
          ...(o.findings ? { findings: o.findings } : {}),
          ...(o.notRectified
            ? o.case
              ? { escalation: { outcome: "case-opened" as const } }
              : o.deadline
                ? { escalation: { outcome: "rectification-ordered" as const, deadline: o.deadline } }
                : {}
            : {}),
        },
      },
      today,
    );
    return finish(ctx, opened.workspace, plan, opened.lang, (_s, field) => {
      const sub = field.replace(/^\/reinspections\/\d+/, "");
      const flag = sub === "/on" ? "--date" : sub.startsWith("/escalation") ? "--deadline/--case" : "";
      return `results reinspect${flag ? ` ${flag}` : ""}:`;
    });
  },
});

/** `checkonce results add | import | reinspect` (issue 8). */
export const resultsCommand = defineCommand({
  name: "results",
  help: "cmd-results",
  subcommands: [addCommand, importCommand, reinspectCommand],
});

/** A result's outcome in words, for prompts and listings. */
export function outcomeWords(v: Pick<ResultValues, "outcome" | "reason">, lang: Lang): string {
  return v.outcome === "not-inspectable" && v.reason
    ? `${term(v.outcome, lang)}（${message(`reason-${v.reason}` as ResultsUiKey, {}, lang)}）`
    : term(v.outcome, lang);
}
