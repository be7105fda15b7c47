import type { DrawRecord } from "./record.js";
import { inspectedObjects } from "./record.js";

/** What earlier draws of the year mean for this one: the yearly cap, re-inspection, loads. */
export interface DrawHistory {
  /** Times each object was drawn this year (substituted-out objects were not visited: not counted). */
  drawsThisYear: Record<string, number>;
  /** For each object, the inspectors of the team that visited it most recently. */
  lastInspectors: Record<string, string[]>;
  /** Team memberships of each inspector this year. */
  loads: Record<string, number>;
}

export const emptyHistory = (): DrawHistory => ({ drawsThisYear: {}, lastInspectors: {}, loads: {} });

/**
 * Folds the year's earlier records, in ledger order, into a history. Only each campaign's latest
 * attempt counts (a redraw replaces the attempt before it); the campaign being drawn is left out.
 */
export function historyFrom(records: readonly DrawRecord[], year: number, campaign: string): DrawHistory {
  const history = emptyHistory();
  for (const record of records) {
    if (record.year !== year || record.campaign === campaign) continue;
    for (const { object, team } of inspectedObjects(record)) {
      history.drawsThisYear[object] = (history.drawsThisYear[object] ?? 0) + 1;
      history.lastInspectors[object] = team.members.map((m) => m.inspector).sort();
    }
    for (const team of record.teams)
      for (const m of team.members) history.loads[m.inspector] = (history.loads[m.inspector] ?? 0) + 1;
  }
  return sortHistory(history);
}

/** Keys in code-unit order, so that the history written into a record is canonical. */
export function sortHistory(h: DrawHistory): DrawHistory {
  const sortKeys = <T>(o: Record<string, T>) =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    drawsThisYear: sortKeys(h.drawsThisYear),
    lastInspectors: sortKeys(h.lastInspectors),
    loads: sortKeys(h.loads),
  };
}
