/**
 * Text of a CSV in whatever Chinese Windows saves: UTF-8 with or without a BOM, GB18030/GBK (Excel's
 * and WPS's "CSV" on a Chinese system), UTF-16 ("Unicode text"). Node 20's TextDecoder reads them
 * all; nothing is guessed when the bytes fit no encoding.
 */
export const spreadsheetEncodings = ["utf-8", "gbk", "gb18030", "utf-16le", "utf-16be"] as const;
export type SpreadsheetEncoding = (typeof spreadsheetEncodings)[number];

const aliases: Record<string, SpreadsheetEncoding> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-8-bom": "utf-8",
  gbk: "gbk",
  gb2312: "gbk",
  cp936: "gbk",
  gb18030: "gb18030",
  "utf-16": "utf-16le",
  "utf-16le": "utf-16le",
  utf16: "utf-16le",
  unicode: "utf-16le",
  "utf-16be": "utf-16be",
};

/** `--encoding` as a user types it ("GBK", "utf8", "GB2312"), or undefined when unknown. */
export function parseEncodingName(name: string): SpreadsheetEncoding | undefined {
  return aliases[name.trim().toLowerCase()];
}

export type Decoded =
  | { ok: true; text: string; encoding: SpreadsheetEncoding; bom: boolean }
  | {
      ok: false;
      code: "import-encoding-unknown" | "import-encoding-mismatch" | "import-encoding-bom";
      params: { encoding: string; line: number; bom?: string };
    };

/** Decodes with the encoding given, or detects it: a BOM, else UTF-8 if the bytes are valid UTF-8, else GB18030. */
export function decodeSpreadsheetText(bytes: Uint8Array, encoding?: SpreadsheetEncoding): Decoded {
  const bomEncoding = detectBom(bytes);
  const chosen = encoding ?? bomEncoding?.encoding ?? detectWithoutBom(bytes);
  if (chosen === undefined) {
    return {
      ok: false,
      code: "import-encoding-unknown",
      params: { encoding: "", line: firstBadLine(bytes, "gb18030") },
    };
  }
  // A byte-order mark settles the question: an --encoding that contradicts it is a mistake.
  if (bomEncoding && bomEncoding.encoding !== chosen)
    return { ok: false, code: "import-encoding-bom", params: { encoding: chosen, bom: bomEncoding.encoding, line: 1 } };
  const skip = bomEncoding ? bomEncoding.length : 0;
  const body = bytes.subarray(skip);
  try {
    const text = new TextDecoder(chosen, { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text, encoding: chosen, bom: skip > 0 };
  } catch {
    return {
      ok: false,
      code: "import-encoding-mismatch",
      params: { encoding: chosen, line: firstBadLine(body, chosen) },
    };
  }
}

function detectBom(bytes: Uint8Array): { encoding: SpreadsheetEncoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

function detectWithoutBom(bytes: Uint8Array): SpreadsheetEncoding | undefined {
  const sample = bytes.subarray(0, 4096);
  // UTF-16 without a BOM: a NUL in every other byte of ASCII text.
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  if (oddNul * 3 > sample.length) return "utf-16le";
  if (evenNul * 3 > sample.length) return "utf-16be";
  if (decodes(bytes, "utf-8")) return "utf-8";
  // GB18030 is a superset of GBK and GB2312: what Excel and WPS write on Chinese Windows.
  if (decodes(bytes, "gb18030")) return "gb18030";
  return undefined;
}

function decodes(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The 1-based line of the first byte sequence the encoding cannot read, for the message. */
function firstBadLine(bytes: Uint8Array, encoding: string): number {
  const text = new TextDecoder(encoding, { fatal: false }).decode(bytes);
  const at = text.indexOf("\uFFFD");
  if (at < 0) return 0;
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
