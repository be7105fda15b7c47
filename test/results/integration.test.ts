import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import type { DrawRecord } from "../../src/draw/record.js";
import { parseCsv } from "../../src/spreadsheets/csv-read.js";
import { cellText } from "../../src/spreadsheets/sheet.js";
import { writeXlsx } from "../../src/spreadsheets/xlsx-write.js";
import { csvField, type OutCell } from "../../src/util/csv-write.js";
import { runCli } from "../helpers/run-cli.js";
import { copyWorkspace, exampleDir, SEED } from "../helpers/workspaces.js";
import { cleanTemp, tempDir } from "./helpers.js";

// Where the results (issue 8) meet the spreadsheets (issue 10) and the draw's record.

afterAll(cleanTemp);

/** A copy of the example with its draw and results (what `init --example` gives an officer). */
function example(): string {
  const ws = join(tempDir(), "ws");
  cpSync(exampleDir, ws, { recursive: true, filter: (p) => !p.includes(".checkonce") });
  return ws;
}
const cli = (ws: string, ...args: string[]) => runCli([...args, "-w", ws, "--lang", "en"], { cwd: ws });
const ledgerLines = (ws: string) =>
  readFileSync(join(ws, "draws", "ledger.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { type: string; campaign?: string; inputs?: { file: string }[] });
const recordOf = (ws: string, campaign: string) =>
  parse(readFileSync(join(ws, "draws", `${campaign}.draw.yaml`), "utf8")) as DrawRecord;

// The example's object whose environment department has not entered its result yet.
const open = { object: "92140821538160727F", department: "sthj", staff: "yishi-02" };
const addOpen = (outcome = "no-problem", ...more: string[]) => [
  "results",
  "add",
  "2026-CY-01",
  ...["--object", open.object, "--department", open.department, "--date", "2026-04-22"],
  ...["--outcome", outcome, "--signature", "signed", "--township-staff", open.staff, "--today", "2026-04-23"],
  ...more,
];

describe("results are no input of a draw", () => {
  it("a draw prepared and run after results lists none of them; entering a result changes no draw's inputs", () => {
    const ws = example();
    expect(cli(ws, "draw", "prepare", "2026-GY-01", "--today", "2026-05-01").status).toBe(0);
    const prepare = ledgerLines(ws).at(-1);
    expect(prepare?.type).toBe("prepare");
    expect(prepare?.inputs?.length).toBeGreaterThan(10);
    expect(prepare?.inputs?.filter((i) => i.file.startsWith("results/"))).toEqual([]);

    // A result entered between the commitment and the draw changes nothing the draw read.
    expect(cli(ws, ...addOpen()).status).toBe(0);
    const run = cli(
      ws,
      "draw",
      "run",
      "2026-GY-01",
      "--seed",
      "县应急管理局=55382019471234567890",
      "--today",
      "2026-05-02",
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const record = recordOf(ws, "2026-GY-01");
    expect(record.inputs.map((i) => i.file)).toEqual(prepare?.inputs?.map((i) => i.file));

    // An amendment afterwards: both draws still verify from the live files, not from snapshots.
    const amended = cli(
      ws,
      ...addOpen("rectified-on-site", "--findings", "灭火器过期", "--amend", "--reason", "录入错误"),
    );
    expect(amended.status).toBe(0);
    for (const campaign of ["2026-CY-01", "2026-GY-01"]) {
      const v = cli(ws, "verify", campaign);
      expect(v.status).toBe(0);
      expect(v.stdout).toContain("recomputes exactly from the live files");
    }
    expect(cli(ws, "verify", "--ledger").status).toBe(0);
  });
});

describe("a draw record lists every file it read, empty or not", () => {
  it("an empty upper-inspected.yaml is an input with its digest and snapshot; filled later, the draw still verifies", () => {
    const ws = copyWorkspace();
    writeFileSync(join(ws, "upper-inspected.yaml"), "");
    const run = cli(ws, "draw", "2026-CY-01", ...SEED);
    expect(run.status).toBe(0);
    const empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    const record = recordOf(ws, "2026-CY-01");
    expect(record.inputs.find((i) => i.file === "upper-inspected.yaml")).toEqual({
      file: "upper-inspected.yaml",
      kind: "upperInspected",
      sha256: empty,
    });
    expect(existsSync(join(ws, "draws", "inputs", empty))).toBe(true);
    const prepare = ledgerLines(ws).find((l) => l.type === "prepare");
    expect(prepare?.inputs?.map((i) => i.file)).toContain("upper-inspected.yaml");
    expect(cli(ws, "verify", "2026-CY-01").stdout).toContain("recomputes exactly from the live files");
    // The upper level reports an inspection afterwards: the draw is still the one made from the empty file.
    cpSync(join(exampleDir, "upper-inspected.yaml"), join(ws, "upper-inspected.yaml"));
    const v = cli(ws, "verify", "2026-CY-01");
    expect(v.stdout).toContain("recomputes exactly from the stored input snapshot");
    expect(v.status).toBe(0);
  });
});

describe("publish writes its CSV by the one rule of every CSV (util/csv-write.ts)", () => {
  it("names beginning with =, +, - or @ cannot run in Excel, and read back as written; codes and dates stay text", () => {
    const ws = example();
    // Four published objects renamed as a hostile platform export might name them.
    const names: Record<string, string> = {
      "91140821444057390K": '=HYPERLINK("http://x","点此")',
      "91140821MA00DC1QX8": "+86 康和酒楼",
      "91140821MA06C4J34K": "-裕果配送",
      "9214082158697213XB": "@SUM(A1:A9)",
    };
    const file = join(ws, "objects", "yishi.yaml");
    let text = readFileSync(file, "utf8");
    for (const [code, name] of Object.entries(names)) {
      const at = text.indexOf(`id: "${code}"`);
      expect(at).toBeGreaterThan(0);
      const nameAt = text.indexOf("name: ", at);
      const end = text.indexOf("\n", nameAt);
      text = `${text.slice(0, nameAt)}name: ${JSON.stringify(name)}${text.slice(end)}`;
    }
    writeFileSync(file, text);
    const run = cli(ws, "publish", "2026-CY-01", "--format", "csv", "--today", "2026-05-12");
    // Only the note that no checkpoint covers the results yet (tested below).
    expect(run.stderr).toMatch(/^Note: the latest checkpoint \(0 line\(s\)\)[^\n]*\n$/);
    expect(run.status).toBe(0);
    const csv = readFileSync(join(ws, "publish/2026-CY-01/2026-CY-01-results-publication.csv"), "utf8");
    expect(csv.startsWith("\ufeff")).toBe(true);
    const rows = csv.slice(1).trimEnd().split("\r\n");
    for (const [code, name] of Object.entries(names)) {
      const row = rows.find((r) => r.includes(code)) ?? "";
      // Exactly what list, draw show, orders and export write for the same cells.
      expect(row).toContain(`,${csvField(name)},${csvField(code)},`);
      expect(csvField(name)).toMatch(/^"?="/);
    }
    expect(csv).toContain(`,${csvField("2026-04-17")},`);
    // No raw cell starts a formula; read back (as `import` reads a CSV), every name is what was written.
    expect(csv).not.toMatch(/(^|,)[+\-@]|(^|,)=(?!")/m);
    const back = parseCsv(csv.slice(1), "publication").sheet.rows.map((r) => r.cells.map(cellText));
    for (const [code, name] of Object.entries(names)) expect(back.find((r) => r[2] === code)?.[1]).toBe(name);
  });
});

describe("results import takes XLSX as well as CSV (the reader of checkonce import)", () => {
  const header = [
    "工作方案",
    "部门",
    "统一社会信用代码",
    "检查日期",
    "检查记录单",
    "乡镇人员",
    "处理结果",
    "整改期限",
    "发现的问题",
  ];
  const workbook = (rows: OutCell[][]) =>
    writeXlsx([
      { name: "说明", header: ["填表说明"], rows: [["每个对象每个部门一行"]] },
      { name: "检查结果", header, rows },
    ]);

  it("reads the sheet with the results' headers, Excel dates included; errors by sheet, row and column letter", async () => {
    const ws = example();
    const file = join(ws, "sthj.xlsx");
    // 46134 is Excel's serial number of 2026-04-22; the deadline is missing, and row 3 holds a code Excel made a number.
    writeFileSync(
      file,
      await workbook([
        ["2026-CY-01", "sthj", open.object, 46134, "已签字", open.staff, "责令限期整改", null, "油烟净化器未运行"],
        ["2026-CY-01", "sthj", 911408215189742000, "2026-04-22", "已签字", open.staff, "未发现问题", null, null],
      ]),
    );
    const before = readFileSync(join(ws, "draws", "ledger.jsonl"), "utf8");
    const refused = cli(ws, "results", "import", file, "--today", "2026-04-23");
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("sthj.xlsx:检查结果!C3 [统一社会信用代码] error import-credit-code-number");
    expect(readFileSync(join(ws, "draws", "ledger.jsonl"), "utf8")).toBe(before);
    writeFileSync(
      file,
      await workbook([
        ["2026-CY-01", "sthj", open.object, 46134, "已签字", open.staff, "责令限期整改", null, "油烟净化器未运行"],
      ]),
    );
    const deadline = cli(ws, "results", "import", file, "--today", "2026-04-23");
    expect(deadline.status).toBe(1);
    expect(deadline.stderr).toMatch(/^sthj\.xlsx:检查结果!\S*2 .*error result-needs-deadline/m);
    writeFileSync(
      file,
      await workbook([
        [
          "2026-CY-01",
          "sthj",
          open.object,
          46134,
          "已签字",
          open.staff,
          "责令限期整改",
          "2026-05-08",
          "油烟净化器未运行",
        ],
      ]),
    );
    const ok = cli(ws, "results", "import", file, "--today", "2026-04-23");
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toContain("1 result(s) entered");
    expect(readFileSync(join(ws, "results/2026-CY-01/sthj.yaml"), "utf8")).toContain("inspectedOn: 2026-04-22");
    const again = cli(ws, "results", "import", file, "--today", "2026-04-30");
    expect(again.stdout).toContain("0 result(s) entered, 0 amended, 0 re-inspection(s), 1 unchanged");
    const noSheet = cli(ws, "results", "import", file, "--sheet", "结果", "--today", "2026-04-30");
    expect(noSheet.status).toBe(2);
    expect(noSheet.stderr).toContain("No sheet named “结果”");
  });
});

describe("export results --format xlsx|csv", () => {
  it("Chinese headers, codes and dates as text; exported and imported again, every result is unchanged", () => {
    const ws = example();
    const zh = (...args: string[]) => runCli([...args, "-w", ws, "--lang", "zh"], { cwd: ws });
    const csv = zh("export", "results", "-o", "-");
    expect(csv.status).toBe(0);
    const lines = csv.stdout.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "工作方案,部门,统一社会信用代码,检查日期,检查记录单,见证人,执法记录仪编号,乡镇人员,执法人员,处理结果,整改期限,移送机关,无法检查原因,严重失信情形,发现的问题,录入日期",
    );
    expect(csv.stdout).toContain(`,${csvField("2026-04-17")},`);
    const count = lines.filter((l) => l.startsWith("2026-CY-01,")).length;
    expect(count).toBeGreaterThan(30);
    for (const [out, lang] of [
      ["r.xlsx", "zh"],
      ["r.csv", "en"],
    ] as const) {
      const written = runCli(["export", "results", "-o", join(ws, out), "-w", ws, "--lang", lang], { cwd: ws });
      expect(written.status).toBe(0);
      const back = cli(ws, "results", "import", join(ws, out), "--today", "2026-05-12");
      expect(back.stderr).toBe("");
      expect(back.stdout).toContain(`0 result(s) entered, 0 amended, 0 re-inspection(s), ${count} unchanged`);
    }
  });
});

describe("publish prints the ledger checkpoint, as draw show does for the draw list", () => {
  it("points out that no checkpoint covers the results; after checkonce checkpoint, prints it", () => {
    const ws = example();
    const home = tempDir();
    const run = (...args: string[]) =>
      runCli([...args, "-w", ws, "--lang", "en"], { cwd: ws, env: { HOME: home, USERPROFILE: home } });
    const before = run("publish", "2026-CY-01", "--format", "csv", "--today", "2026-05-12");
    expect(before.status).toBe(0);
    expect(before.stdout).toContain("Ledger checkpoint: none yet");
    expect(before.stderr).toMatch(/does not yet cover these results \(ledger line \d+\)/);
    expect(run("key", "generate").status).toBe(0);
    expect(run("checkpoint").status).toBe(0);
    const after = run("publish", "2026-CY-01", "--format", "csv,json,html", "--today", "2026-05-12");
    expect(after.status).toBe(0);
    expect(after.stderr).toBe("");
    expect(after.stdout).toMatch(/checkpoint.*\d+ · [0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}/i);
    // The files carry it too (issue 12: every public document prints the checkpoint current when it
    // was made), and the published page names no tool (issue 11).
    const short = /(\d+ · [0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})/.exec(after.stdout)?.[1] ?? "";
    const stored = readFileSync(
      join(ws, "draws", "checkpoints", readdirSync(join(ws, "draws", "checkpoints"))[0] ?? ""),
      "utf8",
    )
      .trim()
      .split("\n");
    const dir = join(ws, "publish", "2026-CY-01");
    const file = (ext: string) =>
      readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith(ext)) ?? "missing"), "utf8");
    const rows = parseCsv(file(".csv").replace(/^\ufeff/, ""), "publication").sheet.rows.map((r) =>
      r.cells.map(cellText),
    );
    expect(rows[0]?.at(-1)).toBe("Ledger checkpoint");
    for (const row of rows.slice(1)) expect(row.at(-1)).toBe(short);
    const json = JSON.parse(file(".json")) as { checkpoint: { short: string; full: string[] } };
    expect(json.checkpoint).toEqual({ short, full: stored });
    const html = file(".html");
    expect(html).toContain(`Ledger checkpoint when this list was made: ${short}`);
    for (const line of stored) expect(html).toContain(line.replace(/&/g, "&amp;").replace(/</g, "&lt;"));
    expect(html).not.toMatch(/checkonce (verify|checkpoint)/);
  });
});
