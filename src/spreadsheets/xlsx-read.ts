import { emptyCell, type Cell, type Sheet } from "./sheet.js";

/** What Excel stores a number as: the exact text of the file, never a rounded JavaScript number. */
interface RawNumber {
  raw: string;
}

export type XlsxRead = { ok: true; sheets: Sheet[] } | { ok: false; code: "import-xlsx-invalid"; detail: string };

/**
 * Every sheet of an XLSX, cells typed as Excel stored them. read-excel-file (with write-excel-file,
 * one maintainer, small, maintained, Node ≥ 18; not the frozen `xlsx` package) is loaded only here,
 * so that no other command pays for it.
 */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxRead> {
  const { default: readExcelFile } = await import("read-excel-file/node");
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readExcelFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      trim: false,
      parseNumber: (raw: string): RawNumber => ({ raw }),
    })) as unknown as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    return { ok: false, code: "import-xlsx-invalid", detail: error instanceof Error ? error.message : String(error) };
  }
  return {
    ok: true,
    sheets: sheets.map(({ sheet, data }) => ({
      name: sheet,
      rows: data.map((cells, i) => ({ row: i + 1, cells: cells.map(toCell) })),
    })),
  };
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return emptyCell;
  if (typeof value === "string") return value === "" ? emptyCell : { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) {
    // read-excel-file gives a date cell as midnight UTC of its day (a time of day, if any, is dropped).
    return Number.isNaN(value.getTime()) ? emptyCell : { kind: "date", iso: value.toISOString().slice(0, 10) };
  }
  if (typeof value === "object" && typeof (value as RawNumber).raw === "string")
    return { kind: "number", raw: (value as RawNumber).raw };
  if (typeof value === "number") return { kind: "number", raw: String(value) };
  return { kind: "text", text: String(value) };
}
