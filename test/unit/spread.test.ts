import { describe, expect, it } from "vitest";
import { certainly, chanceAbove, hypergeometric, sum } from "../../src/draw/spread.js";

describe("the spread of a stratum's draws over a township", () => {
  it("two of twenty drawn, ten of them in the township: 45, 100 and 45 in 190", () => {
    const d = hypergeometric(20, 10, 2);
    expect(d.lo).toBe(0);
    expect(d.p.map((x) => x * 190)).toEqual([45, 100, 45].map((x) => expect.closeTo(x, 9)));
    expect(chanceAbove(d, 1)).toBeCloseTo(45 / 190, 12);
    expect(chanceAbove(d, 2)).toBe(0);
  });

  it("more drawn than lie outside the township: at least the difference falls inside", () => {
    const d = hypergeometric(10, 8, 5);
    expect(d.lo).toBe(3);
    expect(d.p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("two strata add up as independent counts; nothing drawn is certainly nothing", () => {
    const two = sum(hypergeometric(20, 10, 2), hypergeometric(4, 2, 1));
    expect(two.lo).toBe(0);
    expect(two.p.map((x) => x * 380)).toEqual([45, 145, 145, 45].map((x) => expect.closeTo(x, 9)));
    expect(sum(certainly(0), hypergeometric(9, 3, 0))).toEqual(certainly(0));
  });

  it("the mean of a large stratum is drawn × share, and its far tails are dropped", () => {
    const d = hypergeometric(100_000, 20_000, 5_000);
    const mean = d.p.reduce((m, x, k) => m + x * (d.lo + k), 0);
    expect(mean).toBeCloseTo(1_000, 3);
    expect(d.p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(d.p.length).toBeLessThan(500);
  });
});
