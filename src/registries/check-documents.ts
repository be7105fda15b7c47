import type { DiagnosticCode, MessageParams } from "../i18n/messages.js";
import type { Department, Located, Workspace } from "./model.js";

/** The placeholders of a 文书编号 template (checkonce.yaml documents.noticeNumber). */
export const noticeNumberPlaceholder = /\{(code|year|round|campaign|team|n|order)(?::([1-6]))?\}/g;

/** Whether every notice of a campaign gets its own number: the template holds {n}, or {team} and {order}. */
export function noticeNumberIsUnique(template: string): boolean {
  const names = new Set([...template.matchAll(noticeNumberPlaceholder)].map((m) => m[1]));
  return names.has("n") || (names.has("team") && names.has("order"));
}

/**
 * checkonce.yaml's `documents` against the registries (issue 11): every department it names
 * exists, and the notice number template tells the notices of a campaign apart.
 */
export function checkDocumentSettings(
  ws: Workspace,
  departments: ReadonlyMap<string, Located<Department>>,
  add: (entry: Located<unknown>, sub: string, code: DiagnosticCode, params: MessageParams) => void,
): void {
  const documents = ws.config.documents;
  if (!documents) return;
  const config: Located<unknown> = { value: documents, file: "checkonce.yaml", pointer: "/documents" };
  for (const id of Object.keys(documents.departments ?? {}))
    if (!departments.has(id) && !ws.brokenIds.has(id)) add(config, `/departments/${id}`, "unknown-department", { id });
  if (documents.noticeNumber !== undefined && !noticeNumberIsUnique(documents.noticeNumber))
    add(config, "/noticeNumber", "notice-number-not-unique", { template: documents.noticeNumber });
}
