import {
  Document,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type Node as YamlNode,
} from "yaml";
import type { ImportKind } from "./columns.js";
import { getPath, type ImportPlan, type KeyOrder, type PlannedEntry } from "./plan-import.js";

export interface RegistryFile {
  /** Workspace-relative path, forward slashes. */
  file: string;
  text: string;
}

export interface WrittenFile {
  file: string;
  text: string;
  created: boolean;
}

const parseOptions = { uniqueKeys: true, merge: false, version: "1.2", schema: "core", prettyErrors: false } as const;

/**
 * Applies a plan to the registry's YAML text. Only the entries that change are written again, in
 * place; every other byte of a file (comments, blank lines, quoting, flow or block style) stays as
 * it was. A new entry copies the style of the file's first entry (quoted ids, flow coordinates).
 * `target` says which file receives each new entry.
 */
export function applyImport(
  kind: ImportKind,
  plan: ImportPlan,
  files: readonly RegistryFile[],
  target: (entry: PlannedEntry) => string,
  options: { removeMissing: boolean; order: KeyOrder; schemaHeader: (file: string) => string },
): WrittenFile[] {
  const edits = new Map<string, { changed: PlannedEntry[]; added: PlannedEntry[]; removed: number[] }>();
  const editsOf = (file: string) => {
    let e = edits.get(file);
    if (!e) edits.set(file, (e = { changed: [], added: [], removed: [] }));
    return e;
  };
  for (const p of plan.entries) {
    if (p.outcome === "changed" && p.existing) editsOf(p.existing.file).changed.push(p);
    if (p.outcome === "new") editsOf(target(p)).added.push(p);
  }
  if (options.removeMissing) for (const a of plan.absent) editsOf(a.file).removed.push(a.index);

  const out: WrittenFile[] = [];
  for (const [file, e] of [...edits].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const existing = files.find((f) => f.file === file);
    const text = existing?.text ?? `${options.schemaHeader(file)}${kind}:\n`;
    out.push({ file, text: editFile(kind, text, e, options.order), created: existing === undefined });
  }
  return out;
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

function editFile(
  kind: ImportKind,
  text: string,
  e: { changed: PlannedEntry[]; added: PlannedEntry[]; removed: number[] },
  order: KeyOrder,
): string {
  const doc = parseDocument(text, parseOptions);
  if (doc.errors.length > 0) throw new Error(`cannot edit a file with YAML errors: ${doc.errors[0]?.message}`);
  const root = doc.contents;
  const seq = isMap(root) ? root.get(kind, true) : undefined;
  if (!isSeq(seq) || seq.flow || seq.items.length === 0 || !blockItems(text, seq)) return rebuild(doc, kind, e, order);
  const indent = columnOf(text, dashStart(text, seq.items[0] as YamlNode));
  const padding = /[{[] /.test(text);
  const replacements: Replacement[] = [];
  for (const p of e.changed) {
    const item = seq.items[p.existing?.index ?? -1];
    if (!isMap(item)) continue;
    applyChanges(doc, item, p, order);
    replacements.push({
      start: dashStart(text, item),
      end: lineEnd(text, item.range?.[1] ?? 0),
      text: itemText(item, indent, padding),
    });
  }
  for (const index of e.removed) {
    const item = seq.items[index] as YamlNode;
    replacements.push({
      start: commentStart(text, dashStart(text, item)),
      end: lineEnd(text, item.range?.[1] ?? 0),
      text: "",
    });
  }
  if (e.added.length > 0) {
    const last = seq.items[seq.items.length - 1] as YamlNode;
    const at = lineEnd(text, last.range?.[1] ?? text.length);
    const models = modelCache(seq.items);
    const added = itemsText(
      e.added.map((p) => styledNode(doc, p.entry, models)),
      indent,
      padding,
    );
    replacements.push({ start: at, end: at, text: (text.slice(0, at).endsWith("\n") ? "" : "\n") + added });
  }
  replacements.sort((a, b) => b.start - a.start);
  let result = text;
  for (const r of replacements) result = result.slice(0, r.start) + r.text + result.slice(r.end);
  return result;
}

/** Every entry begins on a line of its own with "- " and its first key: the layout the tool can edit in place. */
function blockItems(text: string, seq: YAMLSeq): boolean {
  return seq.items.every((item) => {
    if (!isMap(item) || item.flow || !item.range) return false;
    const start = lineStart(text, item.range[0]);
    return /^[ ]*-[ ]+$/.test(text.slice(start, item.range[0]));
  });
}

/** A file whose list is empty, flow-styled or missing is written again whole (nothing to keep but comments). */
function rebuild(
  doc: Document,
  kind: ImportKind,
  e: { changed: PlannedEntry[]; added: PlannedEntry[]; removed: number[] },
  order: KeyOrder,
): string {
  let root = doc.contents;
  if (!isMap(root)) {
    root = new YAMLMap();
    doc.contents = root as YAMLMap;
  }
  let list: unknown = (root as YAMLMap).get(kind, true);
  if (!isSeq(list)) {
    list = new YAMLSeq();
    (root as YAMLMap).set(kind, list);
  }
  if (!isSeq(list)) return doc.toString();
  list.flow = false;
  for (const p of e.changed) {
    const item = list.items[p.existing?.index ?? -1];
    if (isMap(item)) applyChanges(doc, item, p, order);
  }
  for (const index of [...e.removed].sort((a, b) => b - a)) list.items.splice(index, 1);
  const models = modelCache([...list.items]);
  for (const p of e.added) list.items.push(styledNode(doc, p.entry, models));
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

/** Sets the changed fields on the entry's node: a scalar keeps its node (so its quoting and comment). */
function applyChanges(doc: Document, item: YAMLMap, p: PlannedEntry, order: KeyOrder): void {
  for (const change of p.changes) {
    const path = change.field.split(".");
    const to = change.to;
    if (to === undefined) {
      item.deleteIn(path);
      // A mapping left empty (contact without name or phone) goes with its last field.
      for (let n = path.length - 1; n > 0; n--) {
        const parent = item.getIn(path.slice(0, n), true);
        if (isMap(parent) && parent.items.length === 0) item.deleteIn(path.slice(0, n));
        else break;
      }
      continue;
    }
    const node = item.getIn(path, true);
    if (isScalar(node) && (to === null || typeof to !== "object")) {
      node.value = to;
      continue;
    }
    const fresh = doc.createNode(to) as YamlNode;
    if (isCollection(node) && isCollection(fresh)) fresh.flow = node.flow;
    setInOrder(doc, item, path, fresh, order);
  }
}

/** setIn, with a new key placed where the schema puts it rather than at the end. */
function setInOrder(doc: Document, item: YAMLMap, path: string[], node: YamlNode, order: KeyOrder): void {
  let map = item;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i] as string;
    let next: unknown = map.get(seg, true);
    if (!isMap(next)) {
      const fresh = new YAMLMap();
      insertPair(doc, map, seg, fresh, order.get(path.slice(0, i).join(".")) ?? []);
      next = fresh;
    }
    map = next as YAMLMap;
  }
  const last = path[path.length - 1] as string;
  if (map.has(last)) map.set(last, node);
  else insertPair(doc, map, last, node, order.get(path.slice(0, -1).join(".")) ?? []);
}

function insertPair(doc: Document, map: YAMLMap, key: string, value: YamlNode, keys: readonly string[]): void {
  const pair = doc.createPair(key, value);
  const rank = keys.indexOf(key);
  const at = map.items.findIndex((p) => {
    const k = isPair(p) && isScalar(p.key) ? String(p.key.value) : "";
    return rank >= 0 && (keys.indexOf(k) > rank || keys.indexOf(k) < 0);
  });
  map.items.splice(at < 0 ? map.items.length : at, 0, pair);
}

/**
 * A new entry's node in the file's style: each field quoted and flow-styled as in the first entry
 * of the file that has it (quoted ids, `coordinates: { lat, lng }`, `qualifications: [食品安全]`).
 */
function styledNode(doc: Document, entry: Record<string, unknown>, modelAt: ModelAt): YamlNode {
  const node = doc.createNode(entry) as YamlNode;
  const copy = (target: unknown, path: (string | number)[]) => {
    const model = modelAt(path);
    if (isMap(target)) {
      if (path.length > 0 && isMap(model)) target.flow = model.flow;
      for (const pair of target.items) copy(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : ""]);
    } else if (isSeq(target)) {
      if (isSeq(model)) target.flow = model.flow;
      target.items.forEach((item) => copy(item, [...path, 0]));
    } else if (
      isScalar(target) &&
      isScalar(model) &&
      typeof target.value === "string" &&
      typeof model.value === "string"
    ) {
      if (model.type === Scalar.QUOTE_DOUBLE || model.type === Scalar.QUOTE_SINGLE) target.type = model.type;
    }
  };
  copy(node, []);
  return node;
}

type ModelAt = (path: readonly (string | number)[]) => unknown;

/** The first entry's node at each path, looked up once per path (a sheet may add thousands of entries). */
function modelCache(exemplars: readonly unknown[]): ModelAt {
  const cache = new Map<string, unknown>();
  return (path) => {
    const key = path.join("\0");
    if (cache.has(key)) return cache.get(key);
    let found: unknown;
    for (const item of exemplars) {
      if (!isMap(item)) continue;
      found = path.length === 0 ? item : item.getIn(path, true);
      if (found !== undefined) break;
    }
    cache.set(key, found);
    return found;
  };
}

/** One list entry as text at the list's indentation, ending in a newline. */
function itemText(item: YamlNode, indent: number, padding: boolean): string {
  return itemsText([item], indent, padding);
}

/** List entries as text, serialized together (one document, not one per entry). */
function itemsText(items: readonly YamlNode[], indent: number, padding: boolean): string {
  const holder = new Document(new YAMLSeq());
  for (const item of items) {
    // The comment and blank line above an entry stay in the text, outside the part replaced.
    item.commentBefore = undefined;
    item.spaceBefore = false;
    (holder.contents as YAMLSeq).items.push(item);
  }
  const body = holder.toString({ lineWidth: 0, flowCollectionPadding: padding });
  const pad = " ".repeat(indent);
  return body
    .split("\n")
    .map((line) => (line === "" ? line : pad + line))
    .join("\n");
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf("\n", at - 1) + 1;
}

/** The end of the line holding the character before `at` (its newline included). */
function lineEnd(text: string, at: number): number {
  const from = Math.max(0, at - 1);
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl + 1;
}

function dashStart(text: string, item: YamlNode): number {
  return lineStart(text, item.range?.[0] ?? 0);
}

function columnOf(text: string, at: number): number {
  let n = 0;
  while (text[at + n] === " ") n++;
  return n;
}

/** Comment lines directly above an entry belong to it, and go with it. */
function commentStart(text: string, start: number): number {
  let at = start;
  for (;;) {
    const prev = lineStart(text, at - 1);
    if (prev >= at || !/^[ ]*#/.test(text.slice(prev, at))) return at;
    at = prev;
  }
}

export { getPath };
