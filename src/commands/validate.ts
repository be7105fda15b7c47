import { relative, join } from "node:path";
import { countDiagnostics } from "../diagnostics/diagnostic.js";
import { reporters, type ReportFormat, type ValidationReport } from "../diagnostics/reporters.js";
import { ExitCode } from "../cli/errors.js";
import type { Palette } from "../util/colors.js";
import { openWorkspace, type OpenOptions } from "../workspace/open-workspace.js";
import { toPosix } from "../util/fs.js";

export interface ValidateOptions extends OpenOptions {
  format: ReportFormat;
  strict: boolean;
  colors: Palette;
}

export interface CommandOutput {
  stdout: string;
  exitCode: number;
}

export function runValidate(options: ValidateOptions): CommandOutput {
  const cwd = options.cwd ?? process.cwd();
  const opened = openWorkspace(options);
  const report: ValidationReport = {
    workspace: toPosix(opened.display),
    files: opened.workspace.files.map((f) => ({ file: f.file, kind: f.kind, entries: f.entries })),
    diagnostics: opened.diagnostics,
  };
  const stdout = reporters[options.format](report, {
    lang: opened.lang,
    colors: options.colors,
    displayPath: (file) => toPosix(relative(cwd, join(opened.workspace.root, file))),
  });
  return { stdout, exitCode: validateExitCode(report, opened.unreadable, options.strict) };
}

/** 0 clean (warnings allowed unless --strict), 1 errors, 2 the workspace could not be read. */
export function validateExitCode(report: ValidationReport, unreadable: boolean, strict: boolean): number {
  if (unreadable) return ExitCode.usage;
  const counts = countDiagnostics(report.diagnostics);
  return counts.errors > 0 || (strict && counts.warnings > 0) ? ExitCode.findings : ExitCode.ok;
}
