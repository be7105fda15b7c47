import { createHash } from "node:crypto";

/** SHA-256 of text (as UTF-8) or bytes, in lower-case hex: every digest the tool writes or checks. */
export function sha256Bytes(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
