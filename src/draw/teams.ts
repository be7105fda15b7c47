import type { Campaign, InspectionObject, Inspector, Item, ResolvedPolicy, Workspace } from "../registries/model.js";
import { inspectorUnavailable } from "./eligibility.js";
import { routeOrder } from "./route.js";
import { shuffle, shuffleInPlace, streamFor } from "./rng.js";
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
  // Availability for the whole campaign does not depend on the team: decide it once per inspector,
  // and sort each department's pool by id once (§5 step 1): a need's candidates are then a filtered
  // subsequence of it, already in id order, instead of a filter and a sort of the pool per team.
  const poolByDepartment = new Map<string, Pooled[]>();
  const byInspectorId = new Map<string, Pooled[]>();
  for (const { value: inspector } of ws.inspectors) {
    if (inspectorUnavailable(inspector, campaign, undefined) !== undefined) continue;
    const pooled = { inspector, load: history.loads[inspector.id] ?? 0, placed: false };
    const same = byInspectorId.get(inspector.id);
    if (same) same.push(pooled);
    else byInspectorId.set(inspector.id, [pooled]);
    const list = poolByDepartment.get(inspector.department);
    if (list) list.push(pooled);
    else poolByDepartment.set(inspector.department, [pooled]);
  }
  for (const list of poolByDepartment.values()) list.sort((a, b) => byCodeUnit(a.inspector.id, b.inspector.id));
  // A department's pool narrowed to a set of qualifications does not depend on the team either.
  const poolByNeed = new Map<string, Pooled[]>();
  const poolFor = (department: string, qualifications: readonly string[]): Pooled[] => {
    const key = [department, ...qualifications].join("\0");
    let list = poolByNeed.get(key);
    if (list === undefined) {
      list = (poolByDepartment.get(department) ?? []).filter(({ inspector: i }) =>
        qualifications.every((q) => (i.qualifications ?? []).includes(q)),
      );
      poolByNeed.set(key, list);
    }
    return list;
  };
  const recusing = new Map<string, Inspector[]>();
  for (const list of poolByDepartment.values())
    for (const { inspector } of list)
      for (const r of inspector.recusals ?? []) {
        const who = recusing.get(r.object);
        if (who) who.push(inspector);
        else recusing.set(r.object, [inspector]);
      }
  // The smallest load any candidate can have: one at it who visited none of the objects ranks first.
  let lowestLoad = 0;
  for (const list of poolByDepartment.values()) for (const { load } of list) lowestLoad = Math.min(lowestLoad, load);
  const candidates: Pooled[] = [];
  const teams: RecordTeam[] = [];

  for (const township of [...byTownship.keys()].sort(byCodeUnit)) {
    for (const group of chunkEvenly(
      routeOrder(byTownship.get(township) as InspectionObject[]),
      campaign.objectsPerTeam,
    )) {
      const id = `T${String(teams.length + 1).padStart(2, "0")}`;
      const objectIds = group.map((o) => o.id);
      const recused = new Set(objectIds.flatMap((o) => recusing.get(o) ?? []));
      const visited = visitedBy(objectIds, history);
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
        const pool = poolFor(department, qualifications);
        candidates.length = 0;
        let kept = 0;
        for (let k = 0; k < pool.length; k++) {
          const entry = pool[k] as Pooled;
          // Who was placed in a team leaves the pool, so that later teams do not step over them again.
          if (entry.placed) continue;
          if (kept !== k) pool[kept] = entry;
          kept++;
          if (recused.size === 0 || !recused.has(entry.inspector)) candidates.push(entry);
        }
        pool.length = kept;
        if (candidates.length < count) {
          const params = { team: id, township, department, needed: count, available: candidates.length };
          throw role === "township"
            ? new DrawError("draw-infeasible-township-staff", params)
            : new DrawError("draw-infeasible-inspectors", {
                ...params,
                qualification: qualifications.join("、") || "-",
              });
        }
        shuffleInPlace(streamFor(input.drawKey, streamLabel(id, department)), candidates);
        for (const { inspector } of firstRanked(candidates, count, visited, lowestLoad)) {
          for (const entry of byInspectorId.get(inspector.id) ?? []) entry.placed = true;
          members.push({ inspector: inspector.id, department, role });
        }
      };
      for (const need of needs) pick(need.department, need.count, need.qualifications, need.lead ? "lead" : "joint");
      if (campaign.linkage !== false) pick(township, 1, [], "township");
      teams.push({ id, township, objects: objectIds, members });
    }
  }
  return teams;
}

/** Who visited one of these objects last time, gathered once per team rather than searched for each candidate. */
function visitedBy(objectIds: readonly string[], history: DrawHistory): Set<string> {
  return new Set(objectIds.flatMap((o) => history.lastInspectors[o] ?? []));
}

/** An available inspector with their teams this year (history.loads), looked up once per draw. */
interface Pooled {
  inspector: Inspector;
  load: number;
  /** Placed in a team of this draw (this inspector, or another entry with the same id). */
  placed: boolean;
}

/**
 * The first `count` of rankCandidates' order, from the already shuffled list: the stable sort of
 * §5 step 4 only decides who comes first, so the `count` smallest (revisit, load, position) are kept
 * as they come, and the scan stops once all of them hold the smallest key any candidate has.
 */
function firstRanked(
  shuffled: readonly Pooled[],
  count: number,
  visited: ReadonlySet<string>,
  lowestLoad: number,
): Pooled[] {
  if (count <= 0) return [];
  const revisitOf = (p: Pooled) => (visited.size > 0 && visited.has(p.inspector.id) ? 1 : 0);
  let minRevisit = 1;
  let minLoad = Infinity;
  for (const p of shuffled) {
    const revisit = revisitOf(p);
    if (revisit < minRevisit || (revisit === minRevisit && p.load < minLoad)) {
      minRevisit = revisit;
      minLoad = p.load;
      if (revisit === 0 && minLoad <= lowestLoad) break; // nobody can rank before this one
    }
  }
  const best: { pooled: Pooled; revisit: number; load: number }[] = [];
  const after = (a: { revisit: number; load: number }, revisit: number, load: number) =>
    a.revisit > revisit || (a.revisit === revisit && a.load > load);
  for (const pooled of shuffled) {
    const revisit = revisitOf(pooled);
    const load = pooled.load;
    const last = best[best.length - 1];
    if (best.length === count && last !== undefined) {
      if (last.revisit === minRevisit && last.load === minLoad) break;
      if (!after(last, revisit, load)) continue;
    }
    let at = best.length;
    while (at > 0 && after(best[at - 1] as (typeof best)[number], revisit, load)) at--;
    best.splice(at, 0, { pooled, revisit, load });
    if (best.length > count) best.pop();
  }
  return best.map((b) => b.pooled);
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
  const visited = visitedBy(objectIds, history);
  const revisits = (i: Inspector) => (visited.has(i.id) ? 1 : 0);
  const load = (i: Inspector) => history.loads[i.id] ?? 0;
  return shuffled
    .map((inspector, position) => ({ inspector, position, revisit: revisits(inspector), load: load(inspector) }))
    .sort((a, b) => a.revisit - b.revisit || a.load - b.load || a.position - b.position)
    .map((x) => x.inspector);
}
