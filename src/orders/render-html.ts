import {
  fieldRows,
  NOWRAP_END,
  NOWRAP_START,
  pageNumberText,
  plain,
  type Block,
  type DocSection,
  type Field,
  type OrdersDocument,
  pagedDocument,
} from "./document.js";
import { columnWidths, fieldWidths } from "./measure.js";
import { textArea, type PageStyle } from "./page-styles.js";

/**
 * Installed faces only, named by family and by local() (no web fonts, nothing fetched): 仿宋 for
 * text, 黑体 for headings, 小标宋 for a 公文's title, each followed by the serif or sans CJK face
 * Linux and macOS have, so that the text never falls back to a sans face where a serif belongs.
 */
const fontFaces = `@font-face { font-family: "CO FangSong"; src: local("FangSong"), local("仿宋"), local("STFangsong"), local("FangSong_GB2312"), local("仿宋_GB2312"), local("Noto Serif CJK SC"), local("NotoSerifCJKsc-Regular"), local("Source Han Serif SC"), local("Songti SC"), local("SimSun"); }
@font-face { font-family: "CO Hei"; src: local("SimHei"), local("黑体"), local("STHeiti"), local("Heiti SC"), local("Noto Sans CJK SC"), local("NotoSansCJKsc-Regular"), local("Source Han Sans SC"), local("Microsoft YaHei"); }
@font-face { font-family: "CO XiaoBiaoSong"; src: local("方正小标宋简体"), local("FZXiaoBiaoSong-B05S"), local("方正小标宋_GBK"), local("FZXiaoBiaoSong-B05"), local("STZhongsong"), local("华文中宋"), local("Noto Serif CJK SC Bold"), local("NotoSerifCJKsc-Bold"), local("Source Han Serif SC Bold"); }
@font-face { font-family: "CO Song"; src: local("SimSun"), local("宋体"), local("STSong"), local("Songti SC"), local("Noto Serif CJK SC"), local("NotoSerifCJKsc-Regular"); }`;
export const bodyFonts = `"Times New Roman", "CO FangSong", FangSong, "仿宋", serif`;
export const headingFonts = `"Arial", "CO Hei", SimHei, "黑体", sans-serif`;
const displayFonts = `"Times New Roman", "CO XiaoBiaoSong", "方正小标宋简体", serif`;
const numberFonts = `"CO Song", SimSun, "宋体", serif`;

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** Text with its line breaks, and its no-wrap spans (identifiers, dates) kept whole. */
const text = (s: string) =>
  escape(s)
    .replace(/\n/g, "<br>")
    .replace(new RegExp(`${NOWRAP_START}([^${NOWRAP_END}]*)${NOWRAP_END}`, "g"), '<span class="nw">$1</span>')
    .replace(/[\ue000\ue001]/g, "");

const pt = (n: number) => `${Math.round(n * 100) / 100}pt`;
const mm = (n: number) => `${Math.round(n * 100) / 100}mm`;

/** The rules of one page style, scoped to its sheets: the same numbers the paginator measured with. */
function styleRules(style: PageStyle): string {
  const s = `.st-${style.id}`;
  const t = style.text;
  const sp = style.space;
  const area = textArea(style);
  const role = (r: { size: number; line: number }) => `font-size: ${pt(r.size)}; line-height: ${pt(r.line)};`;
  return [
    `${s} .area { left: ${mm(style.margin.left)}; top: ${mm(style.margin.top)}; width: ${pt(area.width)}; height: ${pt(area.height)}; }`,
    `${s} .foot { left: ${mm(style.margin.left)}; width: ${pt(area.width)}; top: ${mm(style.paper.height - style.margin.bottom + style.numberGap)}; }`,
    `${s} h1 { ${role(t.title)} margin: 0 0 ${pt(sp.afterTitle)}; font-family: ${style.titleFace === "display" ? displayFonts : headingFonts}; }`,
    `${s} h1.alone { margin-bottom: ${pt(sp.afterTitle + sp.afterSubtitle)}; }`,
    `${s} .subtitle { ${role(t.subtitle)} margin: 0 0 ${pt(sp.afterSubtitle)}; text-align: center; }`,
    `${s} h2 { ${role(t.heading)} padding-top: ${pt(sp.beforeHeading)}; margin: 0 0 ${pt(sp.afterHeading)}; }`,
    `${s} h3 { ${role(t.subheading)} padding-top: ${pt(sp.beforeHeading)}; margin: 0 0 ${pt(sp.afterHeading)}; }`,
    `${s} p { ${role(t.body)} margin: 0 0 ${pt(sp.afterParagraph)}; }`,
    `${s} p.small { ${role(t.small)} }`,
    `${s} p.continued { ${role(t.continued)} margin: 0 0 ${pt(sp.afterParagraph + 2)}; font-family: ${headingFonts}; }`,
    `${s} p.banner { ${role(t.body)} }`,
    `${s} table { margin: 0 0 ${pt(sp.afterTable)}; }`,
    `${s} th, ${s} td { ${role(t.cell)} padding: ${pt(sp.cellV)} ${pt(sp.cellH)}; }`,
    `${s} .space { ${role(t.cell)} padding: ${pt(sp.cellV)} ${pt(sp.cellH)}; margin: 0 0 ${pt(sp.afterTable)}; }`,
    `${s} .space .line { height: ${pt(sp.writeLine)}; }`,
    `${s} table.seals td { ${role(t.body)} }`,
    `${s} .num { ${role(t.number)} font-family: ${style.numbering === "dash" ? numberFonts : bodyFonts}; }`,
    `${s} .note { ${role(t.note)} }`,
  ].join("\n");
}

function style(doc: OrdersDocument): string {
  const styles = new Map(doc.sections.map((sec) => [sec.style.id, sec.style]));
  const paper = doc.sections[0]?.style.paper ?? { width: 210, height: 297 };
  return `${fontFaces}
@page { size: ${mm(paper.width)} ${mm(paper.height)}; margin: 0; }
* { box-sizing: border-box; }
html { font-family: ${bodyFonts}; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1, h2, h3, th, .label, .banner { font-family: ${headingFonts}; font-weight: normal; }
h1 { text-align: center; letter-spacing: 0.05em; }
p { text-align: justify; }
p.indent { text-indent: 2em; }
p.runon { text-align-last: justify; }
p.center { text-align: center; }
p.right { text-align: right; }
.nw { white-space: nowrap; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.5pt solid #000; vertical-align: top; text-align: left; overflow-wrap: break-word; }
th { background: #e7e7e7; }
table.fields th { background: #f3f3f3; }
.space { border: 0.5pt solid #000; }
.space .line { border-bottom: 0.4pt dotted #666; }
table.seals { margin: 0 auto !important; }
table.seals td { border: none; text-align: center; vertical-align: bottom; padding: 0; }
p.date { text-align: right; padding-right: 4em; }
.banner { border: 1.5pt solid #c00; color: #c00; text-align: center; padding: 2pt 4pt; margin: 0 0 6pt; }
.sheet { position: relative; width: ${mm(paper.width)}; height: ${mm(paper.height)}; overflow: hidden; break-after: page; page-break-after: always; background: #fff; }
.sheet:last-of-type { break-after: auto; page-break-after: auto; }
.area, .foot { position: absolute; }
.foot .num { margin: 0; text-align: center; }
.foot .num.odd { text-align: right; padding-right: 1em; }
.foot .num.even { text-align: left; padding-left: 1em; }
.foot .note { margin: 0; text-align: center; color: #333; }
${[...styles.values()].map(styleRules).join("\n")}
@media screen {
  body { background: #d9d9d9; padding: 8mm 0; }
  .sheet { margin: 0 auto 8mm; box-shadow: 0 0 3mm rgba(0, 0, 0, 0.25); }
}`;
}

/** A cell whose content must be at least `lines` lines tall (a space to write in). */
const minLines = (s: PageStyle, lines: number, content: string) =>
  `<div style="min-height:${pt(lines * s.text.cell.line)}">${content}</div>`;

function block(b: Block, s: PageStyle): string {
  switch (b.kind) {
    case "title":
      return b.subtitle
        ? `<h1>${text(b.text)}</h1><p class="subtitle">${text(b.subtitle)}</p>`
        : `<h1 class="alone">${text(b.text)}</h1>`;
    case "heading":
      return `<h2>${text(b.text)}</h2>`;
    case "subheading":
      return `<h3>${text(b.text)}</h3>`;
    case "continued":
      return `<p class="continued">${text(b.text)}</p>`;
    case "paragraph": {
      const cls = [
        b.indent ? "indent" : "",
        b.align && b.align !== "left" ? b.align : "",
        b.small ? "small" : "",
        b.runOn ? "runon" : "",
      ]
        .filter((c) => c !== "")
        .join(" ");
      return `<p${cls ? ` class="${cls}"` : ""}>${text(b.text)}</p>`;
    }
    case "fields": {
      const widths = fieldWidths(s, b.paired ?? false);
      const value = (f: Field, span: number) =>
        `<td${span > 1 ? ` colspan="${span}"` : ""}>${f.value === "" ? minLines(s, f.lines ?? 1, "") : text(f.value)}</td>`;
      const rows = fieldRows(b).map(
        (row) =>
          `<tr>${row.map((f) => `<th>${text(f.label)}</th>${value(f, row.length === 1 && b.paired ? 3 : 1)}`).join("")}</tr>`,
      );
      return `<table class="fields">${colgroup(widths)}<tbody>${rows.join("")}</tbody></table>`;
    }
    case "table": {
      const widths = b.widths ?? columnWidths(s, b.columns, b.rows, textArea(s).width);
      const head = `<thead><tr>${b.columns.map((c) => `<th>${text(c.title)}</th>`).join("")}</tr></thead>`;
      const rows = b.rows
        .map(
          (r) =>
            `<tr>${r.map((cell, i) => `<td>${b.writeIn && i === r.length - 1 ? minLines(s, 3, text(cell)) : text(cell)}</td>`).join("")}</tr>`,
        )
        .join("");
      return `<table>${colgroup(widths)}${head}<tbody>${rows}</tbody></table>`;
    }
    case "space":
      return `<div class="space"><div class="label">${text(b.label)}</div>${`<div class="line"></div>`.repeat(b.lines)}</div>`;
    case "signatures": {
      const half = textArea(s).width / 2;
      const cells = b.entries.map(
        (e) => `<td>${minLines(s, 3, `${text(e.text)}<br><br><span class="sign">${text(e.line)}</span>`)}</td>`,
      );
      const rows: string[] = [];
      for (let i = 0; i < cells.length; i += 2) rows.push(`<tr>${cells[i] ?? ""}${cells[i + 1] ?? "<td></td>"}</tr>`);
      return `<table class="signatures">${colgroup([half, half])}<tbody>${rows.join("")}</tbody></table>`;
    }
    case "seals": {
      // GB/T 9704-2012 §7.3.5.2: up to three to a row, the lead first; a short last row centred.
      const rows: string[] = [];
      for (let i = 0; i < b.names.length; i += 3) {
        const names = b.names.slice(i, i + 3);
        const height = i === 0 ? s.text.body.line : s.space.sealRow;
        rows.push(
          `<table class="seals" style="width:${pt((textArea(s).width * names.length) / 3)}"><tr>${names.map((n) => `<td style="height:${pt(height)}">${text(n)}</td>`).join("")}</tr></table>`,
        );
      }
      return `<div style="height:${pt(s.space.sealGap)}"></div>${rows.join("")}<p class="date">${text(b.date)}</p>`;
    }
  }
}

const colgroup = (widths: number[]) =>
  `<colgroup>${widths.map((w) => `<col style="width:${pt(w)}">`).join("")}</colgroup>`;

function sheetHtml(doc: OrdersDocument, sec: DocSection, index: number): string {
  const s = sec.style;
  const page = index + 1;
  const pages = sec.sheets.length;
  const banner = doc.banner ? `<p class="banner">${text(doc.banner)}</p>\n` : "";
  const side = s.numbering === "dash" ? (page % 2 === 1 ? " odd" : " even") : "";
  const number = `<p class="num${side}">${text(pageNumberText(doc, s, page, pages))}</p>`;
  const note = sec.note ? `<p class="note">${text(sec.note)}</p>` : "";
  const blocks = sec.sheets[index]?.blocks ?? [];
  return `<section class="sheet st-${s.id}" data-document="${sec.kind}" data-page="${page}" data-pages="${pages}">
<div class="area">
${banner}${blocks.map((b) => block(b, s)).join("\n")}
</div>
<div class="foot">${number}${note}</div>
</section>`;
}

/** A printable HTML file: one <section> per sheet of paper, each with its own page number; no external assets, no script. */
export function renderHtml(input: OrdersDocument): string {
  // No character HTML forbids (controls, noncharacters, lone surrogates) reaches the file.
  const doc = pagedDocument(input);
  const sheets = doc.sections.flatMap((sec) => sec.sheets.map((_, i) => sheetHtml(doc, sec, i)));
  return `<!DOCTYPE html>
<html lang="${doc.lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(plain(doc.title))}</title>
<style>
${style(doc)}
</style>
</head>
<body>
${sheets.join("\n")}
</body>
</html>
`;
}
