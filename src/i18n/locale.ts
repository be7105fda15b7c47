import type { Lang } from "./messages.js";

/**
 * The language rule (README, "Language"): `--lang`, else the workspace's `locale`, else LC_ALL /
 * LC_MESSAGES / LANG, else (on Windows, where those are rarely set) the system locale, else English.
 * The workspace comes before the environment because it is the office's choice for its papers: a
 * zh workspace on a machine left at en_US still speaks Chinese.
 */
export function explicitLang(explicit: string | undefined): Lang | undefined {
  if (!explicit) return undefined;
  return explicit.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** The language the environment asks for (LC_ALL, LC_MESSAGES, LANG; Windows: the system locale). */
export function environmentLang(env: NodeJS.ProcessEnv = process.env): Lang | undefined {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (value && value !== "C" && value !== "POSIX" && !value.startsWith("C.")) {
      return value.toLowerCase().startsWith("zh") ? "zh" : "en";
    }
  }
  if (process.platform === "win32") {
    return Intl.DateTimeFormat().resolvedOptions().locale.toLowerCase().startsWith("zh") ? "zh" : undefined;
  }
  return undefined;
}

/** Before any workspace is known (help outside a workspace, `init`'s errors): --lang, else the environment. */
export function detectLang(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang | undefined {
  return explicitLang(explicit) ?? environmentLang(env);
}

/** Once the workspace is known: --lang, then the workspace's locale, then the environment, then English. */
export function resolveLang(
  explicit: Lang | undefined,
  workspaceLocale: string | undefined,
  fromEnvironment?: Lang,
): Lang {
  if (explicit) return explicit;
  if (workspaceLocale === "zh" || workspaceLocale === "en") return workspaceLocale;
  return fromEnvironment ?? "en";
}
