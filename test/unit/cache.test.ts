import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentCache } from "../../src/workspace/cache.js";

const fresh = () => new ContentCache(join(mkdtempSync(join(tmpdir(), "checkonce-cache-")), "cache"), "salt");

describe("file stamps (an unchanged file is not hashed again)", () => {
  const sha = "a".repeat(64);

  it("trusts a digest only for the same size, modification time and inode, hashed well after the change", () => {
    const cache = fresh();
    const old = { size: 10, mtimeMs: Date.now() - 60_000, ino: 7 };
    cache.rememberDigest("objects/a.yaml", old, sha);
    expect(cache.knownDigest("objects/a.yaml", old)).toBe(sha);
    expect(cache.knownDigest("objects/a.yaml", { ...old, size: 11 })).toBeUndefined();
    expect(cache.knownDigest("objects/a.yaml", { ...old, mtimeMs: old.mtimeMs + 1 })).toBeUndefined();
    expect(cache.knownDigest("objects/a.yaml", { ...old, ino: 8 })).toBeUndefined();
    expect(cache.knownDigest("objects/b.yaml", old)).toBeUndefined();
  });

  it("does not trust a file modified within two seconds of being hashed (racy, as git calls it)", () => {
    const cache = fresh();
    const racy = { size: 10, mtimeMs: Date.now() - 500, ino: 7 };
    cache.rememberDigest("objects/a.yaml", racy, sha);
    expect(cache.knownDigest("objects/a.yaml", racy)).toBeUndefined();
  });

  it("keeps stamps across runs, and none at all without a cache folder", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "checkonce-cache-")), "cache");
    const stamp = { size: 10, mtimeMs: Date.now() - 60_000, ino: 7 };
    const first = new ContentCache(dir, "salt");
    first.rememberDigest("x.yaml", stamp, sha);
    first.flush();
    expect(new ContentCache(dir, "salt").knownDigest("x.yaml", stamp)).toBe(sha);
    const none = new ContentCache(undefined, "salt");
    none.rememberDigest("x.yaml", stamp, sha);
    expect(none.knownDigest("x.yaml", stamp)).toBeUndefined();
  });
});
