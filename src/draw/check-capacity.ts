import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Position } from "../util/yaml-source.js";
import { campaignItems } from "../registries/check-references.js";
import {
  objectTier,
  tiers,
  type Tier,
  type InspectionObject,
  type Located,
  type Workspace,
} from "../registries/model.js";
import { inspectorUnavailable, objectInItemScope, upperInspectedIds } from "./eligibility.js";
import { departmentNeeds } from "./teams.js";
import { sampleSize } from "./sample-size.js";
import { certainly, chanceAbove, hypergeometric, sum, type Distribution } from "./spread.js";

/**
 * A chance of a stopped draw worth a warning: the seed is made in public after validate, so the
 * officer cannot choose one that staffs every team, and a stopped draw writes nothing.
 */
const RISK = 0.001;

/** A chance as a percentage, with the digits that say how small it is. */
function percent(chance: number): string {
  const pc = chance * 100;
  return `${pc >= 10 ? pc.toFixed(0) : pc >= 1 ? pc.toFixed(1) : pc.toFixed(2)}%`;
}

export interface CapacityCheckOptions {
  locate: (file: string, pointer: string) => Position;
  /** Registries that lost whole files: no estimate is made over what cannot be seen. */
  incomplete?: ReadonlySet<string>;
}

/** The first entry of each id (duplicates are the reference checks' business). */
function firstById<T extends { id: string }>(list: readonly Located<T>[]): Map<string, Located<T>> {
  const first = new Map<string, Located<T>>();
  for (const entry of list) if (!first.has(entry.value.id)) first.set(entry.value.id, entry);
  return first;
}

/**
 * An estimate, before any draw, of whether each department can staff the teams a campaign will
 * need: expected draws per township, teams of at most objectsPerTeam, and every task's headcount
 * against the inspectors available on every day of the campaign; and, as one staff member of the
 * township joins each team, the chance that a seed puts more objects in a township than its staff
 * can join (that chance is exact: a township's draws per stratum are hypergeometric). The draw
 * itself decides exactly.
 */
export function checkCampaignCapacity(ws: Workspace, options: CapacityCheckOptions): Diagnostic[] {
  const incomplete = options.incomplete ?? new Set<string>();
  // An estimate over registries with unseen entries would only warn about what it cannot see.
  if (["departments", "objects", "inspectors", "items", "plans"].some((kind) => incomplete.has(kind))) return [];
  const items = firstById(ws.items);
  const plans = firstById(ws.annualPlans);
  const out: Diagnostic[] = [];
  const policy = ws.config.policy;
  const byScene = new Map<string, InspectionObject[]>();
  for (const { value: o } of ws.objects) {
    if (o.status !== "active") continue;
    const key = `${o.category}\0${o.scene}`;
    const list = byScene.get(key);
    if (list) list.push(o);
    else byScene.set(key, [o]);
  }
  const tierOf = new Map<string, Tier>();
  const tier = (o: InspectionObject) => {
    let t = tierOf.get(o.id);
    if (t === undefined) tierOf.set(o.id, (t = objectTier(o, policy)));
    return t;
  };
  for (const entry of ws.campaigns) {
    const campaign = entry.value;
    const plan = plans.get(campaign.plan);
    if (!plan || campaign.endDate < campaign.startDate) continue;
    const upper = upperInspectedIds(
      ws.upperInspected.map((u) => u.value),
      plan.value.year,
    );
    const rounding = plan.value.rounding ?? policy.rounding;
    // Expected draws per township over all items: the draw puts a township's objects in shared teams.
    const expected = new Map<string, number>();
    // The spread itself, not only its mean: some seeds put more objects in a township than others.
    const spread = new Map<string, Distribution>();
    const needs = departmentNeeds(campaignItems(campaign, plan.value.items, items), policy);
    for (const item of campaignItems(campaign, plan.value.items, items)) {
      const inScope = (byScene.get(`${item.category}\0${item.scene}`) ?? []).filter(
        (o) => objectInItemScope(o, item, campaign) && !upper.has(o.id),
      );
      for (const t of tiers) {
        const { ratio, frequency } = plan.value.tiers?.[t] ?? item.tiers[t];
        const eligible = inScope.filter((o) => tier(o) === t);
        const drawn = campaign.round > frequency ? 0 : sampleSize(ratio, eligible.length, rounding);
        const among = new Map<string, number>();
        for (const o of eligible) {
          expected.set(o.township, (expected.get(o.township) ?? 0) + drawn / eligible.length);
          among.set(o.township, (among.get(o.township) ?? 0) + 1);
        }
        if (drawn === 0) continue;
        for (const [township, k] of among)
          spread.set(township, sum(spread.get(township) ?? certainly(0), hypergeometric(eligible.length, k, drawn)));
      }
    }
    const teamsByTownship = [...expected]
      .map(([township, n]) => [township, Math.ceil(n / campaign.objectsPerTeam - 1e-9)] as const)
      .filter(([, t]) => t > 0);
    const teams = teamsByTownship.reduce((sum, [, t]) => sum + t, 0);
    if (teams === 0) continue;
    for (const need of needs) {
      const available = ws.inspectors.filter(
        ({ value: i }) =>
          i.department === need.department &&
          inspectorUnavailable(i, campaign, undefined) === undefined &&
          need.qualifications.every((q) => (i.qualifications ?? []).includes(q)),
      ).length;
      const needed = need.count * teams;
      if (available < needed) {
        out.push({
          file: entry.file,
          ...options.locate(entry.file, entry.pointer),
          pointer: entry.pointer,
          code: "campaign-capacity",
          severity: "warning",
          params: { campaign: campaign.id, department: need.department, needed, teams, available },
        });
      }
    }
    if (campaign.linkage !== false) {
      for (const [township, t] of teamsByTownship.sort(([a], [b]) => (a < b ? -1 : 1))) {
        const staff = ws.inspectors.filter(
          ({ value: i }) => i.department === township && inspectorUnavailable(i, campaign, undefined) === undefined,
        ).length;
        if (staff < t) {
          out.push({
            file: entry.file,
            ...options.locate(entry.file, entry.pointer),
            pointer: entry.pointer,
            code: "campaign-no-township-staff",
            severity: "warning",
            params: { campaign: campaign.id, township, available: staff, teams: t },
          });
          continue;
        }
        // One staff member per team: more than staff × objectsPerTeam objects there stops the draw.
        const capacity = staff * campaign.objectsPerTeam;
        const chance = chanceAbove(spread.get(township) ?? certainly(0), capacity);
        if (chance >= RISK)
          out.push({
            file: entry.file,
            ...options.locate(entry.file, entry.pointer),
            pointer: entry.pointer,
            code: "campaign-township-staff-risk",
            severity: "warning",
            params: {
              campaign: campaign.id,
              township,
              available: staff,
              capacity,
              expected: (expected.get(township) ?? 0).toFixed(1),
              chance: percent(chance),
            },
          });
      }
    }
  }
  return out;
}
