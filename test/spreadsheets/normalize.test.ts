import { describe, expect, it } from "vitest";
import { creditCodeCheckChar } from "../../src/registries/identifiers.js";
import {
  excelSerialToIso,
  halfWidth,
  normalizeBoolean,
  normalizeCode,
  normalizeCreditCode,
  normalizeDate,
  normalizeDateRange,
  normalizeEnum,
  normalizeIdNumber,
  normalizeList,
  normalizePeriods,
  normalizeRecusals,
  normalizeText,
} from "../../src/spreadsheets/normalize.js";
import { resolveMapping } from "../../src/spreadsheets/mapping.js";
import type { Cell } from "../../src/spreadsheets/sheet.js";

const text = (t: string): Cell => ({ kind: "text", text: t });
const num = (raw: string): Cell => ({ kind: "number", raw });

/** An all-digit credit code with a right check character: they exist, and must survive as text. */
function allDigitCode(): string {
  for (let n = 0; n < 100; n++) {
    const first17 = `911408215189742${String(n).padStart(2, "0")}`;
    const check = creditCodeCheckChar(first17) as string;
    if (/\d/.test(check) && !(first17 + check).endsWith("000")) return first17 + check;
  }
  throw new Error("no all-digit code");
}

describe("normalizing what people type", () => {
  it("full-width letters, digits and spaces become ASCII; Chinese punctuation stays", () => {
    expect(halfWidth("ＡＢＣ１２３　ｘ")).toBe("ABC123 x");
    expect(normalizeText("  临猗县ＡＢ超市（普通合伙）  ")).toBe("临猗县AB超市（普通合伙）");
  });
  it("stray spaces: leading, trailing, doubled, no-break and zero-width", () => {
    expect(normalizeText(" 猗氏镇 \u00a0 新华路\u200b 1号 ")).toBe("猗氏镇 新华路 1号");
    expect(normalizeCode(" 1408 2120 2200 81 ")).toBe("14082120220081");
  });
  it.each([
    ["2026-03-01", "2026-03-01"],
    ["2026-3-1", "2026-03-01"],
    ["2026/3/1", "2026-03-01"],
    ["2026/03/01", "2026-03-01"],
    ["2026.3.1", "2026-03-01"],
    ["2026年3月1日", "2026-03-01"],
    ["２０２６年３月１日", "2026-03-01"],
    ["20260301", "2026-03-01"],
    ["2026-03-01 00:00:00", "2026-03-01"],
    ["46082", "2026-03-01"],
  ])("date %j → %s", (input, iso) => {
    expect(normalizeDate(text(input))).toEqual({ ok: true, value: iso });
  });
  it("Excel serial numbers (a number cell), the 1900 system with its phantom 29 February", () => {
    expect(normalizeDate(num("46082"))).toEqual({ ok: true, value: "2026-03-01" });
    expect(excelSerialToIso(1)).toBe("1900-01-01");
    expect(excelSerialToIso(59)).toBe("1900-02-28");
    expect(excelSerialToIso(61)).toBe("1900-03-01");
    expect(excelSerialToIso(60)).toBeUndefined();
  });
  it("a date cell, and dates that do not exist", () => {
    expect(normalizeDate({ kind: "date", iso: "2027-11-12" })).toEqual({ ok: true, value: "2027-11-12" });
    expect(normalizeDate(text("2026-02-30"))).toMatchObject({ ok: false, code: "import-date" });
    expect(normalizeDate(text("下周一"))).toMatchObject({ ok: false, code: "import-date" });
  });
  it("credit codes: upper case, no spaces, full-width made ASCII", () => {
    expect(normalizeCreditCode(text(" 91140821ma0c1qxk4b "))).toEqual({ ok: true, value: "91140821MA0C1QXK4B" });
    expect(normalizeCreditCode(text("９１１４０８２１ＭＡ０Ｃ１ＱＸＫ４Ｂ"))).toEqual({
      ok: true,
      value: "91140821MA0C1QXK4B",
    });
  });
  it("a credit code Excel turned into a number is refused, not repaired", () => {
    for (const cell of [num("9.11408215189742E+17"), text("9.11408E+17"), text("911408215189742000")])
      expect(normalizeCreditCode(cell)).toMatchObject({ ok: false, code: "import-credit-code-number" });
    // A real all-digit code typed as text is kept exactly.
    const code = allDigitCode();
    expect(normalizeCreditCode(text(code))).toEqual({ ok: true, value: code });
  });
  it("ID numbers: a lower-case x made upper case; a number cell refused", () => {
    expect(normalizeIdNumber(text("11010519491231002x"))).toEqual({ ok: true, value: "11010519491231002X" });
    expect(normalizeIdNumber(num("1.10105194912310E+17"))).toMatchObject({ ok: false });
  });
  it("yes/no, lists, enum synonyms", () => {
    expect(normalizeBoolean(text("是"))).toEqual({ ok: true, value: true });
    expect(normalizeBoolean(text("否"))).toEqual({ ok: true, value: false });
    expect(normalizeBoolean(text("也许"))).toMatchObject({ ok: false });
    expect(normalizeList(text("食品安全、特种设备，消防"))).toEqual(["食品安全", "特种设备", "消防"]);
    const status = resolveMapping("objects").values.get("status") as Map<string, string>;
    expect(normalizeEnum(text("存续（在营、开业、在册）"), status)).toEqual({ ok: true, value: "active" });
    expect(normalizeEnum(text("注销"), status)).toEqual({ ok: true, value: "closed" });
    expect(normalizeEnum(text("Active"), status)).toEqual({ ok: true, value: "active" });
    expect(normalizeEnum(text("迁出"), status)).toMatchObject({ ok: false, code: "import-enum" });
  });
  it("periods, recusals and a validity range in one cell", () => {
    expect(normalizeDateRange(text("2022/11/13至2027/11/12"))).toEqual({
      ok: true,
      value: ["2022-11-13", "2027-11-12"],
    });
    expect(normalizePeriods(text("2026-08-06~2026-08-12 年休假\n2026年12月7日至2026年12月13日"))).toEqual({
      ok: true,
      value: [
        { from: "2026-08-06", to: "2026-08-12", reason: "年休假" },
        { from: "2026-12-07", to: "2026-12-13" },
      ],
    });
    expect(
      normalizeRecusals(text("92140821ma08w42y06 亲属关系：近亲属为该单位负责人\n91140821MA03J61KX6（配偶）")),
    ).toEqual({
      ok: true,
      value: [
        { object: "92140821MA08W42Y06", reason: "亲属关系：近亲属为该单位负责人" },
        { object: "91140821MA03J61KX6", reason: "配偶" },
      ],
    });
  });
});
