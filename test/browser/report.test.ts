import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { countPdfPages, runBrowser } from "../../src/orders/browser.js";
import { repoRoot, runCli } from "../helpers/run-cli.js";
import { cleanTemp, exampleDir, tempDir } from "../helpers/workspaces.js";
import { findTools, overflows, pdfPages, type Tools } from "./print-tools.js";

/**
 * `npm run test:browser`: the example's bulletin (2026Q2) printed by a real headless Chromium.
 * As many PDF pages as the HTML has sheets, each document numbering its own pages, nothing
 * overflowing its box; and a PNG of the chart sheets, kept in .scratch/ (ignored by git) for a person to see.
 */
const tools: Tools = findTools();
const ci = process.env.CI === "true";
const skip = !tools.browser && !ci;
if (skip) console.warn("test/browser/report skipped: no Chromium-family browser. In CI (CI=true) this is a failure.");

afterAll(cleanTemp);

describe.skipIf(skip)("the bulletin, printed", { timeout: 600_000 }, () => {
  const ws = join(tempDir(), "ws");
  cpSync(exampleDir, ws, { recursive: true, filter: (p) => !p.includes(`${sep}.checkonce${sep}cache`) });
  const out = join(tempDir(), "out");
  const run = runCli([
    "report",
    "--period",
    "2026Q2",
    "--as-of",
    "2026-06-10",
    "-w",
    ws,
    "--format",
    "html",
    "--out",
    out,
  ]);
  const htmlFile = join(out, "2026Q2.html");

  it("is written", () => {
    expect(run.status).toBe(0);
  });

  it("has one PDF page per sheet, each numbered in its document, and nothing overflows", () => {
    const html = readFileSync(htmlFile, "utf8");
    const sheets = [...html.matchAll(/data-document="(\w+)" data-page="(\d+)" data-pages="(\d+)"/g)];
    // The 通报 on one sheet, the annex tables, then the charts.
    expect(sheets.map((m) => m[1])[0]).toBe("summary");
    expect(sheets.some((m) => m[1] === "charts")).toBe(true);
    const pdf = join(out, "2026Q2.pdf");
    expect(runBrowser(tools.browser as string, htmlFile, { pdf })).toBeUndefined();
    expect(countPdfPages(readFileSync(pdf))).toBe(sheets.length);
    if (tools.pdftotext) {
      const pages = pdfPages(tools.pdftotext, pdf).map((p) => p.replace(/\s+/g, ""));
      sheets.forEach((m, i) => expect(pages[i]).toContain(`\u2014${m[2]}\u2014`));
      expect(pages[0]).toContain("减少对市场主体检查");
    }
    expect(overflows(tools.browser as string, htmlFile)).toEqual([]);
  });

  it("draws its charts (a PNG of the chart sheets in .scratch/report-charts.png)", () => {
    const html = readFileSync(htmlFile, "utf8");
    const charts = [...html.matchAll(/<section class="sheet[^"]*" data-document="charts"[\s\S]*?<\/section>/g)].map(
      (m) => m[0],
    );
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.join("")).toContain("<svg");
    const only = html.replace(/<body>[\s\S]*<\/body>/, `<body>\n${charts.join("\n")}\n</body>`);
    const dir = join(tempDir(), "shot");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "charts.html"), only);
    const pngDir = join(repoRoot, ".scratch");
    mkdirSync(pngDir, { recursive: true });
    const png = join(pngDir, "report-charts.png");
    // Landscape A4 at 96 dpi is 1123 × 794 px a sheet; the screen style adds a margin around each.
    expect(
      runBrowser(tools.browser as string, join(dir, "charts.html"), {
        screenshot: png,
        width: 1180,
        height: 870 * charts.length,
      }),
    ).toBeUndefined();
    expect(readFileSync(png).subarray(1, 4).toString("latin1")).toBe("PNG");
  });
});
