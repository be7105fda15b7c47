/**
 * A full disk where no tmpfs can be mounted: the write helper's write(2) made to fail with ENOSPC.
 * The target keeps its old bytes, no temporary file is left, and the error names the target.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

const failing = vi.hoisted(() => ({ on: false }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return {
    ...fs,
    writeFileSync: (...args: Parameters<typeof fs.writeFileSync>) => {
      if (failing.on && typeof args[0] === "number")
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });
      return fs.writeFileSync(...args);
    },
  };
});

const { writeFileAtomic } = await import("../../src/util/fs.js");
const { asFsFailure } = await import("../../src/util/io-error.js");

const dir = mkdtempSync(join(tmpdir(), "checkonce-enospc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic on a full disk", () => {
  it("leaves the old file whole, no temporary file, and an error that names the file and the cause", () => {
    const target = join(dir, "ledger.jsonl");
    writeFileSync(target, "old\n");
    failing.on = true;
    let caught: unknown;
    try {
      writeFileAtomic(target, "new\n");
    } catch (error) {
      caught = error;
    } finally {
      failing.on = false;
    }
    expect(readFileSync(target, "utf8")).toBe("old\n");
    expect(readdirSync(dir)).toEqual(["ledger.jsonl"]);
    expect(asFsFailure(caught)).toEqual({ code: "ENOSPC", syscall: "write", path: target });
    writeFileAtomic(target, "new\n");
    expect(readFileSync(target, "utf8")).toBe("new\n");
    expect(existsSync(`${target}.tmp`)).toBe(false);
  });
});
