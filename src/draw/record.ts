import type { DrawRecordFile } from "../generated/draw-record.js";

/** Where a workspace keeps its draw records, the ledger and the input snapshots. */
export const DRAWS_DIR = "draws";

export type DrawRecord = Omit<DrawRecordFile, "$schema">;
export type RecordTeam = DrawRecord["teams"][number];
export type RecordStratum = DrawRecord["strata"][number];
export type Substitution = DrawRecord["substitutions"][number];

/** The objects a record sends teams to, after its substitutions: what counts as inspected. */
export function inspectedObjects(record: DrawRecord): { object: string; team: RecordTeam }[] {
  const out: { object: string; team: RecordTeam }[] = [];
  for (const team of record.teams) for (const object of currentTeamObjects(record, team)) out.push({ object, team });
  return out;
}

/** A team's objects in route order, each substituted object replaced in its place. */
export function currentTeamObjects(record: DrawRecord, team: RecordTeam): string[] {
  const replaced = new Map(
    record.substitutions.filter((s) => s.team === team.id).map((s) => [s.object, s.replacement]),
  );
  return team.objects.map((o) => {
    let current = o;
    while (replaced.has(current)) current = replaced.get(current) as string;
    return current;
  });
}
