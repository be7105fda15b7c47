import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countPdfPages, findBrowser, runBrowser } from "../../src/orders/browser.js";
import { CAMPAIGN, cleanTemp, cli, drawnExample, folderHashes, outDir, tempDir } from "../orders/helpers.js";

/**
 * `npm run test:browser` (not part of `npm test`): the HTML work orders printed to PDF and PNG by a
 * real headless Chromium-family browser (Debian: apt-get install chromium). Every <section> of the
 * HTML is one page of the model and must come out as exactly one sheet of A4: no page overflows,
 * no blank page in between.
 */

const found = findBrowser({
  env: process.env,
  platform: process.platform,
  exists: (p) => existsSync(p) && statSync(p).isFile(),
});
const browser = "path" in found ? found.path : undefined;
if (!browser) {
  const why =
    "missing" in found
      ? `${found.missing.variable}=${found.missing.path} does not exist`
      : "none" in found
        ? `none of ${found.none.join(", ")} exists`
        : "";
  console.warn(
    `test/browser skipped: no Chromium-family browser (${why}). Install one (Debian/Ubuntu: apt-get install chromium) or set CHECKONCE_BROWSER.`,
  );
}

describe.skipIf(!browser)(`PDF and PNG from the HTML, with ${browser ?? "no browser"}`, { timeout: 300_000 }, () => {
  let ws: string;
  let out: string;
  const env = () => ({ CHECKONCE_BROWSER: browser ?? "" });

  beforeAll(() => {
    ws = drawnExample();
    const run = cli(["orders", CAMPAIGN, "--format", "html,pdf"], ws, { env: env() });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    out = outDir(ws);
  }, 300_000);
  afterAll(cleanTemp);

  it("every document prints to as many A4 pages as its HTML has page sections", () => {
    const htmls = readdirSync(out)
      .filter((n) => n.endsWith(".html"))
      .sort();
    expect(htmls.length).toBe(6);
    const pages: Record<string, [number, number]> = {};
    for (const html of htmls) {
      const sections = readFileSync(join(out, html), "utf8").split('<section class="page">').length - 1;
      const pdf = readFileSync(join(out, html.replace(/\.html$/, ".pdf")));
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      pages[html] = [sections, countPdfPages(pdf)];
    }
    for (const [html, [sections, printed]] of Object.entries(pages))
      expect(printed, `${html}: ${sections} sections, ${printed} pages`).toBe(sections);
    // A work order is a cover, then notice, checklist and record for each of its objects.
    expect(pages[`${CAMPAIGN}-T03-检查工作单.html`]).toEqual([16, 16]);
    expect(pages[`${CAMPAIGN}-T01-检查工作单.html`]).toEqual([4, 4]);
  });

  it("the PDF pages are A4 (595 × 842 pt)", () => {
    const pdf = readFileSync(join(out, `${CAMPAIGN}-T01-检查工作单.pdf`), "latin1");
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toEqual([595, 842]);
  });

  it("printing the same record again gives the same PDF bytes", () => {
    const run = cli(["orders", CAMPAIGN, "--format", "pdf", "--out", join(ws, "again")], ws, { env: env() });
    expect(run.status).toBe(0);
    const again = folderHashes(join(ws, "again", CAMPAIGN));
    const first = folderHashes(out);
    for (const [name, hash] of Object.entries(again)) if (name.endsWith(".pdf")) expect(hash, name).toBe(first[name]);
  });

  it("a screenshot (PNG) of the first page", () => {
    const png = join(tempDir(), "T01.png");
    const problem = runBrowser(browser ?? "", join(out, `${CAMPAIGN}-T01-检查工作单.html`), {
      screenshot: png,
      width: 794,
      height: 1123,
    });
    expect(problem).toBeUndefined();
    const bytes = readFileSync(png);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(10_000);
    // Width and height from the IHDR chunk.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([794, 1123]);
  });
});
