import { basename, extname } from "node:path";
import type { MessageParams } from "../i18n/messages.js";
import { parseCsv } from "./csv-read.js";
import { decodeSpreadsheetText, type SpreadsheetEncoding } from "./decode.js";
import type { Sheet, Workbook } from "./sheet.js";
import { readXlsx } from "./xlsx-read.js";

export type SpreadsheetRead =
  | { ok: true; workbook: Workbook; problems: { code: string; line: number; row: number }[] }
  | { ok: false; code: string; params: MessageParams };

/**
 * A CSV or XLSX file's sheets: the format from the bytes (a zip is XLSX, an OLE container an old
 * .xls or an encrypted workbook, anything else text), not trusted from the file name.
 */
export async function readSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  encoding?: SpreadsheetEncoding,
): Promise<SpreadsheetRead> {
  if (bytes.length === 0) return { ok: false, code: "import-file-empty", params: {} };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const read = await readXlsx(bytes);
    if (!read.ok) return { ok: false, code: read.code, params: { detail: read.detail } };
    return { ok: true, workbook: { format: "xlsx", encoding: "", sheets: read.sheets }, problems: [] };
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return { ok: false, code: "import-xls-old", params: {} };
  const decoded = decodeSpreadsheetText(bytes, encoding);
  if (!decoded.ok) return { ok: false, code: decoded.code, params: decoded.params };
  const { sheet, problems } = parseCsv(decoded.text, basename(fileName, extname(fileName)));
  if (sheet.rows.length === 0) return { ok: false, code: "import-file-empty", params: {} };
  return { ok: true, workbook: { format: "csv", encoding: decoded.encoding, sheets: [sheet] }, problems };
}

/** The sheet asked for by name, else the only one, else undefined (the caller picks by headers). */
export function pickSheet(workbook: Workbook, name: string | undefined): Sheet | "not-found" | undefined {
  if (name !== undefined) return workbook.sheets.find((s) => s.name === name) ?? "not-found";
  return workbook.sheets.length === 1 ? workbook.sheets[0] : undefined;
}
