import { message, term, type Lang, type MessageParams } from "../i18n/messages.js";
import type { OrdersMessageKey } from "../i18n/messages-orders.js";
import { publicationEntries } from "./build-orders.js";
import type { Block, OrdersDocument, Page } from "./document.js";
import type { CampaignOrders, ObjectOrder, TeamMember, TeamOrder } from "./model.js";

/** Every document of a campaign: one per team, the summary, the list for publication. */
export function layoutDocuments(orders: CampaignOrders, lang: Lang): OrdersDocument[] {
  const t = texts(orders, lang);
  return [
    ...orders.teams.map((team) => layoutWorkOrder(orders, team, t)),
    layoutSummary(orders, t),
    layoutPublication(orders, t),
  ];
}

type Texts = ReturnType<typeof texts>;

function texts(orders: CampaignOrders, lang: Lang) {
  const say = (key: OrdersMessageKey, params: MessageParams = {}) => message(key, params, lang);
  const date = (iso: string) => {
    const [y, m, d] = iso.split("-");
    return say("doc-date", { y: y ?? "", m: Number(m), d: Number(d), mm: m ?? "", dd: d ?? "" });
  };
  const list = (values: string[]) => (values.length === 0 ? say("doc-none") : values.join(say("doc-list-sep")));
  const period = say("doc-period", { start: date(orders.campaign.startDate), end: date(orders.campaign.endDate) });
  const attemptLine =
    orders.attempt > 1
      ? orders.redrawReason
        ? say("doc-attempt-reason", { attempt: orders.attempt, reason: orders.redrawReason })
        : say("doc-attempt", { attempt: orders.attempt })
      : undefined;
  const status = say(orders.verified ? "doc-footer-verified" : "doc-footer-unverified", { record: orders.record });
  const footer = say("doc-footer", {
    county: orders.county,
    campaign: orders.campaign.id,
    attempt: orders.attempt > 1 ? say("doc-footer-attempt", { attempt: orders.attempt }) : "",
    status,
  });
  const item = (o: ObjectOrder) =>
    o.item.scene ? say("doc-item", { category: o.item.category, scene: o.item.scene }) : o.item.category;
  const role = (m: TeamMember) =>
    say(m.role === "lead" ? "doc-role-lead" : m.role === "joint" ? "doc-role-joint" : "doc-role-township");
  /** A subtitle line: the campaign, and the attempt when the draw was redone. */
  const subtitle = (main: string) => (attemptLine ? `${main}\n${attemptLine}` : main);
  const common = {
    lang,
    footer,
    pageLabel: say("doc-page", { page: "{page}", pages: "{pages}" }),
    ...(orders.verified ? {} : { banner: say("doc-unverified-banner") }),
    date: orders.campaign.startDate,
  };
  return { say, date, list, period, attemptLine, item, role, subtitle, common, lang };
}

function layoutWorkOrder(orders: CampaignOrders, team: TeamOrder, t: Texts): OrdersDocument {
  const { say, list } = t;
  const staff = team.members.filter((m) => m.role === "township");
  const cover: Block[] = [
    {
      kind: "title",
      text: say("doc-title-work-order"),
      subtitle: t.subtitle(say("doc-subtitle-team", { campaign: orders.campaign.name, team: team.id })),
    },
    {
      kind: "fields",
      paired: true,
      fields: [
        {
          label: say("doc-field-campaign"),
          value: say("doc-name-id", { name: orders.campaign.name, id: orders.campaign.id }),
          wide: true,
        },
        {
          label: say("doc-field-plan"),
          value: say("doc-plan-round", { plan: orders.campaign.plan, round: orders.campaign.round }),
        },
        { label: say("doc-field-period"), value: t.period },
        { label: say("doc-field-lead"), value: orders.lead.name },
        { label: say("doc-field-team"), value: team.id },
        { label: say("doc-field-departments"), value: list(orders.departments.map((d) => d.name)), wide: true },
        { label: say("doc-field-township"), value: team.township.name },
        {
          label: say("doc-field-township-staff"),
          value: list(staff.map((m) => say("doc-member", { name: m.name, department: m.department.shortName }))),
        },
        ...(t.attemptLine ? [{ label: say("doc-field-draw"), value: t.attemptLine, wide: true }] : []),
        ...(orders.campaign.routeNotes
          ? [{ label: say("doc-field-route-notes"), value: orders.campaign.routeNotes, wide: true }]
          : []),
        ...(orders.campaign.logistics
          ? [{ label: say("doc-field-logistics"), value: orders.campaign.logistics, wide: true }]
          : []),
      ],
    },
    { kind: "heading", text: say("doc-section-members") },
    {
      kind: "table",
      columns: [
        col(say("doc-col-no"), 6),
        col(say("doc-col-name"), 14),
        col(say("doc-col-department"), 28),
        col(say("doc-col-certificate"), 26),
        col(say("doc-col-role"), 26),
      ],
      rows: team.members.map((m, i) => [String(i + 1), m.name, m.department.name, m.certificate, t.role(m)]),
    },
    { kind: "heading", text: say("doc-section-route") },
    {
      kind: "table",
      columns: [
        col(say("doc-col-order"), 6),
        col(say("doc-col-object"), 23),
        col(say("doc-col-credit-code"), 21),
        col(say("doc-col-item"), 16),
        col(say("doc-col-address"), 20),
        col(say("doc-col-note"), 14),
      ],
      rows: team.objects.map((o) => [
        String(o.order),
        o.name,
        o.id,
        t.item(o),
        o.address,
        o.replaces
          ? say("doc-note-replaces", { object: o.replaces.object, name: o.replaces.name, reason: o.replaces.reason })
          : "",
      ]),
    },
    { kind: "paragraph", text: say("doc-section-checklists") },
  ];
  const pages: Page[] = [{ blocks: cover }];
  for (const o of team.objects)
    pages.push(notice(orders, team, o, t), checklist(o, t), inspectionRecord(orders, team, o, t));
  const sheetRows = team.objects.flatMap((o) =>
    o.departments.flatMap((d) =>
      d.checks.map((c, i) => [
        team.id,
        String(o.order),
        o.name,
        o.id,
        t.item(o),
        d.department.name,
        String(i + 1),
        c.content,
        c.requirement,
        c.legalBasis,
        c.methods.map((m) => term(m, t.lang)).join(say("doc-list-sep")),
        "",
      ]),
    ),
  );
  return {
    ...t.common,
    id: team.id,
    kind: "work-order",
    fileBase: `${orders.campaign.id}-${team.id}-${say("file-work-order")}`,
    title: `${say("doc-title-work-order")} ${orders.campaign.id} ${team.id}`,
    pages,
    sheet: {
      columns: [
        say("doc-col-team"),
        say("doc-col-order"),
        say("doc-col-object"),
        say("doc-col-credit-code"),
        say("doc-col-item"),
        say("doc-col-department"),
        say("doc-col-no"),
        say("doc-col-content"),
        say("doc-col-requirement"),
        say("doc-col-legal-basis"),
        say("doc-col-method"),
        say("doc-col-findings"),
      ],
      rows: sheetRows,
    },
    data: {
      format: "checkonce-work-order/1",
      county: orders.county,
      campaign: orders.campaign,
      attempt: orders.attempt,
      verified: orders.verified,
      record: orders.record,
      lead: orders.lead,
      team,
    },
  };
}

function checklist(o: ObjectOrder, t: Texts): Page {
  const { say, list } = t;
  const blocks: Block[] = [
    {
      kind: "title",
      text: say("doc-title-work-order"),
      subtitle: say("doc-object-heading", { order: o.order, name: o.name }),
    },
    {
      kind: "fields",
      paired: true,
      fields: [
        { label: say("doc-field-credit-code"), value: o.id },
        { label: say("doc-field-item"), value: t.item(o) },
        { label: say("doc-field-address"), value: o.address, wide: true },
      ],
    },
  ];
  if (!o.item.known) blocks.push({ kind: "paragraph", text: say("doc-item-missing", { item: o.item.id }) });
  for (const d of o.departments) {
    blocks.push({
      kind: "subheading",
      text: say(d.role === "lead" ? "doc-dept-lead" : "doc-dept-joint", {
        department: d.department.name,
        inspectors: list(d.inspectors.map((m) => m.name)),
      }),
    });
    blocks.push({
      kind: "table",
      columns: [
        col(say("doc-col-no"), 6),
        col(say("doc-col-content"), 17),
        col(say("doc-col-requirement"), 30),
        col(say("doc-col-legal-basis"), 18),
        col(say("doc-col-method"), 9),
        col(say("doc-col-findings"), 20),
      ],
      rows: d.checks.map((c, i) => [
        String(i + 1),
        c.content,
        c.requirement,
        c.legalBasis,
        c.methods.map((m) => term(m, t.lang)).join(say("doc-list-sep")),
        "",
      ]),
      writeIn: true,
    });
  }
  blocks.push({ kind: "space", label: say("doc-other-findings"), lines: 2 });
  return { blocks };
}

/** 执法检查通知书: handed over on entry (实施方案 二、4：进入检查单位和场所时应当现场发放执法检查文书). */
function notice(orders: CampaignOrders, team: TeamOrder, o: ObjectOrder, t: Texts): Page {
  const { say, list } = t;
  const lead = o.departments.find((d) => d.role === "lead")?.department.name ?? orders.lead.name;
  const joint = o.departments.filter((d) => d.role === "joint").map((d) => d.department.name);
  const params = {
    county: orders.county,
    campaign: innerQuotes(orders.campaign.name),
    lead,
    joint: list(joint),
    start: t.date(orders.campaign.startDate),
    end: t.date(orders.campaign.endDate),
    item: t.item(o),
  };
  const inspectors = attending(team, o);
  return {
    blocks: [
      { kind: "title", text: say("doc-title-notice"), subtitle: t.subtitle(say("doc-joint-inspection")) },
      {
        kind: "paragraph",
        text: say("doc-notice-number", {
          number: `${orders.campaign.id}-${team.id}-${String(o.order).padStart(2, "0")}`,
        }),
        align: "right",
      },
      { kind: "paragraph", text: say("doc-notice-to", { name: o.name, code: o.id }) },
      {
        kind: "paragraph",
        text: say(joint.length > 0 ? "doc-notice-body" : "doc-notice-body-alone", params),
        indent: true,
      },
      { kind: "paragraph", text: say("doc-notice-contents"), indent: true },
      ...o.departments.map((d): Block => ({
        kind: "paragraph",
        text: say("doc-notice-dept-contents", {
          department: d.department.name,
          contents: list(d.checks.map((c) => c.content)),
        }),
        indent: true,
      })),
      { kind: "paragraph", text: say("doc-notice-cooperate"), indent: true },
      { kind: "paragraph", text: say("doc-notice-recusal"), indent: true },
      { kind: "paragraph", text: say("doc-notice-inspectors") },
      {
        kind: "table",
        columns: [
          col(say("doc-col-no"), 8),
          col(say("doc-col-name"), 20),
          col(say("doc-col-department"), 40),
          col(say("doc-col-certificate"), 32),
        ],
        rows: inspectors.map((m, i) => [String(i + 1), m.name, m.department.name, m.certificate]),
      },
      { kind: "paragraph", text: say("doc-notice-issuer", { lead }), align: "right" },
      { kind: "paragraph", text: say("doc-date-blank"), align: "right" },
      { kind: "subheading", text: say("doc-receipt-title") },
      {
        kind: "fields",
        paired: true,
        fields: [
          { label: say("doc-receipt-signer"), value: "" },
          { label: say("doc-receipt-time"), value: "" },
        ],
      },
    ],
  };
}

/**
 * 检查记录单, signed by the object and every inspector (实施方案 二、4); the refusal block follows
 * 食品生产经营监督检查管理办法 第34条: reason noted, a witness, or an audio/video record.
 */
function inspectionRecord(orders: CampaignOrders, team: TeamOrder, o: ObjectOrder, t: Texts): Page {
  const { say, list } = t;
  const inspectors = attending(team, o);
  const rows = o.departments.flatMap((d) =>
    d.checks.map((c) => [d.department.shortName, c.content, say("doc-result-choices")]),
  );
  return {
    blocks: [
      { kind: "title", text: say("doc-title-record"), subtitle: t.subtitle(say("doc-joint-inspection")) },
      {
        kind: "fields",
        paired: true,
        fields: [
          { label: say("doc-field-object"), value: o.name },
          { label: say("doc-field-credit-code"), value: o.id },
          { label: say("doc-field-place"), value: o.address },
          { label: say("doc-field-item"), value: t.item(o) },
          { label: say("doc-field-inspecting"), value: list(o.departments.map((d) => d.department.name)), wide: true },
          { label: say("doc-field-team"), value: `${orders.campaign.id} ${team.id}` },
          { label: say("doc-field-time"), value: say("doc-field-time-blank") },
          { label: say("doc-field-present"), value: "", wide: true },
        ],
      },
      { kind: "subheading", text: say("doc-record-checks") },
      {
        kind: "table",
        columns: [col(say("doc-col-department"), 22), col(say("doc-col-content"), 46), col(say("doc-col-result"), 32)],
        rows,
      },
      { kind: "space", label: say("doc-record-problems"), lines: 2 },
      { kind: "fields", fields: [{ label: say("doc-record-comments"), value: "" }] },
      { kind: "subheading", text: say("doc-record-signatures") },
      {
        kind: "signatures",
        entries: [
          say("doc-sign-object"),
          ...inspectors.map((m) =>
            m.role === "township"
              ? say("doc-sign-township", { name: m.name, department: m.department.shortName })
              : say("doc-sign-inspector", {
                  name: m.name,
                  department: m.department.shortName,
                  certificate: m.certificate,
                }),
          ),
        ],
        line: say("doc-sign-line"),
      },
      { kind: "subheading", text: say("doc-refusal-title") },
      { kind: "paragraph", text: say("doc-refusal-intro"), small: true },
      {
        kind: "fields",
        paired: true,
        fields: [
          { label: say("doc-refusal-reason"), value: "" },
          { label: say("doc-refusal-recording"), value: "" },
          { label: say("doc-refusal-witness"), value: "" },
          { label: say("doc-refusal-witness-capacity"), value: "" },
        ],
      },
    ],
  };
}

/** "县市场监管局：甲、乙；县消防救援大队：丙、丁" — compact enough for a summary cell. */
function membersByDepartment(members: TeamMember[], t: Texts): string {
  const groups = new Map<string, { department: string; names: string[] }>();
  for (const m of members) {
    const g = groups.get(m.department.id) ?? { department: m.department.shortName, names: [] };
    g.names.push(m.name);
    groups.set(m.department.id, g);
  }
  return [...groups.values()]
    .map((g) => t.say("doc-members-of", { department: g.department, names: t.list(g.names) }))
    .join("\n");
}

/** Who goes in at one object: the inspectors of the departments in its task list, then the township staff. */
function attending(team: TeamOrder, o: ObjectOrder): TeamMember[] {
  return [...o.departments.flatMap((d) => d.inspectors), ...team.members.filter((m) => m.role === "township")];
}

function layoutSummary(orders: CampaignOrders, t: Texts): OrdersDocument {
  const { say, list } = t;
  const members = orders.teams.flatMap((team) => team.members);
  const objects = orders.teams.reduce((n, team) => n + team.objects.length, 0);
  const columns = [say("doc-col-team"), say("doc-col-township"), say("doc-col-members"), say("doc-col-objects")];
  const rows = orders.teams.map((team) => [
    team.id,
    team.township.shortName,
    membersByDepartment(team.members, t),
    team.objects.map((o) => say("doc-route-entry", { order: o.order, name: o.name })).join("\n"),
  ]);
  const byDepartment = new Map<string, { name: string; count: number; teams: string[] }>();
  for (const team of orders.teams) {
    for (const m of team.members) {
      const entry = byDepartment.get(m.department.id) ?? { name: m.department.name, count: 0, teams: [] };
      entry.count++;
      if (!entry.teams.includes(team.id)) entry.teams.push(team.id);
      byDepartment.set(m.department.id, entry);
    }
  }
  const departmentRows = [...byDepartment.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, d]) => [d.name, String(d.count), list(d.teams)]);
  const blocks: Block[] = [
    { kind: "title", text: say("doc-title-summary"), subtitle: t.subtitle(orders.campaign.name) },
    {
      kind: "fields",
      paired: true,
      fields: [
        {
          label: say("doc-field-campaign"),
          value: say("doc-name-id", { name: orders.campaign.name, id: orders.campaign.id }),
          wide: true,
        },
        { label: say("doc-field-period"), value: t.period },
        { label: say("doc-field-lead"), value: orders.lead.name },
        { label: say("doc-field-departments"), value: list(orders.departments.map((d) => d.name)), wide: true },
        ...(t.attemptLine ? [{ label: say("doc-field-draw"), value: t.attemptLine, wide: true }] : []),
      ],
    },
    {
      kind: "paragraph",
      text: say("doc-summary-counts", {
        teams: orders.teams.length,
        members: members.length,
        township: members.filter((m) => m.role === "township").length,
        objects,
      }),
    },
    { kind: "heading", text: say("doc-summary-teams") },
    {
      kind: "table",
      columns: [
        col(columns[0] ?? "", 7),
        col(columns[1] ?? "", 10),
        col(columns[2] ?? "", 40),
        col(columns[3] ?? "", 43),
      ],
      rows,
    },
    { kind: "heading", text: say("doc-summary-departments") },
    {
      kind: "table",
      columns: [col(say("doc-col-department"), 50), col(say("doc-col-count"), 14), col(say("doc-col-teams"), 36)],
      rows: departmentRows,
    },
    { kind: "heading", text: say("doc-summary-substitutions") },
    orders.substitutions.length === 0
      ? { kind: "paragraph", text: say("doc-none") }
      : {
          kind: "table",
          columns: [
            col(say("doc-col-replaced"), 30),
            col(say("doc-col-replacement"), 30),
            col(say("doc-col-team"), 10),
            col(say("doc-col-reason"), 30),
          ],
          rows: orders.substitutions.map((s) => [
            say("doc-name-id", { name: s.objectName, id: s.object }),
            say("doc-name-id", { name: s.replacementName, id: s.replacement }),
            s.team,
            s.reason,
          ]),
        },
  ];
  return {
    ...t.common,
    id: "summary",
    kind: "summary",
    fileBase: `${orders.campaign.id}-${say("file-summary")}`,
    title: `${say("doc-title-summary")} ${orders.campaign.id}`,
    pages: [{ blocks }],
    sheet: { columns, rows },
    data: { format: "checkonce-orders-summary/1", ...orders },
  };
}

function layoutPublication(orders: CampaignOrders, t: Texts): OrdersDocument {
  const { say, list } = t;
  const entries = publicationEntries(orders);
  const columns = [
    say("doc-col-no"),
    say("doc-col-object"),
    say("doc-col-credit-code"),
    say("doc-col-item"),
    say("doc-col-lead"),
    say("doc-col-joint"),
    say("doc-col-period"),
  ];
  const rows = entries.map((e) => [
    String(e.order),
    e.name,
    e.creditCode,
    e.item.scene ? say("doc-item", e.item) : e.item.category,
    e.lead,
    list(e.joint),
    t.period,
  ]);
  const blocks: Block[] = [
    { kind: "title", text: say("doc-title-publication"), subtitle: t.subtitle(orders.campaign.name) },
    {
      kind: "paragraph",
      text: say("doc-publication-intro", {
        county: orders.county,
        campaign: innerQuotes(orders.campaign.name),
        start: t.date(orders.campaign.startDate),
        end: t.date(orders.campaign.endDate),
      }),
      indent: true,
    },
    // The period is the same on every line: printed once above the table, kept on every row of the CSV and JSON.
    {
      kind: "fields",
      paired: true,
      fields: [
        { label: say("doc-field-period"), value: t.period },
        { label: say("doc-field-lead"), value: orders.lead.name },
      ],
    },
    {
      kind: "table",
      columns: [
        col(columns[0] ?? "", 6),
        col(columns[1] ?? "", 26),
        col(columns[2] ?? "", 21),
        col(columns[3] ?? "", 15),
        col(columns[4] ?? "", 14),
        col(columns[5] ?? "", 18),
      ],
      rows: rows.map((r) => r.slice(0, 6)),
    },
    { kind: "paragraph", text: say("doc-publication-results", { days: orders.publishWorkingDays }), indent: true },
    { kind: "paragraph", text: say("doc-publication-issuer", { lead: orders.lead.name }), align: "right" },
    { kind: "paragraph", text: say("doc-date-blank"), align: "right" },
  ];
  return {
    ...t.common,
    id: "publication",
    kind: "publication",
    fileBase: `${orders.campaign.id}-${say("file-publication")}`,
    title: `${say("doc-title-publication")} ${orders.campaign.id}`,
    pages: [{ blocks }],
    sheet: { columns, rows },
    data: {
      format: "checkonce-publication/1",
      county: orders.county,
      campaign: { id: orders.campaign.id, name: orders.campaign.name },
      attempt: orders.attempt,
      verified: orders.verified,
      period: { start: orders.campaign.startDate, end: orders.campaign.endDate },
      lead: orders.lead.name,
      entries,
    },
  };
}

/** A name quoted inside “…” takes single quotes for its own (GB/T 15834). */
const innerQuotes = (s: string) => s.replace(/\u201c/g, "\u2018").replace(/\u201d/g, "\u2019");

const col = (title: string, width: number) => ({ title, width });
