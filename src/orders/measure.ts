import { fieldRows, NOWRAP_END, NOWRAP_START, type Block, type Field } from "./document.js";
import { textArea, type PageStyle, type TextRole } from "./page-styles.js";

/**
 * How tall a block prints, estimated from above. A Chinese character is one em wide in every CJK
 * face; Latin letters and digits are given the widest advance of the faces a county office or
 * this project's CI may print with (Times New Roman, the Latin of Noto Serif CJK, DejaVu Serif,
 * which LibreOffice substitutes for Times on Linux), so that an estimate never comes out short.
 */

const narrow = new Set([..."fijlrt.,:;'|!()[]{}/\\"]);
const wideLatin = new Set([..."MWmw@%"]);

/** Advance width of one character, in em. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0x20) return 0.32;
  if (code < 0x7f) {
    if (wideLatin.has(ch)) return 1.05;
    if (narrow.has(ch)) return 0.42;
    if (ch >= "A" && ch <= "Z") return 0.8;
    if (ch >= "0" && ch <= "9") return 0.64;
    if (ch >= "a" && ch <= "z") return 0.62;
    return 0.6;
  }
  if (code < 0x2000) return 0.75;
  return 1;
}

const width = (s: string) => [...s].reduce((w, ch) => w + charWidth(ch), 0);

/** Characters a line may not begin with, or end with (the kinsoku of GB/T 15834 and every CJK typesetter). */
const noLineStart = new Set([..."，。、；：？！）》」』”’〕】…—·%,.;:!?)]}"]);
const noLineEnd = new Set([..."（《「『“‘〔【([{"]);

interface Unit {
  /** The text as the model holds it (a no-wrap span with its markers). */
  raw: string;
  width: number;
  space: boolean;
}

/** The pieces a line may break between: one CJK character, a run of Latin or digits, a no-wrap span, a space. */
export function units(text: string): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  const chars = [...text];
  while (i < chars.length) {
    const ch = chars[i] ?? "";
    if (ch === NOWRAP_START) {
      let j = i + 1;
      while (j < chars.length && chars[j] !== NOWRAP_END) j++;
      const s = chars.slice(i + 1, j).join("");
      out.push({ raw: chars.slice(i, j + 1).join(""), width: width(s), space: false });
      i = j + 1;
    } else if (ch === " ") {
      out.push({ raw: ch, width: charWidth(ch), space: true });
      i++;
    } else if ((ch.codePointAt(0) ?? 0) < 0x7f) {
      let j = i;
      while (j < chars.length && chars[j] !== " " && (chars[j]?.codePointAt(0) ?? 0x80) < 0x7f) j++;
      const s = chars.slice(i, j).join("");
      out.push({ raw: s, width: width(s), space: false });
      i = j;
    } else {
      out.push({ raw: ch, width: charWidth(ch), space: false });
      i++;
    }
  }
  return out;
}

const firstChar = (u: Unit) => [...u.raw.replace(/[\ue000\ue001]/g, "")][0] ?? "";
const lastChar = (u: Unit) => [...u.raw.replace(/[\ue000\ue001]/g, "")].at(-1) ?? "";

/**
 * The lines one paragraph (no newline in it) breaks into in a box `widthPt` wide at `sizePt`,
 * `indentEm` on the first line, each as the model's text: greedy filling, as browsers and word
 * processors do, with the line-start and line-end rules for punctuation.
 */
export function wrapLines(paragraph: string, widthPt: number, sizePt: number, indentEm = 0): string[] {
  // Browsers round a box to whole device pixels: a line that fills it to the last hundredth may not fit.
  const em = (widthPt - 0.75) / sizePt;
  const lines: Unit[][] = [];
  let line: Unit[] = [];
  let used = indentEm;
  for (const u of units(paragraph)) {
    // A space where a line breaks takes no room: it stays at the end of the line before, so that
    // the lines joined give the text back exactly.
    if (u.space && line.length === 0 && lines.length > 0) {
      lines[lines.length - 1]?.push({ ...u, width: 0 });
      continue;
    }
    if (used + u.width <= em + 1e-6 || line.length === 0) {
      line.push(u);
      used += u.width;
      continue;
    }
    if (u.space) {
      line.push({ ...u, width: 0 });
      used = em + 1;
      continue;
    }
    // A new line may not start with closing punctuation, nor may the old one end with an opening one.
    const carried: Unit[] = [];
    while (line.length > 1) {
      const last = line[line.length - 1] as Unit;
      const next = carried[0] ?? u;
      if (noLineStart.has(firstChar(next)) || noLineEnd.has(lastChar(last))) {
        carried.unshift(last);
        line.pop();
      } else break;
    }
    lines.push(line);
    line = [...carried, u];
    used = line.reduce((w, x) => w + x.width, 0);
  }
  lines.push(line);
  return lines.map((l) => l.map((u) => u.raw).join(""));
}

/**
 * Lines counted, by box and text: the same labels, checks and names are measured in every
 * document of every object (and again for each tighter style tried). Bounded, since a county's
 * names and addresses are many.
 */
const counted = new Map<string, Map<string, number>>();
const COUNTED_MAX = 100_000;

/** Lines a text takes in a box `widthPt` wide at `sizePt`; `indentEm` on the first line. Newlines start new lines. */
export function lineCount(text: string, widthPt: number, sizePt: number, indentEm = 0): number {
  // By the text first: the same string comes back, and its hash with it.
  let boxes = counted.get(text);
  if (!boxes) {
    if (counted.size >= COUNTED_MAX) counted.clear();
    counted.set(text, (boxes = new Map()));
  }
  const box = `${widthPt} ${sizePt} ${indentEm}`;
  let n = boxes.get(box);
  if (n === undefined) {
    n = text
      .split("\n")
      .reduce((sum, paragraph, i) => sum + wrapLines(paragraph, widthPt, sizePt, i === 0 ? indentEm : 0).length, 0);
    boxes.set(box, n);
  }
  return n;
}

const widest = new Map<string, number>();

/** The widest piece that can never be broken, in pt: what a column must at least hold. */
export function widestUnit(text: string, sizePt: number): number {
  let em = widest.get(text);
  if (em === undefined) {
    em = 0;
    for (const line of text.split("\n")) for (const u of units(line)) if (!u.space) em = Math.max(em, u.width);
    if (widest.size >= COUNTED_MAX) widest.clear();
    widest.set(text, em);
  }
  return em * sizePt;
}

export const roleHeight = (role: TextRole, lines: number) => role.line * lines;

/** The table row height for cells `texts` in columns `widths`: the tallest cell, its padding and border. */
export function rowHeight(style: PageStyle, texts: string[], widths: number[], minLines = 1): number {
  const { cell } = style.text;
  const lines = Math.max(
    minLines,
    // A cell's text has its width less the padding and half of each side's border.
    ...texts.map((t, i) => lineCount(t, (widths[i] ?? 0) - 2 * style.space.cellH - 0.5, cell.size)),
  );
  return lines * cell.line + 2 * style.space.cellV + 1;
}

/**
 * Column widths in pt for a table `total` wide: each column at least as wide as its header and its
 * widest identifier need (never "序/号"), the rest shared by weight.
 */
export function columnWidths(
  style: PageStyle,
  columns: { title: string; weight: number }[],
  rows: string[][],
  total: number,
): number[] {
  const pad = 2 * style.space.cellH + 1;
  const size = style.text.cell.size;
  const need = columns.map((c, i) =>
    Math.max(
      // A header of up to four characters stays on one line ("序号", never "序/号"); a longer one may wrap.
      Math.min(width(c.title.replace(/\n.*/s, "")), 4) * size + pad,
      ...rows.map((r) => widestUnit(r[i] ?? "", size) + pad),
    ),
  );
  // Columns too narrow for what they hold get what they need; the others share the rest by weight.
  const fixed = new Set<number>();
  let widths: number[] = [];
  for (let round = 0; round <= columns.length; round++) {
    const left = total - [...fixed].reduce((s, i) => s + (need[i] ?? 0), 0);
    const weight = columns.reduce((s, c, i) => s + (fixed.has(i) ? 0 : c.weight), 0);
    widths = columns.map((c, i) => (fixed.has(i) ? (need[i] ?? 0) : weight > 0 ? (c.weight / weight) * left : 0));
    const short = widths.findIndex((w, i) => !fixed.has(i) && (need[i] ?? 0) > w + 1e-6);
    if (short < 0) break;
    widths.forEach((w, i) => {
      if (!fixed.has(i) && (need[i] ?? 0) > w + 1e-6) fixed.add(i);
    });
  }
  // Whole tenths of a point, the last column taking the rounding, so that every format adds up the same.
  const rounded = widths.map((w) => Math.floor(w * 10) / 10);
  rounded[rounded.length - 1] = Math.round((total - rounded.slice(0, -1).reduce((a, b) => a + b, 0)) * 10) / 10;
  return rounded;
}

/** Label and value widths (pt) of a fields block: [label, value] or [label, value, label, value]. */
export function fieldWidths(style: PageStyle, paired: boolean): number[] {
  const total = textArea(style).width;
  const weights = paired ? [19, 31, 19, 31] : [25, 75];
  return columnWidths(
    style,
    weights.map((weight) => ({ title: "", weight })),
    [],
    total,
  );
}

export function fieldRowHeight(style: PageStyle, row: Field[], widths: number[], paired: boolean): number {
  const texts: string[] = [];
  const ws: number[] = [];
  const rest = widths.slice(1).reduce((a, b) => a + b, 0);
  row.forEach((f, i) => {
    texts.push(f.label, f.value);
    ws.push(widths[2 * i] ?? 0, row.length === 1 && paired ? rest : (widths[2 * i + 1] ?? 0));
  });
  const blankLines = Math.max(1, ...row.filter((f) => f.value === "").map((f) => f.lines ?? 1));
  return rowHeight(style, texts, ws, blankLines);
}

/** The height a signature cell needs: its text, a blank line, the line to sign on. */
export function signatureRowHeight(style: PageStyle, texts: string[], cellWidth: number): number {
  return rowHeight(
    style,
    texts.map((t) => `${t}\n\n-`),
    texts.map(() => cellWidth),
    3,
  );
}

/** Height (pt) of a whole block as printed, the space below it included. */
export function blockHeight(block: Block, style: PageStyle): number {
  const area = textArea(style);
  const t = style.text;
  const s = style.space;
  switch (block.kind) {
    case "title":
      return (
        roleHeight(t.title, lineCount(block.text, area.width, t.title.size)) +
        s.afterTitle +
        (block.subtitle ? roleHeight(t.subtitle, lineCount(block.subtitle, area.width, t.subtitle.size)) : 0) +
        s.afterSubtitle
      );
    case "heading":
      return (
        s.beforeHeading + roleHeight(t.heading, lineCount(block.text, area.width, t.heading.size)) + s.afterHeading
      );
    case "subheading":
      return (
        s.beforeHeading +
        roleHeight(t.subheading, lineCount(block.text, area.width, t.subheading.size)) +
        s.afterHeading
      );
    case "paragraph": {
      const role = block.small ? t.small : t.body;
      return roleHeight(role, lineCount(block.text, area.width, role.size, block.indent ? 2 : 0)) + s.afterParagraph;
    }
    case "continued":
      return roleHeight(t.continued, lineCount(block.text, area.width, t.continued.size)) + s.afterParagraph + 2;
    case "fields": {
      const widths = fieldWidths(style, block.paired ?? false);
      return (
        fieldRows(block).reduce((h, row) => h + fieldRowHeight(style, row, widths, block.paired ?? false), 0) +
        s.afterTable
      );
    }
    case "table": {
      const widths = block.widths ?? columnWidths(style, block.columns, block.rows, area.width);
      return tableHeight(style, block, widths, (i) =>
        rowHeight(style, block.rows[i] as string[], widths, block.writeIn ? 3 : 1),
      );
    }
    case "space":
      return spaceHeight(style, block.label, block.lines) + s.afterTable;
    case "signatures": {
      let h = 0;
      for (let i = 0; i < block.entries.length; i += 2)
        h += signatureRowHeight(
          style,
          block.entries.slice(i, i + 2).map((e) => e.text),
          area.width / 2,
        );
      return h + s.afterTable;
    }
    case "seals": {
      // A name too long for its third of the line wraps, and its row grows.
      const first = Math.max(1, ...block.names.slice(0, 3).map((n) => lineCount(n, area.width / 3, t.body.size)));
      return (
        s.sealGap +
        first * t.body.line +
        (Math.ceil(block.names.length / 3) - 1) * s.sealRow +
        t.body.line +
        s.afterParagraph
      );
    }
  }
}

export function spaceHeight(style: PageStyle, label: string, lines: number): number {
  const area = textArea(style);
  return (
    lineCount(label, area.width - 2 * style.space.cellH, style.text.cell.size) * style.text.cell.line +
    lines * style.space.writeLine +
    2 * style.space.cellV +
    1
  );
}

/**
 * A table's height: its head, its rows (the height of row i as `rowAt` gives it, summed in order),
 * the space after it. One sum for blockHeight and for paginate's measurer, which remembers rows.
 */
export function tableHeight(
  style: PageStyle,
  block: Extract<Block, { kind: "table" }>,
  widths: number[],
  rowAt: (index: number) => number,
): number {
  let rows = 0;
  for (let i = 0; i < block.rows.length; i++) rows += rowAt(i);
  return (
    rowHeight(
      style,
      block.columns.map((c) => c.title),
      widths,
    ) +
    rows +
    style.space.afterTable
  );
}
