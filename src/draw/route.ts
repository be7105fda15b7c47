import type { InspectionObject } from "../registries/model.js";

const byId = (a: InspectionObject, b: InspectionObject) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type LatLng = { lat: number; lng: number };

/**
 * Visiting order within one township (SPEC.md §5): objects with coordinates by nearest neighbour,
 * starting from the southernmost; then those without, by address. Distances are squared degree
 * differences, computed with + − × only, so every platform gets the same order; of equally near
 * objects the one with the smallest id comes first.
 */
export function routeOrder(objects: readonly InspectionObject[]): InspectionObject[] {
  const placed = objects.filter((o) => o.coordinates).sort(byId);
  const unplaced = objects
    .filter((o) => !o.coordinates)
    .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : byId(a, b)));
  return [
    ...nearestNeighbourTour(placed.map((o) => o.coordinates as LatLng)).map((i) => placed[i] as InspectionObject),
    ...unplaced,
  ];
}

/**
 * The nearest-neighbour tour of points (given in id order) as their indices: start at the
 * southernmost (then westernmost, then first), go each time to the nearest point left, the first
 * of equally near ones. The same tour as comparing every point left at every step (kept below as
 * `nearestNeighbourTourByScan`, which the tests compare it with), found through a grid: a step looks
 * at the cells around the current point, ring by ring, until no cell further out can hold anything
 * nearer. A township's thousands of drawn objects took seconds one against all (n²/2 distances).
 */
export function nearestNeighbourTour(points: readonly LatLng[]): number[] {
  const n = points.length;
  if (n <= SCAN_BELOW) return nearestNeighbourTourByScan(points);
  let minLat = Infinity;
  let maxLat = -Infinity;
  let minLng = Infinity;
  let maxLng = -Infinity;
  for (const p of points) {
    minLat = Math.min(minLat, p.lat);
    maxLat = Math.max(maxLat, p.lat);
    minLng = Math.min(minLng, p.lng);
    maxLng = Math.max(maxLng, p.lng);
  }
  // About two points a cell; a degenerate extent (all on one line or point) gets one cell across.
  const side = Math.max(1, Math.ceil(Math.sqrt(n / 2)));
  const rows = maxLat > minLat ? side : 1;
  const cols = maxLng > minLng ? side : 1;
  const cellLat = (maxLat - minLat) / rows || 1;
  const cellLng = (maxLng - minLng) / cols || 1;
  const rowOf = (lat: number) => Math.min(rows - 1, Math.max(0, Math.floor((lat - minLat) / cellLat)));
  const colOf = (lng: number) => Math.min(cols - 1, Math.max(0, Math.floor((lng - minLng) / cellLng)));
  /** Each cell's points, as indices in increasing order (filled in index order). */
  const cells: number[][] = Array.from({ length: rows * cols }, () => []);
  for (let i = 0; i < n; i++) {
    const p = points[i] as LatLng;
    (cells[rowOf(p.lat) * cols + colOf(p.lng)] as number[]).push(i);
  }
  const left = new Uint8Array(n).fill(1);
  let remaining = n;
  const take = (i: number) => {
    left[i] = 0;
    remaining--;
    const p = points[i] as LatLng;
    const cell = cells[rowOf(p.lat) * cols + colOf(p.lng)] as number[];
    cell.splice(cell.indexOf(i), 1);
  };

  let start = 0;
  for (let i = 1; i < n; i++) {
    const a = points[i] as LatLng;
    const b = points[start] as LatLng;
    if (a.lat < b.lat || (a.lat === b.lat && a.lng < b.lng)) start = i;
  }
  const tour: number[] = [start];
  take(start);
  let current = start;
  // A margin for the rounding of cell edges: a ring is skipped only when it is surely further.
  const slack = 1e-9 * (cellLat + cellLng);
  while (remaining > 0) {
    const here = points[current] as LatLng;
    let best = -1;
    let bestDistance = Infinity;
    const consider = (i: number) => {
      const there = points[i] as LatLng;
      const dLat = there.lat - here.lat;
      const dLng = there.lng - here.lng;
      const distance = dLat * dLat + dLng * dLng;
      if (distance < bestDistance || (distance === bestDistance && i < best)) {
        bestDistance = distance;
        best = i;
      }
    };
    if (remaining <= SCAN_BELOW) {
      for (let i = 0; i < n; i++) if (left[i]) consider(i);
    } else {
      const row = rowOf(here.lat);
      const col = colOf(here.lng);
      for (let ring = 0; ; ring++) {
        const top = row - ring;
        const bottom = row + ring;
        const west = col - ring;
        const east = col + ring;
        if (top < 0 && bottom >= rows && west < 0 && east >= cols) break;
        for (let r = Math.max(0, top); r <= Math.min(rows - 1, bottom); r++) {
          const edge = r === top || r === bottom;
          for (let c = Math.max(0, west); c <= Math.min(cols - 1, east); c++) {
            if (!edge && c !== west && c !== east) continue;
            for (const i of cells[r * cols + c] as number[]) consider(i);
          }
        }
        if (best < 0) continue;
        // Anything outside the rings searched lies at least this far in latitude or longitude.
        const gap = Math.min(
          top > 0 ? here.lat - (minLat + top * cellLat) : Infinity,
          bottom < rows - 1 ? minLat + (bottom + 1) * cellLat - here.lat : Infinity,
          west > 0 ? here.lng - (minLng + west * cellLng) : Infinity,
          east < cols - 1 ? minLng + (east + 1) * cellLng - here.lng : Infinity,
        );
        if (gap === Infinity) break;
        const sure = gap - slack;
        if (sure > 0 && sure * sure > bestDistance) break;
      }
    }
    tour.push(best);
    take(best);
    current = best;
  }
  return tour;
}

/** Below this many points left, one scan of them is quicker than the grid. */
const SCAN_BELOW = 64;

/** The tour by comparing every point left at every step: the definition (SPEC.md §5). */
export function nearestNeighbourTourByScan(points: readonly LatLng[]): number[] {
  const remaining = points.map((_, i) => i);
  let start = 0;
  for (let i = 1; i < remaining.length; i++) {
    const a = points[remaining[i] as number] as LatLng;
    const b = points[remaining[start] as number] as LatLng;
    if (a.lat < b.lat || (a.lat === b.lat && a.lng < b.lng)) start = i;
  }
  const tour: number[] = [];
  let current = remaining.splice(start, 1)[0];
  while (current !== undefined) {
    tour.push(current);
    const here = points[current] as LatLng;
    let best = -1;
    let bestDistance = Infinity;
    remaining.forEach((i, at) => {
      const there = points[i] as LatLng;
      const dLat = there.lat - here.lat;
      const dLng = there.lng - here.lng;
      const distance = dLat * dLat + dLng * dLng;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = at;
      }
    });
    current = best >= 0 ? remaining.splice(best, 1)[0] : undefined;
  }
  return tour;
}
