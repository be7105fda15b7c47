import type {
  Campaign,
  Inspector,
  InspectionObject,
  Item,
  ResolvedPolicy,
  UpperInspection,
} from "../registries/model.js";
import { overlaps } from "../util/dates.js";

/**
 * Why an inspector cannot serve on a campaign, or undefined when they can: a certificate valid on
 * every day of it (行政处罚法 第42条), active, not on leave on any of its days, the qualification.
 */
export type InspectorUnavailable = "inactive" | "certificate" | "leave" | "qualification";

export function inspectorUnavailable(
  inspector: Inspector,
  period: { startDate: string; endDate: string },
  qualification: string | undefined,
): InspectorUnavailable | undefined {
  if (inspector.status !== "active") return "inactive";
  const cert = inspector.certificate;
  if (cert.validFrom > period.startDate || cert.validTo < period.endDate) return "certificate";
  if ((inspector.leave ?? []).some((l) => overlaps(l.from, l.to, period.startDate, period.endDate))) return "leave";
  if (qualification !== undefined && !(inspector.qualifications ?? []).includes(qualification)) return "qualification";
  return undefined;
}

/** The reasons an object is left out of a campaign's population (DRAW.md §3), in the order checked. */
export type ObjectExclusion = "not-active" | "yearly-cap" | "upper-inspected" | "by-hand";

export interface ObjectContext {
  campaign: Campaign;
  year: number;
  /** Times each object was drawn already this year, across every ledgered draw. */
  drawsThisYear: ReadonlyMap<string, number>;
  upperInspectedThisYear: ReadonlySet<string>;
  policy: ResolvedPolicy;
}

export function upperInspectedIds(list: readonly UpperInspection[], year: number): Set<string> {
  return new Set(list.filter((u) => u.date.startsWith(`${year}-`)).map((u) => u.object));
}

/** An object belongs to an item's strata when its category and scene are the item's (and township in scope). */
export function objectInItemScope(object: InspectionObject, item: Item, campaign: Campaign): boolean {
  if (object.category !== item.category || object.scene !== item.scene) return false;
  return campaign.townships === undefined || campaign.townships.includes(object.township);
}

export function objectExclusion(object: InspectionObject, ctx: ObjectContext): ObjectExclusion | undefined {
  if (object.status !== "active") return "not-active";
  const capOverride = (ctx.campaign.capOverrides ?? []).some((o) => o.object === object.id);
  if (!capOverride && (ctx.drawsThisYear.get(object.id) ?? 0) >= ctx.policy.yearlyCap) return "yearly-cap";
  if (ctx.upperInspectedThisYear.has(object.id)) return "upper-inspected";
  if ((ctx.campaign.exclusions ?? []).some((e) => e.object === object.id)) return "by-hand";
  return undefined;
}
