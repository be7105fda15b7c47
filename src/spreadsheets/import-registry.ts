import { readFileSync } from "node:fs";
import { readRegularFile } from "../util/read-file.js";
import { describeFault } from "../util/io-error.js";
import { basename, dirname, extname, join, posix } from "node:path";
import type { ImportMappingFile } from "../generated/import-mapping.js";
import type { MessageParams } from "../i18n/messages.js";
import { defaultRegistryNames, schemaNames } from "../registries/kinds.js";
import type { Workspace } from "../registries/model.js";
import { validatorFor } from "../registries/schemas.js";
import { writeFileAtomic } from "../util/fs.js";
import { parseYaml } from "../util/yaml-source.js";
import { applyImport, type RegistryFile, type WrittenFile } from "./apply-import.js";
import { groupField, type ImportKind } from "./columns.js";
import { encodeCsv, toCsv, type CsvOutputEncoding, type OutCell } from "../util/csv-write.js";
import type { SpreadsheetEncoding } from "./decode.js";
import { DepartmentNames } from "./department-names.js";
import { resolveMapping } from "./mapping.js";
import {
  getPath,
  planImport,
  schemaOrder,
  type ExistingEntry,
  type ImportPlan,
  type PlannedEntry,
} from "./plan-import.js";
import { pickSheet, readSpreadsheet } from "./read-spreadsheet.js";
import { readSheetEntries, type ImportProblem } from "./sheet-entries.js";
import { cellText, type Sheet } from "./sheet.js";

export interface ImportRequest {
  kind: ImportKind;
  /** The sheet's path, absolute, and as the user wrote it (for messages). */
  file: string;
  displayFile: string;
  sheet?: string;
  /** A mapping file, absolute, and as written. */
  map?: { file: string; displayFile: string };
  encoding?: SpreadsheetEncoding;
  removeMissing: boolean;
  onProgress?: (done: number, total: number) => void;
}

export type ImportFailure = { ok: false; code: string; params: MessageParams; problems: ImportProblem[] };

export interface ImportPreparation {
  ok: true;
  kind: ImportKind;
  format: "csv" | "xlsx";
  encoding: string;
  sheet: Sheet;
  plan: ImportPlan;
  /** Registry files as they will be written (only those that change). */
  files: WrittenFile[];
  problems: ImportProblem[];
  errors: number;
}

/**
 * Everything `import` does short of writing: read the sheet, map and normalize its cells, merge
 * them into the registry by id and validate the result, then compute each changed file's text.
 * The workspace is the one the loader read (its departments name the townships).
 */
export async function prepareImport(ws: Workspace, request: ImportRequest): Promise<ImportPreparation | ImportFailure> {
  const fail = (code: string, params: MessageParams = {}, problems: ImportProblem[] = []): ImportFailure => ({
    ok: false,
    code,
    params: { file: request.displayFile, ...params },
    problems,
  });
  let mappingFile: ImportMappingFile | undefined;
  if (request.map) {
    const loaded = loadMappingFile(request.map.file, request.map.displayFile);
    if (!loaded.ok) return fail("import-map-invalid", { map: request.map.displayFile }, loaded.problems);
    mappingFile = loaded.mapping;
  }
  // The safe reader of every input (issue 14): a regular file within the size limit; a FIFO is never opened.
  const readFile = readRegularFile(request.file);
  if (!readFile.ok) return fail("import-file-unreadable", { detail: describeFault(readFile).detail ?? "" });
  const bytes: Uint8Array = readFile.bytes;
  const read = await readSpreadsheet(bytes, request.file, request.encoding);
  if (!read.ok) return fail(read.code, read.params);
  const mapping = resolveMapping(request.kind, mappingFile);
  const departments = new DepartmentNames(ws.departments.map((d) => d.value));

  // A CSV is one sheet: a sheet name (from --sheet or the mapping file) is for workbooks.
  const wanted = read.workbook.format === "csv" ? undefined : (request.sheet ?? mapping.sheet);
  let sheet = pickSheet(read.workbook, wanted);
  const problems: ImportProblem[] = read.problems.map((p) => ({
    code: p.code,
    severity: "error",
    sheet: read.workbook.sheets[0]?.name ?? "",
    row: p.row,
    column: -1,
    params: { line: p.line, row: p.row },
  }));
  if (sheet === "not-found")
    return fail("import-sheet-not-found", {
      sheet: wanted ?? "",
      sheets: read.workbook.sheets.map((s) => s.name).join("、"),
    });
  if (sheet === undefined) {
    // Several sheets and none named: the first whose header the mapping knows.
    sheet =
      read.workbook.sheets.find(
        (s) => readSheetEntries({ ...s, rows: s.rows.slice(0, 10) }, mapping, departments).headerRow > 0,
      ) ?? (read.workbook.sheets[0] as Sheet);
    problems.push({
      code: "import-sheet-choose",
      severity: "warning",
      sheet: sheet.name,
      row: 0,
      column: -1,
      params: { sheet: sheet.name, sheets: read.workbook.sheets.map((s) => s.name).join("、") },
    });
  }
  const entries = readSheetEntries(sheet, mapping, departments, request.onProgress);
  const existing: ExistingEntry[] = (ws[request.kind] as { value: unknown; file: string; pointer: string }[]).map(
    (e) => ({
      value: e.value as Record<string, unknown>,
      file: e.file,
      index: Number(e.pointer.split("/")[2]),
    }),
  );
  const plan = planImport(request.kind, entries, existing);
  plan.problems.unshift(...problems);
  const errors = plan.problems.filter((p) => p.severity === "error").length;

  const registryFiles = ws.files.filter((f) => f.kind === request.kind).map((f) => f.file);
  const texts: RegistryFile[] = registryFiles.map((file) => ({
    file,
    text: readFileSync(join(ws.root, file), "utf8").replace(/^\uFEFF/, ""),
  }));
  const files = applyImport(request.kind, plan, texts, newEntryFile(request.kind, ws, registryFiles), {
    removeMissing: request.removeMissing,
    order: schemaOrder(request.kind),
    schemaHeader: (file) => {
      const schemas = posix.relative(posix.dirname(file), ".checkonce/schemas") || ".";
      const prefix = schemas.startsWith(".") ? schemas : `./${schemas}`;
      return `# yaml-language-server: $schema=${prefix}/${schemaNames[request.kind]}.schema.json\n`;
    },
  });
  return {
    ok: true,
    kind: request.kind,
    format: read.workbook.format,
    encoding: read.workbook.encoding,
    sheet,
    plan,
    files,
    problems: plan.problems,
    errors,
  };
}

/**
 * Where a new entry goes. A registry kept as a folder of files, each holding one township's (or
 * department's) entries, gets the entry in that group's file, made if need be (objects/yishi.yaml);
 * otherwise the file that holds most of its group, else the first file; a missing registry is
 * created as <kind>.yaml.
 */
function newEntryFile(kind: ImportKind, ws: Workspace, files: readonly string[]): (p: PlannedEntry) => string {
  const field = groupField[kind];
  const groups = new Map<string, Map<string, number>>();
  for (const e of ws[kind] as { value: unknown; file: string }[]) {
    const g = field ? String(getPath(e.value, field)) : "";
    let perFile = groups.get(g);
    if (!perFile) groups.set(g, (perFile = new Map()));
    perFile.set(e.file, (perFile.get(e.file) ?? 0) + 1);
  }
  const filesOfGroups = new Map<string, Set<string>>();
  for (const [g, perFile] of groups)
    for (const f of perFile.keys()) (filesOfGroups.get(f) ?? filesOfGroups.set(f, new Set()).get(f))?.add(g);
  const folder =
    files.length > 0 && files.every((f) => f.includes("/")) ? posix.dirname(files[0] as string) : undefined;
  const homogeneous =
    folder !== undefined && field !== undefined && [...filesOfGroups.values()].every((s) => s.size === 1);
  return (p) => {
    const g = field ? String(getPath(p.entry, field)) : "";
    const perFile = groups.get(g);
    if (perFile && perFile.size > 0)
      return [...perFile].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] as string;
    if (homogeneous && /^[A-Za-z0-9_-]+$/.test(g)) return `${folder}/${g}.yaml`;
    return files[0] ?? `${defaultRegistryNames[kind]}.yaml`;
  };
}

/** Writes the changed registry files, each atomically. */
export function writeImport(root: string, prep: ImportPreparation): void {
  for (const f of prep.files) writeFileAtomic(join(root, f.file), f.text);
}

/**
 * The rejected rows, for correction: the sheet's own header and cells, and a last column saying
 * what is wrong; beside the input as <name>.rejected.csv, in the input's encoding family.
 */
export function writeRejected(
  request: Pick<ImportRequest, "file">,
  prep: ImportPreparation,
  describe: (p: ImportProblem) => string,
  problemsHeader: string,
): { file: string } | { file: string; char: string; line: number } {
  const rejected = new Set(prep.plan.rejected);
  const header = prep.sheet.rows.find((r) => r.row === prep.plan.headerRow)?.cells.map(cellText) ?? [];
  const rows: OutCell[][] = [[...header, problemsHeader]];
  for (const r of prep.sheet.rows) {
    if (!rejected.has(r.row)) continue;
    const why = prep.problems.filter((p) => p.row === r.row && p.severity === "error").map(describe);
    rows.push([...r.cells.map(cellText), why.join("\n")]);
  }
  const file = join(dirname(request.file), `${basename(request.file, extname(request.file))}.rejected.csv`);
  const encoding: CsvOutputEncoding = prep.encoding === "gbk" || prep.encoding === "gb18030" ? "gb18030" : "utf-8";
  const encoded = encodeCsv(toCsv(rows), encoding);
  if (!encoded.ok) return { file, char: encoded.char, line: encoded.line };
  writeFileAtomic(file, encoded.bytes);
  return { file };
}

/** A mapping file, checked against its schema (schemas/import-mapping.schema.json). */
export function loadMappingFile(
  file: string,
  displayFile: string,
): { ok: true; mapping: ImportMappingFile } | { ok: false; problems: ImportProblem[] } {
  const problem = (code: string, line: number, col: number, params: MessageParams): ImportProblem => ({
    code,
    severity: "error",
    sheet: displayFile,
    row: line,
    column: col - 1,
    params,
  });
  const read = readRegularFile(file);
  if (!read.ok)
    return {
      ok: false,
      problems: [
        problem("import-file-unreadable", 0, 0, { file: displayFile, detail: describeFault(read).detail ?? "" }),
      ],
    };
  const text = read.bytes.toString("utf8").replace(/^\uFEFF/, "");
  const parsed = parseYaml(text);
  if (parsed.problems.length > 0)
    return { ok: false, problems: parsed.problems.map((p) => problem(p.code, p.line, p.col, p.params)) };
  const validate = validatorFor("import-mapping");
  if (parsed.data == null) return { ok: true, mapping: {} };
  if (!validate(parsed.data)) {
    return {
      ok: false,
      problems: (validate.errors ?? []).map((e) => {
        const pointer =
          e.keyword === "additionalProperties"
            ? `${e.instancePath}/${String((e.params as { additionalProperty?: string }).additionalProperty)}`
            : e.instancePath;
        const pos = parsed.locate(pointer, e.keyword === "additionalProperties" ? "key" : "value");
        return problem("import-map-field", pos.line, pos.col, { pointer, detail: e.message ?? e.keyword });
      }),
    };
  }
  return { ok: true, mapping: parsed.data as ImportMappingFile };
}
