import type { MessageParams } from "../i18n/messages.js";
import { checkFileContent } from "../registries/check-file.js";
import { checkSchema, readSchemaText } from "../registries/schemas.js";
import { fieldSpecs, groupField, type ImportKind } from "./columns.js";
import type { ImportProblem, SheetEntries, SheetEntry } from "./sheet-entries.js";

export interface ExistingEntry {
  value: Record<string, unknown>;
  /** Workspace-relative file and index of the entry in that file's list. */
  file: string;
  index: number;
}

export type Outcome = "new" | "changed" | "unchanged";

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface PlannedEntry {
  row: number;
  id: string;
  outcome: Outcome;
  /** The entry as it will be written: the existing one with the sheet's fields applied. */
  entry: Record<string, unknown>;
  existing?: ExistingEntry;
  changes: FieldChange[];
}

export interface ImportPlan {
  kind: ImportKind;
  sheet: string;
  /** The header's row (0: none found). */
  headerRow: number;
  /** Valid rows, in sheet order. */
  entries: PlannedEntry[];
  /** Rows left out because something in them is wrong (each has its problems). */
  rejected: number[];
  /** Existing entries that no row names, in the townships (departments) the sheet covers. */
  absent: ExistingEntry[];
  /** Existing entries of other townships (departments): not compared. */
  outside: number;
  problems: ImportProblem[];
}

/** The registry key of each kind's entries; inspectors are matched by certificate when the sheet has no id column. */
function keyField(kind: ImportKind, read: SheetEntries): string | undefined {
  if (read.covered.has("id")) return "id";
  return kind === "inspectors" && read.covered.has("certificate.number") ? "certificate.number" : undefined;
}

/**
 * Merges a sheet into a registry by id, without writing anything (plan, then apply): each row is
 * new, changed or unchanged; entries no row names are absent. Every merged entry is validated
 * against the registry's schema and the identifier checks (reusing the loader's own checks), each
 * problem placed at its sheet, row and column.
 */
export function planImport(kind: ImportKind, read: SheetEntries, existing: readonly ExistingEntry[]): ImportPlan {
  const problems: ImportProblem[] = [...read.problems];
  const report = (code: string, row: number, column: number, params: MessageParams = {}) =>
    problems.push({ code, severity: "error", sheet: read.sheet, row, column, params });
  const plan: ImportPlan = {
    kind,
    sheet: read.sheet,
    headerRow: read.headerRow,
    entries: [],
    rejected: [],
    absent: [],
    outside: 0,
    problems,
  };
  if (read.headerRow === 0) return plan;
  const key = keyField(kind, read);
  if (!key) {
    report("import-no-key", read.headerRow, -1, { header: fieldSpecs[kind][0]?.headers[0] ?? "id" });
    return plan;
  }
  const order = schemaOrder(kind);
  const byKey = new Map<string, ExistingEntry>();
  for (const e of existing) {
    const k = getPath(e.value, key);
    if (typeof k === "string" && !byKey.has(k)) byKey.set(k, e);
  }
  const nextId = idAllocator(existing);
  const seen = new Map<string, number>();
  const broken = new Set<number>();
  const candidates: { sheetEntry: SheetEntry; planned: PlannedEntry }[] = [];
  for (const sheetEntry of read.entries) {
    if (sheetEntry.broken) broken.add(sheetEntry.row);
    const k = sheetEntry.values.get(key);
    if (typeof k !== "string" || k === "") {
      // A key cell that could not be read is already reported.
      if (sheetEntry.brokenFields.has(key)) continue;
      report("import-row-no-key", sheetEntry.row, sheetEntry.columnOf.get(key) ?? -1, { field: key });
      broken.add(sheetEntry.row);
      continue;
    }
    const first = seen.get(k);
    if (first !== undefined) {
      report("import-row-duplicate", sheetEntry.row, sheetEntry.columnOf.get(key) ?? -1, { id: k, first });
      broken.add(sheetEntry.row);
      continue;
    }
    seen.set(k, sheetEntry.row);
    const found = byKey.get(k);
    const entry = found ? structuredClone(found.value) : {};
    for (const [field, value] of sheetEntry.values) setPath(entry, field, value, order);
    if (!found && typeof entry.id !== "string" && kind === "inspectors") {
      setPath(entry, "id", nextId(String(entry.department ?? "x")), order);
    }
    const changes = found ? diffFields(found.value, entry, sheetEntry.values.keys()) : [];
    const outcome: Outcome = !found ? "new" : changes.length > 0 ? "changed" : "unchanged";
    const id = String(entry.id ?? k);
    candidates.push({ sheetEntry, planned: { row: sheetEntry.row, id, outcome, entry, existing: found, changes } });
  }

  // The loader's own checks, on the merged entries: one list, positions from the rows and columns.
  const data = { [kind]: candidates.map((c) => c.planned.entry) };
  const locate = () => ({ line: 0, col: 0 });
  const found = [...checkSchema(kind, data, locate), ...checkFileContent(kind, data, locate)];
  const missingColumns = new Map<string, number>();
  for (const p of found) {
    const [, , index, ...rest] = p.pointer.split("/");
    const candidate = candidates[Number(index)];
    if (!candidate) continue;
    const field =
      p.code === "schema-required" ? String(p.params.field) : rest.filter((s) => !/^\d+$/.test(s)).join(".");
    if (candidate.sheetEntry.brokenFields.has(field)) continue;
    const column = columnFor(candidate.sheetEntry, field);
    if (p.code === "schema-required" && column < 0 && !read.covered.has(field)) {
      // One message for a column the sheet lacks, not one per row.
      missingColumns.set(field, (missingColumns.get(field) ?? 0) + 1);
      broken.add(candidate.sheetEntry.row);
      continue;
    }
    const severity = p.code === "credit-code-exempted" ? "warning" : "error";
    problems.push({
      code: p.code,
      severity,
      sheet: read.sheet,
      row: candidate.sheetEntry.row,
      column,
      params: p.params,
    });
    if (severity === "error") broken.add(candidate.sheetEntry.row);
  }
  for (const [field, count] of missingColumns) {
    const header = fieldSpecs[kind].find((s) => s.field === field)?.headers[0] ?? field;
    report("import-column-missing", read.headerRow, -1, { field, header, count });
  }
  for (const c of candidates) if (!broken.has(c.planned.row)) plan.entries.push(c.planned);
  plan.rejected = [...broken].sort((a, b) => a - b);
  const named = new Set(candidates.map((c) => c.planned.existing).filter((e) => e !== undefined));
  // A sheet of one township's objects (one department's roster) says nothing about the others:
  // only entries of the groups the sheet covers can be absent from it.
  const group = groupField[kind];
  const groups =
    group && read.covered.has(group) ? new Set(candidates.map((c) => getPath(c.planned.entry, group))) : undefined;
  plan.absent = existing.filter((e) => !named.has(e) && (!groups || groups.has(getPath(e.value, group as string))));
  plan.outside = existing.length - named.size - plan.absent.length;
  return plan;
}

/** The column a field came from: its own, or the nearest enclosing field's (leave[0].from → leave). */
function columnFor(entry: SheetEntry, field: string): number {
  for (let f = field; f !== ""; f = f.includes(".") ? f.slice(0, f.lastIndexOf(".")) : "") {
    const c = entry.columnOf.get(f);
    if (c !== undefined) return c;
  }
  for (const [f, c] of entry.columnOf) if (f.startsWith(`${field}.`)) return c;
  return -1;
}

function diffFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: Iterable<string>,
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of fields) {
    const from = getPath(before, field);
    const to = getPath(after, field);
    if (!sameValue(from, to)) out.push({ field, from, to });
  }
  return out;
}

/** Deep equality that ignores key order (a mapping's keys may be in any order in a file). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return (
      ka.length === kb.length &&
      ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

export function getPath(value: unknown, field: string): unknown {
  let node = value;
  for (const seg of field.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

/** Key order of a kind's entries, from its schema: a path's parent → its keys in schema order. */
export type KeyOrder = Map<string, string[]>;

/**
 * Sets (or, for undefined, removes) a field; a new key goes where the schema puts it, so that an
 * entry made from a sheet reads like the others; an emptied parent (contact with no field) goes too.
 */
export function setPath(entry: Record<string, unknown>, field: string, value: unknown, order: KeyOrder): void {
  const segs = field.split(".");
  const parents: Record<string, unknown>[] = [entry];
  let node = entry;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i] as string;
    let next = node[seg];
    if (next === null || typeof next !== "object" || Array.isArray(next)) {
      if (value === undefined) return;
      next = {};
      insertKey(node, seg, next, order.get(segs.slice(0, i).join(".")) ?? []);
    }
    node = next as Record<string, unknown>;
    parents.push(node);
  }
  const last = segs[segs.length - 1] as string;
  if (value === undefined) {
    delete node[last];
    for (let i = segs.length - 1; i > 0; i--) {
      const parent = parents[i] as Record<string, unknown>;
      if (Object.keys(parent).length > 0) break;
      delete (parents[i - 1] as Record<string, unknown>)[segs[i - 1] as string];
    }
    return;
  }
  if (Object.hasOwn(node, last)) node[last] = value;
  else insertKey(node, last, value, order.get(segs.slice(0, -1).join(".")) ?? []);
}

function insertKey(node: Record<string, unknown>, key: string, value: unknown, keys: readonly string[]): void {
  const rank = keys.indexOf(key);
  const existing = Object.keys(node);
  const lastRank = existing.length === 0 ? -1 : keys.indexOf(existing[existing.length - 1] as string);
  // The usual case, an entry built field by field in schema order: the key simply goes last.
  if (rank < 0 || (lastRank >= 0 && lastRank < rank) || existing.length === 0) {
    node[key] = value;
    return;
  }
  const entries = Object.entries(node);
  const at = rank < 0 ? entries.length : entries.findIndex(([k]) => keys.indexOf(k) > rank || keys.indexOf(k) < 0);
  entries.splice(at < 0 ? entries.length : at, 0, [key, value]);
  for (const k of Object.keys(node)) delete node[k];
  for (const [k, v] of entries) node[k] = v;
}

const schemaFiles: Record<ImportKind, { schema: string; def: string }> = {
  objects: { schema: "objects", def: "inspectionObject" },
  inspectors: { schema: "inspectors", def: "inspector" },
  departments: { schema: "departments", def: "department" },
};

/** Each mapping's keys in the order its schema lists them ("" is the entry itself). */
export function schemaOrder(kind: ImportKind): KeyOrder {
  const schema = JSON.parse(readSchemaText(schemaFiles[kind].schema)) as { $defs: Record<string, SchemaNode> };
  const order: KeyOrder = new Map();
  const walk = (node: SchemaNode | undefined, path: string) => {
    if (node?.$ref) node = schema.$defs[node.$ref.replace("#/$defs/", "")];
    if (!node?.properties) return;
    order.set(path, Object.keys(node.properties));
    for (const [k, child] of Object.entries(node.properties)) walk(child, path === "" ? k : `${path}.${k}`);
  };
  walk(schema.$defs[schemaFiles[kind].def], "");
  return order;
}

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
}

/** Ids for inspectors a roster brings without one: the department's id and the next free number (scjgj-014). */
function idAllocator(existing: readonly ExistingEntry[]): (department: string) => string {
  const used = new Set(existing.map((e) => String(e.value.id)));
  return (department: string) => {
    const numbers = [...used]
      .map((id) => new RegExp(`^${department.replace(/[^A-Za-z0-9_-]/g, "")}-(\\d+)$`).exec(id))
      .filter((m): m is RegExpExecArray => m !== null);
    // The department's own numbering (beijing-01, scjgj-001), three digits for a first one.
    const width = numbers.length > 0 ? Math.max(...numbers.map((m) => (m[1] as string).length)) : 3;
    let n = Math.max(0, ...numbers.map((m) => Number(m[1]))) + 1;
    let id = `${department}-${String(n).padStart(width, "0")}`;
    while (used.has(id)) id = `${department}-${String(++n).padStart(width, "0")}`;
    used.add(id);
    return id;
  };
}
