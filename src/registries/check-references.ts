import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { checkDocumentSettings } from "./check-documents.js";
import type { Position } from "../util/yaml-source.js";
import type { DiagnosticCode, MessageParams } from "../i18n/messages.js";
import { severityOf } from "../diagnostics/diagnostic.js";
import { addDays, daysBetween } from "../util/dates.js";
import { tiers, type Tier, type Campaign, type Department, type Item, type Located, type Workspace } from "./model.js";

export interface ReferenceCheckOptions {
  /** The day certificates are judged against (YYYY-MM-DD); a parameter so that output is reproducible. */
  today: string;
  locate: (file: string, pointer: string) => Position;
  /** Registries that lost whole files (LoadResult.incomplete): an id missing from them is not reported as unknown. */
  incomplete?: ReadonlySet<string>;
}

/**
 * Rules that span files: references between registries, duplicate ids, the item and plan rules
 * of the scheme and certificates (a campaign's capacity needs the draw's rules: draw/check-capacity.ts). Returns diagnostics without positions;
 * the caller fills line and column in.
 */
export function checkReferences(ws: Workspace, options: ReferenceCheckOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const policy = ws.config.policy;
  const add = (entry: Located<unknown>, sub: string, code: DiagnosticCode, params: MessageParams) => {
    const pointer = entry.pointer + sub;
    const { line, col } = options.locate(entry.file, pointer);
    out.push({ file: entry.file, line, col, pointer, code, severity: severityOf(code, params), params });
  };

  /** The first entry of each id, reporting every later one as a duplicate: the index the checks below use. */
  const index = <T extends { id: string }>(registry: string, list: readonly Located<T>[]): Map<string, Located<T>> => {
    const first = new Map<string, Located<T>>();
    for (const entry of list) {
      const seen = first.get(entry.value.id);
      if (seen)
        add(entry, "/id", "duplicate-id", {
          id: entry.value.id,
          registry,
          first: `${seen.file}:${options.locate(seen.file, seen.pointer).line}`,
        });
      else first.set(entry.value.id, entry);
    }
    return first;
  };
  const departments = index("departments", ws.departments);
  const objects = index("objects", ws.objects);
  index("inspectors", ws.inspectors);
  const items = index("items", ws.items);
  const plans = index("plans", ws.annualPlans);
  index("plans", ws.campaigns);
  const incomplete = options.incomplete ?? new Set<string>();
  const known = (id: string, index: Map<string, unknown>) =>
    index.has(id) || ws.brokenIds.has(id) || incomplete.has("objects");

  /** A reference to a department, optionally of one kind. */
  const department = (entry: Located<unknown>, sub: string, id: string, kind?: Department["kind"]) => {
    const target = departments.get(id);
    if (!target) {
      if (ws.brokenIds.has(id) || incomplete.has("departments")) return;
      const code =
        kind === "township" ? "unknown-township" : kind === "upper" ? "unknown-upper-body" : "unknown-department";
      add(entry, sub, code, { id });
    } else if (kind && target.value.kind !== kind) {
      if (kind === "upper") add(entry, sub, "unknown-upper-body", { id });
      else add(entry, sub, "department-kind", { id, actual: target.value.kind, expected: kind });
    }
  };
  const object = (entry: Located<unknown>, sub: string, id: string) => {
    if (!known(id, objects)) add(entry, sub, "unknown-object", { id });
  };

  const scenes = new Map<string, Set<string>>();
  for (const { value: i } of ws.items) scenes.set(i.category, (scenes.get(i.category) ?? new Set()).add(i.scene));
  const townships = new Set(ws.departments.filter((d) => d.value.kind === "township").map((d) => d.value.id));
  for (const entry of ws.objects) {
    const o = entry.value;
    if (!townships.has(o.township)) department(entry, "/township", o.township, "township");
    if (!scenes.get(o.category)?.has(o.scene) && !incomplete.has("items"))
      add(entry, "/scene", "object-no-item", { category: o.category, scene: o.scene });
  }

  for (const entry of ws.inspectors) {
    const inspector = entry.value;
    department(entry, "/department", inspector.department);
    (inspector.recusals ?? []).forEach((r, i) => object(entry, `/recusals/${i}/object`, r.object));
    (inspector.leave ?? []).forEach((l, i) => {
      if (l.to < l.from) add(entry, `/leave/${i}/to`, "period-reversed", { from: l.from, to: l.to });
    });
    const cert = inspector.certificate;
    if (cert.validTo < cert.validFrom)
      add(entry, "/certificate/validTo", "period-reversed", { from: cert.validFrom, to: cert.validTo });
    else if (cert.validTo < options.today)
      add(entry, "/certificate/validTo", "certificate-expired", {
        name: inspector.name,
        number: cert.number,
        validTo: cert.validTo,
      });
    else if (cert.validTo <= addDays(options.today, policy.certificateWarningDays)) {
      add(entry, "/certificate/validTo", "certificate-expiring", {
        name: inspector.name,
        number: cert.number,
        validTo: cert.validTo,
        days: daysBetween(options.today, cert.validTo),
      });
    }
  }

  const checkTierPolicy = (
    entry: Located<unknown>,
    base: string,
    tierPolicy: Partial<Record<Tier, { ratio: number; frequency: number }>> | undefined,
  ) => {
    for (const tier of tiers) {
      const p = tierPolicy?.[tier];
      if (!p) continue;
      if (!(p.ratio >= 0 && p.ratio <= 1))
        add(entry, `${base}/${tier}/ratio`, "ratio-out-of-range", { value: p.ratio });
      if (p.frequency > policy.yearlyCap)
        add(entry, `${base}/${tier}/frequency`, "frequency-above-cap", { value: p.frequency, cap: policy.yearlyCap });
    }
  };

  for (const entry of ws.items) {
    const item = entry.value;
    department(entry, "/lead", item.lead, "county");
    item.joint.forEach((j, i) => department(entry, `/joint/${i}`, j));
    if (item.joint.includes(item.lead))
      add(entry, "/joint", "item-joint-includes-lead", { id: item.id, lead: item.lead });
    const taskDepartments = new Map<string, number>();
    item.tasks.forEach((task, i) => {
      if (taskDepartments.has(task.department))
        add(entry, `/tasks/${i}/department`, "item-task-duplicate", { id: item.id, department: task.department });
      taskDepartments.set(task.department, i);
      if (task.department !== item.lead && !item.joint.includes(task.department)) {
        add(entry, `/tasks/${i}/department`, "item-task-extra", { id: item.id, department: task.department });
      }
      if (task.inspectors < policy.minInspectorsPerDepartment) {
        add(entry, `/tasks/${i}/inspectors`, "inspectors-below-minimum", {
          department: task.department,
          count: task.inspectors,
          min: policy.minInspectorsPerDepartment,
        });
      }
    });
    for (const d of [item.lead, ...item.joint]) {
      if (!taskDepartments.has(d)) add(entry, "/tasks", "item-task-missing", { id: item.id, department: d });
    }
    checkTierPolicy(entry, "/tiers", item.tiers);
  }

  for (const entry of ws.annualPlans) {
    const plan = entry.value;
    department(entry, "/lead", plan.lead, "county");
    (plan.copiedTo ?? []).forEach((d, i) => department(entry, `/copiedTo/${i}`, d));
    plan.items.forEach((id, i) => {
      const item = items.get(id);
      if (!item) {
        if (!ws.brokenIds.has(id) && !incomplete.has("items")) add(entry, `/items/${i}`, "unknown-item", { id });
        return;
      }
      if (item.value.lead !== plan.lead)
        add(entry, `/items/${i}`, "plan-other-lead", {
          plan: plan.id,
          lead: plan.lead,
          item: id,
          itemLead: item.value.lead,
        });
      if (item.value.status !== "published")
        add(entry, `/items/${i}`, "item-not-published", { id, status: item.value.status });
    });
    // 实施方案：年度工作计划于每年1月底前报领导小组办公室备案。
    if (plan.filedOn > `${plan.year}-01-31`)
      add(entry, "/filedOn", "plan-filed-late", { plan: plan.id, filedOn: plan.filedOn, year: plan.year });
    checkTierPolicy(entry, "/tiers", plan.tiers);
  }

  for (const entry of ws.campaigns) {
    const campaign = entry.value;
    const plan = plans.get(campaign.plan);
    if (!plan) {
      if (!ws.brokenIds.has(campaign.plan) && !incomplete.has("plans"))
        add(entry, "/plan", "unknown-plan", { id: campaign.plan });
    } else {
      const year = String(plan.value.year);
      const startOutside = !campaign.startDate.startsWith(`${year}-`);
      if (startOutside || !campaign.endDate.startsWith(`${year}-`)) {
        // Point at the date that lies outside the year.
        add(entry, startOutside ? "/startDate" : "/endDate", "campaign-outside-plan-year", {
          campaign: campaign.id,
          start: campaign.startDate,
          end: campaign.endDate,
          year,
        });
      }
      (campaign.items ?? []).forEach((id, i) => {
        if (!plan.value.items.includes(id))
          add(entry, `/items/${i}`, "campaign-item-not-in-plan", { item: id, plan: plan.value.id });
      });
    }
    if (campaign.endDate < campaign.startDate)
      add(entry, "/endDate", "campaign-dates-reversed", {
        campaign: campaign.id,
        start: campaign.startDate,
        end: campaign.endDate,
      });
    (campaign.departments ?? []).forEach((d, i) => department(entry, `/departments/${i}`, d));
    (campaign.townships ?? []).forEach((t, i) => department(entry, `/townships/${i}`, t, "township"));
    if (campaign.requestedBy !== undefined) department(entry, "/requestedBy", campaign.requestedBy, "township");
    (campaign.exclusions ?? []).forEach((e, i) => object(entry, `/exclusions/${i}/object`, e.object));
    (campaign.capOverrides ?? []).forEach((e, i) => object(entry, `/capOverrides/${i}/object`, e.object));
    if (plan && campaign.departments) {
      for (const item of campaignItems(campaign, plan.value.items, items)) {
        for (const task of item.tasks) {
          if (!campaign.departments.includes(task.department))
            add(entry, "/departments", "campaign-department-missing", {
              campaign: campaign.id,
              department: task.department,
              item: item.id,
            });
        }
      }
    }
  }

  for (const entry of ws.upperInspected) {
    object(entry, "/object", entry.value.object);
    department(entry, "/body", entry.value.body, "upper");
  }

  checkDocumentSettings(ws, departments, add);

  const pools = departmentPools(ws, options.today).map((d) => ({ ...d, ...options.locate(d.file, d.pointer) }));
  return [...out, ...pools];
}

export function campaignItems(
  campaign: Campaign,
  planItems: readonly string[],
  items: Map<string, Located<Item>>,
): Item[] {
  return (campaign.items ?? planItems).flatMap((id) => {
    const item = items.get(id);
    return item && item.value.status === "published" ? [item.value] : [];
  });
}

/** What expired certificates and inactive staff leave of each department's pool today. */
function departmentPools(ws: Workspace, today: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byDepartment = new Map<string, { total: number; expired: number; inactive: number }>();
  for (const { value } of ws.inspectors) {
    const pool = byDepartment.get(value.department) ?? { total: 0, expired: 0, inactive: 0 };
    pool.total++;
    if (value.status !== "active") pool.inactive++;
    else if (value.certificate.validTo < today || value.certificate.validFrom > today) pool.expired++;
    byDepartment.set(value.department, pool);
  }
  for (const entry of ws.departments) {
    const pool = byDepartment.get(entry.value.id);
    if (!pool || pool.expired + pool.inactive === 0) continue;
    out.push({
      file: entry.file,
      line: 0,
      col: 0,
      pointer: entry.pointer,
      code: "department-pool",
      severity: "info",
      params: {
        department: entry.value.id,
        total: pool.total,
        usable: pool.total - pool.expired - pool.inactive,
        expired: pool.expired,
        inactive: pool.inactive,
      },
    });
  }
  return out;
}
