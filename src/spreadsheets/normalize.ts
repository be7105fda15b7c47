import { isIsoDate } from "../util/dates.js";
import { checkCreditCode } from "../registries/identifiers.js";
import type { Cell } from "./sheet.js";

/**
 * What people type into sheets, made into what the registries hold. Every function returns the
 * value or a problem code (with parameters) for the cell; nothing is "repaired" by guessing.
 */
export type Normalized<T> = { ok: true; value: T } | { ok: false; code: string; params?: Record<string, string> };

const ok = <T>(value: T): Normalized<T> => ({ ok: true, value });
const fail = (code: string, params: Record<string, string> = {}): Normalized<never> => ({ ok: false, code, params });

/**
 * Full-width letters, digits and punctuation of the ASCII range (ＡＢＣ１２３) become ASCII; the
 * ideographic space and no-break spaces become spaces; zero-width characters go. Chinese
 * punctuation (，（）) is left alone: it belongs to registered names such as “（普通合伙）”.
 */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0\u2000-\u200A\u202F\u205F]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "");
}

/** A text cell: half-width, no stray spaces (leading, trailing or doubled); line breaks kept apart. */
export function normalizeText(text: string): string {
  return halfWidth(text)
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** An identifier (certificate number, department or inspector id): no spaces at all. */
export function normalizeCode(text: string): string {
  return halfWidth(text).replace(/\s+/g, "");
}

/** A cell's text for a text-like field; a number cell is read as its digits when that is exact. */
export function textOf(cell: Cell): Normalized<string> {
  switch (cell.kind) {
    case "text":
      return ok(cell.text);
    case "date":
      return ok(cell.iso);
    case "boolean":
      return ok(cell.value ? "TRUE" : "FALSE");
    case "number":
      return exactDigits(cell.raw);
    case "empty":
      return ok("");
  }
}

/** The digits of a number cell, if Excel kept them all (at most 15 significant digits, an integer). */
function exactDigits(raw: string): Normalized<string> {
  const value = Number(raw);
  if (!Number.isFinite(value)) return fail("import-not-a-number", { value: raw });
  if (/e/i.test(raw) || !Number.isSafeInteger(value) || String(value).replace(/^-/, "").length > 15)
    return fail("import-number-lost-digits", { value: raw });
  return ok(String(value));
}

/**
 * 统一社会信用代码: upper case, no spaces. A code that Excel has already turned into a number
 * (9.11408E+17, or 911408215189742000 with its last digits rounded away) is refused: the lost
 * digits cannot be recovered, only re-exported or retyped with the column formatted as text.
 */
export function normalizeCreditCode(cell: Cell): Normalized<string> {
  if (cell.kind === "number") return fail("import-credit-code-number", { value: cell.raw });
  const text = textOf(cell);
  if (!text.ok) return text;
  const code = normalizeCode(text.value).toUpperCase();
  if (/^\d+(\.\d+)?E\+?\d+$/.test(code)) return fail("import-credit-code-number", { value: text.value });
  // Excel keeps 15 significant digits: an all-digit 18-character code ending in 000 whose check
  // character fails is what an 18-digit code becomes after a round through a number cell.
  if (/^\d{16,20}$/.test(code) && /000$/.test(code) && !(code.length === 18 && checkCreditCode(code).ok))
    return fail("import-credit-code-number", { value: text.value });
  return ok(code);
}

/** 居民身份证号: no spaces, a lower-case x made upper case; a number cell has lost its digits. */
export function normalizeIdNumber(cell: Cell): Normalized<string> {
  if (cell.kind === "number") return fail("import-id-number-number", { value: cell.raw });
  const text = textOf(cell);
  return text.ok ? ok(normalizeCode(text.value).toUpperCase()) : text;
}

/** Days from 1899-12-30: Excel's serial numbers (1900 system, its phantom 29 February included). */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  // Serial 60 is 1900-02-29, which never existed; serials below it are one day off the epoch.
  const days = whole < 60 ? whole + 1 : whole;
  if (whole === 60) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + days * 86400000).toISOString().slice(0, 10);
}

/**
 * A date as YYYY-MM-DD from 2026-03-01, 2026-3-1, 2026/3/1, 2026.3.1, 2026年3月1日, 20260301, an
 * Excel serial number (46082) or a date cell; a time of 00:00 after it is allowed. A date that
 * does not exist (2026-02-30) is refused.
 */
export function normalizeDate(cell: Cell): Normalized<string> {
  if (cell.kind === "date") return ok(cell.iso);
  if (cell.kind === "number") {
    const iso = excelSerialToIso(Number(cell.raw));
    return iso ? ok(iso) : fail("import-date", { value: cell.raw });
  }
  const text = textOf(cell);
  if (!text.ok) return text;
  return parseDateText(normalizeText(text.value));
}

export function parseDateText(text: string): Normalized<string> {
  const t = text.replace(/\s+0{1,2}:00(:00)?$/, "").trim();
  let m = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/.exec(t) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(t);
  if (!m && /^\d{8}$/.test(t)) m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) {
    const iso = `${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}`;
    return isIsoDate(iso) ? ok(iso) : fail("import-date", { value: text });
  }
  if (/^\d{1,5}(\.\d+)?$/.test(t)) {
    const iso = excelSerialToIso(Number(t));
    if (iso) return ok(iso);
  }
  return fail("import-date", { value: text });
}

export function normalizeInteger(cell: Cell): Normalized<number> {
  const text = cell.kind === "number" ? cell.raw : normalizeCode(cellTextOrEmpty(cell));
  const value = Number(text);
  if (text === "" || !Number.isInteger(value)) return fail("import-not-an-integer", { value: text });
  return ok(value);
}

export function normalizeNumber(cell: Cell): Normalized<number> {
  const text = cell.kind === "number" ? cell.raw : normalizeCode(cellTextOrEmpty(cell));
  const value = Number(text);
  if (text === "" || !Number.isFinite(value)) return fail("import-not-a-number", { value: text });
  return ok(value);
}

function cellTextOrEmpty(cell: Cell): string {
  const text = textOf(cell);
  return text.ok ? text.value : "";
}

const yes = new Set(["是", "有", "y", "yes", "true", "1", "✓", "√", "对"]);
const no = new Set(["否", "无", "没有", "n", "no", "false", "0", "×", "✗", "x"]);

export function normalizeBoolean(cell: Cell): Normalized<boolean> {
  if (cell.kind === "boolean") return ok(cell.value);
  const t = normalizeCode(cellTextOrEmpty(cell)).toLowerCase();
  if (yes.has(t)) return ok(true);
  if (no.has(t)) return ok(false);
  return fail("import-not-a-boolean", { value: t });
}

/** An enumerated value through its synonyms (Chinese or English, any case; “存续（在营、开业）” too). */
export function normalizeEnum(cell: Cell, synonyms: ReadonlyMap<string, string>): Normalized<string> {
  const raw = normalizeText(cellTextOrEmpty(cell));
  const key = enumKey(raw);
  const found = synonyms.get(key) ?? synonyms.get(enumKey(raw.replace(/[（(].*[）)]$/, "")));
  if (found !== undefined) return ok(found);
  return fail("import-enum", { value: raw, allowed: [...new Set(synonyms.values())].join(", ") });
}

export function enumKey(text: string): string {
  return normalizeCode(text).toLowerCase();
}

/** A list in one cell: 食品安全、特种设备 (or with commas, semicolons or line breaks). */
export function normalizeList(cell: Cell): string[] {
  return normalizeText(cellTextOrEmpty(cell))
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

const rangeSeparator = /\s*(?:~|～|至|到|—|–|－| - )\s*/;

/** 2022-11-13至2027-11-12 (or ~, 到, a dash between spaces): two dates. */
export function normalizeDateRange(cell: Cell): Normalized<[string, string]> {
  const text = normalizeText(cellTextOrEmpty(cell));
  const parts = text.split(rangeSeparator);
  if (parts.length !== 2) return fail("import-date-range", { value: text });
  const from = parseDateText(parts[0] as string);
  const to = parseDateText(parts[1] as string);
  if (!from.ok || !to.ok) return fail("import-date-range", { value: text });
  return ok([from.value, to.value]);
}

/** One period per line: “2026-08-06~2026-08-12 年休假”. */
export function normalizePeriods(cell: Cell): Normalized<{ from: string; to: string; reason?: string }[]> {
  const out: { from: string; to: string; reason?: string }[] = [];
  for (const line of normalizeText(cellTextOrEmpty(cell)).split(/[\n;；]/)) {
    const t = line.trim();
    if (t === "") continue;
    const m = /^(\S+?)\s*(?:~|～|至|到|—|–|－| - )\s*(\d\S*?)(?:\s+(.+))?$/.exec(t);
    const from = m ? parseDateText(m[1] as string) : undefined;
    const to = m ? parseDateText(m[2] as string) : undefined;
    if (!m || !from?.ok || !to?.ok) return fail("import-period", { value: t });
    out.push(m[3] ? { from: from.value, to: to.value, reason: m[3].trim() } : { from: from.value, to: to.value });
  }
  return ok(out);
}

/** One recusal per line: the object's credit code, then the reason (“92140821MA08W42Y06 亲属关系”). */
export function normalizeRecusals(cell: Cell): Normalized<{ object: string; reason: string }[]> {
  const out: { object: string; reason: string }[] = [];
  for (const line of normalizeText(cellTextOrEmpty(cell)).split(/[\n;；]/)) {
    const t = line.trim();
    if (t === "") continue;
    const m = /^([0-9A-Za-z]+)\s*(?:([(（])(.+?)[)）]|[:：\s]\s*(.+))$/.exec(t);
    if (!m) return fail("import-recusal", { value: t });
    out.push({ object: (m[1] as string).toUpperCase(), reason: ((m[3] ?? m[4]) as string).trim() });
  }
  return ok(out);
}
