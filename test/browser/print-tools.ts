import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { browserArgs, findBrowser } from "../../src/orders/browser.js";

/**
 * The real programs the browser tests print with: a Chromium-family browser, LibreOffice (DOCX to
 * PDF) and poppler's pdftotext, pdffonts and pdftoppm (reading the PDFs as a person would). Under
 * CI=true a missing program fails the test; elsewhere the tests are skipped with the reason.
 */

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
const onPath = (name: string) =>
  (process.env.PATH ?? "")
    .split(delimiter)
    .map((d) => join(d, name))
    .find(isFile);

export interface Tools {
  browser?: string;
  soffice?: string;
  pdftotext?: string;
  pdffonts?: string;
  pdftoppm?: string;
  missing: string[];
}

export function findTools(): Tools {
  const found = findBrowser({ env: process.env, platform: process.platform, exists: isFile });
  const browser = "path" in found ? found.path : undefined;
  const soffice = process.env.CHECKONCE_SOFFICE ?? onPath("soffice") ?? onPath("libreoffice");
  const [pdftotext, pdffonts, pdftoppm] = ["pdftotext", "pdffonts", "pdftoppm"].map(onPath);
  const missing = [
    ...(browser ? [] : ["a Chromium-family browser (apt-get install chromium, or CHECKONCE_BROWSER)"]),
    ...(soffice ? [] : ["LibreOffice (apt-get install libreoffice-writer, or CHECKONCE_SOFFICE)"]),
    ...(pdftotext && pdffonts && pdftoppm ? [] : ["poppler-utils (pdftotext, pdffonts, pdftoppm)"]),
  ];
  return {
    ...(browser ? { browser } : {}),
    ...(soffice ? { soffice } : {}),
    ...(pdftotext ? { pdftotext } : {}),
    ...(pdffonts ? { pdffonts } : {}),
    ...(pdftoppm ? { pdftoppm } : {}),
    missing,
  };
}

const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 240_000, env, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return r;
};

/** DOCX files to PDF with LibreOffice headless, in a throwaway profile (two at once would share one otherwise). */
export function docxToPdf(
  soffice: string,
  files: string[],
  outDir: string,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const profile = mkdtempSync(join(tmpdir(), "checkonce-soffice-"));
  try {
    const r = run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        ...files,
      ],
      env,
    );
    if (r.status !== 0) throw new Error(`soffice exited ${r.status}: ${r.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** The text of each page of a PDF, as pdftotext lays it out. */
export function pdfPages(pdftotext: string, pdf: string): string[] {
  const r = run(pdftotext, ["-layout", pdf, "-"]);
  if (r.status !== 0) throw new Error(`pdftotext: ${r.stderr}`);
  const pages = r.stdout.split("\f");
  if (pages.at(-1)?.trim() === "") pages.pop();
  return pages;
}

/** The font names of a PDF (pdffonts), subset prefixes removed. */
export function pdfFontNames(pdffonts: string, pdf: string): string[] {
  const r = run(pdffonts, [pdf]);
  return r.stdout
    .split("\n")
    .slice(2)
    .map((l) => l.split(/\s+/)[0] ?? "")
    .filter((n) => n !== "")
    .map((n) => n.replace(/^[A-Z]{6}\+/, ""));
}

/** Page `page` of a PDF as a PNG (pdftoppm), for a person to look at. */
export function pdfPagePng(pdftoppm: string, pdf: string, page: number, outBase: string): string {
  run(pdftoppm, ["-r", "60", "-png", "-singlefile", "-f", String(page), "-l", String(page), pdf, outBase]);
  return `${outBase}.png`;
}

export interface Overflow {
  sheet: number;
  what: "area" | "cell" | "nowrap";
  text?: string;
  by?: number;
}

/**
 * Lays an HTML file out in the browser and reports what does not fit: a sheet's text area taller
 * than its box, a table cell wider than its column, a no-wrap span broken over two lines. The
 * probe is added to a copy of the file only; the documents themselves carry no script.
 */
export function overflows(browser: string, htmlFile: string): Overflow[] {
  const probe = `<script>
document.fonts.ready.then(() => {
  const out = [];
  document.querySelectorAll("section.sheet").forEach((sheet, i) => {
    const area = sheet.querySelector(".area");
    if (area.scrollHeight > area.clientHeight + 1) out.push({ sheet: i + 1, what: "area", by: area.scrollHeight - area.clientHeight });
    sheet.querySelectorAll("td, th").forEach((c) => {
      if (c.scrollWidth > c.clientWidth + 1) out.push({ sheet: i + 1, what: "cell", text: c.textContent.slice(0, 40), by: c.scrollWidth - c.clientWidth });
    });
    sheet.querySelectorAll(".nw").forEach((s) => {
      if (s.getClientRects().length > 1) out.push({ sheet: i + 1, what: "nowrap", text: s.textContent });
    });
  });
  const pre = document.createElement("pre");
  pre.textContent = "CHECKONCE-PROBE" + JSON.stringify(out) + "CHECKONCE-END";
  document.body.appendChild(pre);
});
</script>`;
  const dir = mkdtempSync(join(tmpdir(), "checkonce-probe-"));
  try {
    const copy = join(dir, "probe.html");
    writeFileSync(copy, readFileSync(htmlFile, "utf8").replace("</body>", `${probe}</body>`));
    const args = browserArgs(copy, { pdf: join(dir, "unused.pdf") }, join(dir, "profile"), process.getuid?.() === 0)
      .filter((a) => !a.startsWith("--print-to-pdf") && a !== "--no-pdf-header-footer")
      .slice(0, -1);
    const r = run(browser, [...args, "--virtual-time-budget=10000", "--dump-dom", pathToFileURL(copy).href]);
    const m = /CHECKONCE-PROBE(\[.*?\])CHECKONCE-END/.exec(r.stdout);
    if (!m) throw new Error(`no probe result from the browser: ${r.stderr.slice(-300)}`);
    return JSON.parse(m[1] ?? "[]") as Overflow[];
  } finally {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** The fontconfig lines the README gives Linux users: 仿宋 and 小标宋 to a serif CJK face, 黑体 to a sans one. */
export function readmeFontconfig(dir: string): string {
  const conf = join(dir, "fonts.conf");
  const alias = (from: string, to: string) =>
    `  <alias binding="same"><family>${from}</family><prefer><family>${to}</family></prefer></alias>`;
  writeFileSync(
    conf,
    [
      `<?xml version="1.0"?>`,
      `<!DOCTYPE fontconfig SYSTEM "fonts.dtd">`,
      `<fontconfig>`,
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>`,
      ...["仿宋", "FangSong", "方正小标宋简体"].map((f) => alias(f, "Noto Serif CJK SC")),
      ...["黑体", "SimHei"].map((f) => alias(f, "Noto Sans CJK SC")),
      `</fontconfig>`,
      ``,
    ].join("\n"),
  );
  return conf;
}
