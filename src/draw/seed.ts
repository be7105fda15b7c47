import { createHash, hash } from "node:crypto";

/** Every algorithm a record may name; `verify` recomputes each record by the version it names. */
export const ALGORITHMS = ["checkonce-draw/1", "checkonce-draw/2"] as const;
export type Algorithm = (typeof ALGORITHMS)[number];
/** What new draws use (SPEC.md: /2 gives no reserves to a stratum that sits the round out). */
export const ALGORITHM: Algorithm = "checkonce-draw/2";
/**
 * The first line of the draw key, the same in /1 and /2 (SPEC.md §1): a tool upgrade must not let
 * a redraw with the same public seed come out differently.
 */
const KEY_DOMAIN = "checkonce-draw/1";
/** A seed label: letters, marks and digits of any script and `-_.·()（）`, no spaces, no `=`, no line break. */
export const SEED_LABEL_MAX = 40;
const SEED_LABEL_CHAR = /^[\p{L}\p{M}\p{N}\-_.·()（）]$/u;
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
  | { code: "seed-label-invalid"; label: string; char: string; codePoint: string }
  | { code: "seed-label-too-long"; label: string; max: number }
  | { code: "seed-not-utf8"; part: string }
  | { code: "seed-missing" };

/**
 * `LABEL=DIGITS` parts, one per department that contributed (SPEC.md §1). No default, no clock:
 * a missing or short seed is refused.
 */
export function parseSeedParts(raw: readonly string[]): { parts: SeedPart[] } | { problem: SeedProblem } {
  if (raw.length === 0) return { problem: { code: "seed-missing" } };
  const parts: SeedPart[] = [];
  for (const text of raw) {
    // A file saved as GBK and read as UTF-8 shows U+FFFD: say so rather than "bad character".
    if (text.includes("\uFFFD")) return { problem: { code: "seed-not-utf8", part: text } };
    const match = /^([^=\s][^=]*)=([0-9]+)$/.exec(text.trim());
    if (!match) return { problem: { code: "seed-malformed", part: text } };
    const label = (match[1] as string).trim();
    const labelIssue = seedLabelProblem(label);
    if (labelIssue) return { problem: labelIssue };
    if (parts.some((p) => p.label === label)) return { problem: { code: "seed-duplicate-label", label } };
    parts.push({ label, digits: match[2] as string });
  }
  const digits = parts.reduce((n, p) => n + p.digits.length, 0);
  if (digits < MIN_SEED_DIGITS) return { problem: { code: "seed-too-short", digits } };
  return { parts: sortParts(parts) };
}

/**
 * Why a label cannot be used, or undefined. A line feed or "=" inside a label would let two
 * different sets of parts give one canonical seed (SPEC.md §1), so only these characters are allowed.
 */
export function seedLabelProblem(label: string): SeedProblem | undefined {
  const chars = [...label];
  for (const char of chars) {
    if (!SEED_LABEL_CHAR.test(char)) {
      const codePoint = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
      return { code: "seed-label-invalid", label, char: JSON.stringify(char).slice(1, -1), codePoint };
    }
  }
  if (chars.length > SEED_LABEL_MAX) return { code: "seed-label-too-long", label, max: SEED_LABEL_MAX };
  return undefined;
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
  return sha256Hex(`${KEY_DOMAIN}\ncampaign:${campaign}\nseed:\n${canonicalSeed(parts)}`);
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
