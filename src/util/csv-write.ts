/**
 * The one rule for every CSV and sheet the tool writes (`list`, `draw show`, `orders`, `export`,
 * `publish`), so that Excel and WPS show each cell exactly as written:
 *
 * - A string that Excel would turn into something else (except a whole number of at most four
 *   digits, which reads the same as a number) (911408215189742053 → 9.11408E+17, a
 *   certificate 14082120220081 → 1.40821E+13, 0359 → 359, 2026-03-01 → a date) and a string that
 *   begins with `=`, `+`, `-`, `@`, tab or carriage return (which Excel would run as a formula: CSV
 *   injection, OWASP) are written as a formula that can only return that text: `="…"`. Excel, WPS
 *   and LibreOffice show the text itself, nothing inside it is evaluated, and `import` reads it back.
 * - Numbers are written as numbers; everything else as it is, quoted where RFC 4180 needs it.
 *
 * XLSX cells need no such trick: strings are written as text cells with the Text format (xlsx-write.ts).
 */
import { createRequire } from "node:module";
import type Iconv from "iconv-lite";
import { documentText } from "./safe-text.js";

/** iconv-lite is loaded by the one call that writes GBK, not by every command that can write a CSV. */
let iconv: typeof Iconv | undefined;

export type OutCell = string | number | boolean | null | undefined;

/** Excel's formulas hold at most 8,192 characters and a string literal at most 255. */
const FORMULA_LIMIT = 8000;
const LITERAL_LIMIT = 255;

/** A leading character that makes Excel (and LibreOffice) read the cell as a formula. */
export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

const months = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
const convertible = [
  // numbers: 123, 0359, -1.5, 1,234, 1e5, 12%, (12) for -12, currency
  /^[+-]?[$¥￥€£]?\s*[+-]?(\d[\d,]*(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*%?$/,
  /^\(\s*[$¥￥€£]?\s*[\d,.]+\s*\)$/,
  // dates and times in the forms Excel recognises: 2026-03-01, 3/1, 1-2-26, 2026.3.1, 12:30, 1 1/2
  /^\d{1,4}\s*[-/.]\s*\d{1,2}(\s*[-/.]\s*\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s*[ap]m?)?$/i,
  /^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(\s*[ap]m?)?$/i,
  /^\d+\s+\d+\/\d+$/,
  // Chinese dates, which Excel in a Chinese locale reads as dates: 2026年3月1日, 3月1日
  /^\d{1,4}年\d{1,2}月(\d{1,2}日)?$/,
  /^\d{1,2}月\d{1,2}日$/,
  new RegExp(`^${months}[\\s\\-/.,]*\\d{1,4}([\\s\\-/.,]+\\d{1,4})?$`, "i"),
  new RegExp(`^\\d{1,4}[\\s\\-/.]*${months}([\\s\\-/.]*\\d{1,4})?$`, "i"),
  /^(true|false)$/i,
];

/** Whether Excel, opening a CSV, would store this text as a number, date, time or boolean. */
export function excelWouldConvert(text: string): boolean {
  const t = text.trim();
  if (t === "" || !/[0-9]/.test(t)) return /^(true|false)$/i.test(t);
  return convertible.some((re) => re.test(t));
}

/**
 * The field text for one string cell, before CSV quoting: the text itself, or the `="…"` formula
 * that returns it when Excel would otherwise convert or run it.
 */
export function protectCell(text: string): string {
  if (!startsLikeFormula(text) && !excelWouldConvert(text)) return text;
  // A whole number of at most four digits (an order, a count, a year) is the same as a number:
  // ids, codes, certificates and phones are all longer.
  if (/^(0|[1-9]\d{0,3})$/.test(text)) return text;
  const formula = textFormula(text);
  // Beyond what a formula can hold, a leading apostrophe (shown by Excel) still keeps it from running.
  return formula ?? `'${text}`;
}

/** `="a""b"&CHAR(10)&"c"`: literals of at most 255 characters, control characters by CHAR(). */
function textFormula(text: string): string | undefined {
  const parts: string[] = [];
  let chunk = "";
  const flush = () => {
    if (chunk !== "") parts.push(`"${chunk.replace(/"/g, '""')}"`);
    chunk = "";
  };
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code === 9 || code === 10 || code === 13) {
      flush();
      parts.push(`CHAR(${code})`);
      continue;
    }
    if (chunk.length + ch.length > LITERAL_LIMIT) flush();
    chunk += ch;
  }
  flush();
  const formula = `=${parts.join("&")}`;
  return formula.length > FORMULA_LIMIT ? undefined : formula;
}

const formulaPattern = /^=(?:"(?:[^"]|"")*"|CHAR\((?:9|10|13)\))(?:&(?:"(?:[^"]|"")*"|CHAR\((?:9|10|13)\)))*$/;

/** The reverse of `protectCell`, for reading a CSV: the text a `="…"` cell shows. */
export function unprotectCell(field: string): string {
  if (field.startsWith("=") && formulaPattern.test(field)) {
    let out = "";
    for (const m of field.slice(1).matchAll(/"((?:[^"]|"")*)"|CHAR\((9|10|13)\)/g)) {
      out += m[1] !== undefined ? m[1].replace(/""/g, '"') : String.fromCharCode(Number(m[2]));
    }
    return out;
  }
  if (field.length > FORMULA_LIMIT && field.startsWith("'") && startsLikeFormula(field.slice(1))) return field.slice(1);
  return field;
}

/** One CSV field: protected if it is a string, quoted where RFC 4180 requires. */
export function csvField(value: OutCell): string {
  let s: string;
  if (value === null || value === undefined) s = "";
  else if (typeof value === "number") s = Number.isFinite(value) ? String(value) : "";
  else if (typeof value === "boolean") s = value ? "TRUE" : "FALSE";
  // Characters no reader of CSV should meet (NUL, other controls) become U+FFFD first.
  else s = protectCell(documentText(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A whole CSV as Excel on Windows reads it: a BOM (so that Chinese is read as UTF-8), CRLF line
 * ends (RFC 4180), every cell by the rule above.
 */
export function toCsv(rows: readonly (readonly OutCell[])[]): string {
  return "\ufeff" + rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export const csvOutputEncodings = ["utf-8", "gbk", "gb18030"] as const;
export type CsvOutputEncoding = (typeof csvOutputEncodings)[number];

export type EncodedCsv = { ok: true; bytes: Uint8Array } | { ok: false; char: string; line: number };

/**
 * The CSV's bytes: UTF-8 with its BOM, or GBK / GB18030 without one for older Excel. A character
 * GBK cannot hold is refused with its line rather than written as "?".
 */
export function encodeCsv(csv: string, encoding: CsvOutputEncoding): EncodedCsv {
  if (encoding === "utf-8") return { ok: true, bytes: new TextEncoder().encode(csv) };
  const text = csv.startsWith("\ufeff") ? csv.slice(1) : csv;
  iconv ??= createRequire(import.meta.url)("iconv-lite") as typeof Iconv;
  const bytes = iconv.encode(text, encoding);
  if (encoding === "gbk") {
    const back = new TextDecoder("gbk").decode(bytes);
    if (back !== text) {
      let i = 0;
      while (i < text.length && text[i] === back[i]) i++;
      const char = String.fromCodePoint(text.codePointAt(i) ?? 63);
      const line = text.slice(0, i).split("\n").length;
      return { ok: false, char, line };
    }
  }
  return { ok: true, bytes };
}
