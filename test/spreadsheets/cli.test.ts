import { existsSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { runCli } from "../helpers/run-cli.js";
import { cleanTemp, copyWorkspace, SEED } from "../helpers/workspaces.js";
import { readXlsx } from "../../src/spreadsheets/xlsx-read.js";
import { parseCsv } from "../../src/spreadsheets/csv-read.js";
import { cellText } from "../../src/spreadsheets/sheet.js";
import { creditCodeCheckChar } from "../../src/registries/identifiers.js";

afterAll(cleanTemp);

const INJECTION = '=HYPERLINK("http://x","y")';
/** An all-digit credit code of the example (Excel would show 1.21408E+17). */
const DIGITS = "121408211081238032";

const cli = (args: string[], cwd: string) => runCli(["--lang", "en", ...args], { cwd });

function registryBytes(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of ["", "objects", "inspectors"])
    for (const name of readdirSync(join(root, dir)))
      if (name.endsWith(".yaml")) out.set(join(dir, name), readFileSync(join(root, dir, name), "utf8"));
  return out;
}

/** The example with one object named like a formula and the example's all-digit code kept. */
let root: string;
beforeAll(() => {
  root = copyWorkspace();
  const file = join(root, "objects/yishi.yaml");
  const text = readFileSync(file, "utf8");
  const at = text.indexOf(`id: "${DIGITS}"`);
  expect(at).toBeGreaterThan(0);
  const nameLine = text.indexOf("name: ", at);
  const end = text.indexOf("\n", nameLine);
  writeFileSync(file, text.slice(0, nameLine) + `name: ${JSON.stringify(INJECTION)}` + text.slice(end));
  expect(cli(["validate"], root).status).toBe(0);
}, 120_000);

/** The CSV cell of a code and of the formula-like name, as every writer must write them. */
const expectGuarded = (csv: string) => {
  expect(csv.startsWith("\ufeff")).toBe(true);
  expect(csv).toContain(`"=""${DIGITS}"""`);
  expect(csv).not.toMatch(new RegExp(`(^|,)${DIGITS}(,|\\r)`, "m"));
  expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
};

describe("the writing rule on every writer", { timeout: 180_000 }, () => {
  it("list --format csv", () => {
    const run = cli(["list", "objects", "--township", "yishi", "--format", "csv"], root);
    expect(run.status).toBe(0);
    expectGuarded(run.stdout);
    expect(run.stdout).toContain('"=""=HYPERLINK(""""http://x"""",""""y"""")"""');
    // Read back, each cell is exactly the text.
    const rows = parseCsv(run.stdout.slice(1), "s").sheet.rows.map((r) => r.cells.map(cellText));
    expect(rows.some((r) => r[0] === DIGITS && r[1] === INJECTION)).toBe(true);
  });

  it("export objects as CSV (UTF-8 and GBK) and as XLSX", async () => {
    expect(cli(["export", "objects", "-o", "o.csv"], root).status).toBe(0);
    expectGuarded(readFileSync(join(root, "o.csv"), "utf8"));
    expect(cli(["export", "objects", "-o", "o-gbk.csv", "--encoding", "gbk"], root).status).toBe(0);
    const gbk = iconv.decode(readFileSync(join(root, "o-gbk.csv")), "gbk");
    expectGuarded("\ufeff" + gbk);
    expect(cli(["export", "objects", "-o", "o.csv"], root).status).toBe(2); // exists: --force needed
    expect(cli(["export", "objects"], root).status).toBe(0);
    const read = await readXlsx(readFileSync(join(root, "objects.xlsx")));
    if (!read.ok) throw new Error(read.detail);
    const rows = read.sheets[0]?.rows ?? [];
    const row = rows.find((r) => cellText(r.cells[0]) === DIGITS);
    expect(row?.cells[0]).toEqual({ kind: "text", text: DIGITS });
    expect(row?.cells[2]).toEqual({ kind: "text", text: INJECTION });
  });

  it("export items, and results (none entered yet: the header row only; test/results/integration.test.ts has more)", () => {
    expect(cli(["export", "items", "-o", "items.xlsx"], root).status).toBe(0);
    const run = cli(["export", "results"], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("results.xlsx");
  });

  it("draw show --format csv, orders --format csv and export draw", async () => {
    const drawRun = cli(["draw", "2026-CY-01", ...SEED], root);
    expect(drawRun.status, drawRun.stderr).toBe(0);
    const shown = cli(["draw", "show", "2026-CY-01", "--format", "csv"], root);
    expect(shown.status).toBe(0);
    expect(shown.stdout.startsWith("\ufeff")).toBe(true);
    // Every object column cell of an all-digit code is guarded; ids with letters are left alone.
    for (const line of shown.stdout.split("\r\n").slice(1, -1)) {
      const code = /(?:^|,)"?(=""\d{18}""")"?,|,([0-9A-Z]{18}),/.exec(line);
      expect(code, line).not.toBeNull();
      if (code?.[2]) expect(code[2]).toMatch(/[A-Z]/);
    }
    expect(cli(["orders", "2026-CY-01", "--format", "csv"], root).status).toBe(0);
    const outDir = join(root, "out/2026-CY-01");
    for (const name of readdirSync(outDir).filter((n) => n.endsWith(".csv"))) {
      const csv = readFileSync(join(outDir, name), "utf8");
      expect(csv.startsWith("\ufeff")).toBe(true);
      expect(csv).not.toMatch(/(^|,)\d{15,}(,|\r)/m);
    }
    expect(cli(["export", "draw", "2026-CY-01", "-o", "draw.xlsx"], root).status).toBe(0);
    const read = await readXlsx(readFileSync(join(root, "draw.xlsx")));
    if (!read.ok) throw new Error(read.detail);
    expect(read.sheets.map((s) => s.name)).toEqual(["Objects", "Team members"]);
    expect(read.sheets[0]?.rows.slice(1).every((r) => r.cells[5]?.kind === "text")).toBe(true);
  });
});

describe("checkonce import, through the binary", { timeout: 180_000 }, () => {
  it("the example's platform XLSX: the damaged code stops everything; --skip-invalid imports the rest", () => {
    const ws = copyWorkspace();
    const before = registryBytes(ws);
    const dry = cli(["import", "objects", "imports/objects-from-platform.xlsx", "--map", "imports/mapping.yaml"], ws);
    expect(dry.status).toBe(1);
    expect(dry.stdout).toContain(
      "imports/objects-from-platform.xlsx:检查对象名录!B188 error import-credit-code-number",
    );
    expect(dry.stdout).toContain("2 new, 3 changed, 180 unchanged, 0 absent from the sheet, 1 rejected");
    expect(dry.stdout).toContain("Nothing was written");
    expect(registryBytes(ws)).toEqual(before);

    const run = cli(
      ["import", "objects", "imports/objects-from-platform.xlsx", "--map", "imports/mapping.yaml", "--skip-invalid"],
      ws,
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("Wrote objects/yishi.yaml");
    const rejected = readFileSync(join(ws, "imports/objects-from-platform.rejected.csv"), "utf8");
    const rows = parseCsv(rejected.slice(1), "r").sheet.rows.map((r) => r.cells.map(cellText));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[1]).toBe("911408215189742000");
    expect(rows[1]?.at(-1)).toContain("Excel has turned into a number");
    expect(cli(["validate"], ws).status).toBe(0);
    // Corrected in the rejected file, the row imports; its Problems column is not a data column.
    const first17 = "91140821MA0K1C3Y4";
    const fixed = rejected.replace("911408215189742000", first17 + creditCodeCheckChar(first17));
    writeFileSync(join(ws, "fixed.csv"), fixed);
    const corrected = cli(["import", "objects", "fixed.csv", "--map", "imports/mapping.yaml"], ws);
    expect(corrected.stdout).toContain("1 new, 0 changed, 0 unchanged");
    expect(corrected.stdout).not.toContain("warning");
    expect(corrected.status).toBe(0);
    const again = cli(
      ["import", "objects", "imports/objects-from-platform.xlsx", "--map", "imports/mapping.yaml", "--format", "json"],
      ws,
    );
    const report = JSON.parse(again.stdout) as { counts: Record<string, number>; problems: { cell: string }[] };
    expect(report.counts).toMatchObject({ new: 0, changed: 0, unchanged: 185, rejected: 1 });
    expect(report.problems.map((p) => p.cell)).toEqual(["B188"]);
  });

  it("the example's GBK roster: detected, matched by certificate, written; a wrong --encoding is named", () => {
    const ws = copyWorkspace();
    const run = cli(["import", "inspectors", "imports/inspectors-scjgj.csv", "--map", "imports/mapping.yaml"], ws);
    expect(run.stdout).toContain("(GBK/GB18030): 1 new, 2 changed, 22 unchanged");
    expect(run.status).toBe(0);
    const scjgj = readFileSync(join(ws, "inspectors/scjgj.yaml"), "utf8");
    expect(scjgj).toContain("  - id: scjgj-025\n");
    expect(cli(["validate"], ws).status).toBe(0);
    const wrong = cli(["import", "inspectors", "imports/inspectors-scjgj.csv", "--encoding", "utf-8"], ws);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain("cannot be read as utf-8: line 1");
    expect(cli(["import", "inspectors", "imports/inspectors-scjgj.csv", "--encoding", "latin1"], ws).status).toBe(2);
  });

  it("export then import, through the binary, changes no byte", () => {
    const ws = copyWorkspace();
    const before = registryBytes(ws);
    for (const [kind, args] of [
      ["objects", ["-o", "x.xlsx"]],
      ["inspectors", ["-o", "i.csv", "--encoding", "gbk"]],
      ["departments", ["-o", "d.csv"]],
    ] as const) {
      expect(cli(["export", kind, ...args], ws).status).toBe(0);
      const run = cli(["import", kind, args[1], "--remove-missing"], ws);
      expect(run.stdout).toContain("nothing to write");
      expect(run.status).toBe(0);
    }
    expect(registryBytes(ws)).toEqual(before);
    expect(existsSync(join(ws, "x.rejected.csv"))).toBe(false);
  });
});
