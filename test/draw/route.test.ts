// Issue 13: the visiting order (SPEC.md §5, nearest neighbour) found through a grid must be the
// order the definition gives, comparing every point left at every step — ties and all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearestNeighbourTour, nearestNeighbourTourByScan } from "../../src/draw/route.js";

const point = (lat: number, lng: number) => ({ lat, lng });

describe("nearest-neighbour tour through a grid", () => {
  it("is the tour of the definition, on points spread, clustered, on a lattice and repeated", () => {
    const coordinate = fc.oneof(
      fc.double({ min: 35, max: 35.3, noNaN: true }),
      fc.integer({ min: 0, max: 12 }).map((k) => 35 + k * 0.01), // a lattice: many equal distances
      fc.constantFrom(35.1, 35.100000000000001, 35.2),
    );
    const points = fc.array(
      fc.tuple(coordinate, coordinate).map(([a, b]) => point(a, b + 75)),
      { minLength: 0, maxLength: 400 },
    );
    fc.assert(
      fc.property(points, (ps) => {
        expect(nearestNeighbourTour(ps)).toStrictEqual(nearestNeighbourTourByScan(ps));
      }),
      { numRuns: 300 },
    );
  });

  it("a township's thousands of drawn objects: the same tour", () => {
    let s = 12345;
    const random = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const ps = Array.from({ length: 3000 }, (_, i) =>
      i % 7 === 0 ? point(35.05, 110.45) : point(35 + random() * 0.2, 110.4 + random() * 0.2),
    );
    const tour = nearestNeighbourTour(ps);
    expect(tour).toStrictEqual(nearestNeighbourTourByScan(ps));
    expect(new Set(tour).size).toBe(ps.length);
  });

  it("all on one line, or all at one place", () => {
    const line = Array.from({ length: 200 }, (_, i) => point(35, 110 + ((i * 37) % 200) / 1000));
    expect(nearestNeighbourTour(line)).toStrictEqual(nearestNeighbourTourByScan(line));
    const same = Array.from({ length: 100 }, () => point(35, 110));
    expect(nearestNeighbourTour(same)).toStrictEqual(same.map((_, i) => i));
  });
});
