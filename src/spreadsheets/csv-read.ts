import { emptyCell, type Cell, type Sheet, type SheetRow } from "./sheet.js";
import { unprotectCell } from "../util/csv-write.js";

export interface CsvProblem {
  code: "import-csv-quote";
  line: number;
  row: number;
}

/**
 * RFC 4180 as Excel and WPS write it (and read it): quoted fields may hold the delimiter, quotes
 * doubled and line breaks; CRLF or LF. As Excel does, a quote inside an unquoted field is kept as
 * text. Hand-written rather than a library: each row must keep the line it started on for the
 * messages, and our own `="…"` text cells (util/csv-write.ts) are read back here.
 */
export function parseCsv(text: string, sheetName: string): { sheet: Sheet; problems: CsvProblem[] } {
  const delimiter = sniffDelimiter(text);
  const rows: SheetRow[] = [];
  const problems: CsvProblem[] = [];
  let fields: Cell[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let quoteLine = 1;
  let i = 0;
  const n = text.length;
  const endField = () => {
    fields.push(toCell(field, wasQuoted));
    field = "";
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    rows.push({ row: rows.length + 1, cells: fields });
    fields = [];
  };
  while (i < n) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === "\n") line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "" && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
      i++;
    } else if (c === delimiter) {
      endField();
      i++;
    } else if (c === "\r" || c === "\n") {
      endRow();
      if (c === "\r" && text[i + 1] === "\n") i++;
      i++;
      line++;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) problems.push({ code: "import-csv-quote", line: quoteLine, row: rows.length + 1 });
  if (field !== "" || fields.length > 0 || wasQuoted) endRow();
  // Blank lines at the end are not rows anybody meant.
  while (rows.length > 0 && (rows[rows.length - 1] as SheetRow).cells.every((c) => c.kind === "empty")) rows.pop();
  return { sheet: { name: sheetName, rows }, problems };
}

function toCell(field: string, wasQuoted: boolean): Cell {
  if (field === "" && !wasQuoted) return emptyCell;
  const text = unprotectCell(field);
  return text === "" ? emptyCell : { kind: "text", text };
}

/** The delimiter of the header line: comma, or the tab of Excel's "Unicode text", or a semicolon. */
function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    ["\t", 0],
    [";", 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) as number) + 1);
  }
  let best = ",";
  for (const [d, count] of counts) if (count > (counts.get(best) as number)) best = d;
  return best;
}
