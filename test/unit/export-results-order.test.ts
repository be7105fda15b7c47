// The results sheet's order (commands/export.ts): each key compared whole, ties kept in entry order.
import { describe, expect, it } from "vitest";
import { compareResultRows } from "../../src/commands/export.js";

describe("export results: the order of the rows", () => {
  it("compares campaign, department, object and day each on its own, not joined together", () => {
    // Joined, both rows read "2026-CY-1" + "0scjgj…": the old comparator put whichever came second first.
    const a = ["2026-CY-1", "0scjgj", "91140821MA0BP0EU87", "2026-04-01"];
    const b = ["2026-CY-10", "scjgj", "91140821MA0BP0EU87", "2026-04-01"];
    expect(compareResultRows(a, b)).toBeLessThan(0);
    expect(compareResultRows(b, a)).toBeGreaterThan(0);
    expect([b, a].sort(compareResultRows)).toEqual([a, b]);
  });

  it("a re-inspection after the first; rows alike in every key are equal (the sort keeps their order)", () => {
    const first = ["2026-CY-01", "市场监管局", "91140821MA0BP0EU87", "2026-04-01", "signed"];
    const again = ["2026-CY-01", "市场监管局", "91140821MA0BP0EU87", "2026-04-20", "signed"];
    expect(compareResultRows(again, first)).toBeGreaterThan(0);
    const twin = [...first.slice(0, 4), "refused"];
    expect(compareResultRows(first, twin)).toBe(0);
    expect([again, twin, first].sort(compareResultRows)).toEqual([twin, first, again]);
    // An empty cell (no campaign in the header) sorts first, as the empty text.
    expect(compareResultRows([null, "a"], ["2026-CY-01", "a"])).toBeLessThan(0);
  });
});
