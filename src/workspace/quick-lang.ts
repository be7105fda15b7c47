import { join } from "node:path";
import { environmentLang, explicitLang, resolveLang } from "../i18n/locale.js";
import type { Lang } from "../i18n/messages.js";
import { findWorkspace } from "./find-workspace.js";
import { readTextIfRegular } from "../util/read-file.js";

/** The `locale:` line of the nearest checkonce.yaml, read without parsing the workspace. */
export function quickLocale(workspace: string | undefined, cwd: string): string | undefined {
  const found = findWorkspace(workspace, cwd);
  if (!found.ok) return undefined;
  const text = readTextIfRegular(join(found.root, "checkonce.yaml"), 1024 * 1024);
  return text === undefined ? undefined : /^locale:\s*["']?(zh|en)\b/m.exec(text)?.[1];
}

/**
 * The language for a message printed before or without reading the workspace (an error, a
 * verification), by the same rule as after: --lang, the workspace's locale, the environment.
 */
export function quickLang(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv,
  workspace: string | undefined,
  cwd: string,
): Lang {
  const chosen = explicitLang(explicit);
  if (chosen) return chosen;
  return resolveLang(undefined, quickLocale(workspace, cwd), environmentLang(env));
}
