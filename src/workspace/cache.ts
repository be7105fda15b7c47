import { createHash } from "node:crypto";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../util/fs.js";
import { readRegularFile } from "../util/read-file.js";
import { removeStaleTemps } from "../util/stale-temps.js";
import type { EntrySpans, FileProblem, Position } from "../util/yaml-source.js";
import type { FileStamp } from "./read-source.js";

const STAMPS_FILE = "stamps.json";
/** From this size of file on, the content a run keeps is the compact copy parsed from the cache's JSON. */
const COMPACT_FROM_BYTES = 8 * 1024 * 1024;
/** A cache entry holds a file's parsed content: a little more than the largest file read. */
const CACHE_MAX_BYTES = 256 * 1024 * 1024;

/** JSON from a regular file of the cache; anything else throws, and the caller starts afresh. */
function readJson(path: string): unknown {
  const read = readRegularFile(path, CACHE_MAX_BYTES);
  if (!read.ok) throw new Error(read.fault);
  const value: unknown = JSON.parse(read.bytes.toString("utf8"));
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("not an object");
  return value;
}

/** What a file yields after parsing and file-local checks: all that a warm run needs. */
export interface CachedContent {
  data: unknown;
  problems: FileProblem[];
  /** Where each registry entry stands in the file, to find positions without parsing it again. */
  entries?: EntrySpans;
}

let opened: ContentCache | undefined;

/** The content cache of the workspace opened last in this run (none under --no-cache): draw records are kept there too. */
export function openedCache(): ContentCache | undefined {
  return opened;
}

/**
 * Validated content keyed by SHA-256 of the tool version, the schemas and the file's bytes, so
 * that a changed file, tool or schema never reuses an old result (issue 2).
 */
export class ContentCache {
  private readonly used = new Set<string>();

  constructor(
    private readonly dir: string | undefined,
    private readonly salt: string,
  ) {}

  static forWorkspace(root: string, enabled: boolean, salt: string): ContentCache {
    const cache = new ContentCache(enabled ? join(root, ".checkonce", "cache") : undefined, salt);
    opened = cache;
    return cache;
  }

  /**
   * A draw record's checked content, remembered by the record's path with the SHA-256 of its bytes:
   * one entry per record, replaced when it changes (so that pruning the registries' entries, before
   * any record is read, never drops it). Undefined when not known for exactly these bytes.
   */
  getRecord(path: string, sha256: string): unknown {
    if (!this.dir) return undefined;
    try {
      const entry = readJson(this.recordEntry(path)) as { salt?: unknown; sha256?: unknown; data?: unknown };
      return entry.salt === this.salt && entry.sha256 === sha256 ? entry.data : undefined;
    } catch {
      return undefined;
    }
  }

  setRecord(path: string, sha256: string, data: unknown): void {
    if (!this.dir) return;
    try {
      writeFileAtomic(this.recordEntry(path), JSON.stringify({ salt: this.salt, sha256, data }), { durable: false });
    } catch {
      // stays cold
    }
  }

  private recordEntry(path: string): string {
    return join(this.dir ?? "", "records", `${createHash("sha256").update(path).digest("hex")}.json`);
  }

  key(kind: string, sha256: string): string {
    return createHash("sha256").update(this.salt).update("\0").update(kind).update("\0").update(sha256).digest("hex");
  }

  get(key: string): CachedContent | undefined {
    if (!this.dir) return undefined;
    this.used.add(key);
    const path = join(this.dir, `${key}.json`);
    const read = readRegularFile(path, CACHE_MAX_BYTES);
    if (!read.ok && read.fault === "io" && read.errno === "ENOENT") return undefined;
    try {
      if (!read.ok) throw new Error(read.fault);
      const content = JSON.parse(read.bytes.toString("utf8")) as CachedContent;
      if (!Array.isArray(content?.problems)) throw new Error("not a cache entry");
      return content;
    } catch {
      // A damaged entry (or a FIFO put in its place) is dropped and rebuilt, never trusted.
      rmSync(path, { force: true, recursive: true });
      return undefined;
    }
  }

  /** Drops every entry this run did not use: old versions of files, old tools. */
  prune(): void {
    if (!this.dir) return;
    // Temporary files of runs killed while writing an entry.
    removeStaleTemps(this.dir);
    try {
      for (const name of readdirSync(this.dir)) {
        const key = /^([0-9a-f]{64})(\.pos)?\.json$/.exec(name)?.[1];
        if (key !== undefined && !this.used.has(key)) rmSync(join(this.dir, name), { force: true });
      }
    } catch {
      // nothing cached yet, or a read-only workspace
    }
  }

  private readonly positions = new Map<string, { memo: Record<string, [number, number]>; dirty: boolean }>();

  /**
   * Positions of pointers found in a file's content, remembered beside it: a warm run that reports
   * the same findings again reads them instead of parsing the entries again.
   */
  position(key: string, pointer: string, find: () => Position): Position {
    let entry = this.positions.get(key);
    if (!entry) {
      let memo: Record<string, [number, number]> = {};
      if (this.dir) {
        try {
          memo = readJson(join(this.dir, `${key}.pos.json`)) as typeof memo;
        } catch {
          // none yet
        }
      }
      entry = { memo, dirty: false };
      this.positions.set(key, entry);
    }
    const known = Object.hasOwn(entry.memo, pointer) ? entry.memo[pointer] : undefined;
    if (known) return { line: known[0], col: known[1] };
    const found = find();
    entry.memo[pointer] = [found.line, found.col];
    entry.dirty = true;
    return found;
  }

  private stamps:
    Record<string, { size: number; mtimeMs: number; ino: number; sha256: string; checkedAt: number }> | undefined;
  private stampsDirty = false;

  private loadStamps() {
    if (this.stamps === undefined) {
      this.stamps = {};
      if (this.dir) {
        try {
          this.stamps = readJson(join(this.dir, STAMPS_FILE)) as NonNullable<typeof this.stamps>;
        } catch {
          // none yet
        }
      }
    }
    return this.stamps;
  }

  /**
   * The SHA-256 of a file last hashed with the same size, modification time and inode, as git's
   * index judges a file unchanged. Not trusted when the file was modified within two seconds of
   * being hashed (it could have changed again within the clock's resolution).
   */
  knownDigest(file: string, stamp: FileStamp): string | undefined {
    if (!this.dir) return undefined;
    const known = Object.hasOwn(this.loadStamps(), file) ? this.loadStamps()[file] : undefined;
    if (!known || known.size !== stamp.size || known.mtimeMs !== stamp.mtimeMs || known.ino !== stamp.ino)
      return undefined;
    return known.mtimeMs < known.checkedAt - 2000 ? known.sha256 : undefined;
  }

  rememberDigest(file: string, stamp: FileStamp, sha256: string): void {
    if (!this.dir) return;
    this.loadStamps()[file] = { ...stamp, sha256, checkedAt: Date.now() };
    this.stampsDirty = true;
  }

  /** Writes the stamps and the positions found in this run; called once, after every finding was placed. */
  flush(): void {
    if (!this.dir) return;
    if (this.stampsDirty) {
      try {
        writeFileAtomic(join(this.dir, STAMPS_FILE), JSON.stringify(this.stamps), { durable: false });
      } catch {
        // stays cold
      }
      this.stampsDirty = false;
    }
    for (const [key, entry] of this.positions) {
      if (!entry.dirty) continue;
      try {
        writeFileAtomic(join(this.dir, `${key}.pos.json`), JSON.stringify(entry.memo), { durable: false });
      } catch {
        // stays cold
      }
      entry.dirty = false;
    }
  }

  /**
   * Remembers a file's content and returns what the run goes on with: for a large file, the
   * content as a warm run reads it back, parsed from its JSON, because that copy is compact: a
   * parser's strings are slices of the file's text, which keep the whole text alive (a province's
   * registries took twice the memory their data needs).
   */
  set(key: string, content: CachedContent, textBytes: number): CachedContent {
    let json: string;
    try {
      json = JSON.stringify(content);
    } catch {
      // Data JSON cannot hold (a YAML alias to itself makes a cycle): kept as it is, never cached.
      return content;
    }
    this.write(key, json);
    // Only where it matters: below a few MiB a file's text costs little memory, and the copy time.
    return textBytes >= COMPACT_FROM_BYTES ? (JSON.parse(json) as CachedContent) : content;
  }

  private write(key: string, json: string): void {
    if (!this.dir) return;
    this.used.add(key);
    try {
      writeFileAtomic(join(this.dir, `${key}.json`), json, { durable: false });
    } catch {
      // A read-only workspace still validates; it only stays cold.
    }
  }
}
