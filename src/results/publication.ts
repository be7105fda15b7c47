import { message, type Lang, type MessageParams } from "../i18n/messages.js";
import type { ResultsUiKey } from "../i18n/messages-results.js";
import { nowrap, type Block, type OrdersDocument } from "../orders/document.js";
import { layoutSection } from "../orders/layout-documents.js";
import { landscapeStyle } from "../orders/page-styles.js";
import { indexById, type Workspace } from "../registries/model.js";
import type { CampaignResults } from "./load-results.js";
import { publicCategory, worstCategory, type PublicCategory } from "./outcomes.js";
import { checkpointLine, type SignedCheckpoint } from "../ledger/checkpoint.js";

/** One published line: an object, the departments that inspected it, the result in a public category. */
export interface PublicationEntry {
  object: string;
  name: string;
  /** 统一社会信用代码: the object's id. */
  creditCode: string;
  item: { id: string; category: string; scene: string };
  /** First and last day the departments inspected it. */
  inspected: { from: string; to: string };
  departments: { id: string; name: string; category: PublicCategory }[];
  category: PublicCategory;
}

export interface HeldBack {
  object: string;
  name: string;
  /** Departments whose result is still missing, or changed outside the ledger. */
  missing: string[];
  unsealed: string[];
}

export interface Publication {
  county: string;
  campaign: { id: string; name: string };
  asOf: string;
  entries: PublicationEntry[];
  heldBack: HeldBack[];
  /** The ledger checkpoint current when the list was made, printed with it (issue 12). */
  checkpoint?: SignedCheckpoint;
}

/**
 * The results list for publication (抽查结果公示): only objects whose every department has entered
 * a result that the ledger sealed, as of a day; the others are held back and listed. Nothing of a
 * person is ever in it: no inspector, witness or township staff, no contact, no findings in words.
 */
export function buildPublication(
  ws: Workspace,
  c: CampaignResults,
  asOf: string,
  checkpoint?: SignedCheckpoint,
): Publication {
  const objects = indexById(ws.objects);
  const items = indexById(ws.items);
  const departments = indexById(ws.departments);
  const nameOf = (id: string) => departments.get(id)?.value.name ?? id;
  const entries: PublicationEntry[] = [];
  const heldBack: HeldBack[] = [];
  for (const drawn of c.draw?.objects.values() ?? []) {
    const results = c.results.filter((r) => r.object === drawn.object && r.entry.inspectedOn <= asOf);
    const missing = drawn.departments.filter((d) => !results.some((r) => r.department === d));
    const unsealed = results.filter((r) => !r.sealed).map((r) => r.department);
    const name = objects.get(drawn.object)?.value.name ?? drawn.object;
    if (missing.length > 0 || unsealed.length > 0 || results.length === 0) {
      heldBack.push({ object: drawn.object, name, missing: missing.map(nameOf), unsealed: unsealed.map(nameOf) });
      continue;
    }
    const item = items.get(drawn.item)?.value;
    const dates = results.map((r) => r.entry.inspectedOn).sort();
    const byDepartment = drawn.departments.map((d) => {
      const r = results.find((x) => x.department === d);
      return { id: d, name: nameOf(d), category: publicCategory(r?.entry ?? { outcome: "no-problem" }) };
    });
    entries.push({
      object: drawn.object,
      name,
      creditCode: drawn.object,
      item: { id: drawn.item, category: item?.category ?? "", scene: item?.scene ?? "" },
      inspected: { from: dates[0] ?? "", to: dates.at(-1) ?? "" },
      departments: byDepartment,
      category: worstCategory(byDepartment.map((d) => d.category)),
    });
  }
  const byId = (a: { object: string }, b: { object: string }) =>
    a.object < b.object ? -1 : a.object > b.object ? 1 : 0;
  return {
    county: ws.config.county.name,
    campaign: { id: c.campaign, name: c.located?.value.name ?? c.campaign },
    asOf,
    entries: entries.sort(byId),
    heldBack: heldBack.sort(byId),
    ...(checkpoint ? { checkpoint } : {}),
  };
}

export const categoryKey = (c: PublicCategory): ResultsUiKey => `category-${c}` as ResultsUiKey;

/** The publication as a document, rendered by the work orders' renderers (DOCX, HTML). */
export function publicationDocument(p: Publication, lang: Lang): OrdersDocument {
  const say = (key: ResultsUiKey | "doc-date" | "doc-list-sep" | "doc-item" | "doc-page", params: MessageParams = {}) =>
    message(key, params, lang);
  const date = (iso: string) => {
    const [y, m, d] = iso.split("-");
    return say("doc-date", { y: y ?? "", m: Number(m), d: Number(d), mm: m ?? "", dd: d ?? "" });
  };
  const { columns, rows } = publicationSheet(p, lang);
  const blocks: Block[] = [
    { kind: "title", text: say("pub-title"), subtitle: p.campaign.name },
    {
      kind: "paragraph",
      text: say("pub-intro", { county: p.county, campaign: p.campaign.name, asOf: date(p.asOf) }),
      indent: true,
    },
    {
      kind: "table",
      columns: [
        { title: columns[0] ?? "", weight: 5 },
        { title: columns[1] ?? "", weight: 22 },
        { title: columns[2] ?? "", weight: 19 },
        { title: columns[3] ?? "", weight: 14 },
        { title: columns[4] ?? "", weight: 11 },
        { title: columns[5] ?? "", weight: 15 },
        { title: columns[6] ?? "", weight: 14 },
      ],
      // The credit code never breaks over two lines (issue 11).
      rows: rows.map((r) => r.slice(0, 7).map((cell, i) => (i === 2 ? nowrap(cell) : cell))),
    },
    { kind: "paragraph", text: say("pub-basis"), indent: true, small: true },
    // Anyone holding this page can later check that the ledger still extends it (verify --checkpoint).
    ...checkpointBlocks(p, lang),
  ];
  return {
    id: "publication",
    kind: "publication",
    fileBase: `${p.campaign.id}-${say("pub-file")}`,
    lang,
    title: `${say("pub-title")} ${p.campaign.id}`,
    pageLabel: say("doc-page", { page: "{page}", pages: "{pages}" }),
    date: p.asOf,
    // Landscape, as the draw list for publication: a row of the table stays one line.
    sections: [
      layoutSection("publication", blocks, landscapeStyle, lang, {
        document: say("pub-title"),
        subject: p.campaign.name,
        note: say("pub-footer", { county: p.county, campaign: p.campaign.id }),
      }),
    ],
    sheet: { columns, rows },
    data: publicationData(p),
  };
}

export function publicationSheet(p: Publication, lang: Lang): { columns: string[]; rows: string[][] } {
  const say = (key: ResultsUiKey | "doc-item" | "doc-list-sep", params: MessageParams = {}) =>
    message(key, params, lang);
  const columns = [
    "pub-col-no",
    "pub-col-name",
    "pub-col-code",
    "pub-col-item",
    "pub-col-date",
    "pub-col-departments",
    "pub-col-result",
    "pub-col-detail",
  ].map((k) => say(k as ResultsUiKey));
  // As the draw list's CSV: the checkpoint as a last column on every row, so one row per object stays true.
  const short = p.checkpoint ? checkpointLine(p.checkpoint).short : "";
  columns.push(message("checkpoint-column", {}, lang));
  const rows = p.entries.map((e, i) => [
    String(i + 1),
    e.name,
    e.creditCode,
    e.item.scene ? say("doc-item", e.item) : e.item.category,
    e.inspected.from === e.inspected.to ? e.inspected.from : `${e.inspected.from}~${e.inspected.to}`,
    e.departments.map((d) => d.name).join(say("doc-list-sep")),
    say(categoryKey(e.category)),
    e.departments.map((d) => `${d.name}：${say(categoryKey(d.category))}`).join(lang === "zh" ? "；" : "; "),
    short,
  ]);
  return { columns, rows };
}

export function publicationData(p: Publication): unknown {
  return {
    format: "checkonce-results-publication/1",
    county: p.county,
    campaign: p.campaign,
    asOf: p.asOf,
    entries: p.entries.map((e) => ({
      creditCode: e.creditCode,
      name: e.name,
      item: e.item,
      inspected: e.inspected,
      departments: e.departments,
      category: e.category,
    })),
    ...(p.checkpoint ? { checkpoint: checkpointLine(p.checkpoint) } : {}),
  };
}

// A published page names no tool (issue 11): the short form to read aloud, the signed text beneath.
function checkpointBlocks(p: Publication, lang: Lang): Block[] {
  if (!p.checkpoint) return [];
  const { short, full } = checkpointLine(p.checkpoint);
  return [message("checkpoint-doc-public", { short }, lang), ...full].map((text) => ({
    kind: "paragraph",
    text,
    small: true,
  }));
}
