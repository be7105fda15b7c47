import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Document, type Node as YamlNode } from "yaml";
import type { DiagnosticCode, MessageParams } from "../i18n/messages.js";

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
}

/** Aliases are a YAML feature nobody needs in a registry; beyond this many, it is an attack. */
const MAX_ALIAS_COUNT = 1000;

/**
 * Parses once with positions (STYLE.md: parseDocument + LineCounter, unique keys, no merge keys),
 * turning every parser complaint into a positioned problem instead of an exception.
 */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
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
      problems.push({ code: "yaml-syntax", line, col, pointer: "", params: { detail: firstLine(error.message) } });
      sawSyntax = true;
    }
  }
  const locate = (pointer: string, mode: "value" | "key" = "value") => locateNode(doc, lineCounter, pointer, mode);
  if (problems.length > 0) return { data: undefined, problems, locate };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const code = error instanceof RangeError ? "yaml-too-deep" : "yaml-alias-limit";
    problems.push({ code, line: 1, col: 1, pointer: "", params: {} });
    return { data: undefined, problems, locate };
  }
  return { data, problems, locate };
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
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) break;
      if (last && mode === "key" && isNodeWithRange(pair.key)) {
        best = pair.key;
        break;
      }
      node = pair.value;
      if (isNodeWithRange(node)) best = node;
      else if (isNodeWithRange(pair.key)) best = pair.key;
    } else if (isSeq(node)) {
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
