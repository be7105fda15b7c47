import Table from "cli-table3";
import { stringify } from "yaml";
import { objectTier, type Workspace } from "../registries/model.js";
import { term, type Lang } from "../i18n/messages.js";

export const listKinds = ["objects", "inspectors", "departments", "items", "plans", "campaigns"] as const;
export type ListKind = (typeof listKinds)[number];

export interface ListFilters {
  township?: string;
  tier?: string;
  department?: string;
  status?: string;
  category?: string;
}

interface Column {
  key: string;
  en: string;
  zh: string;
}

export interface Listing {
  columns: Column[];
  /** Cells as shown in a table or CSV, and the entry itself for JSON. */
  rows: { cells: Record<string, string | number>; entry: unknown }[];
  total: number;
}

/** A column: the field it shows and its header, in both languages, from the catalogue. */
const col = (key: string, header: string): Column => ({ key, en: term(header, "en"), zh: term(header, "zh") });
const row = (entry: unknown, cells: Record<string, string | number>) => ({ entry, cells });

/** The rows a `list` shows: one record per entry, flattened for a table or CSV, filtered. */
export function listEntries(ws: Workspace, kind: ListKind, filters: ListFilters, lang: Lang): Listing {
  const deptName = new Map(ws.departments.map((d) => [d.value.id, d.value.shortName ?? d.value.name]));
  const name = (id: string) => deptName.get(id) ?? id;
  const t = (word: string) => term(word, lang);
  const match = (wanted: string | undefined, ...values: (string | undefined)[]) =>
    wanted === undefined || values.includes(wanted);
  switch (kind) {
    case "objects": {
      const all = ws.objects.map((e) => e.value);
      const rows = all
        .map((o) => ({ o, tier: objectTier(o, ws.config.policy) }))
        .filter(
          ({ o, tier }) =>
            match(filters.township, o.township) &&
            match(filters.tier, tier) &&
            match(filters.status, o.status) &&
            match(filters.category, o.category),
        )
        .map(({ o, tier }) =>
          row(
            { ...o, tier },
            {
              id: o.id,
              name: o.name,
              category: o.category,
              scene: o.scene,
              township: name(o.township),
              status: t(o.status),
              creditGrade: o.creditGrade,
              tier: t(tier) + (o.tier ? "" : "*"),
              complaints12m: o.complaints12m ?? 0,
            },
          ),
        );
      return {
        total: all.length,
        rows,
        columns: [
          col("id", "list-credit-code"),
          col("name", "list-name"),
          col("category", "list-category"),
          col("scene", "list-scene"),
          col("township", "list-township"),
          col("status", "list-status"),
          col("creditGrade", "list-credit-grade"),
          col("tier", "list-tier"),
          col("complaints12m", "list-complaints12m"),
        ],
      };
    }
    case "inspectors": {
      const all = ws.inspectors.map((e) => e.value);
      const rows = all
        .filter(
          (i) =>
            match(filters.department, i.department) &&
            match(filters.township, i.department) &&
            match(filters.status, i.status),
        )
        .map((i) =>
          row(i, {
            id: i.id,
            name: i.name,
            department: name(i.department),
            certificate: i.certificate.number,
            validTo: i.certificate.validTo,
            qualifications: (i.qualifications ?? []).join("、"),
            status: t(i.status),
            recusals: (i.recusals ?? []).length,
          }),
        );
      return {
        total: all.length,
        rows,
        columns: [
          col("id", "list-id"),
          col("name", "list-person-name"),
          col("department", "list-department"),
          col("certificate", "list-certificate"),
          col("validTo", "list-valid-to"),
          col("qualifications", "list-qualifications"),
          col("status", "list-status"),
          col("recusals", "list-recusals"),
        ],
      };
    }
    case "departments": {
      const all = ws.departments.map((e) => e.value);
      const inspectors = new Map<string, number>();
      for (const { value } of ws.inspectors)
        inspectors.set(value.department, (inspectors.get(value.department) ?? 0) + 1);
      const rows = all
        .filter(
          (d) => match(filters.department, d.id) && match(filters.township, d.id) && match(filters.status, d.kind),
        )
        .map((d) =>
          row(d, {
            id: d.id,
            name: d.name,
            kind: t(d.kind),
            liaison: d.liaison?.name ?? "",
            leader: d.leader?.name ?? "",
            inspectors: inspectors.get(d.id) ?? 0,
          }),
        );
      return {
        total: all.length,
        rows,
        columns: [
          col("id", "list-id"),
          col("name", "list-name"),
          col("kind", "list-kind"),
          col("liaison", "list-liaison"),
          col("leader", "list-leader"),
          col("inspectors", "list-inspectors"),
        ],
      };
    }
    case "items": {
      const all = ws.items.map((e) => e.value);
      const rows = all
        .filter(
          (i) =>
            match(filters.department, i.lead, ...i.joint) &&
            match(filters.status, i.status) &&
            match(filters.category, i.category),
        )
        .map((i) =>
          row(i, {
            id: i.id,
            category: i.category,
            scene: i.scene,
            status: t(i.status),
            lead: name(i.lead),
            joint: i.joint.map(name).join("、"),
            method: i.method.map(t).join("、"),
          }),
        );
      return {
        total: all.length,
        rows,
        columns: [
          col("id", "list-id"),
          col("category", "list-category"),
          col("scene", "list-scene"),
          col("status", "list-status"),
          col("lead", "list-lead"),
          col("joint", "list-joint"),
          col("method", "list-method"),
        ],
      };
    }
    case "plans": {
      const all = ws.annualPlans.map((e) => e.value);
      const rows = all
        .filter((p) => match(filters.department, p.lead))
        .map((p) =>
          row(p, {
            id: p.id,
            year: p.year,
            lead: name(p.lead),
            items: p.items.join("、"),
            filedOn: p.filedOn,
            copiedTo: (p.copiedTo ?? []).map(name).join("、"),
          }),
        );
      return {
        total: all.length,
        rows,
        columns: [
          col("id", "list-id"),
          col("year", "list-year"),
          col("lead", "list-lead"),
          col("items", "list-items"),
          col("filedOn", "list-filed-on"),
          col("copiedTo", "list-copied-to"),
        ],
      };
    }
    case "campaigns": {
      const all = ws.campaigns.map((e) => e.value);
      const rows = all
        .filter(
          (c) =>
            match(filters.department, ...(c.departments ?? [])) &&
            (filters.township === undefined || (c.townships ?? []).includes(filters.township)),
        )
        .map((c) =>
          row(c, {
            id: c.id,
            plan: c.plan,
            round: c.round,
            dates: `${c.startDate} ~ ${c.endDate}`,
            townships: (c.townships ?? []).map(name).join("、"),
            objectsPerTeam: c.objectsPerTeam,
            linkage: c.linkage === false ? "-" : "✓",
            requestedBy: c.requestedBy ? name(c.requestedBy) : "",
          }),
        );
      return {
        total: all.length,
        rows,
        columns: [
          col("id", "list-id"),
          col("plan", "list-plan"),
          col("round", "list-round"),
          col("dates", "list-dates"),
          col("townships", "list-townships"),
          col("objectsPerTeam", "list-objects-per-team"),
          col("linkage", "list-linkage"),
          col("requestedBy", "list-requested-by"),
        ],
      };
    }
  }
}

export function renderTable(listing: Listing, lang: Lang, colour: boolean): string {
  const table = new Table({
    head: listing.columns.map((c) => c[lang]),
    style: colour ? { compact: true } : { head: [], border: [], compact: true },
  });
  for (const { cells } of listing.rows) table.push(listing.columns.map((c) => String(cells[c.key] ?? "")));
  return table.toString() + "\n";
}

/** CSV in UTF-8 with a BOM, so that Excel on Windows reads the Chinese correctly; CRLF as RFC 4180 says. */
export function renderCsv(listing: Listing, lang: Lang): string {
  const cell = (v: unknown) => {
    const s = String(v ?? "");
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [
    listing.columns.map((c) => cell(c[lang])).join(","),
    ...listing.rows.map(({ cells }) => listing.columns.map((c) => cell(cells[c.key])).join(",")),
  ];
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}

export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

export function renderYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}
