import { join, relative } from "node:path";
import { message, type Lang } from "../i18n/messages.js";
import { renderMessage } from "../diagnostics/reporters.js";
import { terminalText } from "../util/safe-text.js";
import { toPosix } from "../util/fs.js";
import { countDiagnostics } from "../diagnostics/diagnostic.js";
import { UsageError } from "../diagnostics/errors.js";
import type { Palette } from "../util/colors.js";
import { findWorkspace } from "../workspace/find-workspace.js";
import { openWorkspace, type OpenWorkspace, type WorkspaceCheck } from "../workspace/open-workspace.js";
import { quickLang } from "../workspace/quick-lang.js";
import type { LockOptions } from "../ledger/lock.js";

/** The process as a command sees it: it writes only through these, so tests can run it in-process. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The options every command takes (`checkonce --help`). */
export interface GlobalOptions {
  workspace?: string;
  lang?: string;
  color?: boolean;
  today?: string;
  cache?: boolean;
}

/** Shared by every command: the global options, resolved once. */
export interface Context {
  io: Io;
  /** --lang, if given; the workspace's locale comes next, then `envLang` (README, "Language"). */
  lang: Lang | undefined;
  envLang: Lang | undefined;
  global: GlobalOptions;
  today: string | undefined;
  colors: Palette;
  progress: ((file: string, index: number, total: number) => void) | undefined;
}

/** Whether the output may carry colour (a table's borders follow it). */
export const colourOn = (ctx: Context): boolean => ctx.colors.bold("x") !== "x";

/**
 * Opens the workspace for a command that reads it, with the checks that command wants on top of the
 * registry checks; refuses to work from unreadable input.
 */
export function openFor(ctx: Context, checks: readonly WorkspaceCheck[] = []): OpenWorkspace {
  const opened = openWorkspace({
    workspace: ctx.global.workspace,
    lang: ctx.lang,
    envLang: ctx.envLang,
    today: ctx.today,
    cwd: ctx.io.cwd,
    cache: ctx.global.cache,
    onProgress: ctx.progress,
    checks,
  });
  if (opened.unreadable) {
    reportUnused(ctx, opened);
    throw new UsageError("workspace-has-errors", { errors: countDiagnostics(opened.diagnostics).errors });
  }
  return opened;
}

/**
 * Says on stderr what of the workspace a command could not use (issue 14: `list` once printed 537
 * of 720 objects and exited 0): each file or registry with its problem, and the entries left out.
 * Returns whether anything was left out; the command then exits 1 (or refuses).
 */
export function reportUnused(ctx: Context, opened: OpenWorkspace): boolean {
  if (opened.unused.length === 0) return false;
  const lang = opened.lang;
  const shown = (file: string) => terminalText(toPosix(relative(ctx.io.cwd, join(opened.workspace.root, file))) || ".");
  const lines = [message("unused-header", { count: opened.unused.length }, lang)];
  const sorted = [...opened.unused].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const u of sorted.slice(0, 50)) {
    if ("problem" in u) {
      const d = u.problem;
      const where = d.line > 0 ? `${shown(u.file)}:${d.line}:${d.col}` : shown(u.file);
      lines.push(`  ${where} ${d.code} ${terminalText(renderMessage(d, lang), 2000)}`);
    } else lines.push(`  ${message("unused-entries", { file: shown(u.file), count: u.entries }, lang)}`);
  }
  if (opened.unused.length > 50) lines.push(`  ${message("unused-more", { count: opened.unused.length - 50 }, lang)}`);
  ctx.io.stderr(lines.join("\n") + "\n");
  return true;
}

/** The workspace root, for commands that work from its files without loading every registry. */
export function workspaceRoot(ctx: Context): string {
  const found = findWorkspace(ctx.global.workspace, ctx.io.cwd);
  if (!found.ok) throw new UsageError(found.code, { dir: found.dir });
  return found.root;
}

/** The language of a command that does not load the workspace: options, environment, else its locale. */
export function languageOf(ctx: Context, root?: string): Lang {
  return quickLang(ctx.global.lang, ctx.io.env, root ?? ctx.global.workspace, ctx.io.cwd);
}

/** A stale draw lock that a command breaks is said on stderr, in the command's language. */
export function lockNotice(ctx: Context, lang: Lang): LockOptions {
  return { onBroken: (key, params) => ctx.io.stderr(message(key, params, lang) + "\n") };
}
