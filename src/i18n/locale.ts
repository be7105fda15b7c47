import type { Lang } from "./messages.js";

/**
 * The language before a workspace is read: --lang, else LC_ALL / LC_MESSAGES / LANG, else (on
 * Windows, where those are rarely set) the system locale that Intl reports.
 */
export function detectLang(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang | undefined {
  if (explicit) return explicit.toLowerCase().startsWith("zh") ? "zh" : "en";
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

/** After the workspace is read: an explicit or environment choice wins, then the workspace's own. */
export function resolveLang(detected: Lang | undefined, workspaceLocale: string | undefined): Lang {
  return detected ?? (workspaceLocale === "zh" ? "zh" : workspaceLocale === "en" ? "en" : "en");
}
