import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { exampleDir } from "../helpers/workspaces.js";
import { cleanTemp, tempDir } from "./helpers.js";

afterAll(cleanTemp);

/** A copy of the example with its draw and results (what `init --example` gives an officer). */
function example(): string {
  const ws = join(tempDir(), "ws");
  cpSync(exampleDir, ws, { recursive: true, filter: (p) => !p.includes(".checkonce") });
  return ws;
}
const cli = (ws: string, ...args: string[]) => runCli([...args, "-w", ws, "--lang", "en"]);
const ledger = (ws: string) => readFileSync(join(ws, "draws", "ledger.jsonl"), "utf8");

// The object of the example whose environment department has not entered its result yet.
const open = { object: "92140821538160727F", department: "sthj", staff: "yishi-02" };
const add = [
  "results",
  "add",
  "2026-CY-01",
  "--object",
  open.object,
  "--department",
  open.department,
  "--date",
  "2026-04-22",
  "--outcome",
  "no-problem",
  "--signature",
  "signed",
  "--township-staff",
  open.staff,
  "--today",
  "2026-04-23",
];

describe("checkonce results, through the real binary", () => {
  it("the example validates and its ledger verifies, results included", () => {
    const ws = example();
    const v = cli(ws, "validate", "--today", "2026-05-12", "--format", "json");
    const report = JSON.parse(v.stdout) as { counts: { errors: number }; files: { kind: string }[] };
    expect(report.counts.errors).toBe(0);
    expect(report.files.filter((f) => f.kind === "results")).toHaveLength(4);
    expect(v.status).toBe(0);
    expect(cli(ws, "verify", "--ledger").status).toBe(0);
  });

  it("results add: unattended with options; the same again changes nothing; a different one needs --amend", () => {
    const ws = example();
    const first = cli(ws, ...add);
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain("1 result(s) entered");
    expect(first.status).toBe(0);
    const after = ledger(ws);
    const again = cli(ws, ...add);
    expect(again.stdout).toContain("1 unchanged");
    expect(ledger(ws)).toBe(after);
    const other = [...add.slice(0, 10), "rectified-on-site", ...add.slice(11), "--findings", "灭火器过期"];
    const refused = cli(ws, ...other);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("result-differs-needs-amend");
    expect(refused.stderr).toContain("Nothing was written");
    expect(ledger(ws)).toBe(after);
    const amended = cli(ws, ...other, "--amend", "--reason", "录入错误");
    expect(amended.stdout).toContain("1 amended");
    expect(readFileSync(join(ws, "results/2026-CY-01/sthj.yaml"), "utf8")).toMatch(
      /amendments:\n\s+- amendedOn: 2026-04-23\n\s+reason: 录入错误\n\s+previous:/,
    );
  });

  it("names the option of what is wrong, and refuses without a terminal when options are missing", () => {
    const ws = example();
    const bad = cli(ws, ...add.slice(0, 8), "2026-04-25", ...add.slice(9), "--today", "2026-04-30");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/results add --date: error result-date-outside-campaign/);
    const missing = cli(ws, "results", "add", "2026-CY-01", "--object", open.object);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--department, --date, --outcome");
  });

  it("results import: a CSV in, errors by file, row and column, nothing written; a re-import changes nothing", () => {
    const ws = example();
    const csv = join(ws, "sthj.csv");
    const header = "工作方案,部门,统一社会信用代码,检查日期,检查记录单,乡镇人员,处理结果,整改期限,发现的问题";
    writeFileSync(
      csv,
      `\ufeff${header}\r\n2026-CY-01,sthj,${open.object},2026-04-22,已签字,${open.staff},责令限期整改,,油烟净化器未运行\r\n`,
    );
    const before = ledger(ws);
    const refused = runCli(["results", "import", csv, "-w", ws, "--lang", "en", "--today", "2026-04-23"], { cwd: ws });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("sthj.csv:2 error result-needs-deadline");
    expect(ledger(ws)).toBe(before);
    writeFileSync(
      csv,
      `${header}\n2026-CY-01,sthj,${open.object},2026-04-22,已签字,${open.staff},责令限期整改,2026-05-08,油烟净化器未运行\n`,
    );
    const ok = runCli(["results", "import", csv, "-w", ws, "--lang", "en", "--today", "2026-04-23"], { cwd: ws });
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toContain("1 result(s) entered");
    const again = runCli(["results", "import", csv, "-w", ws, "--lang", "en", "--today", "2026-04-30"], { cwd: ws });
    expect(again.stdout).toContain("0 result(s) entered, 0 amended, 0 re-inspection(s), 1 unchanged");
  });

  it("a result changed by hand fails validate and verify --ledger", () => {
    const ws = example();
    const file = join(ws, "results/2026-CY-01/xfjy.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("outcome: no-problem", "outcome: rectified-on-site\n    findings: 改过"),
    );
    const v = cli(ws, "validate", "--today", "2026-05-12");
    expect(v.status).toBe(1);
    expect(v.stdout).toContain("result-changed-outside");
    const l = cli(ws, "verify", "--ledger");
    expect(l.status).toBe(1);
    expect(l.stdout).toContain("changed by hand");
  });

  it("followups: per department, --overdue, --fail-on-overdue for scripts, stable JSON", () => {
    const ws = example();
    const early = cli(ws, "followups", "--as-of", "2026-04-27", "--fail-on-overdue", "--format", "json");
    expect(early.status).toBe(0);
    const late = cli(ws, "followups", "--as-of", "2026-06-10", "--fail-on-overdue", "--format", "json");
    expect(late.status).toBe(1);
    const data = JSON.parse(late.stdout) as {
      format: string;
      items: { kind: string; status: string; department: string }[];
    };
    expect(data.format).toBe("checkonce-followups/1");
    expect(data.items.some((i) => i.kind === "rectification" && i.status === "escalated")).toBe(true);
    expect(data.items.some((i) => i.kind === "entry" && i.status === "overdue" && i.department === "sthj")).toBe(true);
    const text = cli(ws, "followups", "--as-of", "2026-06-10", "--department", "scjgj", "--overdue");
    expect(text.stdout).toMatch(/^scjgj /);
    expect(text.stdout).not.toMatch(/^xfjy /m);
  });

  it("publish writes CSV, JSON, HTML and DOCX without personal data, lists what it held back, and is ledgered", async () => {
    const ws = example();
    const run = runCli(["publish", "2026-CY-01", "-w", ws, "--as-of", "2026-06-10"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("公示 12 个对象，暂缓 1 个");
    expect(run.stdout).toContain(`暂缓公示：${open.object}`);
    const dir = join(ws, "publish", "2026-CY-01");
    const docx = await JSZip.loadAsync(readFileSync(join(dir, "2026-CY-01-抽查结果公示.docx")));
    const body = (await docx.file("word/document.xml")?.async("string")) ?? "";
    expect(body).toContain("不配合检查情节严重");
    expect(body).toContain("通过登记的住所（经营场所）无法联系");
    const results = readFileSync(join(ws, "results/2026-CY-01/scjgj.yaml"), "utf8");
    const witnesses = [...results.matchAll(/witness: (\S+)/g)].map((m) => m[1] as string);
    expect(witnesses.length).toBeGreaterThan(0);
    for (const f of ["csv", "json", "html"]) {
      const text = readFileSync(join(dir, `2026-CY-01-抽查结果公示.${f}`), "utf8");
      for (const w of witnesses) expect(text).not.toContain(w);
      expect(text).not.toContain("scjgj-0");
    }
    for (const w of witnesses) expect(body).not.toContain(w);
    expect(ledger(ws)).toContain('"type":"publish"');
  });

  it("credit propose writes a proposal once (--force to replace it); apply updates tiers and ledgers them", () => {
    const ws = example();
    const p = cli(ws, "credit", "propose", "--year", "2026", "--today", "2026-12-20");
    expect(p.status).toBe(0);
    expect(existsSync(join(ws, "credit", "2026.proposal.yaml"))).toBe(true);
    expect(cli(ws, "credit", "propose", "--year", "2026").status).toBe(2);
    const a = cli(ws, "credit", "apply", join(ws, "credit", "2026.proposal.yaml"));
    expect(a.status).toBe(0);
    expect(a.stdout).toMatch(/\d+ tier change\(s\) written/);
    expect(ledger(ws)).toContain('"type":"credit"');
    const again = cli(ws, "credit", "apply", join(ws, "credit", "2026.proposal.yaml"));
    expect(again.stdout).toMatch(/^0 tier change\(s\) written/);
    expect(cli(ws, "validate").status).toBe(0);
  });
});
