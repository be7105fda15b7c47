import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countPdfPages, runBrowser } from "../../src/orders/browser.js";
import type { OrdersDocument } from "../../src/orders/document.js";
import { paginate } from "../../src/orders/paginate.js";
import { compactStyle } from "../../src/orders/page-styles.js";
import { renderDocx } from "../../src/orders/render-docx.js";
import { CAMPAIGN, cleanTemp, cli, drawnExample, folderHashes, outDir, tempDir } from "../orders/helpers.js";
import {
  docxToPdf,
  findTools,
  overflows,
  pdfFontNames,
  pdfPagePng,
  pdfPages,
  readmeFontconfig,
  type Tools,
} from "./print-tools.js";

/**
 * `npm run test:browser` (not part of `npm test`): every document of the example campaign printed
 * as a county office prints it, and read back as a person reads it. The HTML goes to PDF through
 * a real headless Chromium (the tool's own `--format pdf`), the DOCX through LibreOffice headless;
 * for both, each file has exactly as many pages as its sheets, each document numbers its own
 * pages, and in the browser nothing overflows its box. Under CI=true a missing program fails.
 */

const tools: Tools = findTools();
const ci = process.env.CI === "true";
const skip = tools.missing.length > 0 && !ci;
if (skip) console.warn(`test/browser skipped: missing ${tools.missing.join("; ")}. In CI (CI=true) this is a failure.`);

describe("the programs the documents are printed with", () => {
  it.runIf(ci)("are all installed in CI", () => {
    expect(tools.missing).toEqual([]);
  });
});

interface Sheet {
  document: string;
  page: number;
  pages: number;
}

/** Each sheet of an HTML file, in order: which document, its page number and page count. */
function sheetsOf(html: string): Sheet[] {
  return [...html.matchAll(/data-document="(\w+)" data-page="(\d+)" data-pages="(\d+)"/g)].map((m) => ({
    document: m[1] ?? "",
    page: Number(m[2]),
    pages: Number(m[3]),
  }));
}

/** The page number a sheet prints, as pdftotext reads it back (spaces dropped). */
const numberText = (sheet: Sheet, style: "dash" | "of", lang: "zh" | "en") =>
  style === "dash"
    ? `\u2014${sheet.page}\u2014`
    : lang === "zh"
      ? `第${sheet.page}页共${sheet.pages}页`
      : `page${sheet.page}of${sheet.pages}`;

const squeeze = (s: string) => s.replace(/\s+/g, "");

interface Variant {
  name: string;
  lang: "zh" | "en";
  profile: "gbt9704" | "compact";
}

const variants: Variant[] = [
  { name: "zh-gbt9704", lang: "zh", profile: "gbt9704" },
  { name: "zh-compact", lang: "zh", profile: "compact" },
  { name: "en-gbt9704", lang: "en", profile: "gbt9704" },
];

describe.skipIf(skip)("the example campaign, printed", { timeout: 600_000 }, () => {
  let ws: string;
  const out: Record<string, string> = {};
  const docxPdf: Record<string, string> = {};
  const env = () => ({ CHECKONCE_BROWSER: tools.browser ?? "" });

  beforeAll(() => {
    ws = drawnExample();
    for (const v of variants) {
      const copy = join(tempDir(), "ws");
      cpSync(ws, copy, { recursive: true });
      const config = join(copy, "checkonce.yaml");
      writeFileSync(config, readFileSync(config, "utf8").replace(/^ {2}profile: gbt9704$/m, `  profile: ${v.profile}`));
      const run = cli(["orders", CAMPAIGN, "--format", "docx,html,pdf"], copy, { lang: v.lang, env: env() });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      out[v.name] = outDir(copy);
      const pdfs = join(tempDir(), "docx-pdf");
      mkdirSync(pdfs);
      const docx = readdirSync(outDir(copy))
        .filter((n) => n.endsWith(".docx"))
        .map((n) => join(outDir(copy), n));
      docxToPdf(tools.soffice ?? "soffice", docx, pdfs);
      docxPdf[v.name] = pdfs;
    }
  }, 600_000);
  afterAll(cleanTemp);

  describe.each(variants)("$name", (v) => {
    const htmls = () =>
      readdirSync(out[v.name] ?? "")
        .filter((n) => n.endsWith(".html"))
        .sort();
    const style = (document: string) =>
      v.profile === "gbt9704" || document === "notice" ? (v.profile === "gbt9704" ? "dash" : "of") : "of";

    it("six files; every HTML prints (Chromium) and every DOCX converts (LibreOffice) to as many pages as it has sheets", () => {
      expect(htmls().length).toBe(6);
      const counts: string[] = [];
      for (const html of htmls()) {
        const sheets = sheetsOf(readFileSync(join(out[v.name] ?? "", html), "utf8"));
        const base = html.replace(/\.html$/, "");
        const chromium = countPdfPages(readFileSync(join(out[v.name] ?? "", `${base}.pdf`)));
        const libreoffice = countPdfPages(readFileSync(join(docxPdf[v.name] ?? "", `${base}.pdf`)));
        counts.push(`${base}: ${sheets.length} sheets, Chromium ${chromium}, LibreOffice ${libreoffice}`);
        expect(chromium, `${html} in Chromium`).toBe(sheets.length);
        expect(libreoffice, `${base}.docx in LibreOffice`).toBe(sheets.length);
      }
      console.log(`${v.name}:\n  ${counts.join("\n  ")}`);
    });

    it("each document fits the sheets it is meant for: cover, checklist, summary and list on one; a record on two at most", () => {
      for (const html of htmls()) {
        const sheets = sheetsOf(readFileSync(join(out[v.name] ?? "", html), "utf8"));
        const lengths = new Map<string, number[]>();
        for (const s of sheets)
          if (s.page === 1) lengths.set(s.document, [...(lengths.get(s.document) ?? []), s.pages]);
        for (const kind of ["cover", "checklist", "summary", "publication"])
          for (const n of lengths.get(kind) ?? []) expect(n, `${html}: ${kind}`).toBe(1);
        for (const n of lengths.get("record") ?? []) expect(n, `${html}: record`).toBeLessThanOrEqual(2);
        for (const n of lengths.get("notice") ?? [])
          // zh: one sheet compact, two in GB/T 9704 (tighter lines rather than a sheet of seals); en runs longer.
          expect(n, `${html}: notice`).toBeLessThanOrEqual(v.lang === "en" ? 3 : v.profile === "compact" ? 1 : 2);
      }
    });

    it("each document numbers its own pages, in the browser's PDF and in LibreOffice's", () => {
      for (const html of htmls()) {
        const sheets = sheetsOf(readFileSync(join(out[v.name] ?? "", html), "utf8"));
        const base = html.replace(/\.html$/, "");
        for (const [source, pdf] of [
          ["Chromium", join(out[v.name] ?? "", `${base}.pdf`)],
          ["LibreOffice", join(docxPdf[v.name] ?? "", `${base}.pdf`)],
        ] as const) {
          const pages = pdfPages(tools.pdftotext ?? "pdftotext", pdf);
          expect(pages.length).toBe(sheets.length);
          sheets.forEach((s, i) => {
            const foot = squeeze(pages[i] ?? "").slice(-160);
            expect(foot, `${source} ${base} page ${i + 1}`).toContain(numberText(s, style(s.document), v.lang));
          });
        }
      }
    });

    it("nothing overflows its box in the browser: no sheet, no table cell, no identifier broken over two lines", () => {
      for (const html of htmls())
        expect(overflows(tools.browser ?? "", join(out[v.name] ?? "", html)), html).toEqual([]);
    });

    it("the tool and the record's path appear on the team's cover and the summary only", () => {
      for (const html of htmls()) {
        const base = html.replace(/\.html$/, "");
        const pages = pdfPages(tools.pdftotext ?? "pdftotext", join(docxPdf[v.name] ?? "", `${base}.pdf`));
        const sheets = sheetsOf(readFileSync(join(out[v.name] ?? "", html), "utf8"));
        sheets.forEach((s, i) => {
          const named = (pages[i] ?? "").includes("checkonce") || (pages[i] ?? "").includes("draws/");
          expect(named, `${base} page ${i + 1} (${s.document})`).toBe(
            s.document === "cover" || s.document === "summary",
          );
        });
      }
    });
  });

  it("A4 pages: portrait for the work orders, landscape for the list for publication, in both PDFs", () => {
    const boxes = (pdf: string) =>
      [...readFileSync(pdf, "latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) =>
        [Math.round(Number(m[1])), Math.round(Number(m[2]))].join("x"),
      );
    const zh = variants[0]?.name ?? "";
    for (const dir of [out[zh] ?? "", docxPdf[zh] ?? ""]) {
      expect(new Set(boxes(join(dir, `${CAMPAIGN}-T01-检查工作单.pdf`)))).toEqual(new Set(["595x842"]));
      expect(new Set(boxes(join(dir, `${CAMPAIGN}-抽查名单公示.pdf`)))).toEqual(new Set(["842x595"]));
    }
  });

  it("a PNG of the first page of every kind of document (kept in CHECKONCE_KEEP_PNG when set, to look at)", () => {
    const keep = process.env.CHECKONCE_KEEP_PNG;
    const dir = keep ?? tempDir();
    mkdirSync(dir, { recursive: true });
    const zh = variants[0]?.name ?? "";
    const t01 = readFileSync(join(out[zh] ?? "", `${CAMPAIGN}-T01-检查工作单.html`), "utf8");
    const firsts = sheetsOf(t01)
      .map((s, i) => ({ ...s, index: i + 1 }))
      .filter((s) => s.page === 1);
    for (const s of firsts)
      for (const [source, pdf] of [
        ["html", join(out[zh] ?? "", `${CAMPAIGN}-T01-检查工作单.pdf`)],
        ["docx", join(docxPdf[zh] ?? "", `${CAMPAIGN}-T01-检查工作单.pdf`)],
      ] as const) {
        const png = readFileSync(
          pdfPagePng(tools.pdftoppm ?? "", pdf, s.index, join(dir, `T01-${s.document}-${source}`)),
        );
        expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
        // 60 dpi A4 portrait: 496 × 702 pixels, give or take the rounding of each program.
        expect(Math.abs(png.readUInt32BE(16) - 496)).toBeLessThanOrEqual(1);
        expect(Math.abs(png.readUInt32BE(20) - 702)).toBeLessThanOrEqual(1);
      }
    const shot = join(dir, "T01-screenshot.png");
    expect(
      runBrowser(tools.browser ?? "", join(out[zh] ?? "", `${CAMPAIGN}-T01-检查工作单.html`), {
        screenshot: shot,
        width: 794,
        height: 1123,
      }),
    ).toBeUndefined();
    const bytes = readFileSync(shot);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([794, 1123]);
  });

  it("printing the same record again gives the same PDF bytes", () => {
    const again = join(tempDir(), "again");
    const run = cli(["orders", CAMPAIGN, "--format", "pdf", "--out", again], ws, { env: env() });
    expect(run.status).toBe(0);
    const first = folderHashes(out[variants[0]?.name ?? ""] ?? "");
    for (const [name, hash] of Object.entries(folderHashes(join(again, CAMPAIGN))))
      if (name.endsWith(".pdf")) expect(hash, name).toBe(first[name]);
  });
});

describe.skipIf(skip)("fonts in LibreOffice", { timeout: 300_000 }, () => {
  afterAll(cleanTemp);

  /** A one-sheet document of one block: what face LibreOffice gives 仿宋 (text) or 黑体 (a heading). */
  async function oneBlock(kind: "paragraph" | "heading"): Promise<Uint8Array> {
    const block =
      kind === "paragraph"
        ? { kind: "paragraph" as const, text: "根据实施方案开展联合执法检查。" }
        : { kind: "heading" as const, text: "一、检查组成员" };
    const doc: OrdersDocument = {
      id: "x",
      kind: "summary",
      fileBase: "x",
      lang: "zh",
      title: "x",
      pageLabel: "第 {page} 页 共 {pages} 页",
      date: "2026-04-13",
      sections: [
        {
          kind: "summary",
          style: compactStyle,
          continued: "",
          flow: [block],
          sheets: paginate([block], compactStyle, { continued: "", more: "" }),
        },
      ],
      sheet: { columns: [], rows: [] },
      data: {},
    };
    return renderDocx(doc);
  }

  it("with the README's fontconfig lines, the text prints in a serif face and the headings in a sans one", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "text.docx"), await oneBlock("paragraph"));
    writeFileSync(join(dir, "heading.docx"), await oneBlock("heading"));
    const conf = readmeFontconfig(dir);
    docxToPdf(tools.soffice ?? "", [join(dir, "text.docx"), join(dir, "heading.docx")], dir, {
      ...process.env,
      FONTCONFIG_FILE: conf,
    });
    const text = pdfFontNames(tools.pdffonts ?? "", join(dir, "text.pdf")).filter((f) => f.includes("CJK"));
    const heading = pdfFontNames(tools.pdffonts ?? "", join(dir, "heading.pdf")).filter((f) => f.includes("CJK"));
    expect(text.some((f) => f.startsWith("NotoSerifCJK"))).toBe(true);
    expect(text.some((f) => f.startsWith("NotoSansCJK"))).toBe(false);
    expect(heading.some((f) => f.startsWith("NotoSansCJK"))).toBe(true);
  });
});
