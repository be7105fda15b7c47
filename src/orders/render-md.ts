import { fieldRows, plain, type Block, type OrdersDocument } from "./document.js";
import { documentValue } from "../util/safe-text.js";

/** Inline text: Markdown's special characters escaped, so that a name never becomes markup. */
const inline = (s: string) => plain(s).replace(/([\\`*_[\]<>|#])/g, "\\$1");
const cell = (s: string) => inline(s).replace(/\r?\n/g, "<br>");
/** A line to write on; the full-width low line is not Markdown markup. */
const blankLine = "\uff3f".repeat(14);

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => (c === "" ? " " : cell(c))).join(" | ")} |`;
  return [line(head), `|${head.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n");
}

function block(b: Block): string {
  switch (b.kind) {
    case "title":
      return (
        `# ${inline(b.text)}` +
        (b.subtitle
          ? `\n\n${b.subtitle
              .split("\n")
              .map((l) => `**${inline(l)}**`)
              .join("  \n")}`
          : "")
      );
    case "heading":
      return `## ${inline(b.text)}`;
    case "subheading":
      return `### ${inline(b.text)}`;
    case "paragraph":
    case "continued":
      return inline(b.text);
    case "fields": {
      const rows = fieldRows(b).map((row) => row.flatMap((f) => [f.label, f.value === "" ? blankLine : f.value]));
      const width = Math.max(...rows.map((r) => r.length));
      return table(
        Array.from({ length: width }, () => ""),
        rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => "")]),
      );
    }
    case "table":
      return table(
        b.columns.map((c) => c.title),
        b.rows,
      );
    case "space":
      return `**${inline(b.label)}**\n\n${Array.from({ length: b.lines }, () => blankLine).join("  \n")}`;
    case "signatures":
      return b.entries.map((e) => `- ${inline(e.text).replace(/\n/g, "  \n  ")}  \n  ${inline(e.line)}`).join("\n");
    case "seals":
      return [...b.names.map((n) => inline(n)), inline(b.date)].join("  \n");
  }
}

/** Markdown for reading on screen or in a repository: each document of the file after a horizontal rule. */
export function renderMarkdown(input: OrdersDocument): string {
  const doc = documentValue(input);
  const banner = doc.banner ? `> **${inline(doc.banner)}**\n\n` : "";
  const parts = doc.sections.map((sec) => banner + sec.flow.map(block).join("\n\n"));
  const notes = [...new Set(doc.sections.flatMap((sec) => (sec.note ? [sec.note] : [])))];
  return `${parts.join("\n\n---\n\n")}\n${notes.map((n) => `\n---\n\n*${inline(n)}*\n`).join("")}`;
}
