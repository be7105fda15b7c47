import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { DiagnosticCode, MessageParams } from "../i18n/messages.js";
import type { WorkspaceConfigFile } from "../generated/config.js";
import { checkSchema, schemasDigest } from "../registries/schemas.js";
import { checkFileContent } from "../registries/check-file.js";
import {
  defaultRegistryNames,
  optionalRegistries,
  registryKinds,
  type FileKind,
  type RegistryKind,
} from "../registries/kinds.js";
import {
  resolveConfig,
  type Located,
  type ResultsHeader,
  type SourceInfo,
  type Workspace,
} from "../registries/model.js";
import { toPosix } from "../util/fs.js";
import { toolVersion } from "../util/version.js";
import { sha256Bytes } from "../util/hash.js";
import { severityOf } from "../diagnostics/diagnostic.js";
import { ContentCache, type CachedContent } from "./cache.js";
import { CONFIG_FILE } from "./find-workspace.js";
import { decodeSource, readBytes, statSource } from "./read-source.js";
import { errnoOf } from "../util/read-file.js";
import { locateInEntry, parseYaml, type EntrySpans, type Position } from "../util/yaml-source.js";
import { parseYamlData } from "../util/yaml-fast.js";

export interface LoadOptions {
  cache?: boolean;
  /**
   * "yaml" reads every file with the parser of record alone, never the fast data path (the
   * differential test compares the two; nothing else sets it).
   */
  parser?: "fast" | "yaml";
  /** Where .checkonce/cache lives, when not in the workspace itself (verification reads a copy of the inputs). */
  cacheRoot?: string;
  /** Called between files once reading has taken more than a second (progress on a terminal). */
  onProgress?: (file: string, index: number, total: number) => void;
}

export interface LoadResult {
  workspace: Workspace;
  diagnostics: Diagnostic[];
  /** Something could not be read at all: the command cannot trust what it has (exit 2). */
  unreadable: boolean;
  /**
   * Registries that lost entries to a problem with a whole file (missing, unreadable, not UTF-8,
   * a syntax error...): a reference into one of them may point at an entry that is only unseen.
   */
  incomplete: ReadonlySet<RegistryKind>;
  /**
   * What of the workspace could not be used (issue 14: no silent skips): each problem with a whole
   * file or registry, and per file the number of entries left out for their errors. A command that
   * works from the rest says so and exits non-zero.
   */
  unused: UnusedInput[];
  /** Finds the line and column of a pointer in a workspace file (parses it again if it came from the cache). */
  locate: (file: string, pointer: string) => Position;
  /** Call when every finding is placed: remembers the positions found for the next run. */
  done: () => void;
}

export type UnusedInput = { file: string; problem: Diagnostic } | { file: string; entries: number };

interface PlannedFile {
  kind: FileKind;
  abs: string;
  rel: string;
}

/** Bumped whenever what a cache entry holds changes, so that no older entry is ever read. */
const CACHE_FORMAT = 2;

/** The top-level keys that hold each registry's entries. */
const entryKeys: Record<FileKind, readonly string[]> = {
  config: [],
  departments: ["departments"],
  objects: ["objects"],
  inspectors: ["inspectors"],
  items: ["items"],
  plans: ["annualPlans", "campaigns"],
  upperInspected: ["upperInspected"],
  results: ["results"],
};

/**
 * Reads a whole workspace: every file once, each either from the content cache or parsed and
 * checked on its own; then the entries are gathered into one model. Cross-file rules are not
 * checked here (see registries/check-references.ts).
 */
export function loadWorkspace(root: string, options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  let unreadable = false;
  /** Each file's path, or its bytes once read again for a position (only files with findings are). */
  const bytesOf = new Map<string, Buffer | string>();
  const digestOf = new Map<string, string>();
  const entriesOf = new Map<string, EntrySpans | undefined>();
  const keyOf = new Map<string, string>();
  const locators = new Map<string, (pointer: string, mode?: "value" | "key") => Position>();
  const report = (
    file: string,
    code: DiagnosticCode,
    params: MessageParams = {},
    pos: Position = wholePathPosition(file),
    pointer = "",
  ) => {
    diagnostics.push({ file, line: pos.line, col: pos.col, pointer, code, severity: severityOf(code, params), params });
  };

  const cache = ContentCache.forWorkspace(
    options.cacheRoot ?? root,
    options.cache !== false,
    `${CACHE_FORMAT}\0${toolVersion}\0${schemasDigest()}`,
  );
  const planned: PlannedFile[] = [{ kind: "config", abs: join(root, CONFIG_FILE), rel: CONFIG_FILE }];
  const files: SourceInfo[] = [];
  const contents = new Map<string, unknown>();

  const readFailed = (
    file: PlannedFile,
    read: { code: DiagnosticCode; params: MessageParams; unreadable: boolean; pos?: Position },
    found?: { sha256: string; bytes: number },
  ): undefined => {
    if (read.unreadable || file.kind === "config") unreadable = true;
    const severity = read.code === "file-empty" && file.kind !== "config" ? "warning" : "error";
    const { line, col } = read.pos ?? wholePathPosition(file.rel);
    diagnostics.push({ file: file.rel, line, col, pointer: "", code: read.code, severity, params: read.params });
    // A file read and found empty keeps its digest: a draw lists every file it read (SPEC.md §2.1).
    files.push({ file: file.rel, kind: file.kind, sha256: found?.sha256 ?? "", bytes: found?.bytes ?? 0, entries: 0 });
    return undefined;
  };

  const readOne = (file: PlannedFile): unknown => {
    const stat = statSource(file.abs);
    if (!stat.ok) return readFailed(file, stat);
    // An unchanged file (same stamp, as git judges) is neither read nor hashed again.
    let bytes: Buffer | undefined;
    let sha256 = options.cacheRoot === undefined ? cache.knownDigest(file.rel, stat.stamp) : undefined;
    if (sha256 === undefined) {
      const read = readBytes(file.abs);
      if (!read.ok) return readFailed(file, read);
      bytes = read.bytes;
      sha256 = sha256Bytes(bytes);
      if (options.cacheRoot === undefined) cache.rememberDigest(file.rel, stat.stamp, sha256);
    }
    // Only the path is kept: holding every file's bytes until the end doubled the peak memory of a
    // province's registries; a file with a finding is read again for its position (locate, below).
    bytesOf.set(file.rel, file.abs);
    digestOf.set(file.rel, sha256);
    const key = cache.key(file.kind, sha256);
    keyOf.set(file.rel, key);
    let content = cache.get(key);
    if (!content) {
      if (!bytes) {
        const read = readBytes(file.abs);
        if (!read.ok) return readFailed(file, read);
        bytes = read.bytes;
      }
      const decoded = decodeSource(bytes);
      const digest = { sha256, bytes: stat.stamp.size };
      if (!decoded.ok) return readFailed(file, decoded, decoded.code === "file-empty" ? digest : undefined);
      const parsed = parseAndCheck(file.kind, decoded.text, bytes, options.parser ?? "fast");
      // Nothing but comments is an empty file, not a schema error about the whole document.
      if (parsed === "empty") return readFailed(file, { code: "file-empty", params: {}, unreadable: false }, digest);
      content = cache.set(key, parsed, bytes.length);
    }
    entriesOf.set(file.rel, content.entries);
    for (const p of content.problems) {
      diagnostics.push({
        file: file.rel,
        line: p.line,
        col: p.col,
        pointer: p.pointer,
        code: p.code,
        severity: severityOf(p.code, p.params),
        params: p.params,
      });
    }
    files.push({
      file: file.rel,
      kind: file.kind,
      sha256,
      bytes: stat.stamp.size,
      entries: countEntries(file.kind, content.data),
    });
    return content.data;
  };

  /**
   * A finding's line and column, from the file itself: only the entry it is about is parsed again
   * (a few lines), so a warm run never parses a whole registry; the whole file only as a fallback.
   */
  const find = (file: string, bytes: Buffer, pointer: string): Position => {
    const inEntry = locateInEntry(bytes, entriesOf.get(file), pointer);
    if (inEntry) return inEntry;
    let locator = locators.get(file);
    if (!locator) {
      const decoded = decodeSource(bytes);
      if (!decoded.ok) return { line: 0, col: 0 };
      locator = parseYaml(decoded.text).locate;
      locators.set(file, locator);
    }
    return locator(pointer);
  };
  const locate = (file: string, pointer: string): Position => {
    const key = keyOf.get(file);
    if (!bytesOf.has(file) || key === undefined) return { line: 0, col: 0 };
    return cache.position(key, pointer, () => {
      let bytes = bytesOf.get(file) as Buffer | string;
      if (typeof bytes === "string") {
        const read = readBytes(bytes);
        // Changed since it was read (an editor saving it meanwhile): no position rather than a wrong one.
        if (!read.ok || sha256Bytes(read.bytes) !== digestOf.get(file)) return { line: 0, col: 0 };
        bytesOf.set(file, (bytes = read.bytes));
      }
      return find(file, bytes, pointer);
    });
  };
  const configData = readOne(planned[0] as PlannedFile) as WorkspaceConfigFile | undefined;
  const configOk =
    configData !== undefined && !diagnostics.some((d) => d.file === CONFIG_FILE && d.severity === "error");
  const config = resolveConfig(configOk ? configData : undefined);

  const incomplete = new Set<RegistryKind>();
  for (const kind of registryKinds) {
    const override = configOk ? configData?.registries?.[kind] : undefined;
    const found = registryFiles(root, kind, override);
    for (const problem of found.problems ?? []) {
      report(problem.file, problem.code, problem.params);
      incomplete.add(kind);
    }
    if ("code" in found) {
      if (found.code === "registry-missing" && optionalRegistries.has(kind)) continue;
      // A path checkonce.yaml gives wrongly is pointed at where it gives it (registries: objects: …).
      const pointer = found.file === CONFIG_FILE ? `/registries/${kind}` : "";
      const pos = pointer === "" ? undefined : locate(CONFIG_FILE, pointer);
      report(found.file, found.code, { registry: kind, ...found.params }, pos, pointer);
      if (severityOf(found.code, {}) === "error") incomplete.add(kind);
      continue;
    }
    planned.push(...found.files.map((abs) => ({ kind, abs, rel: toPosix(relative(root, abs)) })));
  }

  const started = Date.now();
  const registryFilesPlanned = planned.slice(1);
  registryFilesPlanned.forEach((file, index) => {
    if (options.onProgress && Date.now() - started > 1000)
      options.onProgress(file.rel, index + 1, registryFilesPlanned.length);
    contents.set(file.rel, readOne(file));
  });

  // A copy of another workspace's inputs (verification) shares its cache but must not prune it.
  if (options.cacheRoot === undefined) cache.prune();

  const workspace: Workspace = {
    root,
    config,
    departments: [],
    objects: [],
    inspectors: [],
    items: [],
    annualPlans: [],
    campaigns: [],
    upperInspected: [],
    results: [],
    resultFiles: [],
    files,
    brokenIds: new Set(),
  };
  const brokenEntries = new Set(
    diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file}#${entryPointer(d.pointer)}`),
  );
  for (const file of registryFilesPlanned) {
    // An error that belongs to no single entry (an unknown top-level key aside) lost the file's entries.
    const lost = diagnostics.some(
      (d) =>
        d.file === file.rel &&
        d.severity === "error" &&
        entryPointer(d.pointer) === "" &&
        d.code !== "schema-additionalProperties",
    );
    if (lost) incomplete.add(file.kind as RegistryKind);
  }
  const unused: UnusedInput[] = diagnostics
    .filter((d) => d.severity === "error" && entryPointer(d.pointer) === "")
    .map((problem) => ({ file: problem.file, problem }));
  for (const file of registryFilesPlanned) {
    const data = contents.get(file.rel);
    if (data === null || typeof data !== "object") continue;
    if (file.kind === "results") {
      const { campaign, attempt, department } = data as ResultsHeader;
      workspace.resultFiles?.push({ value: { campaign, attempt, department }, file: file.rel, pointer: "" });
    }
    let skipped = 0;
    for (const key of entryKeys[file.kind]) {
      const list = (data as Record<string, unknown>)[key];
      if (!Array.isArray(list)) continue;
      const target = workspace[
        key as keyof Pick<
          Workspace,
          | "departments"
          | "objects"
          | "inspectors"
          | "items"
          | "annualPlans"
          | "campaigns"
          | "upperInspected"
          | "results"
        >
      ] as Located<unknown>[];
      list.forEach((value: unknown, index) => {
        const pointer = `/${key}/${index}`;
        if (brokenEntries.has(`${file.rel}#${pointer}`)) {
          // A bare string where an entry should be ("- scjgj") is most likely the id that was meant.
          const id = typeof value === "string" ? value : (value as { id?: unknown } | null)?.id;
          if (typeof id === "string") workspace.brokenIds.add(id);
          skipped++;
          return;
        }
        target.push({ value, file: file.rel, pointer });
      });
    }
    if (skipped > 0) unused.push({ file: file.rel, entries: skipped });
  }

  return { workspace, diagnostics, unreadable, incomplete, unused, locate, done: () => cache.flush() };
}

/** "/objects/12/contact/phone" → "/objects/12": the entry a problem belongs to. */
function entryPointer(pointer: string): string {
  const parts = pointer.split("/");
  return parts.length >= 3 && /^\d+$/.test(parts[2] as string) ? parts.slice(0, 3).join("/") : "";
}

function countEntries(kind: FileKind, data: unknown): number {
  if (data === null || typeof data !== "object") return 0;
  return entryKeys[kind].reduce((n, key) => {
    const list = (data as Record<string, unknown>)[key];
    return n + (Array.isArray(list) ? list.length : 0);
  }, 0);
}

/**
 * Where a problem with a whole path is reported: a file at 1:1 (where an editor opens it, as
 * yamllint does), the workspace or a folder (written with a trailing slash) without a position.
 */
export function wholePathPosition(file: string): Position {
  return file === "" || file.endsWith("/") ? { line: 0, col: 0 } : { line: 1, col: 1 };
}

/** A path that is not read, and why: a link out of the workspace or around a loop, an unreadable folder. */
interface PathProblem {
  file: string;
  code: DiagnosticCode;
  params: MessageParams;
}

type RegistryFiles = ({ files: string[] } | { code: DiagnosticCode; file: string; params: MessageParams }) & {
  problems?: PathProblem[];
};

/** A registry is one file or a folder of files (objects kept per township, say), never both. */
function registryFiles(root: string, kind: RegistryKind, override: string | undefined): RegistryFiles {
  const base = override ?? defaultRegistryNames[kind];
  const rootReal = realpathOr(root);
  const shown = (abs: string) => toPosix(relative(root, abs));
  // registries: in checkonce.yaml names a place in the workspace, never one outside it.
  if (!inside(resolve(root), resolve(root, base)))
    return { code: "path-outside-workspace", file: CONFIG_FILE, params: { path: base, registry: kind } };
  const candidates = /\.ya?ml$/.test(base) ? [base] : [`${base}.yaml`, `${base}.yml`];
  const fileName = candidates.find((c) => present(join(root, c)));
  const folder = /\.ya?ml$/.test(base) ? undefined : base;
  const folderPath = folder === undefined ? undefined : join(root, folder);
  const folderExists = folderPath !== undefined && isFolder(folderPath);
  if (fileName && folderExists)
    return { code: "registry-ambiguous", file: fileName, params: { file: fileName, folder: `${folder}/` } };
  if (fileName) {
    const abs = join(root, fileName);
    const link = followLink(rootReal, abs);
    if (link) return { code: link.code, file: fileName, params: link.params };
    if (isFolder(abs)) return { code: "not-a-file", file: fileName, params: {} };
    return { files: [abs] };
  }
  if (folderPath !== undefined && folderExists) {
    const link = followLink(rootReal, folderPath);
    if (link) return { code: link.code, file: `${folder}/`, params: link.params };
    const problems: PathProblem[] = [];
    const files = listYamlFiles(folderPath, realpathOr(folderPath), rootReal, problems, shown);
    if (files.length === 0 && problems.length === 0)
      return { code: "registry-folder-empty", file: `${folder}/`, params: {} };
    return { files, problems };
  }
  // What is expected, in each language (issue 15: "应有 departments.yaml or departments/").
  const file = candidates[0] ?? "";
  const params = folder
    ? { expected: `${file} or ${folder}/`, expectedZh: `${file} 或 ${folder}/` }
    : { expected: file, expectedZh: file };
  return { code: "registry-missing", file: "", params };
}

/** lstat, not exists: a dangling link is there, and reading it reports it as unreadable. */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function inside(rootReal: string, real: string): boolean {
  return real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
}

/**
 * Why a link is not followed: it leaves the workspace (to /dev/zero, another disk) or goes round in
 * a loop. Undefined for anything that is not a link, a dangling link (reading it says so) and a
 * link that stays inside the workspace.
 */
function followLink(rootReal: string, abs: string): { code: DiagnosticCode; params: MessageParams } | undefined {
  try {
    if (!lstatSync(abs).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (error) {
    return errnoOf(error) === "ELOOP" ? { code: "link-loop", params: { target: abs } } : undefined;
  }
  return inside(rootReal, real) ? undefined : { code: "link-outside-workspace", params: { target: real } };
}

/**
 * Every .yaml/.yml below a folder, sorted by code unit so that every machine reads the same order.
 * A link is followed only inside the workspace and only into a folder not read yet (`sub -> .`
 * would read the same files forty times); whatever is not followed is reported with its path.
 */
function listYamlFiles(
  dir: string,
  dirReal: string,
  rootReal: string,
  problems: PathProblem[],
  shown: (abs: string) => string,
): string[] {
  const out: string[] = [];
  const visited = new Set<string>();
  const isYaml = (name: string) => /\.ya?ml$/.test(name);
  const walk = (d: string, real: string) => {
    visited.add(real);
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (error) {
      problems.push({
        file: `${shown(d)}/`,
        code: "file-unreadable",
        params: { reason: errnoOf(error), detail: errnoOf(error) },
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith(".")) continue;
      const abs = join(d, name);
      if (!entry.isSymbolicLink()) {
        if (entry.isDirectory()) walk(abs, join(real, name));
        // A FIFO or device named .yaml is listed: reading refuses it by its kind, without opening it.
        else if (isYaml(name)) out.push(abs);
        continue;
      }
      let target: string;
      try {
        target = realpathSync(abs);
      } catch (error) {
        if (errnoOf(error) === "ELOOP") problems.push({ file: shown(abs), code: "link-loop", params: { target: abs } });
        // A dangling link is still listed, so that reading it reports it as unreadable.
        else if (isYaml(name)) out.push(abs);
        continue;
      }
      const folder = isFolder(target);
      if (!folder && !isYaml(name)) continue;
      const rel = folder ? `${shown(abs)}/` : shown(abs);
      if (!inside(rootReal, target)) problems.push({ file: rel, code: "link-outside-workspace", params: { target } });
      else if (!folder) out.push(abs);
      else if (visited.has(target) || inside(target, real))
        problems.push({ file: rel, code: "link-loop", params: { target: toPosix(relative(rootReal, target)) || "." } });
      else walk(abs, target);
    }
  };
  walk(dir, dirReal);
  return out;
}

/**
 * A file's data and the problems found in it alone. The fast data path (util/yaml-fast.ts) reads
 * what it can; positions are then found only for the problems, by parsing again the few lines of
 * the entry each is in (the whole file with `yaml` only when that cannot be done). What the fast path
 * declines is parsed by `yaml` with positions, as always. The parsed document is not kept: holding
 * every syntax tree at once costs more in garbage collection than finding a position again later.
 */
function parseAndCheck(kind: FileKind, text: string, bytes: Buffer, parser: "fast" | "yaml"): CachedContent | "empty" {
  const fast = parser === "fast" ? parseYamlData(text, bytes) : undefined;
  let read: Pick<ReturnType<typeof parseYaml>, "data" | "entries" | "locate">;
  if (fast) {
    let whole: ReturnType<typeof parseYaml> | undefined;
    const locate = (pointer: string, mode: "value" | "key" = "value"): Position =>
      locateInEntry(bytes, fast.entries, pointer, mode) ?? (whole ??= parseYaml(text)).locate(pointer, mode);
    read = { data: fast.data, entries: fast.entries, locate };
  } else {
    const parsed = parseYaml(text);
    if (parsed.problems.length > 0) return { data: undefined, problems: parsed.problems, entries: parsed.entries };
    read = parsed;
  }
  if (read.data == null) return "empty";
  const problems = [...checkSchema(kind, read.data, read.locate), ...checkFileContent(kind, read.data, read.locate)];
  return { data: read.data, problems, entries: read.entries };
}
