import { relative, resolve } from "node:path";
import { message, type Lang, type MessageParams, type UiKey } from "../i18n/messages.js";
import type { Workspace } from "../registries/model.js";
import { fieldSpecs, importKinds, type ImportKind } from "../spreadsheets/columns.js";
import { parseEncodingName } from "../spreadsheets/decode.js";
import { UsageError } from "../diagnostics/errors.js";
import { openFor } from "./context.js";
import { defineCommand } from "./declare.js";
import type { SpreadsheetEncoding } from "../spreadsheets/decode.js";
import { prepareImport, writeImport, writeRejected, type ImportPreparation } from "../spreadsheets/import-registry.js";
import type { ImportProblem } from "../spreadsheets/sheet-entries.js";
import { columnLetter } from "../spreadsheets/sheet.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { toPosix } from "../util/fs.js";

export interface ImportCommandOptions {
  kind: ImportKind;
  file: string;
  sheet?: string;
  map?: string;
  encoding?: SpreadsheetEncoding;
  dryRun: boolean;
  skipInvalid: boolean;
  removeMissing: boolean;
  format: "text" | "json";
  cwd: string;
  lang: Lang;
  onProgress?: (done: number, total: number) => void;
}

export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Problems in the registry files themselves make an in-place merge unsafe: fix them first. */
const blocking = /^(yaml-|file-|schema-root-type|schema-entry-type|not-a-file|registry-ambiguous|duplicate-id)/;

const say = (key: string, params: MessageParams, lang: Lang) => message(key as UiKey, params, lang);

/** `checkonce import`: read, plan, report; write only when every row is valid (or --skip-invalid). */
export async function runImport(
  ws: Workspace,
  diagnostics: readonly Diagnostic[],
  options: ImportCommandOptions,
): Promise<CommandOutput> {
  const { lang } = options;
  const registryFiles = new Set(
    ws.files.filter((f) => f.kind === options.kind || f.kind === "departments").map((f) => f.file),
  );
  const broken = diagnostics.filter(
    (d) => d.severity === "error" && registryFiles.has(d.file) && blocking.test(d.code),
  );
  if (broken.length > 0) {
    const files = [...new Set(broken.map((d) => d.file))].join(", ");
    return {
      stdout: "",
      stderr: say("import-registry-broken", { files, errors: broken.length }, lang) + "\n",
      exitCode: 1,
    };
  }
  const display = (abs: string) => toPosix(relative(options.cwd, abs)) || abs;
  const file = resolve(options.cwd, options.file);
  const map = options.map ? resolve(options.cwd, options.map) : undefined;
  const prep = await prepareImport(ws, {
    kind: options.kind,
    file,
    displayFile: display(file),
    sheet: options.sheet,
    map: map ? { file: map, displayFile: display(map) } : undefined,
    encoding: options.encoding,
    removeMissing: options.removeMissing,
    onProgress: options.onProgress,
  });
  if (!prep.ok) {
    const lines = prep.problems.map((p) => problemLine(p, "", lang));
    lines.push(say(prep.code, prep.params, lang));
    return { stdout: "", stderr: lines.join("\n") + "\n", exitCode: prep.code === "import-map-invalid" ? 2 : 1 };
  }
  const where = display(file);
  const hasErrors = prep.errors > 0;
  const write = !options.dryRun && (!hasErrors || options.skipInvalid);
  let rejectedFile: string | undefined;
  let refused: string | undefined;
  if (write) {
    if (hasErrors) {
      const out = writeRejected({ file }, prep, (p) => describe(p, lang), say("import-problems-column", {}, lang));
      if ("char" in out) refused = say("export-char-not-gbk", { char: out.char, line: out.line }, lang);
      rejectedFile = display(out.file);
    }
    if (!refused) writeImport(ws.root, prep);
  }
  const written = write && !refused;
  const exitCode = hasErrors || refused ? 1 : 0;
  if (options.format === "json")
    return {
      stdout: jsonReport(prep, where, written, rejectedFile, options, lang),
      stderr: refused ? refused + "\n" : "",
      exitCode,
    };
  return {
    stdout: textReport(prep, where, written, rejectedFile, options, lang),
    stderr: refused ? refused + "\n" : "",
    exitCode,
  };
}

function cellOf(p: ImportProblem): string {
  if (p.row === 0) return "";
  return p.column >= 0 ? `${columnLetter(p.column)}${p.row}` : String(p.row);
}

function describe(p: ImportProblem, lang: Lang): string {
  return message(p.code as UiKey, p.params, lang);
}

/** `file:sheet!B188: error code message` (the sheet is left out of a CSV, which has only one). */
function problemLine(p: ImportProblem, file: string, lang: Lang, csv = false): string {
  const cell = cellOf(p);
  const place = [file, csv ? "" : p.sheet].filter((s) => s !== "").join(":");
  const at = cell === "" ? place : csv ? `${place}:${cell}` : `${place}!${cell}`;
  return `${at} ${message(`severity-${p.severity}`, {}, lang)} ${p.code} ${describe(p, lang)}`;
}

const SHOWN = 200;

function textReport(
  prep: ImportPreparation,
  file: string,
  written: boolean,
  rejectedFile: string | undefined,
  options: ImportCommandOptions,
  lang: Lang,
): string {
  const out: string[] = [];
  const csv = prep.format === "csv";
  const sorted = [...prep.problems].sort((a, b) => a.row - b.row || a.column - b.column);
  for (const p of sorted) out.push(problemLine(p, file, lang, csv));
  if (out.length > 0) out.push("");
  const count = (o: string) => prep.plan.entries.filter((p) => p.outcome === o).length;
  out.push(
    say(
      "import-summary",
      {
        file,
        sheet: csv ? encodingLabel(prep.encoding) : prep.sheet.name,
        new: count("new"),
        changed: count("changed"),
        unchanged: count("unchanged"),
        absent: prep.plan.absent.length,
        rejected: prep.plan.rejected.length,
        outside: prep.plan.outside,
      },
      lang,
    ),
  );
  const lines: string[] = [];
  for (const p of prep.plan.entries) {
    if (p.outcome === "new")
      lines.push(say("import-line-new", { id: p.id, row: p.row, name: String(p.entry.name ?? "") }, lang));
    if (p.outcome === "changed")
      for (const c of p.changes)
        lines.push(
          say(
            "import-line-changed",
            { id: p.id, row: p.row, field: fieldName(prep.kind, c.field, lang), from: show(c.from), to: show(c.to) },
            lang,
          ),
        );
  }
  for (const a of prep.plan.absent)
    lines.push(
      say(
        options.removeMissing ? "import-line-removed" : "import-line-absent",
        { id: String(a.value.id), file: a.file },
        lang,
      ),
    );
  out.push(...lines.slice(0, SHOWN));
  if (lines.length > SHOWN) out.push(say("import-more", { count: lines.length - SHOWN }, lang));
  if (options.dryRun) out.push(say("import-dry-run", {}, lang));
  else if (written) {
    out.push(
      prep.files.length === 0
        ? say("import-nothing-changed", {}, lang)
        : say("import-written", { files: prep.files.map((f) => f.file + (f.created ? " (+)" : "")).join(", ") }, lang),
    );
    if (rejectedFile)
      out.push(say("import-rejected-written", { file: rejectedFile, count: prep.plan.rejected.length }, lang));
  } else if (prep.errors > 0)
    out.push(say("import-not-written", { errors: prep.errors, rows: prep.plan.rejected.length }, lang));
  return out.join("\n") + "\n";
}

function encodingLabel(encoding: string): string {
  return encoding === "gb18030" || encoding === "gbk" ? "GBK/GB18030" : encoding.toUpperCase();
}

/** A field by the column header it came from (地址), or its English name. */
function fieldName(kind: ImportKind, field: string, lang: Lang): string {
  const spec = fieldSpecs[kind].find((s) => s.field === field);
  return spec ? (lang === "zh" ? (spec.headers[0] as string) : spec.en) : field;
}

function show(value: unknown): string {
  if (value === undefined) return "∅";
  return typeof value === "string" ? value.replace(/\n/g, "⏎") : JSON.stringify(value);
}

function jsonReport(
  prep: ImportPreparation,
  file: string,
  written: boolean,
  rejectedFile: string | undefined,
  options: ImportCommandOptions,
  lang: Lang,
): string {
  const report = {
    format: "checkonce-import/1",
    file,
    kind: prep.kind,
    sheet: prep.sheet.name,
    source: { format: prep.format, encoding: prep.encoding || null },
    ok: prep.errors === 0,
    written,
    dryRun: options.dryRun,
    files: written ? prep.files.map((f) => ({ file: f.file, created: f.created })) : [],
    rejectedFile: rejectedFile ?? null,
    counts: {
      new: prep.plan.entries.filter((p) => p.outcome === "new").length,
      changed: prep.plan.entries.filter((p) => p.outcome === "changed").length,
      unchanged: prep.plan.entries.filter((p) => p.outcome === "unchanged").length,
      absent: prep.plan.absent.length,
      rejected: prep.plan.rejected.length,
      outside: prep.plan.outside,
    },
    problems: prep.problems.map((p) => ({
      sheet: p.sheet,
      row: p.row,
      column: p.column >= 0 ? columnLetter(p.column) : null,
      cell: cellOf(p) || null,
      severity: p.severity,
      code: p.code,
      message: describe(p, lang),
      params: p.params,
    })),
    entries: prep.plan.entries
      .filter((p) => p.outcome !== "unchanged")
      .map((p) => ({
        row: p.row,
        id: p.id,
        outcome: p.outcome,
        changes: p.changes.map((c) => ({ field: c.field, from: c.from ?? null, to: c.to ?? null })),
      })),
    absent: prep.plan.absent.map((a) => ({ id: a.value.id, file: a.file, removed: options.removeMissing && written })),
  };
  return JSON.stringify(report, null, 2) + "\n";
}

interface ImportOptions {
  sheet?: string;
  map?: string;
  encoding?: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  removeMissing?: boolean;
  format: "text" | "json";
}

/** `checkonce import objects|inspectors|departments <file>` (issue 10). */
export const importCommand = defineCommand<ImportOptions>({
  name: "import",
  help: "cmd-import",
  args: [
    { name: "<kind>", help: "arg-import-kind" },
    { name: "<file>", help: "arg-import-file" },
  ],
  options: [
    { flags: "--sheet <name>", help: "opt-sheet" },
    { flags: "--map <file>", help: "opt-map" },
    { flags: "--encoding <encoding>", help: "opt-encoding-import" },
    { flags: "--dry-run", help: "opt-dry-run" },
    { flags: "--skip-invalid", help: "opt-skip-invalid" },
    { flags: "--remove-missing", help: "opt-remove-missing" },
    { flags: "-f, --format <format>", help: "opt-format-import", choices: ["text", "json"], default: "text" },
  ],
  async run(ctx, [kind = "", file = ""], opts) {
    if (!(importKinds as readonly string[]).includes(kind))
      throw new UsageError("unknown-kind", { kind, allowed: importKinds.join(", ") });
    const encoding = opts.encoding === undefined ? undefined : parseEncodingName(opts.encoding);
    if (opts.encoding !== undefined && encoding === undefined)
      throw new UsageError("invalid-option", {
        option: "--encoding",
        value: opts.encoding,
        allowed: "utf-8, gbk, gb18030, utf-16",
      });
    const opened = openFor(ctx);
    const lang = opened.lang;
    // A progress line on a terminal only, for sheets large enough to wait for.
    const progress =
      ctx.io.stderrIsTTY && opts.format === "text"
        ? (done: number, total: number) => {
            if (total < 2000) return;
            ctx.io.stderr(
              `\r${message("import-progress", { done, total }, lang)}\u001b[K${done === total ? "\n" : ""}`,
            );
          }
        : undefined;
    const out = await runImport(opened.workspace, opened.diagnostics, {
      kind: kind as ImportKind,
      file,
      sheet: opts.sheet,
      map: opts.map,
      encoding,
      dryRun: opts.dryRun === true,
      skipInvalid: opts.skipInvalid === true,
      removeMissing: opts.removeMissing === true,
      format: opts.format,
      cwd: ctx.io.cwd,
      lang,
      onProgress: progress,
    });
    if (out.stdout) ctx.io.stdout(out.stdout);
    if (out.stderr) ctx.io.stderr(out.stderr);
    return out.exitCode;
  },
});
