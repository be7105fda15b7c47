import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from "docx";
import { fieldRows, type Block, type OrdersDocument } from "./document.js";
import { fixZipDates } from "../util/zip-dates.js";
import { documentValue } from "../util/safe-text.js";

/** Twips: A4 and the margins of an office form (15 mm top, 18 mm sides and bottom, footer 8 mm from the edge). */
const page = { width: 11906, height: 16838, top: 850, bottom: 1021, side: 1021, footer: 454 };
const contentWidth = page.width - 2 * page.side;
/** Half-points: 小二 title, 四号 heading, 小四 text, 五号 tables, 小五 footer. */
const size = { title: 36, heading: 28, text: 24, table: 21, footer: 16 };

/** East Asian text by family name, set on every run (WPS and Word both honour the run's eastAsia font). */
const bodyFont = { ascii: "Times New Roman", hAnsi: "Times New Roman", cs: "Times New Roman", eastAsia: "仿宋" };
const headingFont = { ascii: "Arial", hAnsi: "Arial", cs: "Arial", eastAsia: "黑体" };

interface RunStyle {
  heading?: boolean;
  size?: number;
}

function runs(text: string, style: RunStyle, lang: OrdersDocument["lang"]): TextRun[] {
  const base: IRunOptions = {
    font: style.heading ? headingFont : bodyFont,
    size: style.size ?? size.text,
    language: { value: lang === "zh" ? "zh-CN" : "en-GB", eastAsia: "zh-CN" },
  };
  return text.split("\n").map((line, i) => new TextRun({ ...base, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

function para(
  text: string,
  lang: OrdersDocument["lang"],
  options: {
    heading?: boolean;
    level?: 1 | 2 | 3;
    size?: number;
    align?: "left" | "center" | "right";
    indent?: boolean;
    before?: number;
    after?: number;
    pageBreak?: boolean;
    keepNext?: boolean;
  } = {},
): Paragraph {
  const alignment =
    options.align === "center"
      ? AlignmentType.CENTER
      : options.align === "right"
        ? AlignmentType.RIGHT
        : AlignmentType.JUSTIFIED;
  const level =
    options.level === 1
      ? HeadingLevel.HEADING_1
      : options.level === 2
        ? HeadingLevel.HEADING_2
        : options.level === 3
          ? HeadingLevel.HEADING_3
          : undefined;
  return new Paragraph({
    alignment,
    ...(level ? { heading: level } : {}),
    children: runs(text, { heading: options.heading ?? false, size: options.size ?? size.text }, lang),
    spacing: { before: options.before ?? 0, after: options.after ?? 60, line: 300 },
    ...(options.indent ? { indent: { firstLine: 480 } } : {}),
    ...(options.pageBreak ? { pageBreakBefore: true } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
  });
}

/** The empty paragraph Word needs after a table. One that ends a page is dropped when the document
 * is assembled: it would spill onto a sheet of its own when the table fills its page. */
const spacers = new WeakSet<Paragraph>();
function spacer(lang: OrdersDocument["lang"]): Paragraph {
  const p = para("", lang, { after: 0 });
  spacers.add(p);
  return p;
}

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

function cell(text: string, lang: OrdersDocument["lang"], width: number, header = false, span = 1): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(span > 1 ? { columnSpan: span } : {}),
    margins: { top: 30, bottom: 30, left: 80, right: 80 },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "E7E7E7" } } : {}),
    children: [
      new Paragraph({
        children: runs(text, { heading: header, size: size.table }, lang),
        spacing: { before: 0, after: 0, line: 264 },
      }),
    ],
  });
}

/** Widths in percent → twips that add up to the text width exactly. */
function twips(percents: number[]): number[] {
  const total = percents.reduce((a, b) => a + b, 0);
  const widths = percents.map((p) => Math.floor((p / total) * contentWidth));
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + contentWidth - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function table(widths: number[], rows: TableRow[]): Table {
  return new Table({
    rows,
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
  });
}

/** `breakBefore`: the block starts a new page of the model, so a new sheet of paper. */
function blockToDocx(b: Block, lang: OrdersDocument["lang"], breakBefore: boolean): (Paragraph | Table)[] {
  switch (b.kind) {
    case "title":
      return [
        para(b.text, lang, {
          heading: true,
          level: 1,
          size: size.title,
          align: "center",
          after: 60,
          pageBreak: breakBefore,
          keepNext: true,
        }),
        ...(b.subtitle ? [para(b.subtitle, lang, { align: "center", after: 160, keepNext: true })] : []),
      ];
    case "heading":
      return [
        para(b.text, lang, {
          heading: true,
          level: 2,
          size: size.heading,
          before: 120,
          after: 60,
          keepNext: true,
          pageBreak: breakBefore,
        }),
      ];
    case "subheading":
      return [
        para(b.text, lang, { heading: true, level: 3, before: 100, after: 40, keepNext: true, pageBreak: breakBefore }),
      ];
    case "paragraph":
      return [
        para(b.text, lang, {
          ...(b.align ? { align: b.align } : {}),
          indent: b.indent ?? false,
          pageBreak: breakBefore,
          ...(b.small ? { size: size.table } : {}),
        }),
      ];
    default:
      return [...(breakBefore ? [new Paragraph({ pageBreakBefore: true })] : []), ...tableBlock(b, lang)];
  }
}

function tableBlock(
  b: Extract<Block, { kind: "fields" | "table" | "space" | "signatures" }>,
  lang: OrdersDocument["lang"],
): (Paragraph | Table)[] {
  switch (b.kind) {
    case "fields": {
      const widths = twips(b.paired ? [16, 34, 16, 34] : [24, 76]);
      const rest = widths.slice(1).reduce((a, w) => a + w, 0);
      const rows = fieldRows(b).map(
        (row) =>
          new TableRow({
            cantSplit: true,
            ...(row.some((f) => f.value === "") ? { height: { value: 510, rule: HeightRule.ATLEAST } } : {}),
            children: row.flatMap((f, i) => {
              const span = row.length === 1 && b.paired ? 3 : 1;
              return [
                cell(f.label, lang, widths[2 * i] ?? 0, true),
                cell(f.value, lang, span === 3 ? rest : (widths[2 * i + 1] ?? 0), false, span),
              ];
            }),
          }),
      );
      return [table(widths, rows), spacer(lang)];
    }
    case "table": {
      const widths = twips(b.columns.map((c) => c.width));
      const head = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.columns.map((c, i) => cell(c.title, lang, widths[i] ?? 0, true)),
      });
      const body = b.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            ...(b.writeIn ? { height: { value: 740, rule: HeightRule.ATLEAST } } : {}),
            children: r.map((v, i) => cell(v, lang, widths[i] ?? 0)),
          }),
      );
      return [table(widths, [head, ...body]), spacer(lang)];
    }
    case "space": {
      const rows = [
        new TableRow({
          cantSplit: true,
          height: { value: 300 + 450 * b.lines, rule: HeightRule.ATLEAST },
          children: [cell(b.label, lang, contentWidth)],
        }),
      ];
      return [table([contentWidth], rows), spacer(lang)];
    }
    case "signatures": {
      const half = twips([50, 50]) as [number, number];
      const rows: TableRow[] = [];
      for (let i = 0; i < b.entries.length; i += 2) {
        const pair = [b.entries[i], b.entries[i + 1]].map((e, j) =>
          e === undefined ? cell("", lang, half[j] ?? 0) : cell(`${e}\n\n${b.line}`, lang, half[j] ?? 0),
        );
        rows.push(new TableRow({ cantSplit: true, height: { value: 850, rule: HeightRule.ATLEAST }, children: pair }));
      }
      return [table(half, rows), spacer(lang)];
    }
  }
}

function footer(doc: OrdersDocument): Footer {
  const parts = doc.pageLabel.split(/(\{page\}|\{pages\})/).filter((p) => p !== "");
  const base: IRunOptions = { font: bodyFont, size: size.footer };
  const children = [
    new TextRun({ ...base, text: `${doc.footer}    ` }),
    ...parts.map((p) =>
      p === "{page}"
        ? new TextRun({ ...base, children: [PageNumber.CURRENT] })
        : p === "{pages}"
          ? new TextRun({ ...base, children: [PageNumber.TOTAL_PAGES] })
          : new TextRun({ ...base, text: p }),
    ),
  ];
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
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

/** A Word/WPS document: A4, 仿宋/黑体, one page (or more) per page of the model, the footer on every page. */
export async function renderDocx(input: OrdersDocument): Promise<Uint8Array> {
  // Characters XML cannot hold (a BEL in a name) would make word/document.xml unreadable.
  const doc = documentValue(input);
  const children = doc.pages.flatMap((p, pageIndex) => {
    const banner = doc.banner
      ? [
          para(doc.banner, doc.lang, {
            heading: true,
            align: "center",
            size: size.text,
            after: 120,
            pageBreak: pageIndex > 0,
          }),
        ]
      : [];
    const elements = [
      ...banner,
      ...p.blocks.flatMap((b, i) => blockToDocx(b, doc.lang, pageIndex > 0 && banner.length === 0 && i === 0)),
    ];
    // The next page begins with a paragraph that breaks the page: no spacer needed before it.
    const last = elements.at(-1);
    if (pageIndex < doc.pages.length - 1 && last instanceof Paragraph && spacers.has(last)) elements.pop();
    return elements;
  });
  const document = new Document({
    title: doc.title,
    creator: "checkonce",
    // Word's heading styles (for the navigation pane), dressed as an office prints them: 黑体, black, not bold.
    styles: {
      default: {
        document: { run: { font: bodyFont, size: size.text } },
        heading1: { run: { font: headingFont, size: size.title, color: "000000", bold: false } },
        heading2: { run: { font: headingFont, size: size.heading, color: "000000", bold: false } },
        heading3: { run: { font: headingFont, size: size.text, color: "000000", bold: false } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: {
              top: page.top,
              bottom: page.bottom,
              left: page.side,
              right: page.side,
              header: page.footer,
              footer: page.footer,
            },
          },
        },
        footers: { default: footer(doc) },
        children,
      },
    ],
  });
  const bytes = await Packer.toBuffer(document, false, [{ path: "docProps/core.xml", data: coreProperties(doc) }]);
  return fixZipDates(new Uint8Array(bytes), doc.date);
}
