import { objectTier, type Workspace } from "./model.js";

export interface ShownEntry {
  kind: "department" | "object" | "inspector" | "item" | "plan" | "campaign";
  file: string;
  entry: unknown;
  related: Record<string, unknown>;
}

/** One entry by id with everything that refers to it, for `checkonce show`. */
export function showEntry(ws: Workspace, id: string, today: string): ShownEntry[] {
  const found: ShownEntry[] = [];
  const department = (d: string) => ws.departments.find((e) => e.value.id === d)?.value;
  const deptLabel = (d: string) => {
    const value = department(d);
    return value ? `${d} ${value.name}` : d;
  };
  const objectName = (o: string) => ws.objects.find((e) => e.value.id === o)?.value.name ?? "?";

  for (const e of ws.departments.filter((d) => d.value.id === id)) {
    found.push({
      kind: "department",
      file: e.file,
      entry: e.value,
      related: {
        inspectors: ws.inspectors.filter((i) => i.value.department === id).map((i) => `${i.value.id} ${i.value.name}`),
        leads: ws.items
          .filter((i) => i.value.lead === id)
          .map((i) => `${i.value.id} ${i.value.category}/${i.value.scene}`),
        joins: ws.items
          .filter((i) => i.value.joint.includes(id))
          .map((i) => `${i.value.id} ${i.value.category}/${i.value.scene}`),
        plans: ws.annualPlans.filter((p) => p.value.lead === id).map((p) => p.value.id),
        objects: e.value.kind === "township" ? ws.objects.filter((o) => o.value.township === id).length : undefined,
      },
    });
  }
  for (const e of ws.objects.filter((o) => o.value.id === id)) {
    const o = e.value;
    found.push({
      kind: "object",
      file: e.file,
      entry: o,
      related: {
        tier: objectTier(o, ws.config.policy),
        tierSource: o.tier ? "registry" : "tierRules",
        township: deptLabel(o.township),
        items: ws.items
          .filter((i) => i.value.category === o.category && i.value.scene === o.scene)
          .map((i) => `${i.value.id} (${i.value.status}) ${deptLabel(i.value.lead)}`),
        upperInspected: ws.upperInspected
          .filter((u) => u.value.object === id)
          .map((u) => `${u.value.date} ${deptLabel(u.value.body)}${u.value.note ? ` ${u.value.note}` : ""}`),
        recusedInspectors: ws.inspectors
          .filter((i) => (i.value.recusals ?? []).some((r) => r.object === id))
          .map((i) => `${i.value.id} ${i.value.name}`),
      },
    });
  }
  for (const e of ws.inspectors.filter((i) => i.value.id === id)) {
    const i = e.value;
    found.push({
      kind: "inspector",
      file: e.file,
      entry: i,
      related: {
        department: deptLabel(i.department),
        certificateValidToday: i.certificate.validFrom <= today && today <= i.certificate.validTo,
        recusals: (i.recusals ?? []).map((r) => `${r.object} ${objectName(r.object)}: ${r.reason}`),
      },
    });
  }
  for (const e of ws.items.filter((i) => i.value.id === id)) {
    const item = e.value;
    const objects = ws.objects.filter((o) => o.value.category === item.category && o.value.scene === item.scene);
    const perTier: Record<string, number> = { trusted: 0, general: 0, focus: 0 };
    for (const o of objects)
      perTier[objectTier(o.value, ws.config.policy)] = (perTier[objectTier(o.value, ws.config.policy)] ?? 0) + 1;
    found.push({
      kind: "item",
      file: e.file,
      entry: item,
      related: {
        lead: deptLabel(item.lead),
        joint: item.joint.map(deptLabel),
        plans: ws.annualPlans.filter((p) => p.value.items.includes(id)).map((p) => p.value.id),
        objectsPerTier: perTier,
      },
    });
  }
  for (const e of ws.annualPlans.filter((p) => p.value.id === id)) {
    found.push({
      kind: "plan",
      file: e.file,
      entry: e.value,
      related: {
        lead: deptLabel(e.value.lead),
        campaigns: ws.campaigns.filter((c) => c.value.plan === id).map((c) => c.value.id),
      },
    });
  }
  for (const e of ws.campaigns.filter((c) => c.value.id === id)) {
    const plan = ws.annualPlans.find((p) => p.value.id === e.value.plan)?.value;
    found.push({
      kind: "campaign",
      file: e.file,
      entry: e.value,
      related: {
        plan: plan ? `${plan.id} ${deptLabel(plan.lead)}` : e.value.plan,
        items: e.value.items ?? plan?.items ?? [],
        departments: (e.value.departments ?? []).map(deptLabel),
        townships: (e.value.townships ?? []).map(deptLabel),
      },
    });
  }
  return found;
}
