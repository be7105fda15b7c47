import type { ImportMappingFile } from "../generated/import-mapping.js";
import { fieldSpecs, type FieldSpec, type ImportKind } from "./columns.js";
import { enumKey, halfWidth } from "./normalize.js";

export interface ResolvedMapping {
  kind: ImportKind;
  /** Header key → the column's field, or "ignore". */
  headers: Map<string, FieldSpec | "ignore">;
  /** For enum fields: value key → registry value (built-in synonyms, then the mapping file's). */
  values: Map<string, Map<string, string>>;
  sheet: string | undefined;
}

/** A header as it is compared: half-width, no spaces, no required-field star, no trailing colon, lower case. */
export function headerKey(header: string): string {
  return halfWidth(header)
    .replace(/[（]/g, "(")
    .replace(/[）]/g, ")")
    .replace(/\s+/g, "")
    .replace(/^\*+|\*+$/g, "")
    .replace(/[:：]$/, "")
    .toLowerCase();
}

/** The built-in mapping of a kind, extended or overridden by a mapping file's section for it. */
export function resolveMapping(kind: ImportKind, file?: ImportMappingFile): ResolvedMapping {
  const specs = fieldSpecs[kind];
  const headers = new Map<string, FieldSpec | "ignore">();
  const values = new Map<string, Map<string, string>>();
  for (const spec of specs) {
    for (const h of spec.headers) if (!headers.has(headerKey(h))) headers.set(headerKey(h), spec);
    if (spec.values) {
      const map = new Map<string, string>();
      for (const [value, names] of Object.entries(spec.values)) {
        map.set(enumKey(value), value);
        for (const name of names) map.set(enumKey(name), value);
      }
      values.set(spec.field, map);
    }
  }
  // The last column of a <file>.rejected.csv says what was wrong: importing it again after correction ignores it.
  for (const h of ["问题", "problems"]) headers.set(headerKey(h), "ignore");
  const section = file?.[kind];
  for (const [header, field] of Object.entries(section?.columns ?? {})) {
    const spec = field === "ignore" ? "ignore" : specs.find((s) => s.field === field);
    if (spec) headers.set(headerKey(header), spec);
  }
  for (const [field, map] of Object.entries(section?.values ?? {})) {
    let target = values.get(field);
    if (!target) values.set(field, (target = new Map()));
    for (const [from, to] of Object.entries(map)) target.set(enumKey(from), to);
  }
  return { kind, headers, values, sheet: section?.sheet };
}
