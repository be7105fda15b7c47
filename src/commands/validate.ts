import { relative, join } from "node:path";
import { countDiagnostics } from "../diagnostics/diagnostic.js";
import { ExitCode } from "../diagnostics/errors.js";
import { reporters, reportFormats, type ReportFormat, type ValidationReport } from "../diagnostics/reporters.js";
import { palette } from "../util/colors.js";
import { toPosix } from "../util/fs.js";
import { openWorkspace } from "../workspace/open-workspace.js";
import { checkCampaignCapacity } from "../draw/check-capacity.js";
import { checkResultsInWorkspace } from "../results/check-results.js";
import type { Context } from "./context.js";
import { message } from "../i18n/messages.js";
import { defineCommand } from "./declare.js";

interface ValidateOptions {
  format?: ReportFormat;
  strict?: boolean;
}

/** `checkonce validate`: every registry file, every rule, reported at once (issue 2). */
export const validateCommand = defineCommand<ValidateOptions>({
  name: "validate",
  help: "cmd-validate",
  options: [
    { flags: "-f, --format <format>", help: "opt-format-validate", choices: reportFormats },
    { flags: "--strict", help: "opt-strict" },
  ],
  run: (ctx, _args, options) => runValidate(ctx, options),
});

function runValidate(ctx: Context, options: ValidateOptions): number {
  const format = options.format ?? (ctx.io.env.GITHUB_ACTIONS === "true" ? "github" : "text");
  const cwd = ctx.io.cwd;
  // The registry checks, and the draw's estimate of whether each campaign can be staffed.
  const opened = openWorkspace({
    workspace: ctx.global.workspace,
    lang: ctx.lang,
    envLang: ctx.envLang,
    today: ctx.today,
    cwd,
    cache: ctx.global.cache,
    onProgress: ctx.progress,
    checks: [checkCampaignCapacity, checkResultsInWorkspace],
  });
  const report: ValidationReport = {
    workspace: toPosix(opened.display),
    files: opened.workspace.files.map((f) => ({ file: f.file, kind: f.kind, entries: f.entries })),
    diagnostics: opened.diagnostics,
  };
  ctx.io.stdout(
    reporters[format](report, {
      lang: opened.lang,
      colors: format === "text" ? ctx.colors : palette(false),
      displayPath: (file) => toPosix(relative(cwd, join(opened.workspace.root, file))),
    }),
  );
  const code = validateExitCode(report, opened.unreadable, options.strict === true);
  const counts = countDiagnostics(report.diagnostics);
  if (code === ExitCode.findings && counts.errors === 0) {
    // Only --strict fails a workspace without errors: say so, or "0 errors" and exit 1 read as a bug.
    const note = message("strict-counted", { warnings: counts.warnings }, opened.lang) + "\n";
    if (format === "text") ctx.io.stdout(note);
    else ctx.io.stderr(note);
  }
  return code;
}

/** 0 clean (warnings allowed unless --strict), 1 errors, 2 the workspace could not be read. */
export function validateExitCode(report: ValidationReport, unreadable: boolean, strict: boolean): number {
  if (unreadable) return ExitCode.usage;
  const counts = countDiagnostics(report.diagnostics);
  return counts.errors > 0 || (strict && counts.warnings > 0) ? ExitCode.findings : ExitCode.ok;
}
