import { createRequire } from "node:module";
import type { EntrySpans } from "./yaml-source.js";
import { CORE_SCALARS, parseLines, type CoreScalar } from "./yaml-lines.js";

/**
 * The fast data path of issue 13: registries as large as a province's are read by js-yaml, several
 * times faster than `yaml` and with a fraction of its garbage, but js-yaml gives no positions and is
 * more lenient in places. So it is used only where it is known to read exactly what `yaml` (the
 * parser of record, util/yaml-source.ts) reads, and every problem goes back to `yaml`:
 *
 * - A text with anything the core schema of YAML 1.2 does not settle the same way in both (a tag,
 *   an anchor or alias, a directive, an explicit `?` key, a null or collection as a key) is declined
 *   by a scan of the text before parsing; so is any text js-yaml refuses (duplicate keys, several
 *   documents, a syntax error, control characters, nesting too deep for the stack).
 * - Plain scalars are resolved by the same rules as `yaml`'s core schema (CORE_SCALARS, with the
 *   same patterns), not by js-yaml's own core schema, which reads `0b11` and `+0x1F` as numbers
 *   (yaml: text).
 *
 * Before js-yaml, util/yaml-lines.ts tries the text: the plain block style registries are written
 * in, read line by line two to three times faster than js-yaml does; what it declines comes here.
 * What is declined here is parsed by `yaml` as before: same data, same diagnostics at the same line
 * and column. test/unit/yaml-fast.test.ts holds all three to identical data on every fixture, the
 * example and a generated corpus, and test/unit/yaml-lines.test.ts the line reader to `yaml` on
 * random texts.
 */

type JsYaml = typeof import("js-yaml");
let jsYamlModule: JsYaml | undefined;
let coreSchema: import("js-yaml").Schema | undefined;

function schema(): { jsYaml: JsYaml; schema: import("js-yaml").Schema } {
  const jsYaml = (jsYamlModule ??= createRequire(import.meta.url)("js-yaml") as JsYaml);
  coreSchema ??= jsYaml.FAILSAFE_SCHEMA.extend({ implicit: CORE_SCALARS.map((type) => scalarType(jsYaml, type)) });
  return { jsYaml, schema: coreSchema };
}

/**
 * A type of the core schema for js-yaml: the characters its plain scalars can start with (a quick
 * test that turns away names and ids before the pattern is tried), the pattern, the value.
 */
function scalarType(jsYaml: JsYaml, { name, starts, pattern, construct }: CoreScalar) {
  const empty = pattern.test("");
  return new jsYaml.Type(`tag:yaml.org,2002:${name}`, {
    kind: "scalar",
    resolve: (data: unknown) =>
      typeof data === "string" && (data === "" ? empty : starts.includes(data[0] as string) && pattern.test(data)),
    construct: (data: string) => construct(data),
  });
}

/**
 * Whether js-yaml and `yaml` could read a text differently, or `yaml` refuses what js-yaml takes:
 * a tag (`!`), anchor (`&`) or alias (`*`) where a node can start, a directive (`%` at the start of
 * a line), an explicit key (`? `), a null key (`~:`, `null:`, `{ : x }`), a flow collection as a key
 * (`[a]: x`). Conservative: text that only looks like one (`A & B`, `50 %`) is simply parsed the
 * slow way. A scan by indexOf for each sign, not one regular expression: on a province's registry
 * (hundreds of MiB, a colon on every line) that is the difference between milliseconds and seconds.
 */
export function declines(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The text starts after a byte-order mark, if there is one: what stands first stands at a line start.
  const start = isBom(b) ? 3 : 0;
  for (const sign of [BANG, AMP, STAR, QUERY]) {
    for (let at = b.indexOf(sign); at >= 0; at = b.indexOf(sign, at + 1)) {
      if (at > start && !NODE_START.has(b[at - 1] as number)) continue;
      if (sign !== QUERY || at + 1 >= b.length || BLANK.has(b[at + 1] as number)) return true;
    }
  }
  if (b[start] === PERCENT || b.includes("\n%")) return true;
  // A null key: `~:` or `null:` where a key starts; an empty one in flow style (`{ : x }`; in block
  // style, `: x`, js-yaml throws); a flow collection before a colon (`[a]: x`).
  for (const word of ["~:", "null:", "Null:", "NULL:"]) {
    for (let at = b.indexOf(word); at >= 0; at = b.indexOf(word, at + 1)) {
      if (at + word.length >= b.length || BLANK.has(b[at + word.length] as number)) {
        if (startsKey(b, at)) return true;
      }
    }
  }
  for (const sign of [BRACE_OPEN, COMMA, BRACKET_CLOSE, BRACE_CLOSE]) {
    for (let at = b.indexOf(sign); at >= 0; at = b.indexOf(sign, at + 1)) {
      let next = at + 1;
      while (b[next] === SPACE || b[next] === TAB) next++;
      if (b[next] === COLON && (next + 1 >= b.length || BLANK.has(b[next + 1] as number))) return true;
    }
  }
  return false;
}

const [BANG, AMP, STAR, QUERY, PERCENT, COLON, COMMA, DASH, HASH] = [
  0x21, 0x26, 0x2a, 0x3f, 0x25, 0x3a, 0x2c, 0x2d, 0x23,
];
const [SPACE, TAB, LF, CR, BRACKET_OPEN, BRACKET_CLOSE, BRACE_OPEN, BRACE_CLOSE] = [
  0x20, 0x09, 0x0a, 0x0d, 0x5b, 0x5d, 0x7b, 0x7d,
];
/** What may stand before a node's first character: a space or tab, a line break, a flow indicator. */
const NODE_START = new Set([SPACE, TAB, CR, LF, BRACKET_OPEN, BRACE_OPEN, COMMA]);
const BLANK = new Set([SPACE, TAB, CR, LF]);

/** Whether `at` is where a key starts: after a line's indentation and dashes, or after `{`/`,` and spaces. */
function startsKey(b: Uint8Array, at: number): boolean {
  let i = at - 1;
  for (;;) {
    while (i >= 0 && (b[i] === SPACE || b[i] === TAB)) i--;
    if (i < 0 || b[i] === LF || b[i] === BRACE_OPEN || b[i] === COMMA || (i === 2 && isBom(b))) return true;
    if (b[i] !== DASH) return false;
    // A dash counts only as a sequence entry's: after a line start, a space or another entry's dash.
    if (i > 0 && !BLANK.has(b[i - 1] as number)) return false;
    i--;
  }
}

function isBom(b: Uint8Array): boolean {
  return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

export interface FastParsed {
  data: unknown;
  entries: EntrySpans;
}

/**
 * The data of a file by the fast path (the line reader, else js-yaml), or undefined when it must go
 * to `yaml` (see above): its text, and its bytes (scanned for what declines, and for where entries
 * start, faster than the text).
 */
export function parseYamlData(text: string, bytes: Uint8Array): FastParsed | undefined {
  const lines = parseLines(text);
  if (lines) return lines;
  if (declines(bytes)) return undefined;
  const { jsYaml, schema: core } = schema();
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: core });
  } catch {
    // A syntax error, a duplicate key, control characters, a stack overflow: `yaml` says which, where.
    return undefined;
  }
  return { data, entries: scanEntrySpans(bytes, data) };
}

/**
 * For each top-level key whose value is a block sequence, the first and last line of every entry,
 * found from the text's indentation alone (as yaml-source's entrySpans finds them from the syntax
 * tree). A list whose entries the scan cannot count exactly as the data holds them gets no spans:
 * its positions are then found by parsing the whole file, only if one is ever asked for.
 */
export function scanEntrySpans(bytes: Uint8Array, data: unknown): EntrySpans {
  const spans: EntrySpans = {};
  if (data === null || typeof data !== "object" || Array.isArray(data)) return spans;
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  /** In a top-level key's block sequence: its key, the dashes' indent, the lines found, the last content line. */
  let list: { key: string; indent: number; found: number[]; last: number } | undefined;
  let pendingKey: string | undefined;
  const close = () => {
    if (!list) return;
    list.found.push(list.last);
    const value = (data as Record<string, unknown>)[list.key];
    if (Array.isArray(value) && list.found.length === value.length * 2) spans[list.key] = list.found;
    list = undefined;
  };
  // One pass over the lines, by indexOf on the bytes: no array of a million lines.
  let line = 0;
  const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  for (let at = bom; at <= b.length;) {
    let end = b.indexOf(LF, at);
    if (end < 0) end = b.length;
    line++;
    let first = at;
    while (b[first] === SPACE) first++;
    const c = b[first];
    if (first < end && c !== HASH && c !== CR && !(c === TAB && isBlank(b, first, end))) {
      const indent = first - at;
      const dash = c === DASH && (first + 1 >= end || BLANK.has(b[first + 1] as number));
      if (list && dash && indent === list.indent) {
        list.found.push(list.last, line);
        list.last = line;
      } else if (list && indent > list.indent) {
        list.last = line;
      } else {
        close();
        if (pendingKey !== undefined && dash) list = { key: pendingKey, indent, found: [line], last: line };
        pendingKey =
          indent === 0 && !dash
            ? /^([A-Za-z_][A-Za-z0-9_-]*):[ \t]*(?:#.*)?\r?$/.exec(b.toString("latin1", at, end))?.[1]
            : undefined;
      }
    }
    at = end + 1;
  }
  close();
  // An empty list (`objects: []`) has no entries to place, as yaml-source's spans say.
  for (const [key, value] of Object.entries(data)) if (Array.isArray(value) && value.length === 0) spans[key] = [];
  return spans;
}

/** Whether a line holds only spaces, tabs and perhaps a comment. */
function isBlank(b: Uint8Array, from: number, end: number): boolean {
  let i = from;
  while (i < end && (b[i] === SPACE || b[i] === TAB)) i++;
  return i >= end || b[i] === HASH || b[i] === CR;
}
