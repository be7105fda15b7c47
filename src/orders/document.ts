import type { Lang } from "../i18n/messages.js";
import type { PageStyle } from "./page-styles.js";
import { documentValue } from "../util/safe-text.js";

/**
 * The neutral document model every format is rendered from: blocks, with every text already in
 * the document's language, laid out on sheets of paper. A renderer decides only how a block looks;
 * where a sheet ends was decided once (paginate.ts), so that the browser, Word and LibreOffice all
 * print the same sheets and every document can number its own pages.
 */
export type Block =
  | { kind: "title"; text: string; subtitle?: string }
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  /** `keep`: never the last block of a sheet; it moves on with what follows (the text above a 公文's seals). */
  | {
      kind: "paragraph";
      text: string;
      align?: "left" | "center" | "right";
      indent?: boolean;
      small?: boolean;
      keep?: boolean;
      /** The paragraph goes on over the next sheet: its last line here is a full one, justified. */
      runOn?: boolean;
    }
  /**
   * Label–value pairs; an empty value is a space to fill in by hand (`lines` tall, 1 by default).
   * `paired`: two pairs to a row, except a `wide` field, which takes a row of its own.
   */
  | { kind: "fields"; fields: Field[]; paired?: boolean }
  /**
   * `columns[].weight` shares the width out; the paginator fixes the widths in points (`widths`),
   * never narrower than a header or an identifier. `writeIn`: the last column is left to write in.
   */
  | { kind: "table"; columns: Column[]; rows: string[][]; writeIn?: boolean; widths?: number[] }
  /** A labelled box of blank lines, to write in; it may shrink to `minLines` to stay on its sheet. */
  | { kind: "space"; label: string; lines: number; minLines?: number }
  /** Signature or seal blocks, two to a row, each with its own lines of text and a line to sign on. */
  | { kind: "signatures"; entries: Signature[] }
  /** GB/T 9704-2012 §7.3.5: the issuers' names, up to three to a row, each under its seal, then the date. */
  | { kind: "seals"; names: string[]; date: string }
  /** The first line of a continuation sheet (续页): which document, for whom. */
  | { kind: "continued"; text: string };

export interface Field {
  label: string;
  value: string;
  wide?: boolean;
  /** Height of an empty value, in lines of text. */
  lines?: number;
}

export interface Column {
  title: string;
  weight: number;
}

export interface Signature {
  text: string;
  line: string;
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

/**
 * Text that must never break across lines (a credit code, a certificate number, a date, a
 * document number) is marked in the model with these two private-use characters. The HTML turns
 * them into a no-wrap span; every other format drops them.
 */
export const NOWRAP_START = "\ue000";
export const NOWRAP_END = "\ue001";
export const nowrap = (s: string) => (s === "" ? "" : `${NOWRAP_START}${s}${NOWRAP_END}`);
export const plain = (s: string) => s.replace(/[\ue000\ue001]/g, "");

export interface Sheet {
  blocks: Block[];
}

export type SectionKind = "cover" | "notice" | "checklist" | "record" | "summary" | "publication";

/**
 * One document inside a file (the team's cover, one object's notice, its checklist, its record...):
 * its own page style, its own page numbers from 1, its own sheets.
 */
export interface DocSection {
  kind: SectionKind;
  style: PageStyle;
  /** The document's name and its subject, repeated at the top of each 续页. */
  continued: string;
  /** Printed at the foot of every sheet of an internal document: what made it, from which record. */
  note?: string;
  /** The blocks before pagination, for the formats without paper (Markdown). */
  flow: Block[];
  sheets: Sheet[];
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
  /** "第 {page} 页 共 {pages} 页" or "page {page} of {pages}": the page label of the compact style. */
  pageLabel: string;
  /** Shown at the top of every sheet when the record was not verified. */
  banner?: string;
  /** The record's own date (the campaign's first day): the only date a file's metadata may hold. */
  date: string;
  /** Each document of the file, in printing order; each starts on a new sheet. */
  sections: DocSection[];
  /** The document's main table, flat, for CSV. */
  sheet: { columns: string[]; rows: string[][] };
  /** The document's content as data, for JSON. */
  data: unknown;
}

/** "第 2 页 共 3 页" or "— 2 —" (GB/T 9704-2012 §7.5), for the page `page` of `pages` of one document. */
export function pageNumberText(doc: OrdersDocument, style: PageStyle, page: number, pages: number): string {
  if (style.numbering === "dash") return `\u2014 ${page} \u2014`;
  return doc.pageLabel.replace("{page}", String(page)).replace("{pages}", String(pages));
}

/**
 * What the paged renderers (HTML, DOCX) read of a document, through documentValue: its sheets, not
 * the flow, sheet and data beside them, which are as large again and would be cleaned for nothing.
 */
export function pagedDocument(input: OrdersDocument): OrdersDocument {
  return documentValue({
    ...input,
    sections: input.sections.map((sec) => ({ ...sec, flow: [] })),
    sheet: { columns: [], rows: [] },
    data: null,
  });
}
