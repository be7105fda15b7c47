import type { Department } from "../generated/departments.js";
import type { InspectionObject } from "../generated/objects.js";
import type { Inspector } from "../generated/inspectors.js";
import type { Item } from "../generated/items.js";
import type { AnnualPlan, Campaign } from "../generated/plans.js";
import type { UpperInspectedFile } from "../generated/upper-inspected.js";
import type { Policy, WorkspaceConfigFile } from "../generated/config.js";
import type { Result, ResultsFile } from "../generated/results.js";

export type { Department, InspectionObject, Inspector, Item, AnnualPlan, Campaign, Policy };
export type UpperInspection = UpperInspectedFile["upperInspected"][number];
/** A results file without its entries: whose results they are (results/<campaign>/<department>.yaml). */
export type ResultsHeader = Omit<ResultsFile, "results" | "$schema">;
export type { Result };
export type Tier = "trusted" | "general" | "focus";
export const tiers: readonly Tier[] = ["trusted", "general", "focus"];

/** An entry with the place it was read from, so that any later finding can name file and line. */
export interface Located<T> {
  value: T;
  file: string;
  pointer: string;
}

export type ResolvedPolicy = Required<Omit<Policy, "tierRules">> & { tierRules: NonNullable<Policy["tierRules"]> };

export interface ResolvedConfig {
  county: WorkspaceConfigFile["county"];
  locale: "zh" | "en";
  policy: ResolvedPolicy;
  /** Holidays and adjusted working days for years the calendar package does not know (results/calendar.ts). */
  calendar?: NonNullable<WorkspaceConfigFile["calendar"]>;
  /** How `orders` lays out and signs its documents (issue 11); defaults are applied there. */
  documents?: WorkspaceConfigFile["documents"];
}

export interface SourceInfo {
  file: string;
  kind: string;
  sha256: string;
  bytes: number;
  entries: number;
}

export interface Workspace {
  root: string;
  config: ResolvedConfig;
  departments: Located<Department>[];
  objects: Located<InspectionObject>[];
  inspectors: Located<Inspector>[];
  items: Located<Item>[];
  annualPlans: Located<AnnualPlan>[];
  campaigns: Located<Campaign>[];
  upperInspected: Located<UpperInspection>[];
  /** Optional for workspaces built by hand in tests; the loader always fills them. */
  results?: Located<Result>[];
  resultFiles?: Located<ResultsHeader>[];
  files: SourceInfo[];
  /** Ids of entries left out because they failed the schema: known, so that nothing cascades. */
  brokenIds: Set<string>;
}

/** The defaults the county plan and the law set (issue 2; 行政处罚法 第42条 for the minimum of two). */
export const defaultPolicy: ResolvedPolicy = {
  yearlyCap: 2,
  minInspectorsPerDepartment: 2,
  resultEntryWorkingDays: 10,
  reinspectionWorkingDays: 10,
  publishWorkingDays: 20,
  reservesPerStratum: 3,
  rounding: "up",
  certificateWarningDays: 30,
  defaultTier: "general",
  tierRules: [
    { tier: "focus", creditGrades: ["D"] },
    { tier: "focus", minComplaints: 3 },
    { tier: "focus", dailySupervisionConcern: true },
    { tier: "trusted", creditGrades: ["A"], maxComplaints: 0 },
  ],
};

export function resolveConfig(file: WorkspaceConfigFile | undefined): ResolvedConfig {
  const policy = { ...defaultPolicy, ...(file?.policy ?? {}) } as ResolvedPolicy;
  return {
    county: file?.county ?? { name: "", areaCode: "" },
    locale: file?.locale ?? "zh",
    policy,
    calendar: file?.calendar ?? [],
    ...(file?.documents ? { documents: file.documents } : {}),
  };
}

/** The tier the registry gives, else the first tier rule whose every condition holds. */
export function objectTier(object: InspectionObject, policy: ResolvedPolicy): Tier {
  if (object.tier) return object.tier;
  const complaints = object.complaints12m ?? 0;
  for (const rule of policy.tierRules) {
    if (rule.creditGrades && !rule.creditGrades.includes(object.creditGrade)) continue;
    if (rule.minComplaints !== undefined && complaints < rule.minComplaints) continue;
    if (rule.maxComplaints !== undefined && complaints > rule.maxComplaints) continue;
    if (
      rule.dailySupervisionConcern !== undefined &&
      (object.dailySupervisionConcern ?? false) !== rule.dailySupervisionConcern
    )
      continue;
    return rule.tier;
  }
  return policy.defaultTier;
}

export function indexById<T extends { id: string }>(entries: readonly Located<T>[]): Map<string, Located<T>> {
  const map = new Map<string, Located<T>>();
  for (const entry of entries) if (!map.has(entry.value.id)) map.set(entry.value.id, entry);
  return map;
}
