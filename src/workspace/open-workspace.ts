import { basename, relative } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Position } from "../util/yaml-source.js";
import { resolveLang } from "../i18n/locale.js";
import type { Lang } from "../i18n/messages.js";
import { checkReferences } from "../registries/check-references.js";
import type { Workspace } from "../registries/model.js";
import { UsageError } from "../diagnostics/errors.js";
import { todayIso } from "../util/dates.js";
import { findWorkspace } from "./find-workspace.js";
import { loadWorkspace, type LoadOptions, type UnusedInput } from "./load-workspace.js";
import { writeEditorSchemas } from "./editor-schemas.js";

export interface OpenOptions extends LoadOptions {
  workspace?: string;
  /** --lang, if given. */
  lang?: Lang;
  /** The environment's language (LANG…): used only when the workspace names no locale. */
  envLang?: Lang;
  today?: string;
  cwd?: string;
  /**
   * Checks that need a later stage's rules, run after the registry checks (validate adds the draw's
   * capacity estimate); a draw works capacity out exactly instead.
   */
  checks?: readonly WorkspaceCheck[];
}

/** A check over a loaded workspace: diagnostics with their positions. */
export type WorkspaceCheck = (
  ws: Workspace,
  context: { locate: (file: string, pointer: string) => Position; incomplete: ReadonlySet<string>; today: string },
) => Diagnostic[];

export interface OpenWorkspace {
  workspace: Workspace;
  diagnostics: Diagnostic[];
  unreadable: boolean;
  /** What could not be used: files and registries with their problem, entries left out per file. */
  unused: UnusedInput[];
  lang: Lang;
  /** The workspace as shown to the user: relative to where the command ran. */
  display: string;
  today: string;
}

/** Finds, reads and checks a workspace: what every command starts from. */
export function openWorkspace(options: OpenOptions): OpenWorkspace {
  const cwd = options.cwd ?? process.cwd();
  const found = findWorkspace(options.workspace, cwd);
  if (!found.ok) throw new UsageError(found.code, { dir: found.dir });
  const loaded = loadWorkspace(found.root, options);
  const today = options.today ?? todayIso();
  const diagnostics = [...loaded.diagnostics];
  if (!loaded.unreadable) {
    const context = { today, locate: loaded.locate, incomplete: loaded.incomplete };
    diagnostics.push(...checkReferences(loaded.workspace, context));
    for (const check of options.checks ?? []) diagnostics.push(...check(loaded.workspace, context));
  }
  loaded.done();
  writeEditorSchemas(found.root);
  return {
    workspace: loaded.workspace,
    diagnostics,
    unreadable: loaded.unreadable,
    unused: loaded.unused,
    lang: resolveLang(options.lang, loaded.workspace.config.locale, options.envLang),
    display: displayRoot(cwd, found.root),
    today,
  };
}

/**
 * The workspace as a reader knows it: its path from where the command ran, or, when that path is
 * "." or climbs up (".."), the folder's own name or full path, which say which workspace it was.
 */
export function displayRoot(cwd: string, root: string): string {
  const path = relative(cwd, root);
  if (path === "") return basename(root) || root;
  if (path === ".." || path.startsWith("../") || path.startsWith("..\\")) return root;
  return path;
}
