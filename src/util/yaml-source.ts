import { createRequire } from "node:module";
import type { Document, LineCounter, Node as YamlNode } from "yaml";
import type { DiagnosticCode, MessageParams } from "../i18n/messages.js";
import { locateLines } from "./yaml-lines.js";

/** The yaml package, loaded by the first parse: a warm run served from the cache never pays for it. */
let yamlModule: typeof import("yaml") | undefined;
const yaml = (): typeof import("yaml") =>
  (yamlModule ??= createRequire(import.meta.url)("yaml") as typeof import("yaml"));

export interface Position {
  line: number;
  col: number;
}

export interface FileProblem {
  code: DiagnosticCode;
  line: number;
  col: number;
  pointer: string;
  params: MessageParams;
}

export interface ParsedYaml {
  data: unknown;
  problems: FileProblem[];
  locate: (pointer: string, mode?: "value" | "key") => Position;
  entries: EntrySpans;
}

/** For each top-level list (`objects`, `inspectors`…), the first and last line of every entry, flat. */
export type EntrySpans = Record<string, number[]>;

/** Aliases are a YAML feature nobody needs in a registry; beyond this many, it is an attack. */
const MAX_ALIAS_COUNT = 1000;

/**
 * Parses once with positions (STYLE.md: parseDocument + LineCounter, unique keys, no merge keys),
 * turning every parser complaint into a positioned problem instead of an exception.
 */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    merge: false,
    prettyErrors: false,
    version: "1.2",
    schema: "core",
  });
  const problems: FileProblem[] = [];
  let sawExhaustion = false;
  let sawSyntax = false;
  for (const error of doc.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    if (error.code === "DUPLICATE_KEY") {
      problems.push({ code: "yaml-duplicate-key", line, col, pointer: "", params: { key: keyAt(text, error.pos[0]) } });
    } else if (error.code === "RESOURCE_EXHAUSTION") {
      // The parser reports one of these per nesting level it unwinds; one is enough.
      if (!sawExhaustion) problems.push({ code: "yaml-too-deep", line, col, pointer: "", params: {} });
      sawExhaustion = true;
    } else if (!sawSyntax) {
      // After the first syntax error the parser is out of step: what it says next (one tab gives
      // nine errors over four lines) is noise, so only the first is reported.
      // The parser's text is English; its code picks the Chinese text (i18n guideTerms).
      const params = { detail: firstLine(error.message), yamlError: error.code };
      problems.push({ code: "yaml-syntax", line, col, pointer: "", params });
      sawSyntax = true;
    }
  }
  if (problems.length === 0) problems.push(...schemaProblems(doc, text, lineCounter));
  const locate = (pointer: string, mode: "value" | "key" = "value") => locateNode(doc, lineCounter, pointer, mode);
  if (problems.length > 0) return { data: undefined, problems, locate, entries: {} };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const code = error instanceof RangeError ? "yaml-too-deep" : "yaml-alias-limit";
    problems.push({ code, line: 1, col: 1, pointer: "", params: {} });
    return { data: undefined, problems, locate, entries: {} };
  }
  return { data, problems, locate, entries: entrySpans(doc, lineCounter) };
}

/** The tags of the YAML 1.2 core schema, and `!` (plain text); anything else is refused, not guessed. */
const CORE_TAGS = new Set([
  "!",
  ...["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`),
]);

/**
 * What the core schema does not cover, refused rather than read: a tag such as
 * `!!python/object:os.system` (the parser would silently keep the plain value), `!!binary` or
 * `!!set`, and a `%YAML 1.1` directive (1.1 reads `yes` and `010` otherwise than 1.2).
 */
function schemaProblems(doc: Document, text: string, lineCounter: LineCounter): FileProblem[] {
  const problems: FileProblem[] = [];
  const version = doc.directives?.yaml;
  if (version?.explicit && version.version !== "1.2") {
    const at = text.indexOf("%YAML");
    const { line, col } = lineCounter.linePos(Math.max(at, 0));
    problems.push({ code: "yaml-version", line, col, pointer: "", params: { version: version.version } });
  }
  // Every tag starts with "!": a file without one needs no walk.
  if (!text.includes("!")) return problems;
  yaml().visit(doc, {
    Node(_, node) {
      if (node.tag === undefined || CORE_TAGS.has(node.tag)) return;
      const start = node.range?.[0] ?? 0;
      // The tag is written before the value, on its line: point at it.
      const lineStart = text.lastIndexOf("\n", start - 1) + 1;
      let bang = text.lastIndexOf("!", start);
      while (bang > lineStart && text[bang - 1] === "!") bang--;
      const { line, col } = lineCounter.linePos(bang >= lineStart ? bang : start);
      problems.push({ code: "yaml-tag", line, col, pointer: "", params: { tag: shortTag(node.tag) } });
    },
  });
  return problems;
}

/** `tag:yaml.org,2002:python/object` as written, `!!python/object`. */
function shortTag(tag: string): string {
  const shown = tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice("tag:yaml.org,2002:".length)}` : tag;
  return shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
}

function entrySpans(doc: Document, lineCounter: LineCounter): EntrySpans {
  const spans: EntrySpans = {};
  if (!yaml().isMap(doc.contents)) return spans;
  for (const pair of doc.contents.items) {
    if (!yaml().isScalar(pair.key) || !yaml().isSeq(pair.value)) continue;
    const lines: number[] = [];
    for (const item of pair.value.items) {
      const range = isNodeWithRange(item) ? item.range : undefined;
      if (!range) return {};
      lines.push(lineCounter.linePos(range[0]).line, lineCounter.linePos(Math.max(range[0], range[1] - 1)).line);
    }
    spans[String(pair.key.value)] = lines;
  }
  return spans;
}

/**
 * The position of a pointer found by parsing again only the lines of the entry it falls in
 * (`/objects/1234/township` → the few lines of object 1234). Undefined when that cannot be done
 * (flow style, several entries on one line): the caller then parses the whole file.
 */
export function locateInEntry(
  bytes: Uint8Array,
  spans: EntrySpans | undefined,
  pointer: string,
  mode: "value" | "key" = "value",
): Position | undefined {
  const segments = parsePointer(pointer);
  const [key, index, ...rest] = segments;
  if (!spans || key === undefined || index === undefined || !/^\d+$/.test(index)) return undefined;
  const list = spans[key];
  const first = list?.[Number(index) * 2];
  const last = list?.[Number(index) * 2 + 1];
  if (first === undefined || last === undefined) return undefined;
  const neighbours = [list?.[Number(index) * 2 - 1], list?.[Number(index) * 2 + 2]];
  if (neighbours.includes(first) || neighbours.includes(last)) return undefined;
  const start = lineOffset(bytes, first);
  const end = lineOffset(bytes, last + 1);
  if (start === undefined) return undefined;
  const snippet = new TextDecoder().decode(bytes.subarray(start, end ?? bytes.length)).replace(/^\uFEFF/, "");
  if (!/^\s*- /.test(snippet)) return undefined;
  // The line reader places what it reads as yaml does (test/unit/yaml-lines.test.ts), without
  // loading yaml; anything else is parsed by yaml.
  const quick = locateLines(snippet, ["0", ...rest], mode);
  if (quick && Array.isArray(quick.data) && quick.data.length === 1)
    return { line: quick.line + first - 1, col: quick.col };
  const lineCounter = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(snippet, {
    lineCounter,
    uniqueKeys: false,
    merge: false,
    prettyErrors: false,
    version: "1.2",
    schema: "core",
  });
  if (doc.errors.length > 0 || !yaml().isSeq(doc.contents) || doc.contents.items.length !== 1) return undefined;
  const pos = locateNode(doc, lineCounter, joinPointer([0, ...rest]), mode);
  return { line: pos.line + first - 1, col: pos.col };
}

const lineStarts = new WeakMap<Uint8Array, number[]>();

/** Byte offset where 1-based line `line` starts, or undefined past the end (line starts kept per file). */
function lineOffset(bytes: Uint8Array, line: number): number | undefined {
  let starts = lineStarts.get(bytes);
  if (!starts) {
    starts = [0];
    for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) starts.push(at + 1);
    lineStarts.set(bytes, starts);
  }
  return starts[line - 1];
}

function firstLine(text: string): string {
  return text.split("\n")[0]?.trim() ?? text;
}

function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200);
  const match = /^\s*["']?([^"':\n]*)/.exec(rest);
  return match?.[1]?.trim() ?? "";
}

export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function joinPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** The node a pointer names, or the nearest existing parent when part of the path is missing. */
function locateNode(doc: Document, lineCounter: LineCounter, pointer: string, mode: "value" | "key"): Position {
  let node: unknown = doc.contents;
  let best: YamlNode | null = isNodeWithRange(node) ? node : null;
  const segments = parsePointer(pointer);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as string;
    const last = i === segments.length - 1;
    if (yaml().isMap(node)) {
      const pair = node.items.find((p) => yaml().isPair(p) && yaml().isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) break;
      if (last && mode === "key" && isNodeWithRange(pair.key)) {
        best = pair.key;
        break;
      }
      node = pair.value;
      if (isNodeWithRange(node)) best = node;
      else if (isNodeWithRange(pair.key)) best = pair.key;
    } else if (yaml().isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) break;
      node = item;
      if (isNodeWithRange(node)) best = node;
    } else break;
  }
  const offset = best?.range?.[0] ?? 0;
  return lineCounter.linePos(offset);
}

function isNodeWithRange(node: unknown): node is YamlNode {
  return typeof node === "object" && node !== null && "range" in node && Array.isArray((node as YamlNode).range);
}
