import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as zlib from "node:zlib";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { compressEntry, crc32, crc32ByTable, writeZip } from "../../src/util/zip.js";

const text = (s: string) => new TextEncoder().encode(s);

describe("util/zip", () => {
  it("the table CRC-32 (for Node before 20.15) is the standard one, as Node's and zip's", () => {
    const samples = [new Uint8Array(0), text("123456789"), text("综合查一次".repeat(1000))];
    const random = new Uint8Array(70_000);
    for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
    samples.push(random);
    expect(crc32ByTable(text("123456789"))).toBe(0xcbf43926);
    const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
    for (const s of samples) {
      expect(crc32ByTable(s)).toBe(crc32(s));
      if (native) expect(crc32ByTable(s)).toBe(native(s) >>> 0);
    }
  });

  it("writes an archive that JSZip and unzip read back, deflated or stored, dated as asked", async () => {
    const parts = {
      "[Content_Types].xml": text(`<?xml version="1.0"?>${"<Types/>".repeat(50)}`),
      "word/document.xml": text("<w:p>检查工作单</w:p>".repeat(2000)),
      "a.bin": new Uint8Array([1]), // deflate would not make one byte smaller: stored
      "empty.txt": new Uint8Array(0),
    };
    const zip = writeZip(
      Object.entries(parts).map(([path, data]) => ({ path, data })),
      "2026-04-13",
    );
    const read = await JSZip.loadAsync(zip);
    expect(Object.keys(read.files)).toEqual(Object.keys(parts));
    for (const [path, data] of Object.entries(parts)) {
      expect(Buffer.from(await read.file(path)!.async("uint8array")).equals(Buffer.from(data))).toBe(true);
      expect(read.files[path]?.date.toISOString()).toBe("2026-04-13T00:00:00.000Z");
    }
    const dir = mkdtempSync(join(tmpdir(), "checkonce-zip-"));
    try {
      writeFileSync(join(dir, "t.zip"), zip);
      const listing = execFileSync("unzip", ["-v", join(dir, "t.zip")], { encoding: "utf8" });
      expect(listing).toMatch(/Defl:N .*word\/document\.xml/);
      expect(listing).toMatch(/Stored .*a\.bin/);
      expect(execFileSync("unzip", ["-tq", join(dir, "t.zip")], { encoding: "utf8" })).toMatch(/No errors/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("an entry compressed beforehand is written as given; the same input gives the same bytes", () => {
    const data = text("<w:ftr/>".repeat(300));
    const once = compressEntry(data);
    expect(once.method).toBe(8);
    const a = writeZip([{ path: "f.xml", compressed: once }], "2026-01-02");
    const b = writeZip([{ path: "f.xml", data }], "2026-01-02");
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("refuses more entries than a zip without ZIP64 holds", () => {
    const many = Array.from({ length: 65_536 }, (_, i) => ({ path: `${i}`, data: new Uint8Array(0) }));
    expect(() => writeZip(many, "2026-01-02")).toThrow(/65536 entries/);
  });
});
