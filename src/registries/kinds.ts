/** The kinds of file in a workspace, each with its schema (schemas/<schema>.schema.json). */
export const registryKinds = [
  "departments",
  "objects",
  "inspectors",
  "items",
  "plans",
  "upperInspected",
  "results",
] as const;
export type RegistryKind = (typeof registryKinds)[number];
export type FileKind = RegistryKind | "config";

export const schemaNames: Record<FileKind, string> = {
  config: "config",
  departments: "departments",
  objects: "objects",
  inspectors: "inspectors",
  items: "items",
  plans: "plans",
  upperInspected: "upper-inspected",
  results: "results",
};

/** Default file or folder name of each registry inside a workspace. */
export const defaultRegistryNames: Record<RegistryKind, string> = {
  departments: "departments",
  objects: "objects",
  inspectors: "inspectors",
  items: "items",
  plans: "plans",
  upperInspected: "upper-inspected",
  results: "results",
};

/** Registries a workspace may leave out (no upper-level inspections yet this year, no results yet). */
export const optionalRegistries: ReadonlySet<RegistryKind> = new Set(["upperInspected", "results"]);
