import { describe, expect, it } from "vitest";
import { nowrap, plain, type Block, type Sheet } from "../../src/orders/document.js";
import { blockHeight, columnWidths, lineCount, wrapLines } from "../../src/orders/measure.js";
import { paginate } from "../../src/orders/paginate.js";
import { compactStyle, gbt9704Style, textArea } from "../../src/orders/page-styles.js";
import { formatNoticeNumber, noticeNumberIsUnique } from "../../src/orders/notice-number.js";

/** The measuring model and the paginator, on blocks made here. */

const options = { continued: "检查记录单（续页）　被检查单位：甲饭店", more: "（续）" };
const row = (i: number): string[] => [String(i), `检查内容${i}`, "持证经营，".repeat(6)];
const table = (rows: number): Block => ({
  kind: "table",
  columns: [
    { title: "序号", weight: 1 },
    { title: "检查内容", weight: 4 },
    { title: "检查要求", weight: 8 },
  ],
  rows: Array.from({ length: rows }, (_, i) => row(i + 1)),
});
const height = (sheet: Sheet) => sheet.blocks.reduce((h, b) => h + blockHeight(b, compactStyle), 0);
const capacity = textArea(compactStyle).height;

describe("measuring text", () => {
  it("a Chinese character is one em; lines fill greedily", () => {
    expect(wrapLines("一二三四五六七八九十", 5 * 12 + 1, 12)).toEqual(["一二三四五", "六七八九十"]);
    expect(lineCount("一二三四五六七八九十", 10 * 12 + 1, 12)).toBe(1);
    expect(lineCount("一二三\n四五", 100, 12)).toBe(2);
    // The first-line indent of two characters.
    expect(wrapLines("一二三四五六", 4 * 12 + 1, 12, 2)).toEqual(["一二", "三四五六"]);
  });

  it("closing punctuation never starts a line, opening punctuation never ends one", () => {
    expect(wrapLines("一二三四，五六", 4 * 12 + 1, 12)).toEqual(["一二三", "四，五六"]);
    expect(wrapLines("一二三（四五", 4 * 12 + 1, 12)).toEqual(["一二三", "（四五"]);
  });

  it("a no-wrap span (a date, a credit code) and a run of Latin letters or digits stay whole", () => {
    const date = nowrap("2026年4月24日");
    const lines = wrapLines(`于${date}至`, 8 * 12 + 1, 12);
    expect(lines.map(plain)).toEqual(["于", "2026年4月24日", "至"]);
    expect(wrapLines("代码91140821MA0C1QXK4B", 10 * 12 + 1, 12)).toEqual(["代码", "91140821MA0C1QXK4B"]);
  });

  it("Latin letters and digits are counted wide enough for every face the documents may print with", () => {
    // DejaVu Serif (LibreOffice's Times substitute on Linux) sets digits at 0.636 em, Noto Serif CJK at 0.56.
    const digits = "一" + "0".repeat(15);
    expect(lineCount(digits, (1 + 15 * 0.64) * 10 + 2, 10)).toBe(1);
    expect(lineCount(digits, (1 + 15 * 0.56) * 10 + 1, 10)).toBe(2);
  });

  it("a column is never narrower than a short header or an identifier it holds; the rest goes by weight", () => {
    const widths = columnWidths(
      compactStyle,
      [
        { title: "序号", weight: 1 },
        { title: "统一社会信用代码", weight: 2 },
        { title: "名称", weight: 20 },
      ],
      [["1", nowrap("91140821MA0C1QXK4B"), "甲"]],
      400,
    );
    const size = compactStyle.text.cell.size;
    expect(widths[0]).toBeGreaterThanOrEqual(2 * size + 2 * compactStyle.space.cellH);
    expect(lineCount(nowrap("91140821MA0C1QXK4B"), (widths[1] ?? 0) - 2 * compactStyle.space.cellH, size)).toBe(1);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(400, 5);
    expect(widths[2]).toBeGreaterThan(widths[1] ?? 0);
  });
});

describe("paginate", () => {
  it("what fits is one sheet, with no 续页 line and no foot", () => {
    const foot: Block = { kind: "paragraph", text: "本页确认", small: true };
    const sheets = paginate([{ kind: "title", text: "检查记录单" }, table(3)], compactStyle, { ...options, foot });
    expect(sheets.length).toBe(1);
    expect(sheets[0]?.blocks.map((b) => b.kind)).toEqual(["title", "table"]);
  });

  it("a long table goes on over sheets, its header repeated, each 续页 marked; nothing overflows a sheet", () => {
    const foot: Block = { kind: "paragraph", text: "本页确认", small: true };
    const sheets = paginate([{ kind: "title", text: "检查记录单" }, table(60)], compactStyle, { ...options, foot });
    expect(sheets.length).toBeGreaterThan(2);
    const parts = sheets.flatMap((s) => s.blocks.filter((b) => b.kind === "table"));
    expect(parts.length).toBe(sheets.length);
    expect(parts.reduce((n, b) => n + (b.kind === "table" ? b.rows.length : 0), 0)).toBe(60);
    // Every part has the same columns (so the same header row) and the same widths.
    const first = parts[0];
    for (const p of parts) {
      expect(p.kind === "table" && first?.kind === "table" && p.widths).toEqual(
        first?.kind === "table" && first.widths,
      );
      expect(p.kind === "table" && p.columns).toEqual(first?.kind === "table" && first.columns);
    }
    sheets.forEach((s, i) => {
      if (i > 0) expect(s.blocks[0]).toEqual({ kind: "continued", text: options.continued });
      expect(s.blocks.at(-1)).toEqual(foot);
      expect(height(s)).toBeLessThanOrEqual(capacity);
    });
  });

  it("a heading never ends a sheet: it moves on with the start of what follows", () => {
    const filler: Block = { kind: "space", label: "备注", lines: Math.floor((capacity - 60) / 20) };
    const sheets = paginate([filler, { kind: "subheading", text: "签字确认" }, table(4)], compactStyle, options);
    expect(sheets.length).toBe(2);
    expect(sheets[0]?.blocks.map((b) => b.kind)).toEqual(["space"]);
    expect(sheets[1]?.blocks.map((b) => b.kind)).toEqual(["continued", "subheading", "table"]);
  });

  it("a box to write in that would go over by a line or two is made smaller instead, never below its minimum", () => {
    const filler: Block = { kind: "space", label: "甲", lines: Math.floor((capacity - 90) / 20) };
    const shrinking: Block = { kind: "space", label: "其他需要说明的情况", lines: 4, minLines: 1 };
    const sheets = paginate([filler, shrinking], compactStyle, options);
    expect(sheets.length).toBe(1);
    const kept = sheets[0]?.blocks[1];
    expect(kept?.kind === "space" && kept.lines).toBeGreaterThanOrEqual(1);
    expect(kept?.kind === "space" && kept.lines).toBeLessThan(4);
    const rigid = paginate([filler, { ...shrinking, minLines: 4 }], compactStyle, options);
    expect(rigid.length).toBe(2);
  });

  it("a long paragraph of a 公文 goes on over the sheet with at least two lines on either side", () => {
    const text = "根据实施方案开展联合执法检查。".repeat(60);
    const sheets = paginate(
      [
        { kind: "title", text: "执法检查通知书" },
        { kind: "paragraph", text, indent: true },
      ],
      gbt9704Style,
      options,
    );
    expect(sheets.length).toBeGreaterThan(1);
    const parts = sheets.flatMap((s) => s.blocks.filter((b) => b.kind === "paragraph"));
    expect(parts.map((p) => (p.kind === "paragraph" ? p.text : "")).join("")).toBe(text);
    expect(parts[0]?.kind === "paragraph" && parts[0].runOn).toBe(true);
    expect(parts[1]?.kind === "paragraph" && parts[1].indent).toBe(false);
    for (const p of parts)
      expect(lineCount(p.kind === "paragraph" ? p.text : "", textArea(gbt9704Style).width, 16)).toBeGreaterThanOrEqual(
        2,
      );
    for (const s of sheets)
      expect(s.blocks.reduce((h, b) => h + blockHeight(b, gbt9704Style), 0)).toBeLessThanOrEqual(
        textArea(gbt9704Style).height,
      );
  });

  it("the NOT VERIFIED banner's room is kept free on every sheet", () => {
    const plainSheets = paginate([table(40)], compactStyle, options);
    const bannered = paginate([table(40)], compactStyle, { ...options, banner: "未经复核——不得作为正式文书使用。" });
    const rows = (s: Sheet[]) =>
      s.map((x) => x.blocks.reduce((n, b) => n + (b.kind === "table" ? b.rows.length : 0), 0));
    expect(rows(bannered)[0]).toBeLessThan(rows(plainSheets)[0] ?? 0);
  });
});

describe("the notice's number", () => {
  const values = { code: "临市监", year: "2026", round: 1, campaign: "2026-CY-01", team: "T02", order: 3, n: 7 };

  it("fills the department's own form 机关代字〔年〕号, numbers without leading zeros unless a width is asked", () => {
    expect(formatNoticeNumber("{code}综查〔{year}〕{n}号", values)).toBe("临市监综查〔2026〕7号");
    expect(formatNoticeNumber("{code}综查〔{year}〕{round}{n:3}号", values)).toBe("临市监综查〔2026〕1007号");
    expect(formatNoticeNumber("{campaign}-{team}-{order:2}", values)).toBe("2026-CY-01-T02-03");
  });

  it("is unique in a campaign only with {n}, or with {team} and {order}", () => {
    expect(noticeNumberIsUnique("{code}〔{year}〕{n}号")).toBe(true);
    expect(noticeNumberIsUnique("{team}-{order:2}")).toBe(true);
    expect(noticeNumberIsUnique("{code}〔{year}〕{order}号")).toBe(false);
    expect(noticeNumberIsUnique("{code}〔{year}〕号")).toBe(false);
  });
});

describe("the DOCX keeps a date whole where Word or LibreOffice would break it", () => {
  it("breaks the line before a date (or document number) the paginator starts a line with, and nowhere else", async () => {
    const { docxText } = await import("../../src/orders/render-docx.js");
    const date = nowrap("2026年4月24日");
    expect(docxText(`于${date}至`, 12, { width: 8 * 12 + 1, indent: 0 })).toBe("于\n2026年4月24日至");
    expect(docxText(`于${date}至`, 12, { width: 40 * 12, indent: 0 })).toBe("于2026年4月24日至");
    // Latin letters and digits never break in Word: a credit code needs no help.
    expect(docxText(`代码${nowrap("91140821MA0C1QXK4B")}`, 12, { width: 10 * 12 + 1, indent: 0 })).toBe(
      "代码91140821MA0C1QXK4B",
    );
    expect(docxText("一二三四五六七八九十", 12, { width: 5 * 12 + 1, indent: 0 })).toBe("一二三四五六七八九十");
  });
});
