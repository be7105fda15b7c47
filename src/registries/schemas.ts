import { readFileSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import type { Ajv2020, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import type { FileProblem, Position } from "../util/yaml-source.js";
import { joinPointer, parsePointer } from "../util/yaml-source.js";
import { isDiagnosticCode } from "../i18n/messages.js";
import { schemaNames, type FileKind } from "./kinds.js";
import { clip, codePointName, forbiddenCharacter } from "../util/safe-text.js";

export const schemaDir = fileURLToPath(new URL("../../schemas/", import.meta.url));

const schemaTexts = new Map<string, string>();

/** A schema's text, read once per run (the cache key, the editors' copy and ajv all need it). */
export function readSchemaText(name: string): string {
  let text = schemaTexts.get(name);
  if (text === undefined) schemaTexts.set(name, (text = readFileSync(`${schemaDir}${name}.schema.json`, "utf8")));
  return text;
}

export function listSchemaNames(): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith(".schema.json"))
    .map((f) => f.slice(0, -".schema.json".length))
    .sort();
}

let digest: string | undefined;
/** Part of every cache key: a changed schema must never serve content validated by the old one. */
export function schemasDigest(): string {
  if (digest === undefined) {
    const hash = createHash("sha256");
    for (const name of listSchemaNames()) hash.update(name).update("\0").update(readSchemaText(name)).update("\0");
    digest = hash.digest("hex");
  }
  return digest;
}

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

/** The formats the schemas use: `date` as ajv-formats defines it, and the two of every text field. */
export function schemaFormats(): Record<string, { type: "string"; validate: (s: string) => boolean }> {
  const require = createRequire(import.meta.url);
  const { fullFormats } = require("ajv-formats/dist/formats.js") as typeof import("ajv-formats/dist/formats.js");
  return {
    date: fullFormats.date as { type: "string"; validate: (s: string) => boolean },
    // Every text field is one of these (schemas/): no control characters, and a line break only
    // in free text. Editors ignore formats they do not know; the tool refuses with the character.
    "single-line": { type: "string", validate: (s: string) => !forbiddenCharacter(s, false) },
    "multi-line": { type: "string", validate: (s: string) => !forbiddenCharacter(s, true) },
  };
}

/** ajv as every schema is compiled with, here at run time or by the build (write-validators.ts). */
export function newAjv(code?: import("ajv/dist/2020.js").Options["code"]): Ajv2020 {
  const require = createRequire(import.meta.url);
  const { Ajv2020: Ajv } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const instance = new Ajv({ strict: true, allErrors: true, ...(code ? { code } : {}) });
  for (const [name, format] of Object.entries(schemaFormats())) instance.addFormat(name, format);
  return instance;
}

/** Compiled by the build (dist/registries/validators.cjs), for exactly these schemas; see write-validators.ts. */
export const PRECOMPILED_FILE = "validators.cjs";
interface Precompiled {
  digest: string;
  factories: Record<string, (formats: ReturnType<typeof schemaFormats>) => ValidateFunction>;
}
let precompiled: Precompiled | null | undefined;

function precompiledFor(name: string): ValidateFunction | undefined {
  if (precompiled === undefined) {
    try {
      // By a path that holds from dist/registries/ and from the bundle's dist/bundle/ alike.
      const file = fileURLToPath(new URL(`../registries/${PRECOMPILED_FILE}`, import.meta.url));
      const loaded = createRequire(import.meta.url)(file) as Precompiled;
      // Schemas edited since the build are compiled afresh, never validated by the old code.
      precompiled = loaded.digest === schemasDigest() ? loaded : null;
    } catch {
      precompiled = null;
    }
  }
  const factory = precompiled?.factories[name];
  return factory ? factory(schemaFormats()) : undefined;
}

/** Whether the validators of this run come from the build (for the tests: a cold run compiles nothing). */
export function validatorsPrecompiled(): boolean {
  return precompiledFor("config") !== undefined;
}

function compileValidator(name: string): ValidateFunction {
  ajv ??= newAjv();
  return ajv.compile(JSON.parse(readSchemaText(name)) as object);
}

/**
 * Precompiled by the build when the schemas are those it compiled (a cold run compiles nothing:
 * compiling every schema took half a second); otherwise compiled on first use. Either way loaded
 * only when something is validated: a warm run served from the cache never pays for ajv.
 */
export function validatorFor(name: string): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    validate = precompiledFor(name) ?? compileValidator(name);
    validators.set(name, validate);
  }
  return validate;
}

export function checkSchema(
  kind: FileKind,
  data: unknown,
  locate: (pointer: string, mode?: "value" | "key") => Position,
): FileProblem[] {
  const validate = validatorFor(schemaNames[kind]);
  if (validate(data)) return [];
  return (validate.errors ?? []).filter(isReportable).map((error) => toProblem(error, data, locate));
}

/** `if`/`anyOf` wrappers only repeat what their inner errors already say. */
function isReportable(error: ErrorObject): boolean {
  return error.keyword !== "if" && error.keyword !== "anyOf" && error.keyword !== "oneOf";
}

function toProblem(
  error: ErrorObject,
  data: unknown,
  locate: (pointer: string, mode?: "value" | "key") => Position,
): FileProblem {
  const params = error.params as Record<string, unknown>;
  let pointer = error.instancePath;
  let mode: "value" | "key" = "value";
  let field = fieldLabel(pointer);
  const out: Record<string, string | number> = {};
  switch (error.keyword) {
    case "required":
      // Missing: point at the nearest existing parent (the entry that lacks the field).
      field = joinField(field, String(params.missingProperty));
      break;
    case "additionalProperties":
      pointer = joinPointer([...parsePointer(pointer), String(params.additionalProperty)]);
      field = joinField(field, String(params.additionalProperty));
      mode = "key";
      break;
    case "type":
      out.expected = String(params.type);
      break;
    case "enum":
      out.allowed = (params.allowedValues as unknown[]).map(String).join(", ");
      break;
    case "format":
      if (params.format === "single-line" || params.format === "multi-line") {
        const text = String(valueAt(data, pointer));
        const found = forbiddenCharacter(text, params.format === "multi-line");
        out.char = codePointName(found?.char ?? "");
        out.offset = (found?.index ?? 0) + 1;
        const { line, col } = locate(pointer, mode);
        return { code: "text-control-character", line, col, pointer, params: { field: clip(field, 200), ...out } };
      }
      out.value = clip(String(valueAt(data, pointer)), 80);
      out.format = String(params.format ?? "");
      break;
    case "pattern":
      // A value shown in a message is cut: it may be megabytes long.
      out.value = clip(String(valueAt(data, pointer)), 80);
      out.format = String(params.format ?? "");
      break;
    case "maxLength":
      out.limit = Number(params.limit);
      out.length = [...String(valueAt(data, pointer))].length;
      break;
    case "minimum":
    case "maximum":
    case "minLength":
    case "minItems":
      out.limit = Number(params.limit);
      break;
    default:
      out.detail = error.message ?? error.keyword;
  }
  // “” must be a mapping says nothing: a document, or an entry, that is a list or a scalar gets its own message.
  const wholeType =
    error.keyword === "type" && field === "" ? (pointer === "" ? "schema-root-type" : "schema-entry-type") : undefined;
  if (wholeType) out.actual = jsonType(valueAt(data, pointer));
  if (wholeType === "schema-entry-type") out.list = parsePointer(pointer)[0] ?? "";
  const code = wholeType ?? `schema-${error.keyword}`;
  const { line, col } = locate(pointer, mode);
  return {
    code: isDiagnosticCode(code) ? code : "schema-other",
    line,
    col,
    pointer,
    params: { field: clip(field, 200), ...out },
  };
}

function jsonType(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

function joinField(parent: string, child: string): string {
  return parent === "" ? child : `${parent}.${child}`;
}

/** "/inspectors/3/certificate/validTo" → "certificate.validTo": the field inside its entry. */
export function fieldLabel(pointer: string): string {
  const segments = parsePointer(pointer);
  const inner = segments.length >= 2 && /^\d+$/.test(segments[1] as string) ? segments.slice(2) : segments;
  return inner.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

/** The value a JSON pointer names, or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const seg of parsePointer(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    node = Object.hasOwn(node, seg) ? (node as Record<string, unknown>)[seg] : undefined;
  }
  return node;
}
