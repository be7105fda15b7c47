import { renderCsv, renderJson } from "../util/listing.js";
import type { OrdersDocument } from "./document.js";

/** The document's main table as CSV: UTF-8 with BOM and CRLF, as `list` writes it (Excel on Windows). */
export function renderOrdersCsv(doc: OrdersDocument): string {
  const columns = doc.sheet.columns.map((title, i) => ({ key: String(i), en: title, zh: title }));
  const rows = doc.sheet.rows.map((r) => ({ entry: r, cells: Object.fromEntries(r.map((v, i) => [String(i), v])) }));
  return renderCsv({ columns, rows, total: rows.length }, doc.lang);
}

export function renderOrdersJson(doc: OrdersDocument): string {
  return renderJson(doc.data);
}
