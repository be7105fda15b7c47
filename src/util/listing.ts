import { stringify } from "yaml";
import type { Lang } from "../i18n/messages.js";
import { textTable } from "./text-table.js";
import { documentText } from "./safe-text.js";

// Tables as every command prints them: one row per entry, columns headed in both languages.

export interface Column {
  key: string;
  en: string;
  zh: string;
}

export interface Listing {
  columns: Column[];
  /** Cells as shown in a table or CSV, and the entry itself for JSON. */
  rows: { cells: Record<string, string | number>; entry: unknown }[];
  total: number;
}

export function renderTable(listing: Listing, lang: Lang, colour: boolean): string {
  const rows = listing.rows.map(({ cells }) => listing.columns.map((c) => String(cells[c.key] ?? "")));
  return (
    textTable(
      listing.columns.map((c) => c[lang]),
      rows,
      { colour },
    ) + "\n"
  );
}

/** CSV in UTF-8 with a BOM, so that Excel on Windows reads the Chinese correctly; CRLF as RFC 4180 says. */
export function renderCsv(listing: Listing, lang: Lang): string {
  const cell = (v: unknown) => {
    // Control characters (a NUL stops some readers of CSV) become U+FFFD, CR LF becomes LF in a cell.
    const s = documentText(String(v ?? ""));
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [
    listing.columns.map((c) => cell(c[lang])).join(","),
    ...listing.rows.map(({ cells }) => listing.columns.map((c) => cell(cells[c.key])).join(",")),
  ];
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}

export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

export function renderYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}
