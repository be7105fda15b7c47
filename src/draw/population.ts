import { createHash } from "node:crypto";
import type { AnnualPlan, Campaign, InspectionObject, Item, Tier, Workspace } from "../registries/model.js";
import { objectTier, tiers } from "../registries/model.js";
import { objectExclusion, objectInItemScope, upperInspectedIds, type ObjectExclusion } from "./eligibility.js";
import { sampleSize } from "./sample-size.js";
import { DrawError } from "./draw-error.js";
import type { DrawHistory } from "./history.js";
import { ALGORITHM, type Algorithm } from "./seed.js";

export interface StratumPopulation {
  id: string;
  item: string;
  tier: Tier;
  ratio: number;
  frequency: number;
  /** Eligible object ids, sorted by code unit. */
  eligible: string[];
  eligibleDigest: string;
  toDraw: number;
  reserves: number;
  excluded: { object: string; reason: ObjectExclusion }[];
}

export interface CampaignPopulation {
  campaign: Campaign;
  plan: AnnualPlan;
  items: Item[];
  strata: StratumPopulation[];
  /** SHA-256 over every stratum's id, counts and digest: what `draw prepare` commits to. */
  digest: string;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** SHA-256 of the sorted ids, each followed by LF (SPEC.md §2). */
export function idsDigest(ids: readonly string[]): string {
  const hash = createHash("sha256");
  for (const id of ids) hash.update(id, "utf8").update("\n");
  return hash.digest("hex");
}

export function findCampaign(
  ws: Workspace,
  campaignId: string,
): { campaign: Campaign; plan: AnnualPlan; items: Item[] } {
  const campaign = ws.campaigns.find((c) => c.value.id === campaignId)?.value;
  if (!campaign)
    throw new DrawError("draw-unknown-campaign", {
      campaign: campaignId,
      known: ws.campaigns.map((c) => c.value.id).join(", ") || "-",
    });
  const plan = ws.annualPlans.find((p) => p.value.id === campaign.plan)?.value;
  if (!plan) throw new DrawError("draw-unknown-plan", { campaign: campaignId, plan: campaign.plan });
  const itemIds = [...(campaign.items ?? plan.items)].sort(byCodeUnit);
  const items = itemIds.map((id) => {
    const item = ws.items.find((i) => i.value.id === id)?.value;
    if (!item) throw new DrawError("draw-unknown-item", { campaign: campaignId, item: id });
    if (item.status !== "published")
      throw new DrawError("draw-item-not-published", { campaign: campaignId, item: id, status: item.status });
    return item;
  });
  return { campaign, plan, items };
}

/**
 * The eligible population of every stratum (item × tier) after every exclusion (DRAW.md §3). Pure:
 * nothing random, and it happens before the seed exists (`draw prepare`).
 */
export function campaignPopulation(
  ws: Workspace,
  campaignId: string,
  history: DrawHistory,
  algorithm: Algorithm = ALGORITHM,
): CampaignPopulation {
  const { campaign, plan, items } = findCampaign(ws, campaignId);
  const policy = ws.config.policy;
  const ctx = {
    campaign,
    year: plan.year,
    drawsThisYear: new Map(Object.entries(history.drawsThisYear)),
    upperInspectedThisYear: upperInspectedIds(
      ws.upperInspected.map((u) => u.value),
      plan.year,
    ),
    policy,
  };
  const rounding = plan.rounding ?? policy.rounding;
  const reserves = plan.reserves ?? policy.reservesPerStratum;
  const claimed = new Set<string>();
  // Registry order does not matter: every list below is sorted by id once it is made.
  const objects = ws.objects.map((o) => o.value);
  const strata: StratumPopulation[] = [];
  for (const item of items) {
    // An object matching two items belongs to the first by id only: one visit per campaign.
    const inScope = objects.filter((o) => !claimed.has(o.id) && objectInItemScope(o, item, campaign));
    for (const o of inScope) claimed.add(o.id);
    for (const tier of tiers) {
      const { ratio, frequency } = plan.tiers?.[tier] ?? item.tiers[tier];
      const eligible: string[] = [];
      const excluded: StratumPopulation["excluded"] = [];
      for (const o of inScope.filter((x: InspectionObject) => objectTier(x, policy) === tier)) {
        const reason = objectExclusion(o, ctx);
        if (reason === undefined) eligible.push(o.id);
        else excluded.push({ object: o.id, reason });
      }
      eligible.sort(byCodeUnit);
      excluded.sort((a, b) => byCodeUnit(a.object, b.object));
      // A tier inspected `frequency` times a year takes part in rounds 1..frequency only; since /2 a
      // stratum that sits the round out keeps no reserves either, as none could ever be used.
      const sitsOut = campaign.round > frequency;
      const toDraw = sitsOut ? 0 : sampleSize(ratio, eligible.length, rounding);
      const keep = sitsOut && algorithm !== "checkonce-draw/1" ? 0 : reserves;
      strata.push({
        id: `${item.id}/${tier}`,
        item: item.id,
        tier,
        ratio,
        frequency,
        eligible,
        eligibleDigest: idsDigest(eligible),
        toDraw,
        reserves: Math.min(keep, eligible.length - toDraw),
        excluded,
      });
    }
  }
  return {
    campaign,
    plan,
    items,
    strata,
    digest: populationDigest(strata.map((s) => ({ ...s, eligibleCount: s.eligible.length }))),
  };
}

/** One line per stratum, `id count digest toDraw reserves`, joined by LF, hashed (SPEC.md §2). */
export function populationDigest(
  strata: readonly { id: string; eligibleCount: number; eligibleDigest: string; toDraw: number; reserves: number }[],
): string {
  const lines = strata.map((s) => `${s.id} ${s.eligibleCount} ${s.eligibleDigest} ${s.toDraw} ${s.reserves}`);
  return createHash("sha256").update(lines.join("\n"), "utf8").digest("hex");
}
