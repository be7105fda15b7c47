import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const binPath = fileURLToPath(new URL("../../bin/checkonce.js", import.meta.url));

export interface CliRun {
  stdout: string;
  stderr: string;
  status: number;
}

/**
 * Runs the real binary (bin/checkonce.js, over the built dist/) as a user would, with a clean,
 * fixed environment: no colour, no GitHub Actions, no inherited locale unless given.
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string } = {},
): CliRun {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    NO_COLOR: "1",
    LANG: "C",
    ...options.env,
  };
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env,
    encoding: "utf8",
    input: options.input ?? "",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status ?? -1 };
}

/** The fixtures' campaigns are in 2026: drawn later, a draw warns that their dates are past (issue 15). */
export const withoutPastWarning = (text: string) =>
  text.replace(/^(Warning: campaign \S+ ran from|警告：工作方案 \S+ 的检查时间为).*\n/gm, "");
