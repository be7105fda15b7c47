import seedrandom from "seedrandom";
import { sha256Hex } from "./seed.js";

export interface Stream {
  /** A uniform 32-bit unsigned integer. */
  uint32(): number;
}

/**
 * A seedrandom ARC4 stream seeded only with a SHA-256 hex string: seedrandom reads just the low
 * byte of each UTF-16 unit, so it is never given anything but ASCII derived by hashing (STYLE.md).
 */
export function streamFor(key: string, label: string): Stream {
  const rng = seedrandom(sha256Hex(`${key}\n${label}`));
  return { uint32: () => rng.int32() >>> 0 };
}

/** An unbiased integer in [0, n): rejection sampling on 32-bit draws, never `floor(x * n)`. */
export function uniformInt(stream: Stream, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`uniformInt: bad bound ${n}`);
  const limit = Math.floor(2 ** 32 / n) * n;
  for (;;) {
    const x = stream.uint32();
    if (x < limit) return x % n;
  }
}

/** Fisher–Yates, from the last position down, j = uniformInt(i + 1): a new array. */
export function shuffle<T>(stream: Stream, list: readonly T[]): T[] {
  return shuffleInPlace(stream, [...list]);
}

/** The same Fisher–Yates as shuffle, on the array given (for a list the caller built and owns). */
export function shuffleInPlace<T>(stream: Stream, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = uniformInt(stream, i + 1);
    const tmp = list[i] as T;
    list[i] = list[j] as T;
    list[j] = tmp;
  }
  return list;
}
