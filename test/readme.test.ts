import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { binPath, repoRoot } from "./helpers/run-cli.js";

/**
 * Issue 15: the README works as written. Every `checkonce` line of every sh block (zh and en
 * paragraphs alike) runs, in order, through the real binary in a fresh `init --example` workspace,
 * as an officer who follows the README would; it must exit as the README says (0 unless a comment
 * `# → 退出码 N` or `# → exit N` says otherwise). A line with `…` is a pattern to fill in: skipped.
 */
export interface ReadmeCommand {
  line: number;
  command: string;
  exit: number;
}

export function readmeCommands(text: string): ReadmeCommand[] {
  const out: ReadmeCommand[] = [];
  const lines = text.split("\n");
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const fence = /^\s*```(\w*)/.exec(raw);
    if (fence) {
      inBlock = !inBlock && fence[1] === "sh";
      continue;
    }
    if (!inBlock) continue;
    let command = raw.trim();
    const start = i + 1;
    while (command.endsWith("\\") && i + 1 < lines.length) command = command.slice(0, -1) + " " + lines[++i]?.trim();
    if (!command.startsWith("checkonce ")) continue;
    const expected = /#\s*→\s*(?:退出码\s*(\d)|exit\s*(\d))/.exec(command);
    const exit = expected ? Number(expected[1] ?? expected[2]) : 0;
    // `init --example my-ws && cd my-ws` is how the workspace was made: already done.
    if (command.includes("…") || command.includes("&& cd ")) continue;
    out.push({ line: start, command, exit });
  }
  return out;
}

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const home = mkdtempSync(join(tmpdir(), "checkonce-readme-"));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe("README.md", { timeout: 600_000 }, () => {
  it("holds commands, some of them expected to fail", () => {
    const commands = readmeCommands(readme);
    expect(commands.length).toBeGreaterThan(20);
    expect(commands.some((c) => c.exit !== 0)).toBe(true);
  });

  it("every command exits as the README says, run in order in a fresh init --example workspace", () => {
    const init = spawnSync(process.execPath, [binPath, "init", "--example", "my-ws"], { cwd: home, encoding: "utf8" });
    expect(init.status, init.stderr).toBe(0);
    const ws = join(home, "my-ws");
    const env = {
      PATH: `${join(home, "bin")}:${process.env.PATH ?? ""}`,
      HOME: home,
      USERPROFILE: home,
      NO_COLOR: "1",
      LANG: "zh_CN.UTF-8",
      CHECKONCE_BROWSER: "/nonexistent",
    };
    // `checkonce` as the README writes it: the built binary, through a tiny wrapper on PATH.
    mkdirSync(join(home, "bin"), { recursive: true });
    const wrapper = spawnSync(
      "sh",
      [
        "-c",
        'printf \'#!/bin/sh\\nexec "%s" "%s" "$@"\\n\' "$1" "$2" > bin/checkonce && chmod +x bin/checkonce',
        "_",
        process.execPath,
        binPath,
      ],
      { cwd: home },
    );
    expect(wrapper.status).toBe(0);
    const failures: string[] = [];
    for (const c of readmeCommands(readme)) {
      const run = spawnSync("sh", ["-c", c.command.replace(/\s#.*$/, "")], { cwd: ws, env, encoding: "utf8" });
      if (run.status !== c.exit)
        failures.push(
          `README.md:${c.line}: \`${c.command}\` exited ${run.status}, the README says ${c.exit}\n${run.stderr.slice(0, 600)}`,
        );
    }
    expect(failures.join("\n\n")).toBe("");
  });
});
