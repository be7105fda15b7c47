import type { MessageParams } from "../i18n/messages.js";
import type { Workspace } from "../registries/model.js";
import { isIsoDate } from "../util/dates.js";
import { outcomes, reasons, type ResultValues } from "./outcomes.js";
import type { IncomingResult } from "./write-results.js";

/** A problem in a CSV cell: row as a spreadsheet numbers it (the header is row 1), column by its title. */
export interface CsvProblem {
  row: number;
  column: string;
  code: string;
  params: MessageParams;
}

/** RFC 4180: quoted fields with commas, quotes and line breaks; CRLF or LF; a BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && s[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ""));
}

/** UTF-8, else GB 18030 (what Excel and WPS on a Chinese Windows save a CSV in). */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

type Column =
  | "campaign"
  | "department"
  | "object"
  | "inspectedOn"
  | "enteredOn"
  | "signature"
  | "witness"
  | "recorder"
  | "townshipStaff"
  | "inspectors"
  | "outcome"
  | "deadline"
  | "referredTo"
  | "reason"
  | "seriousViolation"
  | "findings";

/** Header titles accepted for each column: the field name, or its Chinese title. */
export const csvColumns: Record<Column, string[]> = {
  campaign: ["campaign", "工作方案"],
  department: ["department", "部门", "检查部门"],
  object: ["object", "统一社会信用代码", "检查对象"],
  inspectedOn: ["inspectedOn", "检查日期"],
  enteredOn: ["enteredOn", "录入日期"],
  signature: ["signature", "检查记录单", "签字"],
  witness: ["witness", "见证人"],
  recorder: ["recorder", "执法记录仪编号"],
  townshipStaff: ["townshipStaff", "乡镇人员", "乡镇参加人员"],
  inspectors: ["inspectors", "执法人员"],
  outcome: ["outcome", "处理结果"],
  deadline: ["deadline", "整改期限"],
  referredTo: ["referredTo", "移送机关"],
  reason: ["reason", "无法检查原因", "原因"],
  seriousViolation: ["seriousViolation", "严重失信情形"],
  findings: ["findings", "发现的问题", "检查情况"],
};

export const outcomeWords: Record<string, ResultValues["outcome"]> = {
  未发现问题: "no-problem",
  当场整改: "rectified-on-site",
  责令限期整改: "rectification-ordered",
  立案调查: "case-opened",
  移送其他行政机关: "referred-admin",
  移送司法机关: "referred-judicial",
  无法检查: "not-inspectable",
};
export const reasonWords: Record<string, NonNullable<ResultValues["reason"]>> = {
  已注销或歇业: "closed",
  通过登记的住所无法联系: "unreachable",
  拒绝或阻碍检查: "refused",
};
const signatureWords: Record<string, NonNullable<ResultValues["signature"]>> = {
  已签字: "signed",
  签字: "signed",
  拒绝签字: "refused",
  拒签: "refused",
};
const seriousWords = ["health-safety", "fair-competition", "obligations", "national-defence"] as const;

/** A cell as Excel may give it back: `="0123"` and a leading apostrophe are our own guards (publication.ts). */
const unguard = (v: string) =>
  v
    .trim()
    .replace(/^="(.*)"$/, "$1")
    .replace(/^'(?=[=+\-@])/, "");

/**
 * Results from the rows of a CSV (a department's sheet, or several departments'): one result per
 * row, every cell checked for its form here, every rule of the scheme later by planResults.
 */
export function resultsFromCsv(
  ws: Workspace,
  rows: string[][],
  options: { campaign?: string; today: string },
): { campaign: string | undefined; incoming: IncomingResult[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const header = (rows[0] ?? []).map((h) => h.trim());
  const index = new Map<Column, number>();
  header.forEach((title, i) => {
    const column = (Object.keys(csvColumns) as Column[]).find((c) =>
      csvColumns[c].some((t) => t.toLowerCase() === title.toLowerCase()),
    );
    if (column) index.set(column, i);
    else if (title !== "")
      problems.push({
        row: 1,
        column: title,
        code: "csv-unknown-column",
        params: {
          column: title,
          allowed: Object.values(csvColumns)
            .map((t) => t[1])
            .join("、"),
        },
      });
  });
  for (const needed of ["department", "object", "inspectedOn", "outcome"] as const)
    if (!index.has(needed))
      problems.push({
        row: 1,
        column: csvColumns[needed][1] as string,
        code: "csv-missing-column",
        params: { column: csvColumns[needed][1] as string, field: needed },
      });
  if (!index.has("campaign") && options.campaign === undefined)
    problems.push({
      row: 1,
      column: "工作方案",
      code: "csv-missing-column",
      params: { column: "工作方案", field: "campaign" },
    });
  if (problems.length > 0) return { campaign: options.campaign, incoming: [], problems };

  const departments = new Map<string, string>();
  for (const { value } of ws.departments) {
    departments.set(value.id, value.id);
    departments.set(value.name, value.id);
    if (value.shortName) departments.set(value.shortName, value.id);
  }
  let campaign = options.campaign;
  const incoming: IncomingResult[] = [];
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const get = (c: Column) => {
      const at = index.get(c);
      return at === undefined ? "" : unguard(cells[at] ?? "");
    };
    const bad = (c: Column, code: string, params: MessageParams = {}) =>
      problems.push({ row, column: header[index.get(c) ?? 0] ?? c, code, params: { value: get(c), ...params } });
    const rowCampaign = get("campaign") || options.campaign || "";
    if (campaign === undefined) campaign = rowCampaign;
    else if (rowCampaign !== campaign) bad("campaign", "csv-other-campaign", { campaign });
    const values: Partial<ResultValues> = { object: get("object") };
    for (const c of ["object", "inspectedOn", "outcome", "department"] as const)
      if (get(c) === "") bad(c, "csv-empty-cell");
    const department = departments.get(get("department"));
    if (!department && get("department") !== "") bad("department", "unknown-department", { id: get("department") });
    for (const c of ["inspectedOn", "enteredOn", "deadline"] as const) {
      const v = get(c).replace(/\//g, "-");
      if (v === "") continue;
      if (!isIsoDate(v)) bad(c, "csv-bad-date");
      else values[c] = v;
    }
    values.enteredOn ??= options.today;
    const outcome = get("outcome");
    const o = (outcomes as readonly string[]).includes(outcome)
      ? (outcome as ResultValues["outcome"])
      : outcomeWords[outcome];
    if (!o && outcome !== "") bad("outcome", "csv-bad-choice", { allowed: Object.keys(outcomeWords).join("、") });
    else values.outcome = o;
    const reason = get("reason");
    if (reason !== "") {
      const r = (reasons as readonly string[]).includes(reason)
        ? (reason as ResultValues["reason"])
        : reasonWords[reason];
      if (!r) bad("reason", "csv-bad-choice", { allowed: Object.keys(reasonWords).join("、") });
      else values.reason = r;
    }
    const signature = get("signature");
    if (signature !== "") {
      const s = signature === "signed" || signature === "refused" ? signature : signatureWords[signature];
      if (!s) bad("signature", "csv-bad-choice", { allowed: "已签字、拒绝签字" });
      else values.signature = s;
    }
    const serious = get("seriousViolation");
    if (serious !== "") {
      if (!(seriousWords as readonly string[]).includes(serious))
        bad("seriousViolation", "csv-bad-choice", { allowed: seriousWords.join(", ") });
      else values.seriousViolation = serious as ResultValues["seriousViolation"];
    }
    if (get("witness") !== "" || get("recorder") !== "")
      values.refusal = { witness: get("witness"), recorder: get("recorder") };
    for (const c of ["townshipStaff", "referredTo", "findings"] as const) if (get(c) !== "") values[c] = get(c);
    const inspectors = get("inspectors")
      .split(/[;；、,，\s]+/)
      .filter((s) => s !== "");
    if (inspectors.length > 0) values.inspectors = inspectors;
    if (department && values.outcome && values.inspectedOn && values.object)
      incoming.push({ department, values: values as ResultValues, source: `row ${row}` });
  });
  return { campaign, incoming, problems };
}
