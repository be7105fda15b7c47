import { existsSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { toBlockYaml } from "../util/block-yaml.js";
import { writeFileAtomic, toPosix } from "../util/fs.js";
import { parseYaml, type FileProblem } from "../util/yaml-source.js";
import { parseYamlData } from "../util/yaml-fast.js";
import { validatorFor, valueAt } from "../registries/schemas.js";
import { sha256Bytes } from "../util/hash.js";
import { DrawError } from "./draw-error.js";
import { readRegularFile } from "../util/read-file.js";
import { UsageError } from "../diagnostics/errors.js";
import { describeFault } from "../util/io-error.js";
import { codePointName, forbiddenCharacter } from "../util/safe-text.js";
import { DRAWS_DIR, type DrawRecord } from "./record.js";
import { openedCache } from "../workspace/cache.js";

export const recordPath = (campaign: string) => `${DRAWS_DIR}/${campaign}.draw.yaml`;
export const supersededPath = (campaign: string, attempt: number) =>
  `${DRAWS_DIR}/superseded/${campaign}.attempt-${attempt}.draw.yaml`;

/** The record as written: a schema line for editors, a comment, then canonical YAML. */
export function recordText(record: DrawRecord, schemaHref: string): string {
  const header = `# yaml-language-server: $schema=${schemaHref}\n# 抽取记录（由 checkonce draw 写入，请勿手工修改；checkonce verify 可复核）/ Draw record: written by checkonce, checked by checkonce verify.\n`;
  return header + toBlockYaml(record);
}

export function writeRecord(root: string, rel: string, record: DrawRecord): string {
  const depth = rel.split("/").length - 1;
  const text = recordText(record, `${"../".repeat(depth)}.checkonce/schemas/draw-record.schema.json`);
  writeFileAtomic(join(root, rel), text);
  return sha256Bytes(text);
}

export interface LoadedRecord {
  record: DrawRecord;
  /** SHA-256 of the file's bytes, as the ledger holds it. */
  digest: string;
  /** As shown to the user: relative to the workspace (or bundle). */
  path: string;
}

/** Reads and schema-checks a record; a broken one is refused with the first problem named. */
export function readRecord(path: string, shown: string): LoadedRecord {
  const read = readRegularFile(path);
  if (!read.ok) {
    if ((read.fault === "io" && read.errno === "ENOENT") || (read.fault === "special" && read.kind === "folder"))
      throw new DrawError("record-not-found", { record: shown });
    throw new UsageError("file-cannot-use", { file: shown, ...describeFault(read) });
  }
  const bytes = read.bytes;
  const digest = sha256Bytes(bytes);
  // The same bytes checked by the same tool and schemas in an earlier run: neither parsed nor checked again.
  const cache = openedCache();
  const known = cache?.getRecord(resolve(path), digest);
  if (known !== undefined) return { record: withoutSchemaKey(known), digest, path: shown };
  const text = bytes.toString("utf8");
  // The fast data path reads what it can (util/yaml-fast.ts); anything it declines, yaml with positions.
  const parsed: { data: unknown; problems?: FileProblem[] } = parseYamlData(text, bytes) ?? parseYaml(text);
  if (parsed.problems && parsed.problems.length > 0) {
    const p = parsed.problems[0];
    throw new DrawError("record-invalid", { record: shown, detail: `${p?.line}:${p?.col} ${p?.code}` });
  }
  const validate = validatorFor("draw-record");
  if (!validate(parsed.data)) {
    const e = validate.errors?.[0];
    const pointer = e?.instancePath || "/";
    // A character nobody can see is named by its code point, as validate names it in a registry.
    const found =
      e?.keyword === "format" && (e.params.format === "single-line" || e.params.format === "multi-line")
        ? forbiddenCharacter(String(valueAt(parsed.data, pointer)), e.params.format === "multi-line")
        : undefined;
    const detail = found
      ? `${pointer} ${codePointName(found.char)} @${found.index + 1}`
      : `${pointer} ${e?.message ?? ""}`;
    throw new DrawError("record-invalid", { record: shown, detail });
  }
  if (isJsonExact(parsed.data)) cache?.setRecord(resolve(path), digest, parsed.data);
  return { record: withoutSchemaKey(parsed.data), digest, path: shown };
}

function withoutSchemaKey(data: unknown): DrawRecord {
  const record = { ...(data as DrawRecord & { $schema?: string }) };
  delete record.$schema;
  return record;
}

/** Whether JSON gives back exactly this value (no infinite number, no -0, nothing JSON cannot hold). */
function isJsonExact(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isJsonExact);
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.values(value).every(isJsonExact);
  return false;
}

/** A record named by path, or by campaign id (its current record). */
export function resolveRecordPath(root: string, cwd: string, ref: string): { abs: string; rel: string } {
  const byPath = resolve(cwd, ref);
  if (existsSync(byPath) && statSync(byPath).isFile()) return { abs: byPath, rel: toPosix(relative(root, byPath)) };
  const rel = recordPath(ref);
  return { abs: join(root, rel), rel };
}
