import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { computeReport, type LedgerState } from "../../src/report/compute-report.js";
import { parsePeriod, type Period } from "../../src/report/period.js";
import { reportView } from "../../src/report/report-view.js";
import { renderReportFiles, renderReportTable } from "../../src/report/write-report.js";
import { handModel, handWorkspace } from "./hand-counted.js";

const ok: LedgerState = { chain: [], records: { C1: [] } };
const period = (s: string) => parsePeriod(s) as Period;
const ws = handWorkspace();
const report = (p = "2026Q2", asOf = "2026-06-30", ledger = ok) =>
  computeReport(ws, handModel(ws), ledger, period(p), asOf);

describe("periods", () => {
  it("reads quarters, halves and years, and nothing else", () => {
    expect(parsePeriod("2026Q2")).toMatchObject({ from: "2026-04-01", to: "2026-06-30", quarters: [2] });
    expect(parsePeriod("2026H2")).toMatchObject({ from: "2026-07-01", to: "2026-12-31", quarters: [3, 4] });
    expect(parsePeriod("2026")).toMatchObject({ from: "2026-01-01", to: "2026-12-31", kind: "year" });
    for (const bad of ["2026Q5", "2026H3", "26Q1", "2026-Q1", "", "Q1"]) expect(parsePeriod(bad)).toBeUndefined();
  });
});

describe("the hand-counted workspace, 2026Q2 as of 2026-06-30", () => {
  const r = report();
  const a = r.departments.find((d) => d.department === "A");
  const b = r.departments.find((d) => d.department === "B");

  it("annual plans: A filed 2026-01-20 (by 31 January) but not copied to C; B filed none", () => {
    // I1's joint departments are B and C; P-A.copiedTo is [B].
    expect(a?.plan).toEqual({
      id: "P-A",
      filedOn: "2026-01-20",
      onTime: true,
      missingCopies: ["C"],
      copiedToAll: false,
    });
    expect(b?.plan).toMatchObject({ id: null, filedOn: null, onTime: false });
    expect(r.totals.plansOnTime).toBe(1);
    expect(r.totals.plansCopied).toBe(0);
  });

  it("campaigns and objects by tier", () => {
    // C1 starts 2026-04-13 (Q2), C2 2026-07-06 (Q3): 1 planned, held (results entered).
    expect(a?.campaigns).toEqual({ planned: 1, held: 1 });
    expect(b?.campaigns).toEqual({ planned: 0, held: 0 });
    // Strata: focus toDraw 2 (O1, O2 selected), general toDraw 1 (O3).
    expect(a?.objects.calledFor).toEqual({ trusted: 0, general: 1, focus: 2, total: 3 });
    expect(a?.objects.drawn).toEqual({ trusted: 0, general: 1, focus: 2, total: 3 });
    // O2 replaced by O4 (a focus reserve): inspected O1, O4 (focus), O3 (general).
    expect(a?.objects.inspected).toEqual({ trusted: 0, general: 1, focus: 2, total: 3 });
  });

  it("results on time on the working-day calendar", () => {
    // Due: team T-1 has A, B, C (O1, O4), team T-2 A, B (O3): 3 + 3 + 2 = 8 results.
    // Entry within 10 working days: 04-14 → 04-28, 04-15 → 04-29, 04-16 → 04-30 (May Day 05-01..05, 05-09 a workday).
    // Late: A's O4 entered 05-20 > 04-30. Missing: C's O4, due 10 working days after the end 04-17 → 05-06 < 06-30: overdue.
    expect(a?.results).toEqual({ expected: 8, onTime: 6, late: 1, pending: 0, overdue: 1, unknownYear: 0 });
  });

  it("outcomes, rectifications and publication", () => {
    // no-problem: A O1, C O1, A O3; rectification-ordered: B O1, B O3; rectified on site A O4; case B O4.
    expect(a?.outcomes).toMatchObject({
      "no-problem": 3,
      "rectification-ordered": 2,
      "rectified-on-site": 1,
      "case-opened": 1,
      "not-inspectable": 0,
    });
    // B O1 re-inspected rectified 05-06: closed. B O3 deadline 05-15, re-inspection due 10 working days later
    // (05-29) and none by 06-30: overdue.
    expect(a?.rectifications).toEqual({ ordered: 2, due: 0, overdue: 1, escalated: 0, closed: 1 });
    // Published 05-10: O1's three results (due 05-14 and 05-15): on time. The four others (due 05-18/05-19): overdue.
    expect(a?.publication).toEqual({ onTime: 3, late: 0, pending: 0, overdue: 4 });
  });

  it("redraws and substitutions with their reasons", () => {
    expect(a?.redraws).toEqual([{ campaign: "C1", attempt: 2, reason: "抽取时断电，重新抽取" }]);
    expect(a?.substitutions).toEqual([{ campaign: "C1", object: "O2", replacement: "O4", reason: "已歇业" }]);
  });

  it("visits saved", () => {
    // O1: A, B on 04-14 and C on 04-15: 3 separate visits, 2 made, 1 saved.
    // O4: A, B on 04-16: 2 separate, 1 made, 1 saved. O3: A, B on 04-17: 2, 1, 1.
    // County: 7 separate, 4 joint, 3 saved.
    expect(r.visits.county).toEqual({ separate: 7, joint: 4, saved: 3 });
    expect(a?.visits).toEqual({ separate: 7, joint: 4, saved: 3 });
    // A and B were together on each of their three visits; C came alone to O1 on 04-15.
    expect(r.visits.byDepartment).toEqual([
      { department: "A", name: "A", inspected: 3, joint: 3 },
      { department: "B", name: "B", inspected: 3, joint: 3 },
      { department: "C", name: "C", inspected: 1, joint: 0 },
    ]);
  });

  it("objects visited more than once, and by whom", () => {
    // O1: 04-14 by A and B, 04-15 by C. O3: 04-17 by A and B, 05-20 by the upper-level body U.
    expect(r.visits.repeated).toEqual([
      {
        object: "O1",
        name: "对象O1",
        visits: [
          { date: "2026-04-14", campaign: "C1", by: ["A", "B"] },
          { date: "2026-04-15", campaign: "C1", by: ["C"] },
        ],
      },
      {
        object: "O3",
        name: "对象O3",
        visits: [
          { date: "2026-04-17", campaign: "C1", by: ["A", "B"] },
          { date: "2026-05-20", campaign: null, by: ["U"] },
        ],
      },
    ]);
  });

  it("townships", () => {
    // T1: O1 and O4 inspected; staff t1 with A on 04-14 (one county-township visit); C1 requested by T1 (3 objects).
    // T2: O3, staff t2 with A on 04-17.
    expect(r.townships).toEqual([
      {
        township: "T1",
        name: "T1",
        inspected: 2,
        jointWithCounty: 1,
        staff: 1,
        requestedCampaigns: 1,
        requestedInspected: 3,
      },
      {
        township: "T2",
        name: "T2",
        inspected: 1,
        jointWithCounty: 1,
        staff: 1,
        requestedCampaigns: 0,
        requestedInspected: 0,
      },
    ]);
  });

  it("integrity: two draws, committed (line 1) before the seed (line 3), verifies; a failed verification is said", () => {
    expect(r.integrity).toEqual([
      {
        campaign: "C1",
        name: "第一轮",
        lead: "A",
        drawn: true,
        attempts: 2,
        draws: 2,
        committedBeforeSeed: true,
        verifies: true,
        problems: [],
      },
    ]);
    const bad = report("2026Q2", "2026-06-30", { chain: [], records: { C1: ["ledger: the record was edited"] } });
    expect(bad.integrity[0]).toMatchObject({ verifies: false, problems: ["ledger: the record was edited"] });
  });

  it("the trend runs quarter by quarter up to the period", () => {
    expect(r.trend).toEqual([
      { period: "2026Q1", campaignsHeld: 0, inspected: 0, visits: { separate: 0, joint: 0, saved: 0 } },
      { period: "2026Q2", campaignsHeld: 1, inspected: 3, visits: { separate: 7, joint: 4, saved: 3 } },
    ]);
  });

  it("the year counts C2 as planned, not held; as of 2026-04-16 only what was entered by then counts", () => {
    expect(report("2026").departments.find((d) => d.department === "A")?.campaigns).toEqual({ planned: 2, held: 1 });
    const early = report("2026Q2", "2026-04-16");
    // By 04-16: A O1 (04-15), B O1 (04-16), C O1 (04-16) entered; O4, O3 entries not yet due.
    expect(early.totals.results).toMatchObject({ onTime: 3, overdue: 0, pending: 5 });
    expect(early.visits.county).toEqual({ separate: 3, joint: 2, saved: 1 });
  });
});

describe("a period with no activity", () => {
  it("gives zeros, not an error", () => {
    const r = report("2026Q1");
    expect(r.totals.campaigns).toEqual({ planned: 0, held: 0 });
    expect(r.visits.county).toEqual({ separate: 0, joint: 0, saved: 0 });
    expect(r.totals.results.expected).toBe(0);
    expect(r.integrity).toEqual([]);
    expect(r.townships.every((t) => t.inspected === 0)).toBe(true);
    expect(renderReportTable(r, "zh", false)).toContain("无");
  });
});

describe("every format carries the same numbers", () => {
  it("JSON, CSV, Markdown, HTML text, DOCX XML and the terminal", async () => {
    const r = report();
    const files = await renderReportFiles(r, "zh", ["md", "html", "docx", "json", "csv"]);
    const get = (ext: string) => files.find((f) => f.name === `2026Q2.${ext}`)?.bytes as Uint8Array;
    const text = (ext: string) => new TextDecoder().decode(get(ext));
    expect(JSON.parse(text("json"))).toEqual(JSON.parse(JSON.stringify(r)));
    // CSV: one figure a row; the county's visits saved and every department's figures as in JSON.
    const rows = text("csv")
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n")
      .map((l) => l.split(","));
    const fact = (section: string, key: string, measure: string) =>
      rows.find((x) => x[0] === section && x[1] === key && x[3] === measure)?.[4];
    expect(fact("county", "county", "visits.saved")).toBe("3");
    expect(fact("county", "county", "visits.separate")).toBe("7");
    expect(fact("department", "A", "results.onTime")).toBe("6");
    expect(fact("department", "A", "rectifications.overdue")).toBe("1");
    expect(fact("township", "T1", "requestedInspected")).toBe("3");
    expect(fact("repeated", "O1", "visits")).toBe("2");
    expect(fact("integrity", "C1", "committedBeforeSeed")).toBe("TRUE");
    // The text formats: every cell of every table of the view, in each.
    const zip = await JSZip.loadAsync(get("docx"));
    const docxText = ((await zip.file("word/document.xml")?.async("string")) ?? "").replace(/<[^>]+>/g, "");
    const htmlText = text("html")
      .replace(/<[^>]+>/g, "")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
    const md = text("md");
    const terminal = renderReportTable(r, "zh", false);
    const view = reportView(r, "zh");
    for (const t of view.tables)
      for (const row of t.rows)
        for (const cell of row) {
          if (cell === "") continue;
          expect(md, `${t.id}: ${cell}`).toContain(cell);
          expect(htmlText, `${t.id}: ${cell}`).toContain(cell);
          expect(docxText, `${t.id}: ${cell}`).toContain(cell);
          expect(terminal, `${t.id}: ${cell}`).toContain(cell);
        }
    for (const p of view.summary) {
      expect(htmlText).toContain(p.slice(0, 20));
      expect(md).toContain(p);
    }
    // The charts are in the HTML, as inline SVG, with no script.
    expect(text("html")).toContain("<svg");
    expect(text("html")).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });
});
