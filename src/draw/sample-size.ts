export type Rounding = "up" | "down" | "nearest";

/** Ratios are taken to 6 decimal places, so that 0.07 × 100 is exactly 7, never 7.000000000000001. */
export const RATIO_SCALE = 1_000_000;

export function scaledRatio(ratio: number): number {
  return Math.round(ratio * RATIO_SCALE);
}

/** How many of `eligible` objects to draw at `ratio`, in integer arithmetic (SPEC.md §3). */
export function sampleSize(ratio: number, eligible: number, rounding: Rounding): number {
  const numerator = scaledRatio(ratio) * eligible;
  const floor = Math.floor(numerator / RATIO_SCALE);
  const remainder = numerator - floor * RATIO_SCALE;
  const size =
    rounding === "down"
      ? floor
      : rounding === "up"
        ? floor + (remainder > 0 ? 1 : 0)
        : floor + (remainder * 2 >= RATIO_SCALE ? 1 : 0);
  return Math.min(size, eligible);
}
