/**
 * An auditor's re-implementation of SPEC.md (checkonce-draw/1), written from the spec's text alone:
 * it imports nothing from src/ and uses only node:crypto. The tests compare it with the tool; where
 * both agree, the spec is exact enough to re-implement.
 */
import { createHash } from "node:crypto";

export const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");
export const codeUnitOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** §1: parts sorted by label, `LABEL=DIGITS` joined by LF, under a fixed header. */
export function specDrawKey(campaign: string, parts: readonly { label: string; digits: string }[]): string {
  const canonical = [...parts]
    .sort((a, b) => codeUnitOrder(a.label, b.label))
    .map((p) => `${p.label}=${p.digits}`)
    .join("\n");
  return sha256(`checkonce-draw/1\ncampaign:${campaign}\nseed:\n${canonical}`);
}

/** §4 */
export const specTicket = (key: string, stratum: string, object: string): string =>
  sha256(`${key}\n${stratum}\n${object}`);

/** §2 */
export const specIdsDigest = (ids: readonly string[]): string =>
  sha256(
    [...ids]
      .sort(codeUnitOrder)
      .map((id) => `${id}\n`)
      .join(""),
  );

/** §5.1: seedrandom's ARC4 exactly as the spec writes it (mixkey, key schedule, drop 256, g). */
export class SpecArc4 {
  private readonly s: number[] = [];
  private i = 0;
  private j = 0;

  constructor(seed: string) {
    const key: number[] = [];
    let smear = 0;
    for (let j = 0; j < seed.length; j++) {
      smear = smear ^ ((key[j % 256] ?? 0) * 19);
      key[j % 256] = (smear + seed.charCodeAt(j)) & 255;
    }
    const s = this.s;
    for (let i = 0; i < 256; i++) s[i] = i;
    let j = 0;
    for (let i = 0; i < 256; i++) {
      j = (j + (key[i % key.length] as number) + (s[i] as number)) & 255;
      const t = s[i] as number;
      s[i] = s[j] as number;
      s[j] = t;
    }
    this.g(256);
  }

  g(count: number): number {
    const s = this.s;
    let r = 0;
    for (let n = 0; n < count; n++) {
      this.i = (this.i + 1) & 255;
      const t = s[this.i] as number;
      this.j = (this.j + t) & 255;
      s[this.i] = s[this.j] as number;
      s[this.j] = t;
      r = r * 256 + (s[((s[this.i] as number) + (s[this.j] as number)) & 255] as number);
    }
    return r;
  }

  uint32(): number {
    return this.g(4);
  }
}

export const specStream = (key: string, label: string): SpecArc4 => new SpecArc4(sha256(`${key}\n${label}`));

export function specUniformInt(stream: { uint32(): number }, n: number): number {
  const limit = Math.floor(2 ** 32 / n) * n;
  for (;;) {
    const x = stream.uint32();
    if (x < limit) return x % n;
  }
}

export function specShuffle<T>(stream: { uint32(): number }, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i >= 1; i--) {
    const j = specUniformInt(stream, i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export type Rounding = "up" | "down" | "nearest";

/** §3 in exact rational arithmetic: ratio given as R millionths. */
export function specSampleSize(millionths: bigint, n: bigint, rounding: Rounding): bigint {
  const scale = 1_000_000n;
  const q = (millionths * n) / scale;
  const r = millionths * n - q * scale;
  const size = rounding === "down" ? q : rounding === "up" ? q + (r > 0n ? 1n : 0n) : q + (2n * r >= scale ? 1n : 0n);
  return size < n ? size : n;
}

/** "0.15" → 150000n, from the decimal text, never through a float. */
export function millionthsOf(decimal: string): bigint {
  const [whole = "0", frac = ""] = decimal.split(".");
  if (frac.length > 6) throw new Error(`more than 6 decimals: ${decimal}`);
  return BigInt(whole) * 1_000_000n + BigInt(frac.padEnd(6, "0"));
}

export interface RoutedObject {
  id: string;
  address: string;
  coordinates?: { lat: number; lng: number } | undefined;
}

/** §5 route order: nearest neighbour from the southernmost, then the rest by address. */
export function specRoute<T extends RoutedObject>(objects: readonly T[]): T[] {
  const placed = objects.filter((o) => o.coordinates).sort((a, b) => codeUnitOrder(a.id, b.id));
  const unplaced = objects
    .filter((o) => !o.coordinates)
    .sort((a, b) => codeUnitOrder(a.address, b.address) || codeUnitOrder(a.id, b.id));
  const route: T[] = [];
  if (placed.length > 0) {
    let start = placed[0] as T;
    for (const o of placed) {
      const a = o.coordinates as { lat: number; lng: number };
      const b = start.coordinates as { lat: number; lng: number };
      if (a.lat < b.lat || (a.lat === b.lat && a.lng < b.lng)) start = o;
    }
    const remaining = placed.filter((o) => o !== start);
    let here = start;
    route.push(here);
    while (remaining.length > 0) {
      const h = here.coordinates as { lat: number; lng: number };
      let best = 0;
      let bestD = Infinity;
      remaining.forEach((o, i) => {
        const c = o.coordinates as { lat: number; lng: number };
        const d = (c.lat - h.lat) * (c.lat - h.lat) + (c.lng - h.lng) * (c.lng - h.lng);
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      });
      here = remaining.splice(best, 1)[0] as T;
      route.push(here);
    }
  }
  return [...route, ...unplaced];
}

/** §5 cutting: sizes of the t = ceil(m / perTeam) contiguous teams of a township. */
export function specTeamSizes(m: number, perTeam: number): number[] {
  if (m === 0) return [];
  const t = Math.ceil(m / perTeam);
  return Array.from({ length: t }, (_, k) => Math.floor(m / t) + (k < m % t ? 1 : 0));
}
