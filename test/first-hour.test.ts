import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";
import { cleanTemp, SEED, tempDir } from "./helpers/workspaces.js";
import { localiseDifference } from "../src/i18n/differences.js";
import { englishSentences } from "./helpers/english.js";

afterAll(cleanTemp);
const zh = { LANG: "zh_CN.UTF-8" };
const en = { LANG: "en_US.UTF-8" };

/** A fresh `init --example` workspace, with the example's draws and results. */
function exampleWorkspace(): string {
  const dir = tempDir();
  expect(runCli(["init", "--example", "ws"], { cwd: dir }).status).toBe(0);
  return join(dir, "ws");
}

describe("englishSentences", () => {
  it("finds prose, not ids, paths or options", () => {
    expect(englishSentences("台账：第 2 行 abc12 CY-01/focus")).toEqual([]);
    expect(englishSentences("record missing for the campaign")).toEqual(["record missing for the campaign"]);
    expect(englishSentences("错误：文件 objects/yishi.yaml 第 3 行 --format json CY-01/focus")).toEqual([]);
    expect(englishSentences("YAML 语法错误：Tabs are not allowed as indentation")).toHaveLength(1);
  });
});

describe("messages that say what happened (issue 15)", { timeout: 300_000 }, () => {
  const ws = exampleWorkspace();

  it("bare verify asks what to verify, without a doubled prefix", () => {
    for (const env of [zh, { LANG: "C" }]) {
      const run = runCli(["verify"], { cwd: ws, env });
      expect(run.status).toBe(2);
      expect(run.stderr).not.toMatch(/错误：错误：|Error: Error:/);
    }
    expect(runCli(["verify"], { cwd: ws, env: zh }).stderr).toMatch(/^错误：请指明要复核什么：verify/);
  });

  it("validate --strict says that it counted the warnings; . shows the folder's name", () => {
    const run = runCli(["validate", "--strict"], { cwd: ws, env: zh });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/--strict：\d+ 个警告按错误计算，因此退出码为 1。/);
    const name = ws.split(/[\\/]/).at(-1) as string;
    expect(runCli(["validate", "-w", "."], { cwd: ws, env: zh }).stdout).toContain(`${name}：`);
    expect(runCli(["validate"], { cwd: join(ws, "objects"), env: zh }).stdout).toContain(`${ws}：`);
  });

  it("-w names a folder that does not exist, or one that is not a workspace", () => {
    const missing = runCli(["-w", join(ws, "nonexistent"), "validate"], { env: en });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/The folder .*nonexistent does not exist/);
    const plain = runCli(["-w", join(ws, "objects"), "validate"], { env: en });
    expect(plain.stderr).toMatch(/is not a workspace: it holds no checkonce\.yaml/);
  });

  it("init writes .checkonce/schemas/ and answers in the new workspace's locale", () => {
    const dir = tempDir();
    const run = runCli(["init", "--example", "my-ws"], { cwd: dir, env: en });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^已创建工作区 my-ws。下一步：cd my-ws/);
    expect(existsSync(join(dir, "my-ws", ".checkonce", "schemas", "objects.schema.json"))).toBe(true);
  });

  it("the language rule: --lang, then the workspace's locale, then LANG", () => {
    expect(runCli(["list", "campaigns"], { cwd: ws, env: en }).stdout).toContain("年度计划");
    expect(runCli(["--lang", "en", "validate"], { cwd: ws, env: zh }).stdout).toMatch(/error\(s\)/);
    const dir = tempDir();
    writeFileSync(join(dir, "checkonce.yaml"), "county: { name: x, areaCode: '140821' }\n");
    expect(runCli(["verify"], { cwd: dir, env: zh }).stderr).toMatch(/^错误/);
    expect(runCli(["verify"], { cwd: dir, env: en }).stderr).toMatch(/^Error/);
  });

  it("a past campaign warns; preparing again says it supersedes the earlier commitment", () => {
    const first = runCli(["draw", "prepare", "2026-GY-01"], { cwd: ws, env: zh });
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/警告：工作方案 2026-GY-01 的检查时间为 2026-05-18 至 2026-05-29，已早于今天/);
    expect(first.stdout).not.toMatch(/取代/);
    const again = runCli(["draw", "prepare", "2026-GY-01"], { cwd: ws, env: zh });
    expect(again.stdout).toMatch(/本次承诺（台账第 (\d+) 行）取代工作方案 2026-GY-01 先前的承诺（第 \d+ 行/);
    expect(again.stdout).toMatch(/任何人查阅台账都能看到/);
    const inTime = runCli(["--today", "2026-05-01", "draw", "prepare", "2026-GY-01"], { cwd: ws, env: zh });
    expect(inTime.stderr).not.toMatch(/警告：工作方案/);
    // One name for a stratum everywhere: its id.
    expect(again.stdout).toContain("GY-01/focus");
    expect(again.stdout).not.toContain("GY-01/重点监管对象");
  });

  it("after substitute, every format of draw show says where the replacement lies and who visits it", () => {
    const sub = runCli(["substitute", "2026-CY-01", "92140821MA0XF4P09U", "--reason", "已注销"], { cwd: ws, env: zh });
    expect(sub.status).toBe(0);
    const note = /替换 92140821MA0XF4P09U：已注销；对象位于\S+镇，由 T\d\d 检查组（\S+镇）检查/;
    for (const format of ["text", "md", "csv"]) {
      const run = runCli(["draw", "show", "2026-CY-01", "--format", format], { cwd: ws, env: zh });
      expect(run.status, format).toBe(0);
      expect(run.stdout, format).toMatch(note);
    }
    const json = JSON.parse(runCli(["draw", "show", "2026-CY-01", "--format", "json"], { cwd: ws }).stdout);
    expect(json.substitutions[0]).toMatchObject({ object: "92140821MA0XF4P09U", reason: "已注销" });
  });

  it("orders --force lists the files that will go and, off a terminal, needs --yes", () => {
    expect(runCli(["orders", "2026-CY-01", "--format", "md,csv"], { cwd: ws, env: zh }).status).toBe(0);
    const refused = runCli(["orders", "2026-CY-01", "--force"], { cwd: ws, env: zh });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/将删除以下 \d+ 个文件/);
    expect(refused.stderr).toContain("2026-CY-01-抽查名单公示.md");
    expect(refused.stderr).toMatch(/--yes/);
    expect(existsSync(join(ws, "out", "2026-CY-01", "2026-CY-01-抽查名单公示.md"))).toBe(true);
    const done = runCli(["orders", "2026-CY-01", "--force", "--yes"], { cwd: ws, env: zh });
    expect(done.status).toBe(0);
    expect(existsSync(join(ws, "out", "2026-CY-01", "2026-CY-01-抽查名单公示.md"))).toBe(false);
  });

  it("show's keys and commander's choices are in Chinese", () => {
    const shown = runCli(["show", "scjgj-001"], { cwd: ws, env: zh }).stdout;
    expect(shown).toMatch(/^类别: 执法人员/);
    expect(shown).toContain("执法证今日有效:");
    const help = runCli(["draw", "show", "--help"], { cwd: ws, env: zh }).stdout;
    expect(help).toContain("可选：text、json、csv、md；缺省：text");
    expect(help).not.toMatch(/choices|default:/);
  });
});

describe("verify's differences in Chinese", () => {
  it("translates the shapes the ledger and the recomputation report", () => {
    const cases = [
      "ledger: line 2 holds digest 0123456789abcdef…, the record file has fedcba9876543210… (the record was edited)",
      "2026-CY-01 attempt 1: record missing",
      "ledger line 3: hash does not match the line's content (edited)",
      "history: record of 2026-CY-01 attempt 1 is missing",
      "draws/2026-CY-01.draw.yaml: commitment: made after the draw",
      "stratum CY-01/focus selected [2]: record a, recomputed b (3 vs 4 entries)",
      "input objects/yishi.yaml: neither the live file nor a snapshot has the recorded digest",
    ];
    for (const text of cases) {
      const out = localiseDifference(text, "zh");
      expect(englishSentences(out), `${text} → ${out}`).toEqual([]);
      expect(localiseDifference(text, "en")).toBe(text);
    }
  });
});

describe("under LANG=zh_CN.UTF-8, no English sentence (issue 15)", { timeout: 600_000 }, () => {
  const commands: string[][] = [
    ["--help"],
    ["validate"],
    ["validate", "--strict"],
    ["validate", "--help"],
    ["list", "objects", "--township", "yishi", "--tier", "focus"],
    ["list", "inspectors", "--department", "scjgj"],
    ["list", "campaigns"],
    ["show", "scjgj-001"],
    ["show", "92140821MA09YY37XU"],
    ["show", "2026-CY-01"],
    ["draw", "show", "2026-CY-01"],
    ["draw", "show", "2026-CY-01", "--format", "md"],
    ["draw", "--help"],
    ["verify"],
    ["verify", "2026-CY-01"],
    ["verify", "--ledger"],
    ["followups"],
    ["orders", "--help"],
    ["draw", "prepare", "2026-GY-01"],
    ["draw", "run", "2026-GY-01", ...SEED],
    ["substitute", "2026-CY-01", "92140821MA0XF4P09U", "--reason", "已注销"],
    ["report", "--period", "2026Q2", "--as-of", "2026-06-10"],
    ["report", "--period", "2026Q9"],
    ["publish", "2026-CY-01", "--format", "csv"],
    ["export", "results", "--format", "csv", "-o", "results.csv"],
    ["results", "import", "results.csv"],
    ["credit", "propose", "--year", "2026"],
    ["proof", "2026-CY-01", "92140821MA09YY37XU"],
    ["list", "nothing"],
    ["show", "no-such-id"],
  ];
  const check = (ws: string) => {
    const found: string[] = [];
    for (const args of commands) {
      const run = runCli(args, { cwd: ws, env: zh });
      for (const s of englishSentences(run.stdout + "\n" + run.stderr)) found.push(`${args.join(" ")}: ${s}`);
    }
    return found;
  };

  it("on the example", () => {
    expect(check(exampleWorkspace())).toEqual([]);
  });

  it("on a broken copy: a tab, a bad date, a missing registry, an edited record", () => {
    const ws = exampleWorkspace();
    const upper = join(ws, "upper-inspected.yaml");
    writeFileSync(upper, readFileSync(upper, "utf8") + "\n\tbroken: [\n");
    const plans = join(ws, "plans.yaml");
    writeFileSync(plans, readFileSync(plans, "utf8").replace("startDate: 2026-04-13", "startDate: 2026-13-45"));
    rmSync(join(ws, "departments.yaml"));
    const record = join(ws, "draws", "2026-CY-01.draw.yaml");
    writeFileSync(record, readFileSync(record, "utf8").replace("attempt: 1", "attempt: 1\n# edited"));
    expect(check(ws)).toEqual([]);
  });
});
