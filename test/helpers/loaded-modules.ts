import { spawnSync } from "node:child_process";
import { binPath } from "./run-cli.js";

/** A loader hook that only writes down each module a run resolves, one `LOAD <url>` line on stderr. */
const hook = `data:text/javascript,${encodeURIComponent(
  "export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write('LOAD ' + r.url + '\\n'); return r; }",
)}`;
const register = `data:text/javascript,${encodeURIComponent(
  `import { register } from "node:module"; register(${JSON.stringify(hook)});`,
)}`;

/** Runs the real binary with `args` and tells which modules it loaded, in order. */
export function modulesLoaded(args: string[]): { status: number | null; loaded: string[] } {
  const run = spawnSync(process.execPath, ["--import", register, binPath, ...args], { encoding: "utf8" });
  return { status: run.status, loaded: run.stderr.split("\n").filter((l) => l.startsWith("LOAD ")) };
}
