import * as zlib from "node:zlib";
import { deflateSync } from "fflate";
import { dosDay } from "./zip-dates.js";

/**
 * A zip archive written in one piece (what a DOCX is): every entry dated one given day at 00:00,
 * so that the same content gives the same bytes. Deflate is fflate's, in JavaScript: the bytes
 * are the same on every machine and every Node.js, which Node's own zlib does not promise (its
 * output changes with its bundled zlib's build). No ZIP64: an entry or archive past 4 GiB, or
 * more than 65,535 entries, is refused.
 */
/** An entry: its name in the archive (ASCII here: DOCX part names), and its bytes, or the same already compressed (compressEntry). */
export type ZipEntry = { path: string } & ({ data: Uint8Array } | { compressed: CompressedEntry });

export interface CompressedEntry {
  crc: number;
  size: number;
  /** 8 deflate, 0 stored (when deflate would not make it smaller). */
  method: 0 | 8;
  bytes: Uint8Array;
}

export function compressEntry(data: Uint8Array): CompressedEntry {
  const deflated = deflateSync(data, { level: 6 });
  const crc = crc32(data);
  return deflated.length < data.length
    ? { crc, size: data.length, method: 8, bytes: deflated }
    : { crc, size: data.length, method: 0, bytes: data };
}

export function writeZip(entries: readonly ZipEntry[], isoDate: string): Uint8Array {
  if (entries.length > 0xffff) throw new Error(`zip: ${entries.length} entries, more than a zip without ZIP64 holds`);
  const dosDate = dosDay(isoDate);
  const packed = entries.map((e) => ({
    name: new TextEncoder().encode(e.path),
    c: "compressed" in e ? e.compressed : compressEntry(e.data),
  }));
  const localSize = packed.reduce((n, p) => n + 30 + p.name.length + p.c.bytes.length, 0);
  const centralSize = packed.reduce((n, p) => n + 46 + p.name.length, 0);
  const total = localSize + centralSize + 22;
  if (total > 0xffffffff) throw new Error("zip: larger than 4 GiB, more than a zip without ZIP64 holds");
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const p of packed) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true); // version needed: 2.0
    view.setUint16(at + 6, 0, true); // flags
    view.setUint16(at + 8, p.c.method, true);
    view.setUint16(at + 10, 0, true); // time 00:00:00
    view.setUint16(at + 12, dosDate, true);
    view.setUint32(at + 14, p.c.crc, true);
    view.setUint32(at + 18, p.c.bytes.length, true);
    view.setUint32(at + 22, p.c.size, true);
    view.setUint16(at + 26, p.name.length, true);
    view.setUint16(at + 28, 0, true); // no extra field
    out.set(p.name, at + 30);
    out.set(p.c.bytes, at + 30 + p.name.length);
    at += 30 + p.name.length + p.c.bytes.length;
  }
  const central = at;
  packed.forEach((p, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: MS-DOS, 2.0
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0, true);
    view.setUint16(at + 10, p.c.method, true);
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    view.setUint32(at + 16, p.c.crc, true);
    view.setUint32(at + 20, p.c.bytes.length, true);
    view.setUint32(at + 24, p.c.size, true);
    view.setUint16(at + 28, p.name.length, true);
    // extra, comment, disk, internal and external attributes: all 0 (bytes 30–41, left as allocated)
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(p.name, at + 46);
    at += 46 + p.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, packed.length, true);
  view.setUint16(at + 10, packed.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}

/** CRC-32 (ISO 3309, as zip uses it): Node's own where it has one (20.15 and later), else crc32ByTable. */
export function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  return native ? native(data) >>> 0 : crc32ByTable(data);
}

let table: Uint32Array | undefined;
export function crc32ByTable(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (table[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
