import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { binPath, repoRoot } from "../helpers/run-cli.js";
import { copyWorkspace } from "../helpers/workspaces.js";

export { cleanTemp, tempDir } from "../helpers/workspaces.js";

/** The small valid workspace of the validate fixtures (8 inspectors, 6 objects, one campaign). */
export const baseDir = join(repoRoot, "test/fixtures/validate/_base");
export const BASE_CAMPAIGN = "2026-CY-01-r1";
export const BASE_SEED = ["--seed", "县市场监管局=83920174651", "--seed", "县消防救援大队=5538201947"];

export const baseWorkspace = (): string => copyWorkspace(baseDir);

export interface BoundedRun {
  stdout: string;
  stderr: string;
  status: number | null;
  /** Killed because it ran past its time: a hang. */
  timedOut: boolean;
}

/**
 * The real binary, in English, with a bound on its time: a command that hangs (on a FIFO, on
 * /dev/zero) is killed and reported as timed out instead of stopping the suite.
 */
export function run(
  args: readonly string[],
  options: { ws?: string; cwd?: string; timeoutMs?: number; env?: Record<string, string>; lang?: string } = {},
): BoundedRun {
  const result = spawnSync(
    process.execPath,
    [
      binPath,
      ...args,
      ...(options.ws ? ["-w", options.ws] : []),
      ...(args.includes("--lang") ? [] : ["--lang", options.lang ?? "en"]),
    ],
    {
      cwd: options.cwd ?? repoRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1", LANG: "C", ...options.env },
      encoding: "utf8",
      input: "",
      timeout: options.timeoutMs ?? 60_000,
      killSignal: "SIGKILL",
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT" || result.signal !== null;
  return { stdout: result.stdout ?? "", stderr: result.stderr ?? "", status: result.status, timedOut };
}

/** Ended by itself with 0, 1 or 2, no stack trace, no internal error: what every run must do. */
export function expectClean(r: BoundedRun, allowed: readonly number[] = [0, 1, 2]): void {
  expect(r.timedOut, `timed out; stderr: ${r.stderr.slice(0, 500)}`).toBe(false);
  expect(allowed, `exit ${r.status}; stderr: ${r.stderr.slice(0, 2000)}`).toContain(r.status);
  expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.stderr).not.toMatch(/Internal error|内部错误|heap out of memory|\b(TypeError|RangeError|ReferenceError)\b/);
}

/** Every file under draws/ with its bytes: a refused command must leave them as they were. */
export function drawsState(ws: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), r);
      else if (entry.isFile()) out[r] = readFileSync(join(dir, entry.name)).toString("base64");
      else out[r] = "(special)";
    }
  };
  walk(join(ws, "draws"), "");
  return out;
}

/** A workspace drawn once, to copy for each case. */
export function drawnBase(): string {
  const ws = baseWorkspace();
  const r = run(["draw", BASE_CAMPAIGN, ...BASE_SEED], { ws, timeoutMs: 120_000 });
  if (r.status !== 0) throw new Error(`draw failed: ${r.stderr}`);
  return ws;
}

export function copyOf(ws: string, dest: string): string {
  cpSync(ws, dest, { recursive: true });
  return dest;
}

/** mkfifo(1): Node has no call for it. Undefined where there is none (Windows). */
export function makeFifo(path: string): boolean {
  const r = spawnSync("mkfifo", [path]);
  return r.status === 0;
}

/** A child process that runs until killed, started and waited on until it prints `ready`. */
export function startAndWait(script: string, cwd: string): Promise<ReturnType<typeof spawn>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    const timer = setTimeout(() => reject(new Error(`not ready: ${err}`)), 60_000);
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      if (out.includes("ready")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    child.on("exit", () => reject(new Error(`exited before ready: ${err}`)));
  });
}
