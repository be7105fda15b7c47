import { describe, expect, it } from "vitest";
import fc from "fast-check";
import iconv from "iconv-lite";
import { decodeSpreadsheetText, parseEncodingName } from "../../src/spreadsheets/decode.js";
import { parseCsv } from "../../src/spreadsheets/csv-read.js";
import { csvField, encodeCsv, excelWouldConvert, protectCell, toCsv, unprotectCell } from "../../src/util/csv-write.js";
import { cellText, columnLetter } from "../../src/spreadsheets/sheet.js";

const header = "统一社会信用代码,单位名称,地址\r\n91140821MA0C1QXK4B,临猗县某某饭店,猗氏镇1号\r\n";

describe("decoding: every encoding a Chinese Windows saves", () => {
  it("UTF-8 without a BOM", () => {
    const r = decodeSpreadsheetText(new TextEncoder().encode(header));
    expect(r).toMatchObject({ ok: true, encoding: "utf-8", bom: false, text: header });
  });
  it("UTF-8 with a BOM (Excel's “CSV UTF-8”): the BOM is dropped", () => {
    const r = decodeSpreadsheetText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(header)]));
    expect(r).toMatchObject({ ok: true, encoding: "utf-8", bom: true, text: header });
  });
  it("GBK (Excel and WPS “CSV” on Chinese Windows) is detected", () => {
    const r = decodeSpreadsheetText(iconv.encode(header, "gbk"));
    expect(r).toMatchObject({ ok: true, encoding: "gb18030", text: header });
  });
  it("GB18030 four-byte characters (outside GBK) are read too", () => {
    const text = "名称\r\n𠀀记饭店\r\n";
    expect(decodeSpreadsheetText(iconv.encode(text, "gb18030"))).toMatchObject({ ok: true, text });
  });
  it("UTF-16 with a BOM (Excel's “Unicode text”)", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header, "utf16le")]);
    expect(decodeSpreadsheetText(bytes)).toMatchObject({ ok: true, encoding: "utf-16le", text: header });
  });
  it("--encoding gbk reads GBK; --encoding utf-8 on GBK bytes names the first bad line", () => {
    const bytes = iconv.encode("a,b\r\n1,2\r\n临猗,3\r\n", "gbk");
    expect(decodeSpreadsheetText(bytes, "gbk")).toMatchObject({ ok: true, text: "a,b\r\n1,2\r\n临猗,3\r\n" });
    expect(decodeSpreadsheetText(bytes, "utf-8")).toEqual({
      ok: false,
      code: "import-encoding-mismatch",
      params: { encoding: "utf-8", line: 3 },
    });
  });
  it("a BOM contradicting --encoding is refused", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61]);
    expect(decodeSpreadsheetText(bytes, "gbk")).toMatchObject({ ok: false, code: "import-encoding-bom" });
  });
  it("encoding names as users type them", () => {
    expect(parseEncodingName("GBK")).toBe("gbk");
    expect(parseEncodingName("GB2312")).toBe("gbk");
    expect(parseEncodingName("utf8")).toBe("utf-8");
    expect(parseEncodingName("latin1")).toBeUndefined();
  });
});

describe("CSV reading (RFC 4180 as Excel writes it)", () => {
  const rows = (text: string) => parseCsv(text, "s").sheet.rows.map((r) => r.cells.map(cellText));
  it("quoted fields hold commas, doubled quotes and line breaks; a row keeps its number", () => {
    const { sheet, problems } = parseCsv('a,b\r\n"x, y","say ""hi""\nsecond line"\r\nlast,1\r\n', "s");
    expect(problems).toEqual([]);
    expect(sheet.rows.map((r) => [r.row, ...r.cells.map(cellText)])).toEqual([
      [1, "a", "b"],
      [2, "x, y", 'say "hi"\nsecond line'],
      [3, "last", "1"],
    ]);
  });
  it("LF line ends, a tab delimiter, blank lines at the end", () => {
    expect(rows("a\tb\n1\t2\n\n\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
  it("a quote inside an unquoted field is text, as in Excel", () => {
    expect(rows('a,b\n12"3,x\n')).toEqual([
      ["a", "b"],
      ['12"3', "x"],
    ]);
  });
  it("an unclosed quote is reported with the line it opened on", () => {
    expect(parseCsv('a,b\n1,2\n3,"never closed\nmore\n', "s").problems).toEqual([
      { code: "import-csv-quote", line: 3, row: 3 },
    ]);
  });
  it('our own ="…" text cells read back as their text', () => {
    expect(rows('id,n\n="911408215189742053","=""=1+1"""\n')).toEqual([
      ["id", "n"],
      ["911408215189742053", "=1+1"],
    ]);
  });
});

describe("the writing rule: Excel shows every cell exactly as written, nothing runs", () => {
  it.each([
    ["911408215189742053", '="911408215189742053"'], // credit code, all digits
    ["14082120220081", '="14082120220081"'], // certificate number
    ["10090881612", '="10090881612"'], // phone
    ["0359", '="0359"'], // leading zero
    ["12345", '="12345"'], // five digits: could be an id
    ["2026-03-01", '="2026-03-01"'], // a date Excel would convert
    ["2026年3月1日", '="2026年3月1日"'],
    ["1.5E+3", '="1.5E+3"'],
    ["=1+1", '="=1+1"'],
    ["+86 100", '="+86 100"'],
    ["-", '="-"'],
    ["@SUM(A1)", '="@SUM(A1)"'],
    ["\tx", '=CHAR(9)&"x"'],
    ["\rx", '=CHAR(13)&"x"'],
    ['=HYPERLINK("http://x","y")', '="=HYPERLINK(""http://x"",""y"")"'],
  ])("%j → %s", (text, field) => {
    expect(protectCell(text)).toBe(field);
    expect(unprotectCell(field)).toBe(text);
  });
  it.each([
    "91140821MA0C1QXK4B",
    "临猗县某某饭店",
    "scjgj-001",
    "1",
    "2026",
    "0",
    "CY-01/general",
    "2026-03-01 ~ 2026-03-10",
    "e5",
    "",
  ])("%j is left alone", (text) => expect(protectCell(text)).toBe(text));
  it("what Excel converts, and what it does not", () => {
    for (const t of ["12", "-3.5", "1,234", "12%", "3/1", "1-2", "12:30", "Mar-26", "TRUE", "(12)", "¥12"])
      expect(excelWouldConvert(t), t).toBe(true);
    for (const t of ["12a", "A12", "第3组", "0359-4012345x", "CY-01"]) expect(excelWouldConvert(t), t).toBe(false);
  });
  it("a long dangerous text is split into 255-character literals", () => {
    const text = "=" + "字".repeat(600);
    const field = protectCell(text);
    expect(field.split("&")).toHaveLength(3);
    expect(unprotectCell(field)).toBe(text);
  });
  it("protect then unprotect gives back any string (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (s) => unprotectCell(protectCell(s)) === s),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.stringMatching(/^[=+\-@\t\r0-9年月日/.:\-"\n]{0,30}$/),
        (s) => unprotectCell(protectCell(s)) === s,
      ),
      { numRuns: 2000 },
    );
  });
  it("CSV fields: numbers plain, quoting where RFC 4180 needs it; a BOM and CRLF", () => {
    expect(csvField(3)).toBe("3");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("911408215189742053")).toBe('"=""911408215189742053"""');
    expect(
      toCsv([
        ["a", 1],
        [null, "x\ny"],
      ]),
    ).toBe('\ufeffa,1\r\n,"x\ny"\r\n');
  });
  it("GBK output, and a character GBK lacks refused with its line", () => {
    const ok = encodeCsv(toCsv([["名称"], ["临猗"]]), "gbk");
    expect(ok.ok && new TextDecoder("gbk").decode(ok.bytes)).toBe("名称\r\n临猗\r\n");
    expect(encodeCsv(toCsv([["名称"], ["𠀀记"]]), "gbk")).toEqual({ ok: false, char: "𠀀", line: 2 });
    expect(encodeCsv(toCsv([["𠀀记"]]), "gb18030").ok).toBe(true);
  });
  it("column letters as Excel shows them", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });
});
