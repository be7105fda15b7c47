import type { LedgerLine } from "../ledger/ledger.js";
import { indexById, tiers, type Campaign, type Tier, type Workspace } from "../registries/model.js";
import { followUps, type FollowUp } from "../results/followups.js";
import type { CampaignResults, ExpectedResult, ResultsModel } from "../results/load-results.js";
import { outcomes, type Outcome } from "../results/outcomes.js";
import { inPeriod, quarterPeriod, type Period } from "./period.js";

/**
 * The bulletin (实施方案 三(二): 季度、半年度工作通报): one object computed from the workspace, the
 * results and the ledger, from which every format is rendered, so that formats never disagree.
 *
 * Rules of counting (README, “The bulletin”):
 * - a campaign belongs to the period that holds its start date; everything about it counts there;
 * - only what was written by the report's day (`asOf`) counts: results entered, re-inspections,
 *   publications; deadlines are judged on that day with the working-day calendar of results/;
 * - an object is inspected when at least one department entered a result for it (无法检查 is an
 *   outcome: the team went there);
 * - a visit is a day on which a campaign's departments came to an object: the departments that
 *   entered a result would each have come once on their own; visits saved = those − the visits made.
 */
export const REPORT_FORMAT = "checkonce-report/1";

export type TierCounts = Record<Tier, number> & { total: number };
export type OutcomeCounts = Record<Outcome, number>;

export interface Visits {
  /** Visits the departments would have made each on its own: one per department per object. */
  separate: number;
  /** Visits made: distinct days per object and campaign. */
  joint: number;
  saved: number;
}

export interface LeadDepartmentRow {
  department: string;
  name: string;
  plan: {
    id: string | null;
    filedOn: string | null;
    /** Filed with the leading-group office by 31 January (and by the report's day). */
    onTime: boolean;
    /** The joint departments of the plan's items that it was not copied to. */
    missingCopies: string[];
    copiedToAll: boolean;
  };
  campaigns: { planned: number; held: number };
  objects: { calledFor: TierCounts; drawn: TierCounts; inspected: TierCounts };
  results: { expected: number; onTime: number; late: number; pending: number; overdue: number; unknownYear: number };
  outcomes: OutcomeCounts;
  rectifications: { ordered: number; due: number; overdue: number; escalated: number; closed: number };
  publication: { onTime: number; late: number; pending: number; overdue: number };
  redraws: { campaign: string; attempt: number; reason: string }[];
  substitutions: { campaign: string; object: string; replacement: string; reason: string }[];
  visits: Visits;
}

/** The figures a lead department's row and the county's total have in common. */
export type Figures = Omit<LeadDepartmentRow, "department" | "name" | "plan">;

export interface DepartmentVisits {
  department: string;
  name: string;
  /** Objects it inspected: the visits it would have made alone. */
  inspected: number;
  /** Of those, visits it made together with at least one other department. */
  joint: number;
}

export interface RepeatedVisit {
  object: string;
  name: string;
  visits: { date: string; campaign: string | null; by: string[] }[];
}

export interface TownshipRow {
  township: string;
  name: string;
  inspected: number;
  /** Visits with the township's staff member present (县乡联动). */
  jointWithCounty: number;
  staff: number;
  requestedCampaigns: number;
  requestedInspected: number;
}

export interface CampaignIntegrity {
  campaign: string;
  name: string;
  lead: string;
  drawn: boolean;
  /** The current record's attempt; 0 when not drawn. */
  attempts: number;
  /** Draw lines in the ledger for this campaign (every attempt). */
  draws: number;
  /** The population was committed to the ledger (draw prepare) before the seed was drawn. */
  committedBeforeSeed: boolean;
  /** The record recomputes and matches the ledger, and every result is what the ledger sealed. */
  verifies: boolean;
  problems: string[];
}

export interface QuarterRow {
  period: string;
  campaignsHeld: number;
  inspected: number;
  visits: Visits;
}

export interface Report {
  format: typeof REPORT_FORMAT;
  county: string;
  period: { id: string; year: number; kind: Period["kind"]; from: string; to: string };
  asOf: string;
  departments: LeadDepartmentRow[];
  totals: Omit<LeadDepartmentRow, "department" | "name" | "plan"> & { plansOnTime: number; plansCopied: number };
  visits: { county: Visits; byDepartment: DepartmentVisits[]; repeated: RepeatedVisit[] };
  townships: TownshipRow[];
  integrity: CampaignIntegrity[];
  trend: QuarterRow[];
  ledger: { verifies: boolean; problems: string[]; checkpoint: { short: string; full: string[] } | null };
}

/** What `verify` says now: problems of the chain itself, and the differences of each campaign's record. */
export interface LedgerState {
  chain: string[];
  records: Record<string, string[]>;
  /** The latest stored checkpoint, printed with the bulletin. */
  checkpoint?: { short: string; full: string[] };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const zeroTiers = (): TierCounts => ({ trusted: 0, general: 0, focus: 0, total: 0 });
const zeroOutcomes = (): OutcomeCounts => Object.fromEntries(outcomes.map((o) => [o, 0])) as OutcomeCounts;
const zeroVisits = (): Visits => ({ separate: 0, joint: 0, saved: 0 });

/** The results model as it stood at the end of `asOf`: later entries, re-inspections and publications left out. */
export function modelAsOf(model: ResultsModel, asOf: string): ResultsModel {
  const day = (at: string) => at.slice(0, 10);
  const campaigns = model.campaigns.map((c): CampaignResults => {
    const results = c.results
      .filter((r) => r.entry.enteredOn <= asOf)
      .map((r) =>
        r.entry.reinspections
          ? { ...r, entry: { ...r.entry, reinspections: r.entry.reinspections.filter((x) => x.enteredOn <= asOf) } }
          : r,
      );
    const entered = new Set(results.map((r) => `${r.department}\0${r.object}`));
    const missing: ExpectedResult[] = [];
    for (const drawn of c.draw?.objects.values() ?? [])
      for (const department of drawn.departments)
        if (!entered.has(`${department}\0${drawn.object}`))
          missing.push({ object: drawn.object, department, team: drawn.team.id, item: drawn.item });
    return { ...c, results, missing, publications: c.publications.filter((p) => day(p.at) <= asOf) };
  });
  return { ...model, campaigns, lines: model.lines.filter((l) => day(l.at) <= asOf) };
}

interface CampaignFigures {
  campaign: Campaign;
  lead: string;
  held: boolean;
  calledFor: TierCounts;
  drawn: TierCounts;
  inspected: TierCounts;
  /** Each inspected object's visits: the day, the departments that came. */
  objectVisits: Map<string, Map<string, string[]>>;
  staff: Map<string, Set<string>>;
  outcomes: OutcomeCounts;
  expected: number;
  visits: Visits;
  results: CampaignResults | undefined;
}

function countTier(counts: TierCounts, tier: Tier, n = 1) {
  counts[tier] += n;
  counts.total += n;
}

function campaignFigures(ws: Workspace, located: Campaign, c: CampaignResults | undefined): CampaignFigures {
  const plans = indexById(ws.annualPlans);
  const lead = plans.get(located.plan)?.value.lead ?? "";
  const f: CampaignFigures = {
    campaign: located,
    lead,
    held: false,
    calledFor: zeroTiers(),
    drawn: zeroTiers(),
    inspected: zeroTiers(),
    objectVisits: new Map(),
    staff: new Map(),
    outcomes: zeroOutcomes(),
    expected: 0,
    visits: zeroVisits(),
    results: c,
  };
  const draw = c?.draw;
  if (!c || !draw) return f;
  const tierOf = new Map<string, Tier>();
  for (const s of draw.record.strata) {
    countTier(f.calledFor, s.tier, s.toDraw);
    countTier(f.drawn, s.tier, s.selected.length);
    for (const p of [...s.selected, ...s.reserve]) tierOf.set(p.object, s.tier);
  }
  for (const o of draw.objects.values()) f.expected += o.departments.length;
  for (const r of c.results) {
    f.outcomes[r.entry.outcome]++;
    const days = f.objectVisits.get(r.object) ?? new Map<string, string[]>();
    days.set(r.entry.inspectedOn, [...(days.get(r.entry.inspectedOn) ?? []), r.department].sort(byCodeUnit));
    f.objectVisits.set(r.object, days);
    if (r.entry.townshipStaff !== undefined) {
      const staff = f.staff.get(r.object) ?? new Set<string>();
      staff.add(r.entry.townshipStaff);
      f.staff.set(r.object, staff);
    }
  }
  for (const [object, days] of f.objectVisits) {
    countTier(f.inspected, tierOf.get(object) ?? ws.config.policy.defaultTier);
    const departments = new Set([...days.values()].flat());
    f.visits.separate += departments.size;
    f.visits.joint += days.size;
  }
  f.visits.saved = f.visits.separate - f.visits.joint;
  f.held = f.objectVisits.size > 0;
  return f;
}

function addTiers(a: TierCounts, b: TierCounts) {
  for (const t of tiers) a[t] += b[t];
  a.total += b.total;
}
function addVisits(a: Visits, b: Visits) {
  a.separate += b.separate;
  a.joint += b.joint;
  a.saved += b.saved;
}

function emptyRow(): Omit<LeadDepartmentRow, "department" | "name" | "plan"> {
  return {
    campaigns: { planned: 0, held: 0 },
    objects: { calledFor: zeroTiers(), drawn: zeroTiers(), inspected: zeroTiers() },
    results: { expected: 0, onTime: 0, late: 0, pending: 0, overdue: 0, unknownYear: 0 },
    outcomes: zeroOutcomes(),
    rectifications: { ordered: 0, due: 0, overdue: 0, escalated: 0, closed: 0 },
    publication: { onTime: 0, late: 0, pending: 0, overdue: 0 },
    redraws: [],
    substitutions: [],
    visits: zeroVisits(),
  };
}

function addFigures(
  row: Omit<LeadDepartmentRow, "department" | "name" | "plan">,
  f: CampaignFigures,
  follow: readonly FollowUp[],
  lines: readonly LedgerLine[],
) {
  row.campaigns.planned++;
  if (f.held) row.campaigns.held++;
  addTiers(row.objects.calledFor, f.calledFor);
  addTiers(row.objects.drawn, f.drawn);
  addTiers(row.objects.inspected, f.inspected);
  row.results.expected += f.expected;
  for (const o of outcomes) row.outcomes[o] += f.outcomes[o];
  addVisits(row.visits, f.visits);
  for (const x of follow) {
    if (x.campaign !== f.campaign.id) continue;
    if (x.kind === "entry") {
      if (x.status === "closed") row.results[x.late ? "late" : "onTime"]++;
      else if (x.due === null) row.results.unknownYear++;
      else row.results[x.status === "overdue" ? "overdue" : "pending"]++;
    } else if (x.kind === "rectification") {
      row.rectifications.ordered++;
      row.rectifications[x.status]++;
    } else if (x.status === "closed") row.publication[x.late ? "late" : "onTime"]++;
    else row.publication[x.status === "overdue" ? "overdue" : "pending"]++;
  }
  for (const l of lines)
    if (l.type === "draw" && l.campaign === f.campaign.id && l.attempt > 1)
      row.redraws.push({ campaign: l.campaign, attempt: l.attempt, reason: l.reason ?? "" });
  for (const s of f.results?.draw?.record.substitutions ?? [])
    row.substitutions.push({ campaign: f.campaign.id, object: s.object, replacement: s.replacement, reason: s.reason });
}

/**
 * The bulletin for a period as of a day. Pure: the workspace, the results model (results/), what
 * the ledger verification says now, the period and the day are all it reads.
 */
export function computeReport(
  ws: Workspace,
  fullModel: ResultsModel,
  ledger: LedgerState,
  period: Period,
  asOf: string,
): Report {
  const model = modelAsOf(fullModel, asOf);
  const departments = indexById(ws.departments);
  const nameOf = (id: string) => departments.get(id)?.value.shortName ?? departments.get(id)?.value.name ?? id;
  const objects = indexById(ws.objects);
  const items = indexById(ws.items);
  const results = new Map(model.campaigns.map((c) => [c.campaign, c]));
  const follow = followUps(ws, model, { asOf });
  const figuresIn = (p: { from: string; to: string }) =>
    ws.campaigns
      .map((l) => l.value)
      .filter((c) => inPeriod(p, c.startDate))
      .sort((a, b) => byCodeUnit(a.id, b.id))
      .map((c) => campaignFigures(ws, c, results.get(c.id)));
  const figures = figuresIn(period);

  // Lead departments: every department leading an item or filing a plan this year, in registry order.
  const plans = ws.annualPlans.map((p) => p.value).filter((p) => p.year === period.year);
  const leads = new Set([...ws.items.map((i) => i.value.lead), ...plans.map((p) => p.lead)]);
  const order = ws.departments.map((d) => d.value.id).filter((id) => leads.has(id));
  for (const id of [...leads].sort(byCodeUnit)) if (!order.includes(id)) order.push(id);

  const rows: LeadDepartmentRow[] = order.map((department) => {
    const plan = plans.find((p) => p.lead === department);
    const filed = plan !== undefined && plan.filedOn <= asOf;
    const joint = new Set(plan?.items.flatMap((i) => items.get(i)?.value.joint ?? []) ?? []);
    joint.delete(department);
    const copied = new Set(plan?.copiedTo ?? []);
    const missingCopies = [...joint].filter((d) => !copied.has(d)).sort(byCodeUnit);
    const row: LeadDepartmentRow = {
      department,
      name: nameOf(department),
      plan: {
        id: plan?.id ?? null,
        filedOn: filed ? (plan?.filedOn ?? null) : null,
        onTime: filed && (plan?.filedOn ?? "") <= `${period.year}-01-31`,
        missingCopies,
        copiedToAll: filed && missingCopies.length === 0,
      },
      ...emptyRow(),
    };
    for (const f of figures) if (f.lead === department) addFigures(row, f, follow, model.lines);
    return row;
  });

  const totals = { ...emptyRow(), plansOnTime: 0, plansCopied: 0 };
  for (const f of figures) addFigures(totals, f, follow, model.lines);
  totals.plansOnTime = rows.filter((r) => r.plan.onTime).length;
  totals.plansCopied = rows.filter((r) => r.plan.copiedToAll).length;

  // Each department that took part: the visits it would have made alone, and those it shared.
  const participation = new Map<string, DepartmentVisits>();
  for (const f of figures)
    for (const days of f.objectVisits.values())
      for (const by of days.values())
        for (const d of by) {
          const p = participation.get(d) ?? { department: d, name: nameOf(d), inspected: 0, joint: 0 };
          p.inspected++;
          if (by.length > 1) p.joint++;
          participation.set(d, p);
        }
  const byDepartment = ws.departments
    .map((d) => participation.get(d.value.id))
    .filter((p): p is DepartmentVisits => p !== undefined);
  for (const [id, p] of participation) if (!departments.has(id)) byDepartment.push(p);

  // Objects visited more than once in the period: by the county's campaigns, and by upper-level bodies.
  const visitsOf = new Map<string, RepeatedVisit["visits"]>();
  const addVisit = (object: string, v: RepeatedVisit["visits"][number]) =>
    visitsOf.set(object, [...(visitsOf.get(object) ?? []), v]);
  for (const f of figures)
    for (const [object, days] of f.objectVisits)
      for (const [date, by] of days) addVisit(object, { date, campaign: f.campaign.id, by: by.map(nameOf) });
  for (const u of ws.upperInspected.map((x) => x.value))
    if (inPeriod(period, u.date) && u.date <= asOf)
      addVisit(u.object, { date: u.date, campaign: null, by: [nameOf(u.body)] });
  const repeated: RepeatedVisit[] = [...visitsOf]
    .filter(([, v]) => v.length > 1)
    .map(([object, v]) => ({
      object,
      name: objects.get(object)?.value.name ?? object,
      visits: v.sort((a, b) => byCodeUnit(a.date, b.date) || byCodeUnit(a.campaign ?? "", b.campaign ?? "")),
    }))
    .sort((a, b) => b.visits.length - a.visits.length || byCodeUnit(a.object, b.object));

  const townships: TownshipRow[] = ws.departments
    .filter((d) => d.value.kind === "township")
    .map((d) => {
      const t = d.value.id;
      const row: TownshipRow = {
        township: t,
        name: nameOf(t),
        inspected: 0,
        jointWithCounty: 0,
        staff: 0,
        requestedCampaigns: 0,
        requestedInspected: 0,
      };
      const staff = new Set<string>();
      for (const f of figures) {
        const requested = f.campaign.requestedBy === t;
        if (requested) row.requestedCampaigns++;
        for (const object of f.objectVisits.keys()) {
          const drawn = f.results?.draw?.objects.get(object);
          if (requested) row.requestedInspected++;
          if ((drawn?.township ?? objects.get(object)?.value.township) !== t) continue;
          row.inspected++;
          const present = f.staff.get(object);
          if (present && present.size > 0) {
            // One county-township visit per day the township's staff member came along.
            const withStaff = f.results?.results.filter((r) => r.object === object && r.entry.townshipStaff);
            row.jointWithCounty += new Set(withStaff?.map((r) => r.entry.inspectedOn)).size;
            for (const s of present) staff.add(s);
          }
        }
      }
      row.staff = staff.size;
      return row;
    });

  const integrity: CampaignIntegrity[] = figures.map((f) => {
    const c = f.results;
    const record = c?.draw?.record;
    const draws = fullModel.lines.filter((l) => l.type === "draw" && l.campaign === f.campaign.id);
    const current = draws.find((l) => l.type === "draw" && l.attempt === record?.attempt);
    const prepared = record?.commitment
      ? fullModel.lines.find((l) => l.seq === record.commitment?.ledgerSeq && l.type === "prepare")
      : undefined;
    const problems = record
      ? [
          ...ledger.chain,
          ...(ledger.records[f.campaign.id] ?? []),
          ...(c?.results ?? [])
            .filter((r) => !r.sealed)
            .map((r) => `${r.file}: ${r.department} ${r.object} not sealed by the ledger`),
        ]
      : [];
    return {
      campaign: f.campaign.id,
      name: f.campaign.name ?? f.campaign.id,
      lead: f.lead,
      drawn: record !== undefined,
      attempts: record?.attempt ?? 0,
      draws: draws.length,
      committedBeforeSeed:
        prepared !== undefined &&
        current !== undefined &&
        prepared.seq < current.seq &&
        prepared.type === "prepare" &&
        prepared.populationDigest === record?.commitment?.digest,
      verifies: record !== undefined && problems.length === 0,
      problems,
    };
  });

  const last = period.quarters[period.quarters.length - 1] as number;
  const trend: QuarterRow[] = [1, 2, 3, 4]
    .filter((q) => q <= last)
    .map((q) => {
      const p = quarterPeriod(period.year, q);
      const row: QuarterRow = { period: p.id, campaignsHeld: 0, inspected: 0, visits: zeroVisits() };
      for (const f of figuresIn(p)) {
        if (f.held) row.campaignsHeld++;
        row.inspected += f.inspected.total;
        addVisits(row.visits, f.visits);
      }
      return row;
    });

  return {
    format: REPORT_FORMAT,
    county: ws.config.county.name,
    period: { id: period.id, year: period.year, kind: period.kind, from: period.from, to: period.to },
    asOf,
    departments: rows,
    totals,
    visits: { county: totals.visits, byDepartment, repeated },
    townships,
    integrity,
    trend,
    ledger: { verifies: ledger.chain.length === 0, problems: ledger.chain, checkpoint: ledger.checkpoint ?? null },
  };
}
