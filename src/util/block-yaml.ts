/**
 * Block-style YAML for JSON-like data, written in one pass: much faster than a general YAML
 * serializer on large draw records. Strings that could be misread (numbers, booleans, dates,
 * anything with punctuation or non-ASCII) are written as JSON strings, which YAML 1.2 reads as
 * double-quoted scalars; everything else is plain.
 */
export function toBlockYaml(value: unknown): string {
  const out: string[] = [];
  emit(value, "", out, false);
  return out.join("");
}

/** Letters, digits, `_./-` and CJK ideographs, starting with a letter: never read as anything but text. */
const PLAIN = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_./\u4e00-\u9fff-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`toBlockYaml: ${value} has no YAML form`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = String(value);
  return PLAIN.test(text) && !RESERVED.test(text) ? text : JSON.stringify(text);
}

const key = (k: string) => (PLAIN.test(k) && !RESERVED.test(k) ? k : JSON.stringify(k));
const isCollection = (v: unknown): v is object => typeof v === "object" && v !== null;
const isEmpty = (v: object) => (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);

/** Writes `value` whose first line continues the current one (after "key:" or "- "). */
function emit(value: unknown, indent: string, out: string[], inline: boolean): void {
  if (!isCollection(value) || isEmpty(value)) {
    out.push(isCollection(value) ? (Array.isArray(value) ? "[]" : "{}") : scalar(value), "\n");
    return;
  }
  if (Array.isArray(value)) {
    if (inline) out.push("\n");
    value.forEach((item) => {
      out.push(indent, "- ");
      if (isCollection(item) && !Array.isArray(item) && !isEmpty(item))
        emitMap(item as Record<string, unknown>, `${indent}  `, out, true);
      else emit(item, `${indent}  `, out, true);
    });
    return;
  }
  if (inline) out.push("\n");
  emitMap(value as Record<string, unknown>, indent, out, false);
}

/** A mapping; `continuing` when its first key goes on the current line, after "- ". */
function emitMap(map: Record<string, unknown>, indent: string, out: string[], continuing: boolean): void {
  let first = true;
  for (const [k, v] of Object.entries(map)) {
    if (v === undefined) continue;
    if (!(first && continuing)) out.push(indent);
    first = false;
    out.push(key(k), ":");
    if (isCollection(v) && !isEmpty(v)) emit(v, Array.isArray(v) ? indent : `${indent}  `, out, true);
    else {
      out.push(" ");
      emit(v, indent, out, true);
    }
  }
}
