import { describe, expect, it } from "vitest";
import { decodeCsv, parseCsv, resultsFromCsv } from "../../src/results/import-csv.js";
import type { Workspace } from "../../src/registries/model.js";

const ws = {
  departments: [
    {
      value: { id: "scjgj", name: "临猗县市场监督管理局", shortName: "县市场监管局", kind: "county" },
      file: "",
      pointer: "",
    },
  ],
} as unknown as Workspace;

describe("CSV of results", () => {
  it("parses quoted fields with commas, quotes and line breaks, CRLF and a BOM", () => {
    expect(parseCsv('\ufeffa,b\r\n"x, ""y""","line\nbreak"\r\n\r\n')).toEqual([
      ["a", "b"],
      ['x, "y"', "line\nbreak"],
    ]);
  });
  it("reads GB 18030 as saved by Excel on a Chinese Windows", () => {
    const gbk = Uint8Array.from([0xb2, 0xe9, 0xd2, 0xbb, 0xb4, 0xce]); // 查一次
    expect(decodeCsv(gbk)).toBe("查一次");
    expect(decodeCsv(new TextEncoder().encode("查一次"))).toBe("查一次");
  });
  it("takes Chinese headers and words, department names, and Excel's guards", () => {
    const rows = parseCsv(
      [
        "工作方案,部门,统一社会信用代码,检查日期,检查记录单,处理结果,整改期限,发现的问题",
        '2026-CY-01,县市场监管局,="92140821MA0RC8RA27",2026/04/15,已签字,责令限期整改,2026-05-06,"后厨未设置防鼠设施"',
      ].join("\r\n"),
    );
    const out = resultsFromCsv(ws, rows, { today: "2026-04-16" });
    expect(out.problems).toEqual([]);
    expect(out.campaign).toBe("2026-CY-01");
    expect(out.incoming).toEqual([
      {
        department: "scjgj",
        source: "row 2",
        values: {
          object: "92140821MA0RC8RA27",
          inspectedOn: "2026-04-15",
          enteredOn: "2026-04-16",
          deadline: "2026-05-06",
          outcome: "rectification-ordered",
          signature: "signed",
          findings: "后厨未设置防鼠设施",
        },
      },
    ]);
  });
  it("names the row and the column of every problem", () => {
    const rows = parseCsv("部门,统一社会信用代码,检查日期,处理结果,颜色\nnobody,X,2026-13-01,很好,红\n");
    const out = resultsFromCsv(ws, rows, { campaign: "C", today: "2026-04-16" });
    expect(out.problems.map((p) => [p.row, p.column, p.code])).toEqual([[1, "颜色", "csv-unknown-column"]]);
    const body = resultsFromCsv(ws, parseCsv("部门,统一社会信用代码,检查日期,处理结果\nnobody,X,2026-13-01,很好\n"), {
      campaign: "C",
      today: "2026-04-16",
    });
    expect(body.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, "部门", "unknown-department"],
      [2, "检查日期", "csv-bad-date"],
      [2, "处理结果", "csv-bad-choice"],
    ]);
  });
});
