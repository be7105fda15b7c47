/** A day (YYYY-MM-DD) as a zip entry's MS-DOS date field; the field holds the years 1980 to 2107. */
export function dosDay(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return ((Math.min(Math.max(y, 1980), 2107) - 1980) << 9) | (m << 5) | d;
}

/**
 * Sets the modification date of every entry of a zip file to one given day (00:00), in the local
 * headers and in the central directory, so that a zip another library wrote (our XLSX) does not
 * carry the clock's time: the same data then gives the same bytes. The zip is otherwise left exactly as it was.
 */
export function fixZipDates(zip: Uint8Array, isoDate: string): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const dosDate = dosDay(isoDate);
  const dosTime = 0;
  const eocd = findEndOfCentralDirectory(view);
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error("zip: central directory entry expected");
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error("zip: local header expected");
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

function findEndOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  throw new Error("zip: no end of central directory");
}
