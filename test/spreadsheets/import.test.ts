import { readFileSync, writeFileSync, rmSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadWorkspace } from "../../src/workspace/load-workspace.js";
import { registryTable } from "../../src/spreadsheets/registry-rows.js";
import { encodeCsv, toCsv, type OutCell } from "../../src/util/csv-write.js";
import { writeXlsx } from "../../src/spreadsheets/xlsx-write.js";
import { prepareImport, writeImport, type ImportPreparation } from "../../src/spreadsheets/import-registry.js";
import type { ImportKind } from "../../src/spreadsheets/columns.js";
import { creditCodeCheckChar } from "../../src/registries/identifiers.js";
import { cleanTemp, copyWorkspace } from "../helpers/workspaces.js";

afterAll(cleanTemp);

const load = (root: string) => loadWorkspace(root, { cache: false });

/** Every registry file's bytes, by path. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = rel ? `${rel}/${name.name}` : name.name;
      if (name.isDirectory() && !name.name.startsWith(".")) walk(join(dir, name.name), path);
      else if (name.name.endsWith(".yaml")) out.set(path, readFileSync(join(root, path), "utf8"));
    }
  };
  walk("", "");
  return out;
}

async function importFile(root: string, kind: ImportKind, file: string, removeMissing = false) {
  const ws = load(root).workspace;
  const prep = await prepareImport(ws, { kind, file, displayFile: file, removeMissing });
  if (!prep.ok) throw new Error(`${prep.code} ${JSON.stringify(prep.params)} ${JSON.stringify(prep.problems)}`);
  return prep;
}

function table(root: string, kind: ImportKind) {
  const ws = load(root).workspace;
  return registryTable(
    kind,
    (ws[kind] as { value: unknown }[]).map((e) => e.value as Record<string, unknown>),
    ws.departments.map((d) => d.value),
  );
}

const outcomes = (prep: ImportPreparation) => {
  const count = (o: string) => prep.plan.entries.filter((p) => p.outcome === o).length;
  return {
    new: count("new"),
    changed: count("changed"),
    unchanged: count("unchanged"),
    absent: prep.plan.absent.length,
    rejected: prep.plan.rejected.length,
  };
};

describe("round trip: export, then import, gives back the same registry byte for byte", () => {
  const root = copyWorkspace();
  const before = snapshot(root);
  for (const kind of ["objects", "inspectors", "departments"] as const) {
    for (const format of ["csv-utf8", "csv-gbk", "xlsx"] as const) {
      it(`${kind} as ${format}`, async () => {
        const t = table(root, kind);
        const file = join(root, `${kind}-${format}.${format === "xlsx" ? "xlsx" : "csv"}`);
        if (format === "xlsx") writeFileSync(file, await writeXlsx([{ name: kind, header: t.header, rows: t.rows }]));
        else {
          const encoded = encodeCsv(toCsv([t.header, ...t.rows]), format === "csv-gbk" ? "gbk" : "utf-8");
          if (!encoded.ok) throw new Error("not GBK");
          writeFileSync(file, encoded.bytes);
        }
        const prep = await importFile(root, kind, file, true);
        expect(prep.problems).toEqual([]);
        expect(outcomes(prep)).toEqual({ new: 0, changed: 0, unchanged: t.rows.length, absent: 0, rejected: 0 });
        expect(prep.files).toEqual([]);
        writeImport(root, prep);
        expect(snapshot(root)).toEqual(before);
      });
    }
  }

  it("into an empty registry: the same entries, field for field", async () => {
    const fresh = copyWorkspace();
    const t = table(fresh, "objects");
    const original = load(fresh).workspace.objects.map((e) => e.value);
    rmSync(join(fresh, "objects"), { recursive: true });
    writeFileSync(join(fresh, "objects.yaml"), "objects: []\n");
    const file = join(fresh, "objects.xlsx");
    writeFileSync(file, await writeXlsx([{ name: "objects", header: t.header, rows: t.rows }]));
    const prep = await importFile(fresh, "objects", file);
    expect(outcomes(prep).new).toBe(original.length);
    writeImport(fresh, prep);
    const after = load(fresh);
    expect(after.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(after.workspace.objects.map((e) => e.value)).toEqual(original);
  });
});

describe("merging by id: new, changed, unchanged, absent", () => {
  it("each outcome, comments and layout kept, only the entries that change are touched", async () => {
    const root = copyWorkspace();
    const objectsFile = join(root, "objects/beijing.yaml");
    const withComment = readFileSync(objectsFile, "utf8").replace(
      '  - id: "92140821MA0D5UKU0L"',
      '  # 2025年迁入\n  - id: "92140821MA0D5UKU0L" # 来自平台',
    );
    writeFileSync(objectsFile, withComment);
    const before = snapshot(root);
    const t = table(root, "objects");
    const col = (h: string) => t.header.indexOf(h);
    const rowOf = (id: string) => t.rows.findIndex((r) => r[0] === id);
    const changed = rowOf("92140821MA0D5UKU0L");
    (t.rows[changed] as OutCell[])[col("单位名称")] = "临猗县北景乡红园超市（二店）";
    (t.rows[changed] as OutCell[])[col("联系电话")] = null; // a cleared cell removes the field
    const gone = rowOf("91140821MA00U44X7W");
    t.rows.splice(gone, 1);
    const first17 = "91140821MA0K1C3Y4";
    const id = first17 + creditCodeCheckChar(first17);
    t.rows.push(
      t.header.map(
        (h) =>
          ({
            统一社会信用代码: id,
            单位名称: "新开的饭店",
            行业类别: "餐饮",
            场景: "餐饮服务单位",
            所属乡镇: "北景乡",
            地址: "北景乡1号",
            经营状态: "存续",
            信用等级: "B",
          })[h] ?? null,
      ),
    );
    const file = join(root, "objects.csv");
    writeFileSync(file, toCsv([t.header, ...t.rows]));

    const dry = await importFile(root, "objects", file);
    expect(outcomes(dry)).toMatchObject({ new: 1, changed: 1, absent: 1, rejected: 0 });
    expect(dry.plan.entries.find((p) => p.outcome === "changed")?.changes).toEqual([
      { field: "name", from: "临猗县北景乡红园超市", to: "临猗县北景乡红园超市（二店）" },
      { field: "contact.phone", from: "10092046616", to: undefined },
    ]);
    expect(dry.plan.absent.map((a) => a.value.id)).toEqual(["91140821MA00U44X7W"]);
    // Absent is reported, not deleted, without --remove-missing.
    writeImport(root, dry);
    const text = readFileSync(objectsFile, "utf8");
    expect(text).toContain(
      '  # 2025年迁入\n  - id: "92140821MA0D5UKU0L" # 来自平台\n    name: 临猗县北景乡红园超市（二店）\n',
    );
    expect(text).toContain('"91140821MA00U44X7W"');
    expect(text).toContain(`  - id: "${id}"\n    name: 新开的饭店\n`);
    // Outside the changed entry and the appended one, not a byte moved.
    const lines = (s: string) => s.split("\n");
    const removedLines = lines(before.get("objects/beijing.yaml") as string).filter((l) => !lines(text).includes(l));
    expect(removedLines).toEqual(["    name: 临猗县北景乡红园超市", '      phone: "10092046616"']);
    for (const [path, bytes] of before)
      if (path !== "objects/beijing.yaml") expect(readFileSync(join(root, path), "utf8")).toBe(bytes);
    expect(load(root).diagnostics.filter((d) => d.severity === "error")).toEqual([]);

    // With --remove-missing the absent entry goes, with its comment lines.
    const again = await importFile(root, "objects", file, true);
    expect(outcomes(again)).toMatchObject({ new: 0, changed: 0, absent: 1 });
    writeImport(root, again);
    expect(readFileSync(objectsFile, "utf8")).not.toContain("91140821MA00U44X7W");
    expect(load(root).workspace.objects).toHaveLength(load(copyWorkspace()).workspace.objects.length);
  });

  it("a new township's objects go to a new file of the folder; a roster without ids is matched by certificate", async () => {
    const root = copyWorkspace();
    const t = table(root, "inspectors");
    const idCol = t.header.indexOf("编号");
    const noIds = {
      header: t.header.filter((_, i) => i !== idCol),
      rows: t.rows.map((r) => r.filter((_, i) => i !== idCol)),
    };
    const cert = noIds.header.indexOf("执法证号");
    const name = noIds.header.indexOf("姓名");
    const extra = [...(noIds.rows[0] as OutCell[])];
    extra[cert] = "14082120269999";
    extra[name] = "新某人";
    noIds.rows.push(extra);
    const file = join(root, "roster.csv");
    writeFileSync(file, toCsv([noIds.header, ...noIds.rows]));
    const prep = await importFile(root, "inspectors", file);
    expect(outcomes(prep)).toMatchObject({ new: 1, changed: 0, unchanged: t.rows.length });
    const added = prep.plan.entries.find((p) => p.outcome === "new");
    expect(added?.id).toMatch(/^beijing-04$/);
  });
});

describe("a bad row in the middle of a 10,000-row file", () => {
  it("is named with its row and column; nothing is written", async () => {
    const root = copyWorkspace();
    const header = ["统一社会信用代码", "单位名称", "行业类别", "场景", "所属乡镇", "地址", "经营状态", "信用等级"];
    const rows: OutCell[][] = [];
    for (let i = 0; i < 10000; i++) {
      const first17 = `92140821MA${String(i).padStart(7, "0")}`;
      rows.push([
        first17 + creditCodeCheckChar(first17),
        `饭店${i}`,
        "餐饮",
        "餐饮服务单位",
        "猗氏镇",
        `新华路${i}号`,
        "存续",
        "B",
      ]);
    }
    (rows[5000] as OutCell[])[7] = "E"; // row 5002 of the sheet (header is row 1), column H
    const file = join(root, "big.csv");
    writeFileSync(file, toCsv([header, ...rows]));
    const before = snapshot(root);
    const prep = await importFile(root, "objects", file);
    expect(prep.problems.map((p) => [p.code, p.row, p.column])).toEqual([["import-enum", 5002, 7]]);
    expect(prep.errors).toBe(1);
    expect(prep.plan.rejected).toEqual([5002]);
    expect(outcomes(prep)).toMatchObject({ new: 9999 });
    expect(snapshot(root)).toEqual(before);
  });
});
