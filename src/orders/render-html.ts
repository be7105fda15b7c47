import { fieldRows, type Block, type Field, type OrdersDocument } from "./document.js";
import { documentValue } from "../util/safe-text.js";

/** Family names only (no web fonts, nothing fetched): 仿宋 for text, 黑体 for headings, as offices print them. */
const bodyFonts = `"Times New Roman", "FangSong", "仿宋", "STFangsong", "FangSong_GB2312", "仿宋_GB2312", serif`;
const headingFonts = `"Arial", "SimHei", "黑体", "Heiti SC", "STHeiti", "Noto Sans CJK SC", sans-serif`;

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const text = (s: string) => escape(s).replace(/\n/g, "<br>");
/** A CSS string literal. */
const cssString = (s: string) =>
  `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\A ").replace(/</g, "\\3C ")}"`;

/** The page footer as CSS content: the document's footer, then "page N of M" from the page counters. */
function footerContent(doc: OrdersDocument): string {
  const parts = doc.pageLabel.split(/(\{page\}|\{pages\})/).filter((p) => p !== "");
  const label = parts
    .map((p) => (p === "{page}" ? "counter(page)" : p === "{pages}" ? "counter(pages)" : cssString(p)))
    .join(" ");
  return `${cssString(doc.footer + "    ")} ${label}`;
}

function style(doc: OrdersDocument): string {
  return `@page { size: A4; margin: 15mm 18mm 18mm 18mm; @bottom-center { content: ${footerContent(doc)}; font-family: ${bodyFonts}; font-size: 8pt; color: #333; } }
* { box-sizing: border-box; }
html { font-family: ${bodyFonts}; font-size: 12pt; line-height: 1.45; color: #000; }
body { margin: 0; }
h1, h2, h3, th, .label { font-family: ${headingFonts}; font-weight: normal; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 2pt; letter-spacing: 0.1em; }
.subtitle { text-align: center; font-size: 12pt; margin: 0 0 8pt; }
h2 { font-size: 14pt; margin: 8pt 0 4pt; }
h3 { font-size: 12pt; margin: 6pt 0 3pt; }
p { margin: 3pt 0; }
p.indent { text-indent: 2em; }
p.center { text-align: center; }
p.right { text-align: right; }
p.small { font-size: 10.5pt; line-height: 1.3; }
table { width: 100%; border-collapse: collapse; margin: 3pt 0 5pt; table-layout: fixed; font-size: 10.5pt; line-height: 1.3; }
th, td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #e7e7e7; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.fields th { background: #f3f3f3; }
td.blank { height: 8mm; }
td.write { height: 13mm; }
.space { border: 0.6pt solid #000; padding: 2pt 4pt; margin: 3pt 0 5pt; font-size: 10.5pt; break-inside: avoid; }
.space .line { height: 7mm; border-bottom: 0.4pt dotted #666; }
table.signatures td { height: 11mm; width: 50%; }
table.signatures .sign { margin-top: 4pt; white-space: nowrap; }
.banner { border: 1.5pt solid #c00; color: #c00; font-family: ${headingFonts}; text-align: center; padding: 2pt; margin: 0 0 6pt; }
.screen-footer { display: none; }
section.page { break-after: page; page-break-after: always; }
section.page:last-of-type { break-after: auto; page-break-after: auto; }
@media screen {
  body { background: #d9d9d9; padding: 8mm 0; }
  section.page { background: #fff; width: 210mm; min-height: 297mm; margin: 0 auto 8mm; padding: 15mm 18mm 18mm; box-shadow: 0 0 3mm rgba(0, 0, 0, 0.25); }
  .screen-footer { display: block; font-size: 8pt; color: #555; border-top: 0.4pt solid #999; margin-top: 8mm; padding-top: 2pt; }
}`;
}

function block(b: Block): string {
  switch (b.kind) {
    case "title":
      return `<h1>${text(b.text)}</h1>` + (b.subtitle ? `<p class="subtitle">${text(b.subtitle)}</p>` : "");
    case "heading":
      return `<h2>${text(b.text)}</h2>`;
    case "subheading":
      return `<h3>${text(b.text)}</h3>`;
    case "paragraph": {
      const cls = [b.indent ? "indent" : "", b.align && b.align !== "left" ? b.align : "", b.small ? "small" : ""]
        .filter((c) => c !== "")
        .join(" ");
      return `<p${cls ? ` class="${cls}"` : ""}>${text(b.text)}</p>`;
    }
    case "fields": {
      const value = (f: Field, span: number) =>
        `<td${span > 1 ? ` colspan="${span}"` : ""}${f.value === "" ? ` class="blank"` : ""}>${text(f.value)}</td>`;
      const cols = b.paired ? [16, 34, 16, 34] : [24, 76];
      const rows = fieldRows(b).map(
        (row) =>
          `<tr>${row.map((f) => `<th>${text(f.label)}</th>${value(f, row.length === 1 && b.paired ? 3 : 1)}`).join("")}</tr>`,
      );
      return `<table class="fields"><colgroup>${cols.map((w) => `<col style="width:${w}%">`).join("")}</colgroup><tbody>${rows.join("")}</tbody></table>`;
    }
    case "table": {
      const cols = b.columns.map((c) => `<col style="width:${c.width}%">`).join("");
      const head = `<thead><tr>${b.columns.map((c) => `<th>${text(c.title)}</th>`).join("")}</tr></thead>`;
      const rows = b.rows
        .map(
          (r) =>
            `<tr>${r.map((cell, i) => (b.writeIn && i === r.length - 1 ? `<td class="write">${text(cell)}</td>` : `<td>${text(cell)}</td>`)).join("")}</tr>`,
        )
        .join("");
      return `<table><colgroup>${cols}</colgroup>${head}<tbody>${rows}</tbody></table>`;
    }
    case "space":
      return `<div class="space"><div class="label">${text(b.label)}</div>${`<div class="line"></div>`.repeat(b.lines)}</div>`;
    case "signatures": {
      const cells = b.entries.map((e) => `<td>${text(e)}<div class="sign">${text(b.line)}</div></td>`);
      const rows: string[] = [];
      for (let i = 0; i < cells.length; i += 2) rows.push(`<tr>${cells[i] ?? ""}${cells[i + 1] ?? "<td></td>"}</tr>`);
      return `<table class="signatures"><tbody>${rows.join("")}</tbody></table>`;
    }
  }
}

/** A printable HTML file: A4, one <section> per page, no external assets, no script. */
export function renderHtml(input: OrdersDocument): string {
  // No character HTML forbids (controls, noncharacters, lone surrogates) reaches the file.
  const doc = documentValue(input);
  const banner = doc.banner ? `<p class="banner">${text(doc.banner)}</p>\n` : "";
  const pages = doc.pages
    .map(
      (p) =>
        `<section class="page">\n${banner}${p.blocks.map(block).join("\n")}\n<p class="screen-footer">${text(doc.footer)}</p>\n</section>`,
    )
    .join("\n");
  return `<!DOCTYPE html>
<html lang="${doc.lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(doc.title)}</title>
<style>
${style(doc)}
</style>
</head>
<body>
${pages}
</body>
</html>
`;
}
