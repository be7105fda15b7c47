import { createHash, hash } from "node:crypto";

export const ALGORITHM = "checkonce-draw/1";
/** ColoradoRLA's MINIMUM_SEED_LENGTH: enough digits that nobody can search the seeds. */
export const MIN_SEED_DIGITS = 20;

export interface SeedPart {
  label: string;
  digits: string;
}

export type SeedProblem =
  | { code: "seed-malformed"; part: string }
  | { code: "seed-too-short"; digits: number }
  | { code: "seed-duplicate-label"; label: string }
  | { code: "seed-missing" };

/**
 * `LABEL=DIGITS` parts, one per department that contributed (SPEC.md §1). No default, no clock:
 * a missing or short seed is refused.
 */
export function parseSeedParts(raw: readonly string[]): { parts: SeedPart[] } | { problem: SeedProblem } {
  if (raw.length === 0) return { problem: { code: "seed-missing" } };
  const parts: SeedPart[] = [];
  for (const text of raw) {
    const match = /^([^=\s][^=]*)=([0-9]+)$/.exec(text.trim());
    if (!match) return { problem: { code: "seed-malformed", part: text } };
    const label = (match[1] as string).trim();
    if (parts.some((p) => p.label === label)) return { problem: { code: "seed-duplicate-label", label } };
    parts.push({ label, digits: match[2] as string });
  }
  const digits = parts.reduce((n, p) => n + p.digits.length, 0);
  if (digits < MIN_SEED_DIGITS) return { problem: { code: "seed-too-short", digits } };
  return { parts: sortParts(parts) };
}

function sortParts(parts: SeedPart[]): SeedPart[] {
  return [...parts].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Parts sorted by label (code units), each `label=digits`, joined by LF: the order given does not matter. */
export function canonicalSeed(parts: readonly SeedPart[]): string {
  return sortParts([...parts])
    .map((p) => `${p.label}=${p.digits}`)
    .join("\n");
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The one secret-free key everything random derives from: one honest part makes it unpredictable. */
export function drawKey(campaign: string, parts: readonly SeedPart[]): string {
  return sha256Hex(`${ALGORITHM}\ncampaign:${campaign}\nseed:\n${canonicalSeed(parts)}`);
}

/** Rivest's consistent sampler: an object's ticket depends only on the key, its stratum and its id. */
export function ticket(key: string, stratum: string, objectId: string): string {
  return createHash("sha256").update(`${key}\n${stratum}\n${objectId}`, "utf8").digest("hex");
}

/** A ticket for each of many objects; `crypto.hash` (one call, no Hash object) gives the same digest. */
export function ticketHasher(key: string, stratum: string): (objectId: string) => string {
  const prefix = `${key}\n${stratum}\n`;
  return (objectId) => hash("sha256", prefix + objectId, "hex");
}
