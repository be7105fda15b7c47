import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toCsv, type OutCell } from "../../src/util/csv-write.js";
import { writeXlsx } from "../../src/spreadsheets/xlsx-write.js";
import { readXlsx } from "../../src/spreadsheets/xlsx-read.js";
import { parseCsv } from "../../src/spreadsheets/csv-read.js";
import { cellText } from "../../src/spreadsheets/sheet.js";
import { cleanTemp, tempDir } from "../helpers/workspaces.js";

afterAll(cleanTemp);

/** Cells that Excel would mangle or run if written naively. */
const tricky: OutCell[][] = [
  ["统一社会信用代码", "执法证号", "电话", "日期", "公式", "加号", "减号", "at", "制表符", "文本", "数字"],
  [
    "911408215189742053",
    "14082120220081",
    "10090881612",
    "2026-03-01",
    "=1+1",
    "+86 100",
    "-",
    "@SUM(A1)",
    "\tx",
    "临猗县（普通合伙）",
    7,
  ],
  ["0359", "00123", "03594001234", "2026/3/1", '=HYPERLINK("http://x","y")', "+", "-5", "@", "\t", 'a,b "c"', 0.5],
];
const expectedText = tricky.map((r) => r.map((v) => (v === null || v === undefined ? "" : String(v))));

const soffice = ["soffice", "libreoffice"].find(
  (cmd) => spawnSync(cmd, ["--version"], { encoding: "utf8" }).status === 0,
);
const why = "LibreOffice is not installed (apt-get install libreoffice-calc): the check by another reader is skipped";

function convert(file: string, to: string, outDir: string, infilter?: string): string {
  const args = [
    "--headless",
    "--norestore",
    ...(infilter ? [`--infilter=${infilter}`] : []),
    "--convert-to",
    to,
    "--outdir",
    outDir,
    file,
  ];
  execFileSync(soffice as string, args, { env: { ...process.env, HOME: outDir }, stdio: "pipe", timeout: 120000 });
  return outDir;
}

describe("what we write, read back by the library", () => {
  it("XLSX: every string is a text cell exactly as written, numbers are numbers", async () => {
    const bytes = await writeXlsx([{ name: "检查对象", header: tricky[0] as string[], rows: tricky.slice(1) }]);
    const read = await readXlsx(bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const cells = read.sheets[0]?.rows.map((r) => r.cells) ?? [];
    expect(cells.map((r) => r.map(cellText))).toEqual(expectedText);
    expect(cells[1]?.map((c) => c.kind)).toEqual([...Array(10).fill("text"), "number"]);
  });
  it("XLSX: the same data gives the same bytes", async () => {
    const a = await writeXlsx([{ name: "s", header: ["a"], rows: [["1"]] }]);
    await new Promise((r) => setTimeout(r, 1100));
    const b = await writeXlsx([{ name: "s", header: ["a"], rows: [["1"]] }]);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });
  it("CSV: read back as written", () => {
    const { sheet } = parseCsv(toCsv(tricky).slice(1), "s");
    expect(sheet.rows.map((r) => r.cells.map(cellText))).toEqual(expectedText);
  });
});

describe.skipIf(!soffice)("what an Excel-like reader (LibreOffice, headless) makes of it", () => {
  if (!soffice) console.warn(why);
  it("our XLSX, converted to CSV by LibreOffice: every cell's text exactly as written", async () => {
    const dir = tempDir();
    const file = join(dir, "tricky.xlsx");
    writeFileSync(file, await writeXlsx([{ name: "s", header: tricky[0] as string[], rows: tricky.slice(1) }]));
    const out = join(dir, "out");
    mkdirSync(out);
    convert(file, "csv:Text - txt - csv (StarCalc):44,34,76,1", out);
    const { sheet } = parseCsv(readFileSync(join(out, "tricky.csv"), "utf8").replace(/^\uFEFF/, ""), "s");
    expect(sheet.rows.map((r) => r.cells.map(cellText))).toEqual(expectedText);
  }, 180000);
  it("our CSV, opened by LibreOffice: ids and codes are text, formulas are not run", async () => {
    const dir = tempDir();
    const file = join(dir, "tricky.csv");
    writeFileSync(file, toCsv(tricky));
    const out = join(dir, "out");
    mkdirSync(out);
    // UTF-8 (76), comma, double quote; LibreOffice evaluates the ="…" text formulas, as Excel does.
    convert(file, "xlsx", out, "CSV:44,34,76,1,,0,false,true,false,false,false,-1");
    const read = await readXlsx(readFileSync(join(out, "tricky.xlsx")));
    if (!read.ok) throw new Error(read.detail);
    const cells = read.sheets[0]?.rows.map((r) => r.cells) ?? [];
    expect(cells.map((r) => r.map(cellText))).toEqual(expectedText);
    expect(cells[1]?.slice(0, 10).map((c) => c.kind)).toEqual(Array(10).fill("text"));
  }, 180000);
});
