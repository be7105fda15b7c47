import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../util/fs.js";
import type { FileProblem } from "./yaml-source.js";

/** What a file yields after parsing and file-local checks: all that a warm run needs. */
export interface CachedContent {
  data: unknown;
  problems: FileProblem[];
}

/**
 * Validated content keyed by SHA-256 of the tool version, the schemas and the file's bytes, so
 * that a changed file, tool or schema never reuses an old result (issue 2).
 */
export class ContentCache {
  constructor(
    private readonly dir: string | undefined,
    private readonly salt: string,
  ) {}

  static forWorkspace(root: string, enabled: boolean, salt: string): ContentCache {
    return new ContentCache(enabled ? join(root, ".checkonce", "cache") : undefined, salt);
  }

  key(kind: string, sha256: string): string {
    return createHash("sha256").update(this.salt).update("\0").update(kind).update("\0").update(sha256).digest("hex");
  }

  get(key: string): CachedContent | undefined {
    if (!this.dir) return undefined;
    const path = join(this.dir, `${key}.json`);
    try {
      return JSON.parse(readFileSync(path, "utf8")) as CachedContent;
    } catch (error) {
      // A damaged entry is dropped and rebuilt, never trusted.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") rmSync(path, { force: true });
      return undefined;
    }
  }

  set(key: string, content: CachedContent): void {
    if (!this.dir) return;
    try {
      writeFileAtomic(join(this.dir, `${key}.json`), JSON.stringify(content));
    } catch {
      // A read-only workspace still validates; it only stays cold.
    }
  }
}
