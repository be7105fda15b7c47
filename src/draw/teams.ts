import type { Campaign, InspectionObject, Inspector, Item, ResolvedPolicy, Workspace } from "../registries/model.js";
import { inspectorUnavailable } from "./eligibility.js";
import { routeOrder } from "./route.js";
import { shuffle, streamFor } from "./rng.js";
import { DrawError } from "./draw-error.js";
import type { DrawHistory } from "./history.js";
import type { RecordTeam } from "./record.js";

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface TeamInput {
  ws: Workspace;
  campaign: Campaign;
  policy: ResolvedPolicy;
  /** The drawn objects with the item whose stratum drew them. */
  drawn: { object: InspectionObject; item: Item }[];
  drawKey: string;
  history: DrawHistory;
}

/** Splits m objects into ceil(m / perTeam) contiguous groups whose sizes differ by at most one. */
export function chunkEvenly<T>(list: readonly T[], perTeam: number): T[][] {
  if (list.length === 0) return [];
  const teams = Math.ceil(list.length / perTeam);
  const base = Math.floor(list.length / teams);
  const larger = list.length % teams;
  const out: T[][] = [];
  let at = 0;
  for (let t = 0; t < teams; t++) {
    const size = base + (t < larger ? 1 : 0);
    out.push(list.slice(at, at + size));
    at += size;
  }
  return out;
}

/**
 * Team formation (SPEC.md §5): objects grouped by township, in route order, cut into teams of at
 * most objectsPerTeam; then, team by team and department by department, inspectors drawn from
 * those available, preferring who did not visit these objects last time and who has the fewest
 * teams this year; one staff member of the township when linkage is on.
 */
export function formTeams(input: TeamInput): RecordTeam[] {
  const { ws, campaign, policy, history } = input;
  const itemOf = new Map(input.drawn.map((d) => [d.object.id, d.item]));
  const byTownship = new Map<string, InspectionObject[]>();
  for (const { object } of input.drawn) {
    const list = byTownship.get(object.township);
    if (list) list.push(object);
    else byTownship.set(object.township, [object]);
  }
  // Availability for the whole campaign does not depend on the team: decide it once per inspector.
  const availableByDepartment = new Map<string, Inspector[]>();
  for (const { value: inspector } of ws.inspectors) {
    if (inspectorUnavailable(inspector, campaign, undefined) !== undefined) continue;
    const list = availableByDepartment.get(inspector.department);
    if (list) list.push(inspector);
    else availableByDepartment.set(inspector.department, [inspector]);
  }
  const assigned = new Set<string>();
  const teams: RecordTeam[] = [];

  for (const township of [...byTownship.keys()].sort(byCodeUnit)) {
    for (const group of chunkEvenly(
      routeOrder(byTownship.get(township) as InspectionObject[]),
      campaign.objectsPerTeam,
    )) {
      const id = `T${String(teams.length + 1).padStart(2, "0")}`;
      const objectIds = group.map((o) => o.id);
      const inTeam = new Set(objectIds);
      const needs = departmentNeeds(
        group.map((o) => itemOf.get(o.id) as Item),
        policy,
      );
      const members: RecordTeam["members"] = [];
      const pick = (
        department: string,
        count: number,
        qualifications: readonly string[],
        role: "lead" | "joint" | "township",
      ) => {
        const candidates = (availableByDepartment.get(department) ?? []).filter(
          (i) =>
            !assigned.has(i.id) &&
            qualifications.every((q) => (i.qualifications ?? []).includes(q)) &&
            !(i.recusals ?? []).some((r) => inTeam.has(r.object)),
        );
        if (candidates.length < count) {
          // The township is no department of the county: it sends a staff member along (seed plan).
          throw role === "township"
            ? new DrawError("draw-infeasible-township-staff", {
                team: id,
                township,
                department,
                needed: count,
                available: candidates.length,
              })
            : new DrawError("draw-infeasible-inspectors", {
                team: id,
                township,
                department,
                needed: count,
                available: candidates.length,
                qualification: qualifications.join("、") || "-",
              });
        }
        const chosen = rankCandidates(candidates, objectIds, history, streamLabel(id, department), input.drawKey).slice(
          0,
          count,
        );
        for (const c of chosen) {
          assigned.add(c.id);
          members.push({ inspector: c.id, department, role });
        }
      };
      for (const need of needs) pick(need.department, need.count, need.qualifications, need.lead ? "lead" : "joint");
      if (campaign.linkage !== false) pick(township, 1, [], "township");
      teams.push({ id, township, objects: objectIds, members });
    }
  }
  return teams;
}

export function streamLabel(team: string, department: string): string {
  return `team:${team}\ndepartment:${department}`;
}

interface DepartmentNeed {
  department: string;
  count: number;
  qualifications: string[];
  lead: boolean;
}

/** Every department in the task lists of the team's items: the most any task asks, never below the legal minimum. */
export function departmentNeeds(items: readonly Item[], policy: ResolvedPolicy): DepartmentNeed[] {
  const needs = new Map<string, DepartmentNeed>();
  for (const item of items) {
    for (const task of item.tasks) {
      const need = needs.get(task.department) ?? {
        department: task.department,
        count: 0,
        qualifications: [],
        lead: false,
      };
      need.count = Math.max(need.count, task.inspectors, policy.minInspectorsPerDepartment);
      if (task.qualification && !need.qualifications.includes(task.qualification))
        need.qualifications.push(task.qualification);
      need.lead ||= task.department === item.lead;
      needs.set(task.department, need);
    }
  }
  return [...needs.values()]
    .map((n) => ({ ...n, qualifications: n.qualifications.sort(byCodeUnit) }))
    .sort((a, b) => byCodeUnit(a.department, b.department));
}

/**
 * Candidates sorted by id, shuffled by Fisher–Yates on the team × department stream, then stably
 * ordered by (visited one of these objects last time, teams this year): chance decides among equals.
 */
export function rankCandidates(
  candidates: readonly Inspector[],
  objectIds: readonly string[],
  history: DrawHistory,
  label: string,
  drawKey: string,
): Inspector[] {
  const sorted = [...candidates].sort((a, b) => byCodeUnit(a.id, b.id));
  const shuffled = shuffle(streamFor(drawKey, label), sorted);
  // Who visited one of these objects last time, gathered once rather than searched for each candidate.
  const visited = new Set(objectIds.flatMap((o) => history.lastInspectors[o] ?? []));
  const revisits = (i: Inspector) => (visited.has(i.id) ? 1 : 0);
  const load = (i: Inspector) => history.loads[i.id] ?? 0;
  return shuffled
    .map((inspector, position) => ({ inspector, position, revisit: revisits(inspector), load: load(inspector) }))
    .sort((a, b) => a.revisit - b.revisit || a.load - b.load || a.position - b.position)
    .map((x) => x.inspector);
}
