import type { FileProblem, Position } from "../util/yaml-source.js";
import type { FileKind } from "./kinds.js";
import { checkCreditCode, checkResidentId } from "./identifiers.js";

type Locate = (pointer: string, mode?: "value" | "key") => Position;

/**
 * Checks that need nothing but the file itself, so their results are cached with it: the check
 * characters of credit codes (GB 32100-2015) and resident ID numbers (GB 11643-1999).
 */
export function checkFileContent(kind: FileKind, data: unknown, locate: Locate): FileProblem[] {
  const problems: FileProblem[] = [];
  const at = (pointer: string, code: FileProblem["code"], params: FileProblem["params"]) => {
    const { line, col } = locate(pointer);
    problems.push({ code, line, col, pointer, params });
  };
  const entries = (key: string): [number, Record<string, unknown>][] => {
    const list = data !== null && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
    return Array.isArray(list)
      ? list.flatMap((e, i) =>
          e !== null && typeof e === "object" && !Array.isArray(e)
            ? [[i, e as Record<string, unknown>] as [number, Record<string, unknown>]]
            : [],
        )
      : [];
  };
  const checkIdNumber = (pointer: string, value: unknown) => {
    if (typeof value !== "string" || !/^[0-9]{17}[0-9X]$/.test(value)) return;
    const result = checkResidentId(value);
    if (!result.ok) at(pointer, "resident-id-invalid", { expected: result.expected });
  };

  if (kind === "objects") {
    for (const [i, object] of entries("objects")) {
      const id = object.id;
      if (typeof id === "string" && id.length === 18) {
        const result = checkCreditCode(id);
        const exemption = object.creditCodeExemption as { reason?: unknown } | undefined;
        if (!result.ok && result.malformed) at(`/objects/${i}/id`, "credit-code-malformed", { id });
        else if (!result.ok && typeof exemption?.reason === "string")
          at(`/objects/${i}/id`, "credit-code-exempted", { id, expected: result.expected, reason: exemption.reason });
        else if (!result.ok) at(`/objects/${i}/id`, "credit-code-invalid", { id, expected: result.expected });
      }
      const contact = object.contact as Record<string, unknown> | undefined;
      if (contact) checkIdNumber(`/objects/${i}/contact/idNumber`, contact.idNumber);
    }
  }
  if (kind === "inspectors") {
    for (const [i, inspector] of entries("inspectors")) checkIdNumber(`/inspectors/${i}/idNumber`, inspector.idNumber);
  }
  return problems;
}
