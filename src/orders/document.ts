import type { Lang } from "../i18n/messages.js";

/**
 * The neutral document model every format is rendered from: pages of blocks, with every text
 * already in the document's language. A renderer decides only how a block looks.
 */
export type Block =
  | { kind: "title"; text: string; subtitle?: string }
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "paragraph"; text: string; align?: "left" | "center" | "right"; indent?: boolean; small?: boolean }
  /**
   * Label–value pairs; an empty value is a space to fill in by hand. `paired`: two pairs to a row,
   * except a `wide` field, which takes a row of its own.
   */
  | { kind: "fields"; fields: Field[]; paired?: boolean }
  /** `writeIn`: the last column is left empty, with room to write. */
  | { kind: "table"; columns: { title: string; width: number }[]; rows: string[][]; writeIn?: boolean }
  /** A labelled box of blank lines, to write in. */
  | { kind: "space"; label: string; lines: number }
  /** Signature or seal blocks, each with the line to sign on. */
  | { kind: "signatures"; entries: string[]; line: string };

export interface Field {
  label: string;
  value: string;
  wide?: boolean;
}

/** The rows a fields block is laid out in: one or two fields each. */
export function fieldRows(block: { fields: Field[]; paired?: boolean }): Field[][] {
  if (!block.paired) return block.fields.map((f) => [f]);
  const rows: Field[][] = [];
  for (const f of block.fields) {
    const last = rows[rows.length - 1];
    if (!f.wide && last && last.length === 1 && !last[0]?.wide) last.push(f);
    else rows.push([f]);
  }
  return rows;
}

export interface Page {
  blocks: Block[];
}

export type DocumentKind = "work-order" | "summary" | "publication";

export interface OrdersDocument {
  /** "summary", "publication" or the team id. */
  id: string;
  kind: DocumentKind;
  /** File name without extension. */
  fileBase: string;
  lang: Lang;
  title: string;
  /** On every page; says whether the record was verified. */
  footer: string;
  /** "page {page} of {pages}", placeholders kept for the renderer. */
  pageLabel: string;
  /** Shown at the top of every page when the record was not verified. */
  banner?: string;
  /** The record's own date (the campaign's first day): the only date a file's metadata may hold. */
  date: string;
  /** Each page starts on a new sheet of paper. */
  pages: Page[];
  /** The document's main table, flat, for CSV. */
  sheet: { columns: string[]; rows: string[][] };
  /** The document's content as data, for JSON. */
  data: unknown;
}
