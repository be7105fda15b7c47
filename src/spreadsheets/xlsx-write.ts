import type { OutCell } from "../util/csv-write.js";
import { fixZipDates } from "../util/zip-dates.js";

export interface OutSheet {
  /** Sheet name (Excel allows 31 characters and none of []:*?/\). */
  name: string;
  header: readonly string[];
  rows: readonly (readonly OutCell[])[];
}

/** The width Excel gives a character: a CJK ideograph or full-width form takes two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    width +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      cp >= 0x20000
        ? 2
        : 1;
  }
  return width;
}

/** Column widths from the widest line of each column (header included), within [6, 60]. */
export function fitWidths(header: readonly string[], rows: readonly (readonly OutCell[])[]): number[] {
  return header.map((h, c) => {
    let widest = displayWidth(h);
    for (const row of rows) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      for (const line of String(v).split("\n")) widest = Math.max(widest, displayWidth(line));
    }
    return Math.min(60, Math.max(6, widest + 2));
  });
}

export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31);
  return cleaned === "" ? "Sheet1" : cleaned;
}

/**
 * An XLSX by the tool's one rule (util/csv-write.ts): strings as text cells with the Text format "@",
 * so that ids and codes stay exactly as written and nothing runs as a formula even when a cell is
 * edited; numbers as numbers. Bold header row, frozen; widths fitted to Chinese text. The archive's
 * dates are fixed, so the same data gives the same bytes.
 */
export async function writeXlsx(sheets: readonly OutSheet[]): Promise<Uint8Array> {
  const { default: writeExcelFile } = await import("write-excel-file/node");
  const used = new Set<string>();
  const data = sheets.map((sheet) => {
    let name = safeSheetName(sheet.name);
    for (let i = 2; used.has(name); i++) name = `${safeSheetName(sheet.name).slice(0, 28)}(${i})`;
    used.add(name);
    return {
      sheet: name,
      stickyRowsCount: 1,
      columns: fitWidths(sheet.header, sheet.rows).map((width) => ({ width })),
      data: [
        sheet.header.map((h) => ({ type: String, value: h, format: "@", fontWeight: "bold" as const })),
        ...sheet.rows.map((row) => row.map(cellObject)),
      ],
    };
  });
  const buffer = await writeExcelFile(data).toBuffer();
  return fixZipDates(new Uint8Array(buffer), "1980-01-01");
}

function cellObject(value: OutCell) {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? { type: Number, value } : null;
  if (typeof value === "boolean") return { type: Boolean, value };
  return value.includes("\n")
    ? { type: String, value, format: "@", wrap: true, alignVertical: "top" as const }
    : { type: String, value, format: "@" };
}
