import type { InspectionObject } from "../registries/model.js";

const byId = (a: InspectionObject, b: InspectionObject) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Visiting order within one township (SPEC.md §5): objects with coordinates by nearest neighbour,
 * starting from the southernmost; then those without, by address. Distances are squared degree
 * differences, computed with + − × only, so every platform gets the same order.
 */
export function routeOrder(objects: readonly InspectionObject[]): InspectionObject[] {
  const placed = objects.filter((o) => o.coordinates).sort(byId);
  const unplaced = objects
    .filter((o) => !o.coordinates)
    .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : byId(a, b)));
  const route: InspectionObject[] = [];
  const remaining = [...placed];
  const key = (o: InspectionObject) => o.coordinates as { lat: number; lng: number };
  let start = 0;
  for (let i = 1; i < remaining.length; i++) {
    const a = key(remaining[i] as InspectionObject);
    const b = key(remaining[start] as InspectionObject);
    if (a.lat < b.lat || (a.lat === b.lat && a.lng < b.lng)) start = i;
  }
  let current = remaining.splice(start, 1)[0];
  while (current) {
    route.push(current);
    const here = key(current);
    let best = -1;
    let bestDistance = Infinity;
    remaining.forEach((o, i) => {
      const there = key(o);
      const dLat = there.lat - here.lat;
      const dLng = there.lng - here.lng;
      const distance = dLat * dLat + dLng * dLng;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    });
    current = best >= 0 ? remaining.splice(best, 1)[0] : undefined;
  }
  return [...route, ...unplaced];
}
