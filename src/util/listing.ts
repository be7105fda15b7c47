import { stringify } from "yaml";
import type { Lang } from "../i18n/messages.js";
import { toCsv } from "./csv-write.js";
import { textTable } from "./text-table.js";

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

/** CSV by the tool's one writing rule (util/csv-write.ts): UTF-8 with a BOM, CRLF, codes as text, no formulas. */
export function renderCsv(listing: Listing, lang: Lang): string {
  return toCsv([
    listing.columns.map((c) => c[lang]),
    ...listing.rows.map(({ cells }) => listing.columns.map((c) => cells[c.key])),
  ]);
}

export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

export function renderYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}
