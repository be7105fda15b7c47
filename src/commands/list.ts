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

const col = (key: string, en: string, zh: string): Column => ({ key, en, zh });
const row = (entry: unknown, cells: Record<string, string | number>) => ({ entry, cells });

/** The rows a `list` shows: one record per entry, flattened for a table or CSV, filtered. */
export function listEntries(ws: Workspace, kind: ListKind, filters: ListFilters, lang: Lang): Listing {
  const deptName = new Map(ws.departments.map((d) => [d.value.id, d.value.shortName ?? d.value.name]));
  const name = (id: string) => deptName.get(id) ?? id;
  const t = (word: string) => term(word, lang);
  const match = (wanted: string | undefined, ...values: (string | undefined)[]) => wanted === undefined || values.includes(wanted);
  switch (kind) {
    case "objects": {
      const all = ws.objects.map((e) => e.value);
      const rows = all
        .map((o) => ({ o, tier: objectTier(o, ws.config.policy) }))
        .filter(({ o, tier }) => match(filters.township, o.township) && match(filters.tier, tier) && match(filters.status, o.status) && match(filters.category, o.category))
        .map(({ o, tier }) => row({ ...o, tier }, { id: o.id, name: o.name, category: o.category, scene: o.scene, township: name(o.township), status: t(o.status), creditGrade: o.creditGrade, tier: t(tier) + (o.tier ? "" : "*"), complaints12m: o.complaints12m ?? 0 }));
      return {
        total: all.length,
        rows,
        columns: [col("id", "Credit code", "统一社会信用代码"), col("name", "Name", "名称"), col("category", "Category", "大类"), col("scene", "Scene", "场景"), col("township", "Township", "乡镇"), col("status", "Status", "状态"), col("creditGrade", "Grade", "信用"), col("tier", "Tier", "等级"), col("complaints12m", "Complaints", "投诉")],
      };
    }
    case "inspectors": {
      const all = ws.inspectors.map((e) => e.value);
      const rows = all
        .filter((i) => match(filters.department, i.department) && match(filters.township, i.department) && match(filters.status, i.status))
        .map((i) => row(i, { id: i.id, name: i.name, department: name(i.department), certificate: i.certificate.number, validTo: i.certificate.validTo, qualifications: (i.qualifications ?? []).join("、"), status: t(i.status), recusals: (i.recusals ?? []).length }));
      return {
        total: all.length,
        rows,
        columns: [col("id", "Id", "编号"), col("name", "Name", "姓名"), col("department", "Department", "部门"), col("certificate", "Certificate", "执法证号"), col("validTo", "Valid to", "有效期至"), col("qualifications", "Qualifications", "资质"), col("status", "Status", "状态"), col("recusals", "Recusals", "回避")],
      };
    }
    case "departments": {
      const all = ws.departments.map((e) => e.value);
      const inspectors = new Map<string, number>();
      for (const { value } of ws.inspectors) inspectors.set(value.department, (inspectors.get(value.department) ?? 0) + 1);
      const rows = all
        .filter((d) => match(filters.department, d.id) && match(filters.township, d.id) && match(filters.status, d.kind))
        .map((d) => row(d, { id: d.id, name: d.name, kind: t(d.kind), liaison: d.liaison?.name ?? "", leader: d.leader?.name ?? "", inspectors: inspectors.get(d.id) ?? 0 }));
      return {
        total: all.length,
        rows,
        columns: [col("id", "Id", "编号"), col("name", "Name", "名称"), col("kind", "Kind", "类型"), col("liaison", "Liaison officer", "联络员"), col("leader", "Leader", "分管领导"), col("inspectors", "Inspectors", "执法人员")],
      };
    }
    case "items": {
      const all = ws.items.map((e) => e.value);
      const rows = all
        .filter((i) => match(filters.department, i.lead, ...i.joint) && match(filters.status, i.status) && match(filters.category, i.category))
        .map((i) => row(i, { id: i.id, category: i.category, scene: i.scene, status: t(i.status), lead: name(i.lead), joint: i.joint.map(name).join("、"), method: i.method.map(t).join("、") }));
      return {
        total: all.length,
        rows,
        columns: [col("id", "Id", "编号"), col("category", "Category", "大类"), col("scene", "Scene", "场景"), col("status", "Status", "状态"), col("lead", "Lead", "牵头部门"), col("joint", "Joint", "联合部门"), col("method", "Method", "检查方式")],
      };
    }
    case "plans": {
      const all = ws.annualPlans.map((e) => e.value);
      const rows = all.filter((p) => match(filters.department, p.lead)).map((p) => row(p, { id: p.id, year: p.year, lead: name(p.lead), items: p.items.join("、"), filedOn: p.filedOn, copiedTo: (p.copiedTo ?? []).map(name).join("、") }));
      return {
        total: all.length,
        rows,
        columns: [col("id", "Id", "编号"), col("year", "Year", "年度"), col("lead", "Lead", "牵头部门"), col("items", "Items", "事项"), col("filedOn", "Filed on", "备案日期"), col("copiedTo", "Copied to", "抄送")],
      };
    }
    case "campaigns": {
      const all = ws.campaigns.map((e) => e.value);
      const rows = all
        .filter((c) => match(filters.department, ...(c.departments ?? [])) && (filters.township === undefined || (c.townships ?? []).includes(filters.township)))
        .map((c) => row(c, { id: c.id, plan: c.plan, round: c.round, dates: `${c.startDate} ~ ${c.endDate}`, townships: (c.townships ?? []).map(name).join("、"), objectsPerTeam: c.objectsPerTeam, linkage: c.linkage === false ? "-" : "✓", requestedBy: c.requestedBy ? name(c.requestedBy) : "" }));
      return {
        total: all.length,
        rows,
        columns: [col("id", "Id", "编号"), col("plan", "Plan", "年度计划"), col("round", "Round", "轮次"), col("dates", "Dates", "时间"), col("townships", "Townships", "乡镇"), col("objectsPerTeam", "Per team", "每组对象"), col("linkage", "Linkage", "县乡联动"), col("requestedBy", "Requested by", "申请乡镇")],
      };
    }
  }
}

export function renderTable(listing: Listing, lang: Lang, colour: boolean): string {
  const table = new Table({ head: listing.columns.map((c) => c[lang]), style: colour ? { compact: true } : { head: [], border: [], compact: true } });
  for (const { cells } of listing.rows) table.push(listing.columns.map((c) => String(cells[c.key] ?? "")));
  return table.toString() + "\n";
}

/** CSV in UTF-8 with a BOM, so that Excel on Windows reads the Chinese correctly; CRLF as RFC 4180 says. */
export function renderCsv(listing: Listing, lang: Lang): string {
  const cell = (v: unknown) => {
    const s = String(v ?? "");
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [listing.columns.map((c) => cell(c[lang])).join(","), ...listing.rows.map(({ cells }) => listing.columns.map((c) => cell(cells[c.key])).join(","))];
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}

export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

export function renderYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}
