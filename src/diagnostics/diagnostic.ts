import type { DiagnosticCode, MessageParams } from "../i18n/messages.js";

export type Severity = "error" | "warning" | "info";

/** Everything that is wrong with input, in one shape (STYLE.md): rendered by every reporter. */
export interface Diagnostic {
  /** Path relative to the workspace root, with forward slashes. Empty for the workspace itself. */
  file: string;
  /** 1-based; 0 when the problem has no position (an unreadable file, a missing registry). */
  line: number;
  col: number;
  /** JSON Pointer into the file's data ("" for the whole file). */
  pointer: string;
  code: string;
  severity: Severity;
  params: MessageParams;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order for every output: file, line, column, code, pointer (code-unit comparison). */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.col - b.col ||
    severityRank[a.severity] - severityRank[b.severity] ||
    cmp(a.code, b.code) ||
    cmp(a.pointer, b.pointer) ||
    cmp(JSON.stringify(a.params), JSON.stringify(b.params))
  );
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countDiagnostics(list: readonly Diagnostic[]): DiagnosticCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of list) {
    if (d.severity === "error") counts.errors++;
    else if (d.severity === "warning") counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** Severity is a property of the code, except where the data itself lowers it (an exemption). */
export function severityOf(code: DiagnosticCode, _params: MessageParams): Diagnostic["severity"] {
  return warningCodes.has(code) ? "warning" : infoCodes.has(code) ? "info" : "error";
}

const warningCodes = new Set<DiagnosticCode>([
  "credit-code-exempted",
  "notice-number-not-unique",
  "file-empty",
  "registry-folder-empty",
  "object-no-item",
  "item-not-published",
  "plan-filed-late",
  "campaign-department-missing",
  "certificate-expired",
  "certificate-expiring",
  "campaign-capacity",
  "campaign-no-township-staff",
  "campaign-township-staff-risk",
]);
const infoCodes = new Set<DiagnosticCode>(["department-pool"]);
