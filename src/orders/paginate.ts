import { fieldRows, type Block, type Sheet } from "./document.js";
import {
  blockHeight,
  columnWidths,
  fieldRowHeight,
  fieldWidths,
  lineCount,
  rowHeight,
  wrapLines,
  signatureRowHeight,
  spaceHeight,
  tableHeight,
} from "./measure.js";
import { textArea, type PageStyle } from "./page-styles.js";

export interface PaginateOptions {
  /** The first line of every continuation sheet: "检查记录单（续页） 被检查单位：…". */
  continued: string;
  /** Appended to the label of a box that goes on over a sheet: "（续）". */
  more: string;
  /** Printed at the top of every sheet (the NOT VERIFIED banner): its room is kept free. */
  banner?: string;
  /** Printed at the foot of every sheet when the document needs more than one (the party's initials on each page). */
  foot?: Block;
}

/** What an estimate may miss on a sheet (rounding in the browsers and word processors): kept free. */
const SLACK = 8;

/**
 * Lays a document's blocks out on sheets. A table, a box to write in, a block of fields or of
 * signatures that does not fit goes on over the next sheet, row by row, its header repeated; any
 * other block moves whole. A heading (and a paragraph marked keep) never ends a sheet: it moves
 * with the first part of what follows. Every sheet after the first starts with the 续页 line.
 */
export function paginate(flow: readonly Block[], style: PageStyle, options: PaginateOptions): Sheet[] {
  const fixed = flow.map((b) => fixWidths(b, style));
  const measure = measurer(style);
  const once = layOut(fixed, style, options, undefined, measure);
  if (once.length <= 1 || !options.foot) return once;
  return layOut(fixed, style, options, options.foot, measure);
}

/**
 * Heights in one style, each table row measured once: a table split over many sheets (the list for
 * publication has a row per drawn object) would otherwise have every remaining row measured again at
 * each sheet, in time quadratic in its rows. The sums are taken in blockHeight's order, to the same bits.
 */
interface Measurer {
  height(b: Block): number;
  row(b: Extract<Block, { kind: "table" }>, widths: number[], index: number): number;
}

function measurer(style: PageStyle): Measurer {
  // Keyed by the widths (one array per table, kept by every part of it) and the row itself.
  const rows = new WeakMap<number[], WeakMap<string[], number>>();
  const row = (b: Extract<Block, { kind: "table" }>, widths: number[], index: number): number => {
    const r = b.rows[index] as string[];
    let known = rows.get(widths);
    if (!known) rows.set(widths, (known = new WeakMap()));
    let h = known.get(r);
    if (h === undefined) known.set(r, (h = rowHeight(style, r, widths, b.writeIn ? 3 : 1)));
    return h;
  };
  const height = (b: Block): number => {
    if (b.kind !== "table" || !b.widths) return blockHeight(b, style);
    const widths = b.widths;
    return tableHeight(style, b, widths, (i) => row(b, widths, i));
  };
  return { height, row };
}

function layOut(
  flow: Block[],
  style: PageStyle,
  options: PaginateOptions,
  foot: Block | undefined,
  measure: Measurer,
): Sheet[] {
  const area = textArea(style);
  const banner = options.banner ? bannerHeight(style, options.banner) : 0;
  const capacity = area.height - SLACK - banner - (foot ? blockHeight(foot, style) : 0);
  const continued: Block = { kind: "continued", text: options.continued };
  const heightOf = measure.height;
  const sheets: Sheet[] = [];
  let blocks: Block[] = [];
  let used = 0;
  let fresh = true;
  const newSheet = () => {
    sheets.push({ blocks: foot ? [...blocks, foot] : blocks });
    blocks = [continued];
    used = heightOf(continued);
    fresh = true;
  };
  const place = (b: Block, h: number) => {
    blocks.push(b);
    used += h;
    fresh = false;
  };

  const queue = [...flow];
  while (queue.length > 0) {
    const b = queue.shift() as Block;
    const h = heightOf(b);
    if (keepsWithNext(b) && queue.length > 0) {
      // The heading and its followers need room for all of them and the first piece of the next block.
      let need = h;
      let k = 0;
      while (k < queue.length - 1 && keepsWithNext(queue[k] as Block)) need += heightOf(queue[k++] as Block);
      need += firstPieceHeight(queue[k] as Block, style, measure);
      if (!fresh && used + need > capacity) newSheet();
      place(b, h);
      continue;
    }
    if (used + h <= capacity) {
      place(b, h);
      continue;
    }
    if (b.kind === "space" && b.minLines !== undefined && b.minLines < b.lines) {
      // A box that would go over the sheet for want of a line or two is made smaller instead.
      const fit = Math.floor((capacity - used - heightOf({ ...b, lines: 0 })) / style.space.writeLine);
      if (fit >= b.minLines) {
        const smaller = { ...b, lines: fit };
        place(smaller, heightOf(smaller));
        continue;
      }
    }
    const split = splitBlock(b, style, capacity - used, options.more, measure);
    if (split) {
      place(split[0], heightOf(split[0]));
      newSheet();
      queue.unshift(split[1]);
      continue;
    }
    if (fresh) {
      // Taller than a whole sheet and not to be split: printed as it is; the browser test reports the overflow.
      place(b, h);
      continue;
    }
    newSheet();
    queue.unshift(b);
  }
  sheets.push({ blocks: foot ? [...blocks, foot] : blocks });
  return sheets;
}

function keepsWithNext(b: Block): boolean {
  return (
    b.kind === "heading" ||
    b.kind === "subheading" ||
    b.kind === "title" ||
    b.kind === "continued" ||
    (b.kind === "paragraph" && b.keep === true)
  );
}

/** A table's widths fixed once from all its rows, so that every part of it lines up. */
function fixWidths(b: Block, style: PageStyle): Block {
  if (b.kind !== "table" || b.widths) return b;
  return { ...b, widths: columnWidths(style, b.columns, b.rows, textArea(style).width) };
}

/** The height of the smallest piece a block can start a sheet with (its header and first row). */
function firstPieceHeight(b: Block, style: PageStyle, measure: Measurer): number {
  const split = splitBlock(b, style, 0, "", measure, true);
  return split ? measure.height(split[0]) : measure.height(b);
}

/**
 * The largest first part of `b` that fits in `room`, and the rest; undefined when not even the
 * smallest part fits or the block cannot be split. `smallest`: return the smallest part instead.
 */
function splitBlock(
  b: Block,
  style: PageStyle,
  room: number,
  more: string,
  measure: Measurer,
  smallest = false,
): [Block, Block] | undefined {
  const s = style.space;
  const take = (heights: number[], base: number, min: number): number =>
    takeRows(heights.length, (i) => heights[i] ?? 0, base, min);
  // The rows that fit, measured one by one until one does not: never the whole rest of a long table.
  const takeRows = (count: number, heightOf: (i: number) => number, base: number, min: number): number => {
    if (smallest) return count > min ? min : 0;
    let h = base;
    let n = 0;
    while (n < count && h + heightOf(n) <= room) h += heightOf(n++);
    return n >= min && n < count ? n : 0;
  };
  switch (b.kind) {
    case "table": {
      const widths = b.widths ?? columnWidths(style, b.columns, b.rows, textArea(style).width);
      const head = rowHeight(
        style,
        b.columns.map((c) => c.title),
        widths,
      );
      const rowOf = b.widths
        ? (i: number) => measure.row(b, widths, i)
        : (i: number) => rowHeight(style, b.rows[i] ?? [], widths, b.writeIn ? 3 : 1);
      const n = takeRows(b.rows.length, rowOf, head + s.afterTable, 1);
      return n === 0
        ? undefined
        : [
            { ...b, rows: b.rows.slice(0, n) },
            { ...b, rows: b.rows.slice(n) },
          ];
    }
    case "fields": {
      const widths = fieldWidths(style, b.paired ?? false);
      const rows = fieldRows(b);
      const n = take(
        rows.map((r) => fieldRowHeight(style, r, widths, b.paired ?? false)),
        s.afterTable,
        1,
      );
      return n === 0
        ? undefined
        : [
            { ...b, fields: rows.slice(0, n).flat() },
            { ...b, fields: rows.slice(n).flat() },
          ];
    }
    case "signatures": {
      const half = textArea(style).width / 2;
      const rows: number[] = [];
      for (let i = 0; i < b.entries.length; i += 2)
        rows.push(
          signatureRowHeight(
            style,
            b.entries.slice(i, i + 2).map((e) => e.text),
            half,
          ),
        );
      const n = take(rows, s.afterTable, 1);
      return n === 0
        ? undefined
        : [
            { ...b, entries: b.entries.slice(0, 2 * n) },
            { ...b, entries: b.entries.slice(2 * n) },
          ];
    }
    case "space": {
      // At least two lines on either side of the break.
      if (b.lines < 4) return undefined;
      const base = spaceHeight(style, b.label, 0) + s.afterTable;
      let n = smallest ? 2 : Math.floor((room - base) / s.writeLine);
      n = Math.min(n, b.lines - 2);
      if (n < 2) return undefined;
      return [
        { ...b, lines: n },
        { ...b, label: b.label + more, lines: b.lines - n },
      ];
    }
    case "paragraph": {
      // A long paragraph goes on over the sheet, at least two lines on either side (widows and orphans).
      if (b.text.includes("\n") || b.keep) return undefined;
      const role = b.small ? style.text.small : style.text.body;
      const lines = wrapLines(b.text, textArea(style).width, role.size, b.indent ? 2 : 0);
      if (lines.length < 4) return undefined;
      let n = smallest ? 2 : Math.floor((room - s.afterParagraph) / role.line);
      n = Math.min(n, lines.length - 2);
      if (n < 2) return undefined;
      return [
        { ...b, text: lines.slice(0, n).join(""), runOn: true },
        { ...b, text: lines.slice(n).join(""), indent: false },
      ];
    }
    default:
      return undefined;
  }
}

/** The NOT VERIFIED banner: a framed line of body text. */
export function bannerHeight(style: PageStyle, text: string): number {
  const area = textArea(style);
  return lineCount(text, area.width - 8, style.text.body.size) * style.text.body.line + 4 + 3 + 6;
}
