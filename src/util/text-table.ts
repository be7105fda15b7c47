import { terminalText } from "./safe-text.js";

/**
 * Boxed tables for the terminal, drawn as cli-table3 draws them in its compact style (the same
 * characters, padding and widths), but in time linear in the rows and in each cell's length:
 * cli-table3 rescans earlier rows and every cell's text, and takes 15 s for one cell of 20,000
 * characters and seconds for 4,000 rows (STYLE.md). Cells are one line, control characters shown
 * as escapes, each cut to `maxCell` characters.
 */
export interface TextTableOptions {
  align?: readonly ("left" | "right")[];
  /** Header in red and borders in grey, as cli-table3's default style; off when piped or NO_COLOR. */
  colour?: boolean;
  maxCell?: number;
}

const RED = ["\u001b[31m", "\u001b[39m"] as const;
const GREY = ["\u001b[90m", "\u001b[39m"] as const;

export function textTable(
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  options: TextTableOptions = {},
): string {
  const max = options.maxCell ?? 200;
  const cells = [head, ...rows].map((row) => head.map((_, i) => terminalText(String(row[i] ?? ""), max)));
  const widths = head.map(() => 0);
  const cellWidths = cells.map((row) =>
    row.map((cell, i) => {
      const w = displayWidth(cell);
      if (w > (widths[i] as number)) widths[i] = w;
      return w;
    }),
  );
  const paint = (codes: readonly [string, string], s: string) => (options.colour ? `${codes[0]}${s}${codes[1]}` : s);
  const rule = (left: string, mid: string, right: string) =>
    paint(GREY, left + widths.map((w) => "─".repeat(w + 2)).join(mid) + right);
  const line = (row: string[], r: number) => {
    const parts = row.map((cell, i) => {
      const pad = " ".repeat((widths[i] as number) - (cellWidths[r]?.[i] ?? 0));
      const text = options.align?.[i] === "right" ? pad + cell : cell + pad;
      return ` ${r === 0 ? paint(RED, text) : text} `;
    });
    const bar = paint(GREY, "│");
    return bar + parts.join(bar) + bar;
  };
  const out = [rule("┌", "┬", "┐"), line(cells[0] as string[], 0)];
  if (cells.length > 1) out.push(rule("├", "┼", "┤"));
  for (let r = 1; r < cells.length; r++) out.push(line(cells[r] as string[], r));
  out.push(rule("└", "┴", "┘"));
  return out.join("\n");
}

/**
 * Columns a string takes in a terminal, as string-width 4 (cli-table3's) counts them: East Asian
 * wide and full-width characters and emoji 2, combining marks and joiners 0, everything else 1.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) continue;
    if ((code >= 0x300 && code <= 0x36f) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    if (code >= 0x1f3fb && code <= 0x1f3ff) continue;
    width += isWide(code) || (code > 0x2000 && EMOJI.test(char)) ? 2 : 1;
  }
  return width;
}

const EMOJI = /\p{Extended_Pictographic}/u;

/** is-fullwidth-code-point 3, the table string-width 4 uses (from Unicode's EastAsianWidth.txt). */
function isWide(c: number): boolean {
  return (
    c >= 0x1100 &&
    (c <= 0x115f ||
      c === 0x2329 ||
      c === 0x232a ||
      (c >= 0x2e80 && c <= 0x3247 && c !== 0x303f) ||
      (c >= 0x3250 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0xa4c6) ||
      (c >= 0xa960 && c <= 0xa97c) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe10 && c <= 0xfe19) ||
      (c >= 0xfe30 && c <= 0xfe6b) ||
      (c >= 0xff01 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1b000 && c <= 0x1b001) ||
      (c >= 0x1f200 && c <= 0x1f251) ||
      (c >= 0x20000 && c <= 0x3fffd))
  );
}
