/**
 * What a spreadsheet holds once read, whatever its format: sheets of rows of typed cells. A CSV
 * has one sheet (named after the file) of text cells; an XLSX keeps what Excel stored, so that a
 * credit code Excel already turned into a number can be told from one typed as text.
 */
export type Cell =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  /** A numeric cell, with the digits exactly as the file stores them ("9.11408215189742E+17"). */
  | { kind: "number"; raw: string }
  /** A cell Excel formats as a date, as YYYY-MM-DD. */
  | { kind: "date"; iso: string }
  | { kind: "boolean"; value: boolean };

export interface SheetRow {
  /** 1-based, as Excel shows it. */
  row: number;
  cells: Cell[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

export interface Workbook {
  format: "csv" | "xlsx";
  /** The encoding a CSV was read in ("utf-8", "gbk", …); empty for XLSX. */
  encoding: string;
  sheets: Sheet[];
}

export const emptyCell: Cell = { kind: "empty" };

/** 0 → "A", 25 → "Z", 26 → "AA": the column letters Excel shows. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The cell as the text a person sees in it (numbers as stored, dates as YYYY-MM-DD). */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  switch (cell.kind) {
    case "empty":
      return "";
    case "text":
      return cell.text;
    case "number":
      return cell.raw;
    case "date":
      return cell.iso;
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
  }
}
