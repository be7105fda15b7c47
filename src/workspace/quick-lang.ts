import { join } from "node:path";
import { detectLang, resolveLang } from "../i18n/locale.js";
import type { Lang } from "../i18n/messages.js";
import { findWorkspace } from "./find-workspace.js";
import { readTextIfRegular } from "../util/read-file.js";

/**
 * The language for a message printed before or without reading the workspace (an error, a
 * verification): --lang or the environment, else the `locale:` line of the nearest checkonce.yaml.
 */
export function quickLang(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv,
  workspace: string | undefined,
  cwd: string,
): Lang {
  const detected = detectLang(explicit, env);
  if (detected) return detected;
  const found = findWorkspace(workspace, cwd);
  if (!found.ok) return "en";
  const text = readTextIfRegular(join(found.root, "checkonce.yaml"), 1024 * 1024);
  const match = text === undefined ? undefined : /^locale:\s*["']?(zh|en)\b/m.exec(text);
  return resolveLang(undefined, match?.[1]);
}
