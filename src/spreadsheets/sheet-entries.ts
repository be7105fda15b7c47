import type { MessageParams } from "../i18n/messages.js";
import { fieldsOf, type FieldSpec, type ImportKind } from "./columns.js";
import type { DepartmentNames } from "./department-names.js";
import { headerKey, type ResolvedMapping } from "./mapping.js";
import {
  normalizeBoolean,
  normalizeCode,
  normalizeCreditCode,
  normalizeDate,
  normalizeDateRange,
  normalizeEnum,
  normalizeIdNumber,
  normalizeInteger,
  normalizeList,
  normalizeNumber,
  normalizePeriods,
  normalizeRecusals,
  normalizeText,
  textOf,
  type Normalized,
} from "./normalize.js";
import { cellText, type Cell, type Sheet } from "./sheet.js";

export interface ImportProblem {
  code: string;
  severity: "error" | "warning";
  sheet: string;
  /** 1-based row as Excel shows it; 0 for the sheet as a whole. */
  row: number;
  /** 0-based column; -1 for the whole row or sheet. */
  column: number;
  params: MessageParams;
}

export interface SheetColumn {
  index: number;
  header: string;
  spec: FieldSpec | "ignore" | undefined;
}

/** One data row: the value of every field its columns fill (undefined: the cell is empty). */
export interface SheetEntry {
  row: number;
  values: Map<string, unknown>;
  /** The column each field came from, for messages. */
  columnOf: Map<string, number>;
  /** A cell could not be read: the row is invalid whatever else is right. */
  broken: boolean;
  /** The fields of those cells (already reported: the schema's complaint about them would repeat it). */
  brokenFields: Set<string>;
}

export interface SheetEntries {
  sheet: string;
  headerRow: number;
  columns: SheetColumn[];
  entries: SheetEntry[];
  /** Every field some column fills. */
  covered: Set<string>;
  problems: ImportProblem[];
}

const HEADER_SEARCH_ROWS = 10;

/**
 * Reads a sheet's rows as registry fields. The header row is the one among the first ten that
 * names the most known columns (platform exports often put a title row above it). Columns the
 * mapping does not know are reported, never dropped silently.
 */
export function readSheetEntries(
  sheet: Sheet,
  mapping: ResolvedMapping,
  departments: DepartmentNames,
  onRow?: (done: number, total: number) => void,
): SheetEntries {
  const problems: ImportProblem[] = [];
  const report = (
    code: string,
    row: number,
    column: number,
    params: MessageParams = {},
    severity: ImportProblem["severity"] = "error",
  ) => problems.push({ code, severity, sheet: sheet.name, row, column, params });

  let headerAt = -1;
  let best = 0;
  sheet.rows.slice(0, HEADER_SEARCH_ROWS).forEach((r, i) => {
    const known = r.cells.filter((c) => mapping.headers.get(headerKey(cellText(c))) !== undefined).length;
    if (known > best) {
      best = known;
      headerAt = i;
    }
  });
  const empty: SheetEntries = {
    sheet: sheet.name,
    headerRow: 0,
    columns: [],
    entries: [],
    covered: new Set(),
    problems,
  };
  if (headerAt < 0) {
    report("import-no-header", 0, -1, { expected: expectedHeaders(mapping.kind, mapping) });
    return empty;
  }
  const headerRow = sheet.rows[headerAt] as Sheet["rows"][number];
  const columns: SheetColumn[] = headerRow.cells.map((c, index) => {
    const header = normalizeText(cellText(c));
    return { index, header, spec: header === "" ? undefined : mapping.headers.get(headerKey(header)) };
  });
  const dataRows = sheet.rows.slice(headerAt + 1);
  const byField = new Map<string, SheetColumn>();
  for (const col of columns) {
    if (col.spec === "ignore") continue;
    if (col.spec === undefined) {
      const hasData = dataRows.some((r) => (r.cells[col.index]?.kind ?? "empty") !== "empty");
      if (col.header !== "")
        report("import-column-unknown", headerRow.row, col.index, { header: col.header }, "warning");
      else if (hasData) report("import-column-no-header", headerRow.row, col.index, {}, "warning");
      continue;
    }
    for (const field of fieldsOf(col.spec)) {
      const first = byField.get(field);
      if (first)
        report("import-column-twice", headerRow.row, col.index, { field, header: col.header, first: first.header });
      else byField.set(field, col);
    }
  }
  // Data beyond the header's last column has nowhere to go.
  const widest = Math.max(0, ...dataRows.map((r) => lastFilled(r.cells) + 1));
  for (let index = columns.length; index < widest; index++)
    report("import-column-no-header", headerRow.row, index, {}, "warning");

  const used = columns.filter(
    (c): c is SheetColumn & { spec: FieldSpec } =>
      c.spec !== undefined && c.spec !== "ignore" && fieldsOf(c.spec).every((f) => byField.get(f) === c),
  );
  const covered = new Set(used.flatMap((c) => fieldsOf(c.spec)));
  const numberCells = new Map<number, number>();
  const entries: SheetEntry[] = [];
  dataRows.forEach((r, i) => {
    if (onRow && i % 500 === 0) onRow(i, dataRows.length);
    if (r.cells.every((c) => c.kind === "empty")) return;
    const entry: SheetEntry = {
      row: r.row,
      values: new Map(),
      columnOf: new Map(),
      broken: false,
      brokenFields: new Set(),
    };
    for (const col of used) {
      const cell = r.cells[col.index] ?? { kind: "empty" };
      const fields = fieldsOf(col.spec);
      for (const f of fields) entry.columnOf.set(f, col.index);
      if (cell.kind === "empty" || (cell.kind === "text" && normalizeText(cell.text) === "")) {
        for (const f of fields) entry.values.set(f, undefined);
        continue;
      }
      if (cell.kind === "number" && ["code", "phone", "text"].includes(col.spec.type))
        numberCells.set(col.index, (numberCells.get(col.index) ?? 0) + 1);
      const read = readCell(cell, col.spec, mapping, departments);
      if (!read.ok) {
        report(read.code, r.row, col.index, { header: col.header, ...read.params });
        entry.broken = true;
        for (const f of fields) entry.brokenFields.add(f);
        continue;
      }
      if (col.spec.type === "dateRange") {
        const [from, to] = read.value as [string, string];
        entry.values.set(fields[0] as string, from);
        entry.values.set(fields[1] as string, to);
      } else entry.values.set(col.spec.field, read.value);
    }
    entries.push(entry);
  });
  onRow?.(dataRows.length, dataRows.length);
  for (const [index, count] of numberCells) {
    const col = columns[index] as SheetColumn;
    report("import-column-numbers", headerRow.row, index, { header: col.header, count }, "warning");
  }
  return { sheet: sheet.name, headerRow: headerRow.row, columns, entries, covered, problems };
}

function lastFilled(cells: readonly Cell[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if ((cells[i] as Cell).kind !== "empty") return i;
  return -1;
}

function expectedHeaders(kind: ImportKind, mapping: ResolvedMapping): string {
  const firsts = new Set<string>();
  for (const spec of mapping.headers.values())
    if (spec !== "ignore" && !spec.importOnly) firsts.add(spec.headers[0] as string);
  return [...firsts].slice(0, kind === "departments" ? 4 : 6).join("、");
}

function readCell(
  cell: Cell,
  spec: FieldSpec,
  mapping: ResolvedMapping,
  departments: DepartmentNames,
): Normalized<unknown> {
  switch (spec.type) {
    case "text":
      return { ok: true, value: normalizeText(cellText(cell)) };
    case "code": {
      const text = textOf(cell);
      return text.ok ? { ok: true, value: normalizeCode(text.value) } : text;
    }
    case "phone": {
      const text = textOf(cell);
      return text.ok ? { ok: true, value: normalizeCode(text.value) } : text;
    }
    case "creditCode":
      return normalizeCreditCode(cell);
    case "idNumber":
      return normalizeIdNumber(cell);
    case "date":
      return normalizeDate(cell);
    case "dateRange":
      return normalizeDateRange(cell);
    case "integer":
      return normalizeInteger(cell);
    case "number":
      return normalizeNumber(cell);
    case "boolean":
      return normalizeBoolean(cell);
    case "enum":
      return normalizeEnum(cell, mapping.values.get(spec.field) ?? new Map());
    case "list":
      return { ok: true, value: normalizeList(cell) };
    case "periods":
      return normalizePeriods(cell);
    case "recusals":
      return normalizeRecusals(cell);
    case "township":
    case "department": {
      const text = normalizeText(cellText(cell));
      const found = departments.resolve(text, spec.type === "township" ? "township" : undefined);
      if (found.ok) return { ok: true, value: found.id };
      return {
        ok: false,
        code: found.candidates.length > 1 ? "import-name-ambiguous" : `import-unknown-${spec.type}`,
        params: { value: text, candidates: found.candidates.join(", ") },
      };
    }
  }
}
