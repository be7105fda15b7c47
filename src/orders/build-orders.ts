import { indexById, type Item, type Workspace } from "../registries/model.js";
import { currentTeamObjects, type DrawRecord } from "../draw/record.js";
import type {
  CampaignOrders,
  DepartmentChecks,
  DepartmentRef,
  DocumentSettings,
  ObjectOrder,
  PublicationEntry,
  TeamMember,
} from "./model.js";
import { defaultNoticeNumber, formatNoticeNumber } from "./notice-number.js";
import type { PageProfile } from "./page-styles.js";

export interface BuildOptions {
  /** The record as shown to the user (workspace-relative path). */
  record: string;
  verified: boolean;
  /** The page profile asked for on the command line, over checkonce.yaml's. */
  profile?: PageProfile;
}

/**
 * Record + workspace → what the documents say (no I/O, no clock). The team and route come from
 * the record, after its substitutions; names, addresses, certificates and checklists from the
 * registries. Whatever the registries no longer hold is shown by id, never dropped.
 */
export function buildCampaignOrders(record: DrawRecord, ws: Workspace, options: BuildOptions): CampaignOrders {
  const departments = indexById(ws.departments);
  const objects = indexById(ws.objects);
  const inspectors = indexById(ws.inspectors);
  const items = indexById(ws.items);
  const dept = (id: string): DepartmentRef => {
    const d = departments.get(id)?.value;
    return { id, name: d?.name ?? id, shortName: d?.shortName ?? d?.name ?? id };
  };
  const campaign = ws.campaigns.find((c) => c.value.id === record.campaign)?.value;
  const plan = ws.annualPlans.find((p) => p.value.id === record.plan)?.value;

  const stratumOf = new Map<string, { stratum: string; item: string }>();
  for (const s of record.strata)
    for (const p of [...s.selected, ...s.reserve]) stratumOf.set(p.object, { stratum: s.id, item: s.item });
  const recordItems = [...new Set(record.strata.map((s) => s.item))];
  const leadId = plan?.lead ?? items.get(recordItems[0] ?? "")?.value.lead ?? "";
  const itemDepartments = (id: string) => {
    const item = items.get(id)?.value;
    return item ? [item.lead, ...item.joint] : [];
  };
  // The lead department first, then the others in the campaign's order (the summary and every cover list them so).
  const listed = campaign?.departments ?? [...new Set(recordItems.flatMap(itemDepartments))];
  const departmentIds = listed.includes(leadId) ? [leadId, ...listed.filter((d) => d !== leadId)] : listed;
  const settings = ws.config.documents ?? {};
  const perDepartment = settings.departments ?? {};
  const template = settings.noticeNumber ?? defaultNoticeNumber;
  const year = record.parameters.startDate.slice(0, 4);
  let noticeCount = 0;

  const objectName = (id: string) => objects.get(id)?.value.name ?? id;
  const member = (m: DrawRecord["teams"][number]["members"][number]): TeamMember => {
    const i = inspectors.get(m.inspector)?.value;
    return {
      inspector: m.inspector,
      name: i?.name ?? m.inspector,
      department: dept(m.department),
      certificate: i?.certificate.number ?? "",
      role: m.role,
    };
  };

  // Lead department first, then the joint ones in the campaign's order, the township staff last.
  const roleRank = { lead: 0, joint: 1, township: 2 } as const;
  const deptRank = (id: string) => (departmentIds.includes(id) ? departmentIds.indexOf(id) : departmentIds.length);
  const teams = record.teams.map((team) => {
    const members = team.members
      .map(member)
      .sort((a, b) => roleRank[a.role] - roleRank[b.role] || deptRank(a.department.id) - deptRank(b.department.id));
    const replacedBy = new Map(record.substitutions.filter((s) => s.team === team.id).map((s) => [s.replacement, s]));
    const route = currentTeamObjects(record, team).map((id, index): ObjectOrder => {
      const o = objects.get(id)?.value;
      const drawn = stratumOf.get(id);
      const item = items.get(drawn?.item ?? "")?.value;
      const replaced = replacedBy.get(id);
      return {
        order: index + 1,
        id,
        name: o?.name ?? id,
        address: o?.address ?? "",
        township: dept(o?.township ?? team.township),
        item: {
          id: drawn?.item ?? "",
          category: item?.category ?? drawn?.item ?? "",
          scene: item?.scene ?? "",
          known: item !== undefined,
        },
        stratum: drawn?.stratum ?? "",
        ...(replaced
          ? { replaces: { object: replaced.object, name: objectName(replaced.object), reason: replaced.reason } }
          : {}),
        departments: item ? checklists(item, members, dept, (d) => perDepartment[d]?.powers) : [],
        ...(o?.contact
          ? { contact: { name: o.contact.name, ...(o.contact.phone ? { phone: o.contact.phone } : {}) } }
          : {}),
        noticeNumber: formatNoticeNumber(template, {
          code: perDepartment[item?.lead ?? leadId]?.code ?? dept(item?.lead ?? leadId).shortName,
          year,
          round: record.parameters.round,
          campaign: record.campaign,
          team: team.id,
          order: index + 1,
          n: ++noticeCount,
        }),
      };
    });
    // Only the departments this team's objects need: a team of restaurants lists no education bureau.
    const own = new Set(route.flatMap((o) => o.departments.map((d) => d.department.id)));
    const teamDepartments = [
      ...departmentIds.filter((d) => own.has(d)),
      ...[...own].filter((d) => !departmentIds.includes(d)),
    ];
    return {
      id: team.id,
      township: dept(team.township),
      departments: teamDepartments.map(dept),
      members,
      objects: route,
    };
  });
  const leadContact = perDepartment[leadId]?.contact ?? settings.contact;
  const documents: DocumentSettings = {
    profile: options.profile ?? settings.profile ?? "gbt9704",
    seals: settings.seals ?? "departments",
    ...(settings.officeName ? { officeName: settings.officeName } : {}),
    ...(settings.supervisionPhone ? { supervisionPhone: settings.supervisionPhone } : {}),
    ...(leadContact ? { contact: { name: leadContact.name, phone: leadContact.phone } } : {}),
  };

  return {
    county: ws.config.county.name,
    campaign: {
      id: record.campaign,
      name: campaign?.name ?? record.campaign,
      plan: record.plan,
      round: record.parameters.round,
      startDate: record.parameters.startDate,
      endDate: record.parameters.endDate,
      ...(campaign?.routeNotes ? { routeNotes: campaign.routeNotes } : {}),
      ...(campaign?.logistics ? { logistics: campaign.logistics } : {}),
    },
    attempt: record.attempt,
    ...(record.redrawReason ? { redrawReason: record.redrawReason } : {}),
    record: options.record,
    verified: options.verified,
    lead: dept(leadId),
    departments: departmentIds.map(dept),
    teams,
    substitutions: record.substitutions.map((s) => ({
      object: s.object,
      objectName: objectName(s.object),
      replacement: s.replacement,
      replacementName: objectName(s.replacement),
      team: s.team,
      reason: s.reason,
    })),
    publishWorkingDays: ws.config.policy.publishWorkingDays,
    documents,
  };
}

/** The item's task list at one object: the lead's checks first, then each joint department's in the item's order. */
function checklists(
  item: Item,
  members: TeamMember[],
  dept: (id: string) => DepartmentRef,
  powers: (department: string) => string | undefined,
): DepartmentChecks[] {
  const order = [item.lead, ...item.joint];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...item.tasks]
    .sort((a, b) => rank(a.department) - rank(b.department))
    .map((task) => ({
      department: dept(task.department),
      role: task.department === item.lead ? "lead" : "joint",
      inspectors: members.filter((m) => m.department.id === task.department && m.role !== "township"),
      checks: task.checks.map((c) => ({
        content: c.content,
        requirement: c.requirement,
        legalBasis: c.legalBasis,
        methods: c.method ? [c.method] : [...item.method],
      })),
      powers: powers(task.department) ?? citedLaws(task.checks.map((c) => c.legalBasis)),
    }));
}

/** "《食品安全法》《消防法》": the laws a department's checks cite, each once, in the order first cited. */
function citedLaws(bases: string[]): string {
  const laws = bases.flatMap((b) => b.match(/《[^》]+》/g) ?? []);
  return [...new Set(laws)].join("");
}

/**
 * The list for publication, made from named fields only (never by removing fields from a
 * richer record), so that nothing personal can slip in when the registries grow new fields.
 */
export function publicationEntries(orders: CampaignOrders): PublicationEntry[] {
  const entries = orders.teams.flatMap((team) =>
    team.objects.map((o) => ({
      order: 0,
      name: o.name,
      creditCode: o.id,
      item: { category: o.item.category, scene: o.item.scene },
      lead: o.departments
        .filter((d) => d.role === "lead")
        .map((d) => d.department.name)
        .join(""),
      joint: o.departments.filter((d) => d.role === "joint").map((d) => d.department.name),
      period: { start: orders.campaign.startDate, end: orders.campaign.endDate },
    })),
  );
  // Published in credit-code order: the route is the teams' business, not the public's.
  entries.sort((a, b) => (a.creditCode < b.creditCode ? -1 : a.creditCode > b.creditCode ? 1 : 0));
  return entries.map((e, i) => ({ ...e, order: i + 1 }));
}
