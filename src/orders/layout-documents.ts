import { message, term, type Lang, type MessageParams } from "../i18n/messages.js";
import type { OrdersMessageKey } from "../i18n/messages-orders.js";
import { publicationEntries } from "./build-orders.js";
import { nowrap, plain, type Block, type DocSection, type OrdersDocument, type SectionKind } from "./document.js";
import type { CampaignOrders, ObjectOrder, TeamMember, TeamOrder } from "./model.js";
import { paginate } from "./paginate.js";
import { lineCount } from "./measure.js";
import { fittedStyles, sectionStyle, textArea, type PageStyle } from "./page-styles.js";

/** Every document of a campaign: one per team, the summary, the list for publication. */
export function layoutDocuments(orders: CampaignOrders, lang: Lang): OrdersDocument[] {
  return [...eachDocument(orders, lang)];
}

/**
 * The same documents one at a time, each laid out only when asked for: `orders` renders and
 * writes each before the next is laid out, so that a province's work orders are never all in
 * memory at once (at 1,000,000 objects they were most of its peak).
 */
export function* eachDocument(orders: CampaignOrders, lang: Lang): Generator<OrdersDocument> {
  const t = texts(orders, lang);
  for (const team of orders.teams) yield layoutWorkOrder(orders, team, t);
  yield layoutSummary(orders, t);
  yield layoutPublication(orders, t);
}

type Texts = ReturnType<typeof texts>;

function texts(orders: CampaignOrders, lang: Lang) {
  const say = (key: OrdersMessageKey, params: MessageParams = {}) => message(key, params, lang);
  /** A date as the documents print it, never broken across lines. */
  const date = (iso: string) => {
    const [y, m, d] = iso.split("-");
    return nowrap(say("doc-date", { y: y ?? "", m: Number(m), d: Number(d), mm: m ?? "", dd: d ?? "" }));
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
  /** The internal note: county, campaign, how the record was made. Only on documents that stay inside. */
  const note = say("doc-footer", {
    county: orders.county,
    campaign: orders.campaign.id,
    attempt: orders.attempt > 1 ? say("doc-footer-attempt", { attempt: orders.attempt }) : "",
    status,
  });
  const item = (o: ObjectOrder) =>
    o.item.scene ? say("doc-item", { category: o.item.category, scene: o.item.scene }) : o.item.category;
  const role = (m: TeamMember) =>
    say(m.role === "lead" ? "doc-role-lead" : m.role === "joint" ? "doc-role-joint" : "doc-role-township");
  const methods = (o: ObjectOrder) =>
    list([...new Set(o.departments.flatMap((d) => d.checks.flatMap((c) => c.methods)))].map((m) => term(m, lang)));
  /** A subtitle line: the campaign, and the attempt when the draw was redone. */
  const subtitle = (main: string) => (attemptLine ? `${main}\n${attemptLine}` : main);
  const banner = orders.verified ? undefined : say("doc-unverified-banner");
  const profile = orders.documents.profile;
  /** One document of a file, laid out on its sheets. */
  const section = (
    kind: SectionKind,
    flow: Block[],
    document: string,
    subject: string,
    extra: { note?: string; foot?: Block } = {},
  ): DocSection => {
    const continued = say("doc-continued", { document, subject });
    const options = {
      continued,
      more: say("doc-more"),
      ...(banner ? { banner } : {}),
      ...(extra.foot ? { foot: extra.foot } : {}),
    };
    let style = sectionStyle(profile, kind);
    let sheets = paginate(flow, style, options);
    // A 公文 a few lines too long for its sheets is set on tighter lines rather than run on to a sheet of seals.
    for (const tighter of sheets.length > 1 ? fittedStyles(style) : []) {
      const fitted = paginate(flow, tighter, options);
      if (fitted.length < sheets.length) {
        style = tighter;
        sheets = fitted;
        break;
      }
    }
    return { kind, style, continued, ...(extra.note ? { note: extra.note } : {}), flow, sheets };
  };
  const common = {
    lang,
    pageLabel: say("doc-page", { page: "{page}", pages: "{pages}" }),
    ...(banner ? { banner } : {}),
    date: orders.campaign.startDate,
  };
  return { say, date, list, period, attemptLine, note, item, role, methods, subtitle, section, common, lang };
}

function layoutWorkOrder(orders: CampaignOrders, team: TeamOrder, t: Texts): OrdersDocument {
  const { say, list } = t;
  const staff = team.members.filter((m) => m.role === "township");
  const cover: Block[] = [
    {
      kind: "title",
      text: say("doc-title-work-order"),
      // The campaign's name and id head the page; the fields below do not repeat them.
      subtitle: t.subtitle(
        say("doc-subtitle-team", {
          campaign: say("doc-name-id", { name: orders.campaign.name, id: nowrap(orders.campaign.id) }),
          team: team.id,
        }),
      ),
    },
    {
      kind: "fields",
      paired: true,
      fields: [
        {
          label: say("doc-field-plan"),
          value: say("doc-plan-round", { plan: nowrap(orders.campaign.plan), round: orders.campaign.round }),
        },
        { label: say("doc-field-period"), value: t.period },
        { label: say("doc-field-lead"), value: orders.lead.name },
        { label: say("doc-field-team"), value: team.id },
        { label: say("doc-field-departments"), value: list(team.departments.map((d) => d.name)), wide: true },
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
        col(say("doc-col-no"), 5),
        col(say("doc-col-name"), 12),
        col(say("doc-col-department"), 30),
        col(say("doc-col-certificate"), 25),
        col(say("doc-col-role"), 22),
      ],
      rows: team.members.map((m, i) => [String(i + 1), m.name, m.department.name, nowrap(m.certificate), t.role(m)]),
    },
    { kind: "heading", text: say("doc-section-route") },
    routeTable(team, t),
    { kind: "paragraph", text: say("doc-section-checklists"), small: true },
  ];
  const sections: DocSection[] = [
    t.section(
      "cover",
      cover,
      say("doc-title-work-order"),
      say("doc-continued-cover", { campaign: orders.campaign.id, team: team.id }),
      { note: t.note },
    ),
  ];
  for (const o of team.objects)
    sections.push(notice(orders, team, o, t), checklist(o, t), inspectionRecord(orders, team, o, t));
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
    sections,
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

/** The objects in route order; a column of notes only when an object replaced another. */
function routeTable(team: TeamOrder, t: Texts): Block {
  const { say } = t;
  const notes = team.objects.some((o) => o.replaces);
  return {
    kind: "table",
    columns: [
      col(say("doc-col-order"), 4),
      col(say("doc-col-object"), 26),
      col(say("doc-col-credit-code"), 19),
      col(say("doc-col-item"), 18),
      col(say("doc-col-address"), 27),
      ...(notes ? [col(say("doc-col-note"), 14)] : []),
    ],
    rows: team.objects.map((o) => [
      String(o.order),
      o.name,
      nowrap(o.id),
      t.item(o),
      o.address,
      ...(notes
        ? [
            o.replaces
              ? say("doc-note-replaces", {
                  object: nowrap(o.replaces.object),
                  name: o.replaces.name,
                  reason: o.replaces.reason,
                })
              : "",
          ]
        : []),
    ]),
  };
}

/** 检查清单: what each department checks at one object, with room for findings; for the team only. */
function checklist(o: ObjectOrder, t: Texts): DocSection {
  const { say, list } = t;
  const blocks: Block[] = [
    {
      kind: "title",
      text: say("doc-title-checklist"),
      subtitle: say("doc-object-heading", { order: o.order, name: o.name }),
    },
    {
      kind: "fields",
      paired: true,
      // The address is on the cover's route table and on the record.
      fields: [
        { label: say("doc-field-credit-code"), value: nowrap(o.id) },
        { label: say("doc-field-item"), value: t.item(o) },
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
        col(say("doc-col-no"), 4),
        col(say("doc-col-content"), 15),
        col(say("doc-col-requirement"), 34),
        col(say("doc-col-legal-basis"), 22),
        col(say("doc-col-method"), 8),
        col(say("doc-col-findings"), 17),
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
  blocks.push({ kind: "space", label: say("doc-other-findings"), lines: 3, minLines: 1 });
  return t.section(
    "checklist",
    blocks,
    say("doc-title-checklist"),
    say("doc-continued-object", { order: o.order, name: o.name }),
  );
}

/**
 * 执法检查通知书, handed over on entry (实施方案 二、4：进入检查单位和场所时应当现场发放执法检查文书).
 * What it says follows 司法部《行政检查文书基本格式文本（试行）》(2025): legal basis, the body that
 * inspects, the task it comes from, inspectors with certificates, the object's rights, contact
 * and supervision phone; seals and date as GB/T 9704-2012 §7.3.5 lays them out.
 */
function notice(orders: CampaignOrders, team: TeamOrder, o: ObjectOrder, t: Texts): DocSection {
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
    methods: t.methods(o),
  };
  const inspectors = attending(o, team);
  const docs = orders.documents;
  const contact = docs.contact;
  // GB/T 9704-2012 §7.3.5.2 lets the issuers be named short ("可用简称") where the full names do not fit under their seals.
  const issuers = o.departments.length > 0 ? o.departments.map((d) => d.department) : [orders.lead];
  const style = sectionStyle(orders.documents.profile, "notice");
  const fits = (name: string) => lineCount(name, textArea(style).width / 3, style.text.body.size) === 1;
  const seals =
    docs.seals === "office" && docs.officeName
      ? [docs.officeName]
      : // One row names its issuers alike: all in full, or all short when one full name does not fit.
        issuers.map((d) => (issuers.every((i) => fits(i.name)) ? d.name : d.shortName));
  const blocks: Block[] = [
    // The body says it is a joint inspection: the title stands alone, on one line (GB/T 9704-2012 §7.3.1).
    { kind: "title", text: say("doc-title-notice"), ...(t.attemptLine ? { subtitle: t.attemptLine } : {}) },
    { kind: "paragraph", text: nowrap(say("doc-notice-number", { number: o.noticeNumber })), align: "right" },
    // 主送: the unit's name as its licence gives it; the credit code is on the record it signs.
    { kind: "paragraph", text: say("doc-notice-to", { name: o.name }) },
    {
      kind: "paragraph",
      text: say(joint.length > 0 ? "doc-notice-body" : "doc-notice-body-alone", params),
      indent: true,
    },
    ...o.departments.map((d): Block => ({
      kind: "paragraph",
      text: say("doc-notice-dept-contents", {
        department: d.department.name,
        powers: d.powers,
        contents: list(d.checks.map((c) => c.content)),
      }),
      indent: true,
    })),
    {
      kind: "paragraph",
      text: say(docs.supervisionPhone ? "doc-notice-rights-supervision" : "doc-notice-rights"),
      indent: true,
    },
    { kind: "paragraph", text: say("doc-notice-cooperate"), indent: true },
    { kind: "subheading", text: say("doc-notice-inspectors", { count: inspectors.length }) },
    {
      kind: "table",
      columns: [
        col(say("doc-col-no"), 8),
        col(say("doc-col-name"), 18),
        col(say("doc-col-department"), 44),
        col(say("doc-col-certificate"), 30),
      ],
      rows: inspectors.map((m, i) => [String(i + 1), m.name, m.department.name, nowrap(m.certificate)]),
    },
    {
      kind: "paragraph",
      text:
        contact && contact.phone
          ? say("doc-notice-contact", { name: contact.name, phone: nowrap(contact.phone) })
          : say("doc-notice-contact-blank"),
      indent: true,
      keep: true,
    },
    ...(docs.supervisionPhone
      ? [
          {
            kind: "paragraph" as const,
            text: say("doc-notice-supervision", { phone: nowrap(docs.supervisionPhone) }),
            indent: true,
            keep: true,
          },
        ]
      : []),
    { kind: "seals", names: seals, date: say("doc-date-blank") },
  ];
  return t.section("notice", blocks, say("doc-title-notice"), nowrap(o.noticeNumber));
}

/**
 * 检查记录单, signed by the object and every inspector (实施方案 二、4). Its fields follow the
 * on-site records of 市场监管 and 应急管理 (time, place, person in charge and phone, inspectors with
 * certificates, recorder, the recusal question and answer, "以上记录已阅，属实" before the party
 * signs); the refusal block follows 食品生产经营监督检查管理办法 第34条: reason, witness, or audio/video.
 */
function inspectionRecord(orders: CampaignOrders, team: TeamOrder, o: ObjectOrder, t: Texts): DocSection {
  const { say, list } = t;
  const inspectors = attending(o, team);
  const rows = o.departments.flatMap((d) =>
    d.checks.map((c) => [d.department.shortName, c.content, say("doc-result-choices")]),
  );
  const signatures = [
    { text: `${say("doc-sign-object")}\n${say("doc-record-read")}`, line: say("doc-sign-line") },
    ...inspectors.map((m) => ({
      text:
        m.role === "township"
          ? say("doc-sign-township", { name: m.name, department: m.department.shortName })
          : say("doc-sign-inspector", {
              name: m.name,
              department: m.department.shortName,
              certificate: nowrap(m.certificate),
            }),
      line: say("doc-sign-line"),
    })),
    { text: say("doc-sign-recorder"), line: say("doc-sign-line") },
  ];
  const blocks: Block[] = [
    { kind: "title", text: say("doc-title-record"), subtitle: t.subtitle(say("doc-joint-inspection")) },
    {
      kind: "paragraph",
      text: `${say("doc-record-notice")}：${nowrap(o.noticeNumber)}`,
      align: "right",
      small: true,
    },
    {
      kind: "fields",
      paired: true,
      fields: [
        { label: say("doc-field-object"), value: o.name, wide: true },
        { label: say("doc-field-credit-code"), value: nowrap(o.id) },
        { label: say("doc-field-item"), value: t.item(o) },
        { label: say("doc-field-place"), value: o.address, wide: true },
        { label: say("doc-field-responsible"), value: o.contact?.name ?? "" },
        { label: say("doc-field-phone"), value: o.contact?.phone ? nowrap(o.contact.phone) : "" },
        { label: say("doc-field-time"), value: say("doc-field-time-blank"), wide: true },
        { label: say("doc-field-inspecting"), value: list(o.departments.map((d) => d.department.name)), wide: true },
        { label: say("doc-field-team"), value: nowrap(`${orders.campaign.id} ${team.id}`) },
        { label: say("doc-field-camera"), value: "" },
        { label: say("doc-field-recorder"), value: "" },
        { label: say("doc-field-present"), value: "", wide: true },
      ],
    },
    { kind: "paragraph", text: say("doc-record-told", { number: nowrap(o.noticeNumber) }), small: true },
    {
      kind: "fields",
      fields: [{ label: say("doc-record-recusal-question"), value: say("doc-record-recusal-answer") }],
    },
    { kind: "subheading", text: say("doc-record-checks") },
    {
      kind: "table",
      columns: [col(say("doc-col-department"), 20), col(say("doc-col-content"), 50), col(say("doc-col-result"), 30)],
      rows,
    },
    { kind: "space", label: say("doc-record-problems"), lines: 6 },
    { kind: "fields", fields: [{ label: say("doc-record-comments"), value: "", lines: 2 }] },
    { kind: "subheading", text: say("doc-record-signatures") },
    { kind: "signatures", entries: signatures },
    { kind: "subheading", text: say("doc-refusal-title") },
    { kind: "paragraph", text: say("doc-refusal-intro"), small: true },
    {
      kind: "fields",
      paired: true,
      fields: [
        { label: say("doc-refusal-reason"), value: "" },
        { label: say("doc-refusal-recording"), value: "" },
        { label: say("doc-refusal-witness"), value: "", lines: 2 },
        { label: say("doc-refusal-witness-capacity"), value: "", lines: 2 },
      ],
    },
  ];
  return t.section(
    "record",
    blocks,
    say("doc-title-record"),
    say("doc-continued-record", { name: o.name }),
    // 笔录每页由当事人签名确认: a record on more than one sheet is initialled on each.
    { foot: { kind: "paragraph", text: say("doc-record-page-sign"), align: "right", small: true } },
  );
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
function attending(o: ObjectOrder, team: TeamOrder): TeamMember[] {
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
  const byDepartment = new Map<string, { name: string; count: number; teams: string[]; seen: Set<string> }>();
  for (const team of orders.teams) {
    for (const m of team.members) {
      const entry = byDepartment.get(m.department.id) ?? {
        name: m.department.name,
        count: 0,
        teams: [],
        seen: new Set<string>(),
      };
      entry.count++;
      if (!entry.seen.has(team.id)) {
        entry.seen.add(team.id);
        entry.teams.push(team.id);
      }
      byDepartment.set(m.department.id, entry);
    }
  }
  // The lead department first, then the campaign's order; townships (not in that list) last, by id.
  const rank = (id: string) => {
    const i = orders.departments.findIndex((d) => d.id === id);
    return i < 0 ? orders.departments.length : i;
  };
  const departmentRows = [...byDepartment.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([, d]) => [d.name, String(d.count), list(d.teams)]);
  const blocks: Block[] = [
    { kind: "title", text: say("doc-title-summary"), subtitle: t.subtitle(orders.campaign.name) },
    {
      kind: "fields",
      paired: true,
      fields: [
        {
          label: say("doc-field-campaign"),
          value: say("doc-name-id", { name: orders.campaign.name, id: nowrap(orders.campaign.id) }),
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
        col(columns[2] ?? "", 42),
        col(columns[3] ?? "", 41),
      ],
      rows,
    },
    { kind: "heading", text: say("doc-summary-departments") },
    {
      kind: "table",
      columns: [col(say("doc-col-department"), 50), col(say("doc-col-count"), 14), col(say("doc-col-teams"), 36)],
      rows: departmentRows,
    },
    ...summarySubstitutions(orders, t),
  ];
  return {
    ...t.common,
    id: "summary",
    kind: "summary",
    fileBase: `${orders.campaign.id}-${say("file-summary")}`,
    title: `${say("doc-title-summary")} ${orders.campaign.id}`,
    sections: [t.section("summary", blocks, say("doc-title-summary"), orders.campaign.id, { note: t.note })],
    sheet: { columns, rows: rows.map((r) => r.map(plain)) },
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
  const item = (e: (typeof entries)[number]) => (e.item.scene ? say("doc-item", e.item) : e.item.category);
  // The period is the same on every line, and so (as a rule) is the lead: said once above the
  // table, kept on every row of the CSV and JSON. A column of its own only when the leads differ.
  const oneLead = entries.every((e) => e.lead === orders.lead.name);
  const printed = entries.map((e) => [
    String(e.order),
    e.name,
    nowrap(e.creditCode),
    item(e),
    ...(oneLead ? [] : [e.lead]),
    list(e.joint),
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
        lead: orders.lead.name,
      }),
      indent: true,
    },
    {
      kind: "table",
      columns: [
        // Weights for one line a row: a unit's name, 18 characters of code, "餐饮（集体用餐配送单位）", two departments.
        col(columns[0] ?? "", 5),
        col(columns[1] ?? "", 25),
        col(columns[2] ?? "", 16),
        col(columns[3] ?? "", 19),
        ...(oneLead ? [] : [col(columns[4] ?? "", 14)]),
        col(columns[5] ?? "", 35),
      ],
      rows: printed,
    },
    { kind: "paragraph", text: say("doc-publication-results", { days: orders.publishWorkingDays }), indent: true },
    {
      kind: "paragraph",
      text: `${say("doc-publication-issuer", { lead: orders.lead.name })}\n${say("doc-date-blank")}`,
      align: "right",
    },
  ];
  const rows = entries.map((e) => [
    String(e.order),
    e.name,
    e.creditCode,
    item(e),
    e.lead,
    list(e.joint),
    plain(t.period),
  ]);
  return {
    ...t.common,
    id: "publication",
    kind: "publication",
    fileBase: `${orders.campaign.id}-${say("file-publication")}`,
    title: `${say("doc-title-publication")} ${orders.campaign.id}`,
    // Published: no tool, no file path, no note (issue 11).
    sections: [t.section("publication", blocks, say("doc-title-publication"), orders.campaign.name)],
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

const col = (title: string, weight: number) => ({ title, weight });

/** The campaign's substitutions; "none" on the heading's own line when there are none. */
function summarySubstitutions(orders: CampaignOrders, t: Texts): Block[] {
  const { say } = t;
  if (orders.substitutions.length === 0)
    return [{ kind: "heading", text: `${say("doc-summary-substitutions")}${say("doc-heading-none")}` }];
  return [
    { kind: "heading", text: say("doc-summary-substitutions") },
    {
      kind: "table",
      columns: [
        col(say("doc-col-replaced"), 30),
        col(say("doc-col-replacement"), 30),
        col(say("doc-col-team"), 10),
        col(say("doc-col-reason"), 30),
      ],
      rows: orders.substitutions.map((s) => [
        say("doc-name-id", { name: s.objectName, id: nowrap(s.object) }),
        say("doc-name-id", { name: s.replacementName, id: nowrap(s.replacement) }),
        s.team,
        s.reason,
      ]),
    },
  ];
}

/**
 * One document of one section, laid out on its sheets in `style`: for the stages after this one
 * that print through the same renderers (the results' publication).
 */
export function layoutSection(
  kind: SectionKind,
  flow: Block[],
  style: PageStyle,
  lang: Lang,
  options: { document: string; subject: string; note?: string; banner?: string },
): DocSection {
  const continued = message("doc-continued", { document: options.document, subject: options.subject }, lang);
  const sheets = paginate(flow, style, {
    continued,
    more: message("doc-more", {}, lang),
    ...(options.banner ? { banner: options.banner } : {}),
  });
  return { kind, style, continued, ...(options.note ? { note: options.note } : {}), flow, sheets };
}
