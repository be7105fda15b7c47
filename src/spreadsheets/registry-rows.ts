import type { Department } from "../registries/model.js";
import type { OutCell } from "../util/csv-write.js";
import { fieldSpecs, type FieldSpec, type ImportKind } from "./columns.js";
import { DepartmentNames } from "./department-names.js";
import { getPath } from "./plan-import.js";

export interface RegistryTable {
  header: string[];
  rows: OutCell[][];
}

/**
 * A registry as a sheet with the columns `import` reads back: Chinese headers (English with
 * lang "en"), enum values in Chinese, townships and departments by name, lists and periods one per
 * line. A field an entry lacks is an empty cell, never its default, so that a round trip changes
 * nothing.
 */
export function registryTable(
  kind: ImportKind,
  entries: readonly Record<string, unknown>[],
  departments: readonly Department[],
  lang: "zh" | "en" = "zh",
): RegistryTable {
  const names = new DepartmentNames(departments);
  const specs = fieldSpecs[kind].filter((s) => !s.importOnly);
  return {
    header: specs.map((s) => (lang === "en" ? s.en : (s.headers[0] as string))),
    rows: entries.map((e) => specs.map((s) => exportCell(s, getPath(e, s.field), names))),
  };
}

function exportCell(spec: FieldSpec, value: unknown, names: DepartmentNames): OutCell {
  if (value === undefined || value === null) return null;
  switch (spec.type) {
    case "enum":
      return spec.values?.[String(value)]?.[0] ?? String(value);
    case "boolean":
      return value ? "是" : "否";
    case "integer":
    case "number":
      return typeof value === "number" ? value : String(value);
    case "list":
      return (value as string[]).join("、");
    case "periods":
      return (value as { from: string; to: string; reason?: string }[])
        .map((p) => `${p.from}~${p.to}${p.reason ? ` ${p.reason}` : ""}`)
        .join("\n");
    case "recusals":
      return (value as { object: string; reason: string }[]).map((r) => `${r.object} ${r.reason}`).join("\n");
    case "township":
      return names.nameFor(String(value), "township");
    case "department":
      return names.nameFor(String(value));
    default:
      return String(value);
  }
}
