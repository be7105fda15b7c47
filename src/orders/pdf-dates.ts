/**
 * Chromium stamps a PDF with the clock's time (/CreationDate, /ModDate in the info dictionary).
 * Each is overwritten in place with the record's date, keeping its length, so that the
 * cross-reference offsets stay right and the same record gives the same bytes.
 */
export function fixPdfDates(pdf: Uint8Array, isoDate: string): Uint8Array {
  const text = Buffer.from(pdf).toString("latin1");
  const day = isoDate.replace(/-/g, "");
  const fixed = text.replace(
    /\/(CreationDate|ModDate)\s*\(D:(\d{8,14})([^)]*)\)/g,
    (whole, _key: string, digits: string, zone: string) => {
      const stamp = (day + "000000").slice(0, digits.length);
      const sameZone = zone.length === 0 ? "" : zone === "Z" ? "Z" : zone.replace(/[0-9]/g, "0");
      return whole.replace(`D:${digits}${zone}`, `D:${stamp}${sameZone}`);
    },
  );
  return new Uint8Array(Buffer.from(fixed, "latin1"));
}
