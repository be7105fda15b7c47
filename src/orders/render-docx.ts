import { Document, Footer, LineRuleType, Packer, PageOrientation, type ISectionOptions } from "docx";
import {
  fieldRows,
  NOWRAP_END,
  NOWRAP_START,
  pageNumberText,
  plain,
  type Block,
  type DocSection,
  type OrdersDocument,
  pagedDocument,
} from "./document.js";
import { columnWidths, fieldWidths, wrapLines } from "./measure.js";
import { MM, textArea, type PageStyle, type TextRole } from "./page-styles.js";
import { compressEntry, writeZip, type CompressedEntry, type ZipEntry } from "../util/zip.js";

/** Twips (1/20 pt) from pt, and from mm. */
const tw = (pt: number) => Math.round(pt * 20);
const twMm = (mm: number) => Math.round(mm * MM * 20);

/** East Asian text by family name on every run (Word and WPS honour the run's eastAsia font); fontTable.xml says what each face is. */
const fonts = {
  body: { ascii: "Times New Roman", hAnsi: "Times New Roman", cs: "Times New Roman", eastAsia: "仿宋" },
  heading: { ascii: "Arial", hAnsi: "Arial", cs: "Arial", eastAsia: "黑体" },
  display: { ascii: "Times New Roman", hAnsi: "Times New Roman", cs: "Times New Roman", eastAsia: "方正小标宋简体" },
  number: { ascii: "SimSun", hAnsi: "SimSun", cs: "SimSun", eastAsia: "宋体" },
} as const;
type Face = keyof typeof fonts;

/**
 * The font table: each face with its English name (w:altName), its PANOSE class, GB2312 character
 * set and family (roman, swiss, modern), which Word uses to pick the nearest installed face when
 * 仿宋 or 黑体 is missing. (LibreOffice reads none of these and asks fontconfig by name: README.)
 */
const fontTable = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${[
  ["仿宋", "FangSong", "02010609060101010101", "86", "modern", "fixed", "800002BF", "38CF7CFA", "00000016", "00040001"],
  ["黑体", "SimHei", "02010609060101010101", "86", "modern", "fixed", "800002BF", "38CF7CFA", "00000016", "00040001"],
  ["宋体", "SimSun", "02010600030101010101", "86", "auto", "variable", "00000003", "288F0000", "00000016", "00040001"],
  [
    "方正小标宋简体",
    "FZXiaoBiaoSong-B05S",
    "02000000000000000000",
    "86",
    "roman",
    "variable",
    "00000001",
    "080E0000",
    "00000000",
    "00040000",
  ],
  [
    "Times New Roman",
    "",
    "02020603050405020304",
    "00",
    "roman",
    "variable",
    "E0002EFF",
    "C000785B",
    "00000009",
    "000001FF",
  ],
  ["Arial", "", "020B0604020202020204", "00", "swiss", "variable", "E0002EFF", "C000785B", "00000009", "000001FF"],
  ["SimSun", "宋体", "02010600030101010101", "86", "auto", "variable", "00000003", "288F0000", "00000016", "00040001"],
]
  .map(
    ([name, alt, panose, charset, family, pitch, u0, u1, u2, c0]) =>
      `<w:font w:name="${name}">${alt ? `<w:altName w:val="${alt}"/>` : ""}<w:panose1 w:val="${panose}"/><w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/><w:sig w:usb0="${u0}" w:usb1="${u1}" w:usb2="${u2}" w:usb3="00000000" w:csb0="${c0}" w:csb1="00000000"/></w:font>`,
  )
  .join("")}</w:fonts>`;

type Lang = OrdersDocument["lang"];

/**
 * The model's text for Word, laid out `wrap.width` pt wide: where the paginator starts a line with
 * a no-wrap span that holds Chinese (a date, a document number), the line is broken before it,
 * since Word and LibreOffice may break between a Chinese character and a digit (LibreOffice heeds
 * neither WORD JOINER nor custom kinsoku there). Latin letters and digits alone never break.
 */
export function docxText(text: string, size: number, wrap?: { width: number; indent: number }): string {
  if (!wrap || !text.includes(NOWRAP_START)) return plain(text);
  const startsWithChineseSpan = (line: string) =>
    line.startsWith(NOWRAP_START) && /[^ -~]/.test(plain(line.split(NOWRAP_END)[0] ?? ""));
  return text
    .split("\n")
    .map((paragraph, p) =>
      wrapLines(paragraph, wrap.width, size, p === 0 ? wrap.indent : 0)
        .map((line, i) => (i > 0 && startsWithChineseSpan(line) ? `\n${line}` : line))
        .join(""),
    )
    .map(plain)
    .join("\n");
}

/**
 * The body of word/document.xml is written here as text, element by element exactly as docx
 * 9.7.1 serializes the same Paragraph, TextRun and Table options (the bytes are compared with
 * docx's own in the tests): docx builds and walks an object per element and attribute, which
 * took most of `orders` at county scale. The package around it (styles, footers, sections,
 * relationships, the zip) is still docx's own.
 */
const xmlChars: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };
const esc = (s: string) => s.replace(/[&"<>']/g, (c) => xmlChars[c] as string);

interface RunStyle {
  font: (typeof fonts)[Face];
  size: number;
  /** Without one, no w:lang (the page numbers). */
  lang?: Lang;
  color?: string;
}

/** `<w:rPr>` as docx writes it for font, colour, size and language. */
function runProperties(r: RunStyle): string {
  const f = r.font;
  return (
    `<w:rPr><w:rFonts w:ascii="${esc(f.ascii)}" w:cs="${esc(f.cs)}" w:eastAsia="${esc(f.eastAsia)}" w:hAnsi="${esc(f.hAnsi)}"/>` +
    (r.color ? `<w:color w:val="${esc(r.color)}"/>` : "") +
    `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/>` +
    (r.lang ? `<w:lang w:val="${r.lang === "zh" ? "zh-CN" : "en-GB"}" w:eastAsia="zh-CN"/>` : "") +
    "</w:rPr>"
  );
}

function runs(
  text: string,
  face: Face,
  role: TextRole,
  lang: Lang,
  color?: string,
  wrap?: { width: number; indent: number },
): string {
  const rPr = runProperties({ font: fonts[face], size: Math.round(role.size * 2), lang, ...(color ? { color } : {}) });
  return docxText(text, role.size, wrap)
    .split("\n")
    .map((line, i) => `<w:r>${rPr}${i > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${esc(line)}</w:t></w:r>`)
    .join("");
}

interface ParaOptions {
  face?: Face;
  role: TextRole;
  align?: "left" | "center" | "right" | "justify" | "distribute";
  level?: 1 | 2 | 3;
  indentChars?: number;
  rightChars?: number;
  before?: number;
  after?: number;
  pageBreak?: boolean;
  keepNext?: boolean;
  color?: string;
  border?: string;
  /** The width the text is laid out in, pt: given, a line is broken before a date that would otherwise split. */
  width?: number;
}

interface Side {
  style: string;
  size: number;
  color: string;
  space?: number;
}
const side = (name: string, b: Side) =>
  `<w:${name} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"${b.space !== undefined ? ` w:space="${b.space}"` : ""}/>`;
const spacing = (before: number, after: number, line: number) =>
  `<w:spacing w:after="${after}" w:before="${before}" w:line="${line}" w:lineRule="exact"/>`;

/** A paragraph with an exact line height, so that it is as tall in Word and LibreOffice as the paginator said. */
function para(text: string, lang: Lang, o: ParaOptions): string {
  const jc =
    o.align === "center"
      ? "center"
      : o.align === "right"
        ? "right"
        : o.align === "left"
          ? "left"
          : o.align === "distribute"
            ? "distribute"
            : "both";
  const border = o.border ? { style: "single", size: 12, color: o.border, space: 2 } : undefined;
  const first = o.indentChars ? tw(o.indentChars * o.role.size) : undefined;
  const right = o.rightChars ? tw(o.rightChars * o.role.size) : undefined;
  return (
    "<w:p><w:pPr>" +
    (o.level ? `<w:pStyle w:val="Heading${o.level}"/>` : "") +
    (o.keepNext ? "<w:keepNext/>" : "") +
    (o.pageBreak ? "<w:pageBreakBefore/>" : "") +
    (border
      ? `<w:pBdr>${side("top", border)}${side("bottom", border)}${side("left", border)}${side("right", border)}</w:pBdr>`
      : "") +
    spacing(tw(o.before ?? 0), tw(o.after ?? 0), tw(o.role.line)) +
    (first !== undefined || right !== undefined
      ? `<w:ind${right !== undefined ? ` w:right="${right}"` : ""}${first !== undefined ? ` w:firstLine="${first}"` : ""}/>`
      : "") +
    `<w:jc w:val="${jc}"/></w:pPr>` +
    runs(
      text,
      o.face ?? "body",
      o.role,
      lang,
      o.color,
      o.width !== undefined ? { width: o.width, indent: o.indentChars ?? 0 } : undefined,
    ) +
    "</w:p>"
  );
}

const line: Side = { style: "single", size: 4, color: "000000" };
const none: Side = { style: "none", size: 0, color: "FFFFFF" };
const edges = (b: Side) => `${side("top", b)}${side("left", b)}${side("bottom", b)}${side("right", b)}`;
const tableBorders = (b: Side) => `<w:tblBorders>${edges(b)}${side("insideH", b)}${side("insideV", b)}</w:tblBorders>`;
const margins = (top: number, left: number, bottom: number, right: number) =>
  `<w:tcMar><w:top w:type="dxa" w:w="${top}"/><w:left w:type="dxa" w:w="${left}"/><w:bottom w:type="dxa" w:w="${bottom}"/><w:right w:type="dxa" w:w="${right}"/></w:tcMar>`;

function cell(
  content: string[],
  s: PageStyle,
  width: number,
  o: { header?: boolean; span?: number; noBorder?: boolean; bottom?: boolean } = {},
): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${tw(width)}"/>` +
    (o.span && o.span > 1 ? `<w:gridSpan w:val="${o.span}"/>` : "") +
    (o.noBorder ? `<w:tcBorders>${edges(none)}</w:tcBorders>` : "") +
    (o.header ? `<w:shd w:fill="E7E7E7" w:color="auto" w:val="clear"/>` : "") +
    (o.noBorder
      ? margins(0, 0, 0, 0)
      : margins(tw(s.space.cellV), tw(s.space.cellH), tw(s.space.cellV), tw(s.space.cellH))) +
    (o.bottom ? `<w:vAlign w:val="bottom"/>` : "") +
    `</w:tcPr>${content.join("")}</w:tc>`
  );
}

const cellText = (text: string, s: PageStyle, lang: Lang, width: number, header = false) =>
  para(text, lang, {
    face: header ? "heading" : "body",
    role: s.text.cell,
    align: "left",
    width: width - 2 * s.space.cellH - 0.5,
  });

function row(cells: string[], o: { header?: boolean; height?: { value: number; rule: string } } = {}): string {
  return (
    "<w:tr><w:trPr><w:cantSplit/>" +
    (o.header ? "<w:tblHeader/>" : "") +
    (o.height ? `<w:trHeight w:val="${o.height.value}" w:hRule="${o.height.rule}"/>` : "") +
    `</w:trPr>${cells.join("")}</w:tr>`
  );
}

function table(widths: number[], rows: string[], o: { noBorder?: boolean; center?: boolean } = {}): string {
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${widths.reduce((a, w) => a + tw(w), 0)}"/>` +
    (o.center ? `<w:jc w:val="center"/>` : "") +
    tableBorders(o.noBorder ? none : line) +
    `<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${tw(w)}"/>`).join("")}</w:tblGrid>` +
    `${rows.join("")}</w:tbl>`
  );
}
const isTable = (xml: string | undefined) => xml !== undefined && xml.startsWith("<w:tbl>");

/** The empty paragraph Word needs between two tables, exactly as tall as the space the paginator left. */
const spacer = (s: PageStyle, lang: Lang) => para("", lang, { role: { size: 1, line: s.space.afterTable } });

const rowMin = (s: PageStyle, lines: number) => ({
  value: tw(lines * s.text.cell.line + 2 * s.space.cellV),
  rule: "atLeast",
});

function blockToDocx(b: Block, s: PageStyle, lang: Lang, pageBreak: boolean): string[] {
  const t = s.text;
  const sp = s.space;
  switch (b.kind) {
    case "title":
      return [
        para(b.text, lang, {
          face: s.titleFace === "display" ? "display" : "heading",
          role: t.title,
          level: 1,
          align: "center",
          after: b.subtitle ? sp.afterTitle : sp.afterTitle + sp.afterSubtitle,
          pageBreak,
          keepNext: true,
        }),
        ...(b.subtitle
          ? [para(b.subtitle, lang, { role: t.subtitle, align: "center", after: sp.afterSubtitle, keepNext: true })]
          : []),
      ];
    case "heading":
    case "subheading":
      return [
        para(b.text, lang, {
          face: "heading",
          role: b.kind === "heading" ? t.heading : t.subheading,
          level: b.kind === "heading" ? 2 : 3,
          align: "left",
          before: sp.beforeHeading,
          after: sp.afterHeading,
          keepNext: true,
          pageBreak,
        }),
      ];
    case "continued":
      return [
        para(b.text, lang, {
          face: "heading",
          role: t.continued,
          align: "left",
          after: sp.afterParagraph + 2,
          pageBreak,
        }),
      ];
    case "paragraph":
      return [
        para(b.text, lang, {
          width: textArea(s).width,
          role: b.small ? t.small : t.body,
          ...(b.align && b.align !== "left" ? { align: b.align } : b.runOn ? { align: "distribute" as const } : {}),
          ...(b.indent ? { indentChars: 2 } : {}),
          after: sp.afterParagraph,
          pageBreak,
        }),
      ];
    case "seals": {
      const third = textArea(s).width / 3;
      const out: string[] = [para("", lang, { role: { size: 1, line: sp.sealGap } })];
      for (let i = 0; i < b.names.length; i += 3) {
        const names = b.names.slice(i, i + 3);
        const sealRow = row(
          names.map((n) =>
            cell([para(n, lang, { role: t.body, align: "center" })], s, third, { noBorder: true, bottom: true }),
          ),
          { height: { value: tw(i === 0 ? t.body.line : sp.sealRow), rule: "atLeast" } },
        );
        out.push(
          table(
            names.map(() => third),
            [sealRow],
            { noBorder: true, center: true },
          ),
        );
      }
      out.push(para(b.date, lang, { role: t.body, align: "right", rightChars: 4, after: sp.afterParagraph }));
      return out;
    }
    default:
      return [
        ...(pageBreak ? [para("", lang, { role: { size: 1, line: 1 }, pageBreak: true })] : []),
        tableBlock(b, s, lang),
      ];
  }
}

function tableBlock(
  b: Extract<Block, { kind: "fields" | "table" | "space" | "signatures" }>,
  s: PageStyle,
  lang: Lang,
): string {
  const area = textArea(s);
  switch (b.kind) {
    case "fields": {
      const widths = fieldWidths(s, b.paired ?? false);
      const rest = widths.slice(1).reduce((a, w) => a + w, 0);
      const rows = fieldRows(b).map((fields) => {
        const blank = fields.filter((f) => f.value === "").map((f) => f.lines ?? 1);
        return row(
          fields.flatMap((f, i) => {
            const span = fields.length === 1 && b.paired ? 3 : 1;
            return [
              cell([cellText(f.label, s, lang, widths[2 * i] ?? 0, true)], s, widths[2 * i] ?? 0, { header: true }),
              cell(
                [cellText(f.value, s, lang, span === 3 ? rest : (widths[2 * i + 1] ?? 0))],
                s,
                span === 3 ? rest : (widths[2 * i + 1] ?? 0),
                { span },
              ),
            ];
          }),
          blank.length > 0 ? { height: rowMin(s, Math.max(...blank)) } : {},
        );
      });
      return table(widths, rows);
    }
    case "table": {
      const widths = b.widths ?? columnWidths(s, b.columns, b.rows, area.width);
      const head = row(
        b.columns.map((c, i) =>
          cell([cellText(c.title, s, lang, widths[i] ?? 0, true)], s, widths[i] ?? 0, { header: true }),
        ),
        { header: true },
      );
      const body = b.rows.map((r) =>
        row(
          r.map((v, i) => cell([cellText(v, s, lang, widths[i] ?? 0)], s, widths[i] ?? 0)),
          b.writeIn ? { height: rowMin(s, 3) } : {},
        ),
      );
      return table(widths, [head, ...body]);
    }
    case "space": {
      const dotted: Side = { style: "dotted", size: 4, color: "666666", space: 0 };
      const writeLine = `<w:p><w:pPr><w:pBdr>${side("bottom", dotted)}</w:pBdr>${spacing(0, 0, tw(s.space.writeLine))}</w:pPr></w:p>`;
      const lines = Array.from({ length: b.lines }, () => writeLine);
      return table(
        [area.width],
        [row([cell([cellText(b.label, s, lang, area.width, true), ...lines], s, area.width)])],
      );
    }
    case "signatures": {
      const half = area.width / 2;
      const rows: string[] = [];
      for (let i = 0; i < b.entries.length; i += 2) {
        const pair = [b.entries[i], b.entries[i + 1]].map((e) =>
          cell([cellText(e ? `${e.text}\n\n${e.line}` : "", s, lang, half)], s, half),
        );
        rows.push(row(pair, { height: rowMin(s, 3) }));
      }
      return table([half, half], rows);
    }
  }
}

/** The sheets of one document as Word content: each sheet starts a new page; no spacer at a sheet's end. */
function sectionChildren(doc: OrdersDocument, sec: DocSection): string {
  const s = sec.style;
  return sec.sheets
    .flatMap((sheet, index) => {
      const banner = doc.banner
        ? [
            para(doc.banner, doc.lang, {
              face: "heading",
              role: s.text.body,
              align: "center",
              after: 6,
              pageBreak: index > 0,
              color: "CC0000",
              border: "CC0000",
            }),
          ]
        : [];
      const out: string[] = [...banner];
      sheet.blocks.forEach((b, i) => {
        const elements = blockToDocx(b, s, doc.lang, index > 0 && banner.length === 0 && i === 0);
        out.push(...elements);
        const last = i === sheet.blocks.length - 1;
        if (!last && isTable(elements.at(-1))) out.push(spacer(s, doc.lang));
      });
      return out;
    })
    .join("");
}

/** Page numbers of one document from 1: "— 1 —" right on odd pages and left on even ones (GB/T 9704-2012 §7.5), or "第 1 页 共 2 页". */
function footers(doc: OrdersDocument, sec: DocSection): { odd: string; even: string } {
  const s = sec.style;
  const rPr = runProperties({
    font: fonts[s.numbering === "dash" ? "number" : "body"],
    size: Math.round(s.text.number.size * 2),
  });
  const pages = sec.sheets.length;
  const number = (side: "odd" | "even") => {
    const label = pageNumberText(doc, s, 987654, 123456);
    // The page number is Word's own field; the total is SECTIONPAGES, its value written in for LibreOffice.
    const parts = label.split(/(987654|123456)/).filter((p) => p !== "");
    const children = parts.map((p) =>
      p === "987654"
        ? `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGE</w:instrText><w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r>`
        : p === "123456"
          ? `<w:fldSimple w:instr="SECTIONPAGES"><w:r><w:t xml:space="preserve">${pages}</w:t></w:r></w:fldSimple>`
          : `<w:r>${rPr}<w:t xml:space="preserve">${esc(p)}</w:t></w:r>`,
    );
    const dash = s.numbering === "dash";
    const indent = tw(s.text.number.size);
    return (
      "<w:p><w:pPr>" +
      spacing(0, 0, tw(s.text.number.line)) +
      (dash ? (side === "odd" ? `<w:ind w:right="${indent}"/>` : `<w:ind w:left="${indent}"/>`) : "") +
      `<w:jc w:val="${dash ? (side === "odd" ? "right" : "left") : "center"}"/></w:pPr>` +
      `${children.join("")}</w:p>`
    );
  };
  const note = sec.note ? para(sec.note, doc.lang, { role: s.text.note, align: "center" }) : "";
  return { odd: number("odd") + note, even: number("even") + note };
}

function sectionOptions(doc: OrdersDocument, sec: DocSection): ISectionOptions {
  const s = sec.style;
  const landscape = s.paper.width > s.paper.height;
  // Word places a footer by the distance of its last line from the paper's edge.
  const footerHeight = s.text.number.line + (sec.note ? s.text.note.line : 0);
  const footer = Math.max(0, twMm(s.margin.bottom - s.numberGap) - tw(footerHeight));
  return {
    properties: {
      page: {
        // docx swaps width and height for a landscape page itself.
        size: {
          width: twMm(landscape ? s.paper.height : s.paper.width),
          height: twMm(landscape ? s.paper.width : s.paper.height),
          ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}),
        },
        margin: {
          top: twMm(s.margin.top),
          bottom: twMm(s.margin.bottom),
          left: twMm(s.margin.left),
          right: twMm(s.margin.right),
          header: twMm(10),
          footer,
        },
        pageNumbers: { start: 1 },
      },
    },
    // The content of both is written in afterwards (footers, sectionChildren, packDocx).
    footers: { default: new Footer({ children: [] }), even: new Footer({ children: [] }) },
    children: [],
  };
}

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** docProps/core.xml with the record's date in place of the clock's, so that the same record gives the same bytes. */
function coreProperties(doc: OrdersDocument): string {
  const when = `${doc.date}T00:00:00Z`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${xmlEscape(doc.title)}</dc:title><dc:creator>checkonce</dc:creator><cp:lastModifiedBy>checkonce</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/** A Word/WPS document: one Word section per document of the file, each with its paper, margins and page numbers; one page per sheet. */
export function renderDocx(input: OrdersDocument): Uint8Array {
  // Characters XML cannot hold (a BEL in a name) would make word/document.xml unreadable.
  const doc = pagedDocument(input);
  return packDocx(
    docxPackage(doc),
    doc.sections.map((sec) => sectionChildren(doc, sec)),
    doc.sections.flatMap((sec) => {
      const f = footers(doc, sec);
      return [f.odd, f.even];
    }),
    coreProperties(doc),
    doc.date,
  );
}

interface Part {
  path: string;
  data: string;
}
interface DocxCompiler {
  xmlifyFile(file: Document, prettify: undefined): Record<string, Part | Part[]>;
}

/**
 * The package docx 9.7.1 writes around a document's content (styles, numbering, settings,
 * relationships, one empty footer a side for each section, the sections' properties in
 * word/document.xml), with our font table in place of its own. It depends only on the first
 * section's title size and each section's page: built once for each such document and kept (a
 * county's work orders take a handful), since building it was a sixth of `orders` at scale.
 */
const packages = new Map<string, Part[]>();
function docxPackage(doc: OrdersDocument): Part[] {
  const first = doc.sections[0]?.style;
  const titleSize = Math.round((first?.text.title.size ?? 18) * 2);
  const sections = doc.sections.map((sec) => sectionOptions(doc, sec));
  const key = JSON.stringify([titleSize, sections.map((s) => s.properties)]);
  const known = packages.get(key);
  if (known) return known;
  const document = new Document({
    creator: "checkonce",
    evenAndOddHeaderAndFooters: true,
    // Word's heading styles (for the navigation pane), dressed as an office prints them: 黑体, black, not bold.
    // A paragraph that sets nothing (the one Word keeps at a section's end) is 1 pt tall, so it never spills a page.
    styles: {
      default: {
        document: {
          run: { font: fonts.body, size: 21 },
          paragraph: { spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } },
        },
        heading1: { run: { font: fonts.heading, size: titleSize, color: "000000", bold: false } },
        heading2: { run: { font: fonts.heading, color: "000000", bold: false } },
        heading3: { run: { font: fonts.heading, color: "000000", bold: false } },
      },
    },
    sections,
  });
  const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (!compiler?.xmlifyFile)
    throw new Error("docx: Packer.compiler.xmlifyFile is not there (a docx other than 9.7.1?)");
  const parts = Object.values(compiler.xmlifyFile(document, undefined)).flat();
  const fontTablePath = "word/fontTable.xml";
  const at = parts.findIndex((p) => p.path === fontTablePath);
  if (at < 0) throw new Error(`docx: no ${fontTablePath}`);
  parts[at] = { path: fontTablePath, data: fontTable };
  if (packages.size >= 64) packages.clear();
  packages.set(key, parts);
  return parts;
}

/** Parts that recur from file to file (all but the body and the title), compressed once (up to 4,096 of them, 64 KiB each). */
const compressed = new Map<string, CompressedEntry>();
function compressedPart(data: string): CompressedEntry {
  const known = compressed.get(data);
  if (known) return known;
  const entry = compressEntry(new TextEncoder().encode(data));
  if (data.length <= 65536) {
    if (compressed.size >= 4096) compressed.clear();
    compressed.set(data, entry);
  }
  return entry;
}

/**
 * The package with each section's content, written as text, put into word/document.xml before
 * that section's properties (where docx puts its children), the footers' content into the empty
 * footers, and docProps/core.xml dated with the record's day; zipped with [Content_Types].xml first.
 */
function packDocx(
  parts: readonly Part[],
  contents: string[],
  footerContents: string[],
  core: string,
  date: string,
): Uint8Array {
  const path = "word/document.xml";
  const given = new Map(parts.map((p) => [p.path, p.data]));
  const skeleton = given.get(path);
  if (skeleton === undefined) throw new Error(`docx: no ${path}`);
  // Every section but the last ends with a paragraph that holds its properties; the last one's close the body.
  const pieces: string[] = [];
  let from = 0;
  for (const content of contents) {
    let at = skeleton.indexOf("<w:sectPr>", from);
    if (at < 0) throw new Error(`docx: ${path} has fewer sections than the document`);
    const wrapped = "<w:p><w:pPr>";
    if (skeleton.startsWith(wrapped, at - wrapped.length)) at -= wrapped.length;
    pieces.push(skeleton.slice(from, at), content);
    from = skeleton.indexOf("</w:sectPr>", at) + "</w:sectPr>".length;
    pieces.push(skeleton.slice(at, from));
  }
  if (skeleton.indexOf("<w:sectPr>", from) >= 0) throw new Error(`docx: ${path} has more sections than the document`);
  pieces.push(skeleton.slice(from));
  const replaced = new Map<string, string>([
    [path, pieces.join("")],
    ["docProps/core.xml", core],
  ]);
  // docx numbers the footers as the sections give them, each section's default one, then its even one.
  for (const [i, content] of footerContents.entries()) {
    const footer = `word/footer${i + 1}.xml`;
    const empty = given.get(footer);
    if (empty === undefined || !empty.endsWith("/>")) throw new Error(`docx: no empty ${footer}`);
    replaced.set(footer, `${empty.slice(0, -2)}>${content}</w:ftr>`);
  }
  if (given.has(`word/footer${footerContents.length + 1}.xml`))
    throw new Error("docx: more footers than sections give");
  if (!given.has("docProps/core.xml")) throw new Error("docx: no docProps/core.xml");
  const types = "[Content_Types].xml";
  const ordered = [...parts.filter((p) => p.path === types), ...parts.filter((p) => p.path !== types)];
  // The body and the title are this document's own; a footer's page count and note recur from file to file.
  const own = new Set([path, "docProps/core.xml"]);
  const entries: ZipEntry[] = ordered.map((p) => {
    const data = replaced.get(p.path) ?? p.data;
    return own.has(p.path)
      ? { path: p.path, data: new TextEncoder().encode(data) }
      : { path: p.path, compressed: compressedPart(data) };
  });
  return writeZip(entries, date);
}
