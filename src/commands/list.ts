import { objectTier, type Workspace } from "../registries/model.js";
import { term, type Lang } from "../i18n/messages.js";
import { ExitCode, UsageError } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import { renderCsv, renderJson, renderTable, type Column, type Listing } from "../util/listing.js";
import { colourOn, openFor, reportUnused } from "./context.js";
import { defineCommand } from "./declare.js";

export const listKinds = ["objects", "inspectors", "departments", "items", "plans", "campaigns"] as const;
export type ListKind = (typeof listKinds)[number];

export interface ListFilters {
  township?: string;
  tier?: string;
  department?: string;
  status?: string;
  category?: string;
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

/** The values --status takes for each kind (for departments it filters their kind). */
const statuses: Record<ListKind, readonly string[]> = {
  objects: ["active", "suspended", "revoked", "closed"],
  inspectors: ["active", "inactive"],
  departments: ["county", "township", "upper"],
  items: ["proposed", "approved", "published"],
  plans: [],
  campaigns: [],
};

/**
 * A filter that can match nothing is a mistake (`--status activ`, a township id mistyped), not an
 * empty list: a usage error naming what is allowed.
 */
function checkFilters(ws: Workspace, kind: ListKind, filters: ListFilters): void {
  const allowed = statuses[kind];
  if (filters.status !== undefined && !allowed.includes(filters.status))
    throw new UsageError("invalid-option", {
      option: "--status",
      value: filters.status,
      allowed: allowed.length > 0 ? allowed.join(", ") : `(none for ${kind})`,
    });
  const ids = (list: readonly { value: { id: string; kind: string } }[], wanted: (k: string) => boolean) =>
    list.filter((d) => wanted(d.value.kind)).map((d) => d.value.id);
  for (const [option, value, known] of [
    ["--township", filters.township, ids(ws.departments, (k) => k === "township")],
    ["--department", filters.department, ids(ws.departments, () => true)],
  ] as const) {
    if (value !== undefined && !known.includes(value))
      throw new UsageError("invalid-option", {
        option,
        value,
        allowed: known.slice(0, 30).join(", ") + (known.length > 30 ? ", …" : ""),
      });
  }
}

interface ListOptions extends ListFilters {
  format: "table" | "json" | "csv";
}

/** `checkonce list <kind>`: a registry's entries as a table, JSON or CSV, filtered. */
export const listCommand = defineCommand<ListOptions>({
  name: "list",
  help: "cmd-list",
  args: [{ name: "<kind>" }],
  options: [
    { flags: "-f, --format <format>", help: "opt-format-list", choices: ["table", "json", "csv"], default: "table" },
    { flags: "--township <id>", help: "opt-township" },
    { flags: "--tier <tier>", help: "opt-tier", choices: ["trusted", "general", "focus"] },
    { flags: "--department <id>", help: "opt-department" },
    { flags: "--status <status>", help: "opt-status" },
    { flags: "--category <category>", help: "opt-category" },
  ],
  run(ctx, [kind], options) {
    if (kind === undefined || !(listKinds as readonly string[]).includes(kind))
      throw new UsageError("unknown-kind", { kind: kind ?? "", allowed: listKinds.join(", ") });
    const opened = openFor(ctx);
    checkFilters(opened.workspace, kind as ListKind, options);
    const listing = listEntries(opened.workspace, kind as ListKind, options, opened.lang);
    if (options.format === "json") ctx.io.stdout(renderJson(listing.rows.map((r) => r.entry)));
    else if (options.format === "csv") ctx.io.stdout(renderCsv(listing, opened.lang));
    else {
      ctx.io.stdout(
        listing.rows.length === 0
          ? message("list-empty", {}, opened.lang) + "\n"
          : renderTable(listing, opened.lang, colourOn(ctx)),
      );
      ctx.io.stdout(message("list-count", { count: listing.rows.length, total: listing.total }, opened.lang) + "\n");
    }
    return reportUnused(ctx, opened) ? ExitCode.findings : ExitCode.ok;
  },
});
