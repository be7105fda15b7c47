import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { message, term, type Lang, type UiKey } from "../i18n/messages.js";
import type { DrawRecord } from "../draw/record.js";
import { currentTeamObjects } from "../draw/record.js";
import type { Workspace } from "../registries/model.js";
import { csvOutputEncodings, encodeCsv, toCsv, type CsvOutputEncoding, type OutCell } from "../util/csv-write.js";
import { UsageError } from "../diagnostics/errors.js";
import { cmp } from "../diagnostics/diagnostic.js";
import { readRecord, resolveRecordPath } from "../draw/record-file.js";
import { openFor } from "./context.js";
import { defineCommand } from "./declare.js";
import { registryTable } from "../spreadsheets/registry-rows.js";
import { csvColumns, outcomeWords, reasonWords } from "../results/import-csv.js";
import { DepartmentNames } from "../spreadsheets/department-names.js";
import { writeXlsx, type OutSheet } from "../spreadsheets/xlsx-write.js";
import { toPosix, writeFileAtomic } from "../util/fs.js";
import type { CommandOutput } from "./import.js";

export const exportKinds = ["objects", "inspectors", "departments", "items", "draw", "results"] as const;
export type ExportKind = (typeof exportKinds)[number];

export interface ExportCommandOptions {
  kind: ExportKind;
  format: "xlsx" | "csv";
  encoding: CsvOutputEncoding;
  /** A file, "-" for standard output (UTF-8 CSV only), or undefined for <kind>.<format> in the current folder. */
  out?: string;
  force: boolean;
  cwd: string;
  lang: Lang;
  /** For `export draw`: the record, already read. */
  record?: DrawRecord;
}

const say = (key: string, params: Record<string, string | number>, lang: Lang) => message(key as UiKey, params, lang);

/**
 * The sheets of each kind: a function from the workspace to sheets; everything else (format, encoding, the writing rule) is shared.
 */
export const exportTables: Record<
  ExportKind,
  ((ws: Workspace, lang: Lang, record?: DrawRecord) => OutSheet[]) | undefined
> = {
  objects: (ws, lang) => registrySheet(ws, "objects", lang),
  inspectors: (ws, lang) => registrySheet(ws, "inspectors", lang),
  departments: (ws, lang) => registrySheet(ws, "departments", lang),
  items: itemSheets,
  draw: (ws, lang, record) => (record ? drawSheets(ws, record, lang) : []),
  results: resultSheets,
};

/**
 * Every result entered, one row per object and department, in the columns `results import` reads
 * (so that a sheet filled in from it goes back in): Chinese headers and words (English: the field
 * names and values), departments by name.
 */
function resultSheets(ws: Workspace, lang: Lang): OutSheet[] {
  const zh = lang === "zh";
  const names = new DepartmentNames(ws.departments.map((d) => d.value));
  const headerOf = new Map((ws.resultFiles ?? []).map((f) => [f.file, f.value]));
  const word = <T extends string>(words: Record<string, T>, value: T | undefined) =>
    value === undefined ? null : zh ? (Object.keys(words).find((k) => words[k] === value) ?? value) : value;
  const columns = [
    "campaign",
    "department",
    "object",
    "inspectedOn",
    "signature",
    "witness",
    "recorder",
    "townshipStaff",
    "inspectors",
    "outcome",
    "deadline",
    "referredTo",
    "reason",
    "seriousViolation",
    "findings",
    "enteredOn",
  ] as const;
  const rows: OutCell[][] = (ws.results ?? []).map(({ value: r, file }) => {
    const h = headerOf.get(file);
    const cells: Record<(typeof columns)[number], OutCell> = {
      campaign: h?.campaign ?? null,
      department: h ? (zh ? names.nameFor(h.department) : h.department) : null,
      object: r.object,
      inspectedOn: r.inspectedOn,
      signature:
        r.signature === undefined ? null : zh ? (r.signature === "signed" ? "已签字" : "拒绝签字") : r.signature,
      witness: r.refusal?.witness ?? null,
      recorder: r.refusal?.recorder ?? null,
      townshipStaff: r.townshipStaff ?? null,
      inspectors: r.inspectors?.join("、") ?? null,
      outcome: word(outcomeWords, r.outcome),
      deadline: r.deadline ?? null,
      referredTo: r.referredTo ?? null,
      reason: word(reasonWords, r.reason),
      seriousViolation: r.seriousViolation ?? null,
      findings: r.findings ?? null,
      enteredOn: r.enteredOn,
    };
    return columns.map((c) => cells[c]);
  });
  rows.sort(compareResultRows);
  return [
    {
      name: zh ? "检查结果" : "Results",
      header: columns.map((c) => csvColumns[c][zh ? 1 : 0] as string),
      rows,
    },
  ];
}

/**
 * The order of the results sheet: by campaign, department, object and day inspected, each compared
 * whole (joined together, “AB” + “C” and “A” + “BC” were the same); rows alike in all four
 * keep the order they were entered in.
 */
export function compareResultRows(a: readonly OutCell[], b: readonly OutCell[]): number {
  for (let i = 0; i < 4; i++) {
    const order = cmp(String(a[i] ?? ""), String(b[i] ?? ""));
    if (order !== 0) return order;
  }
  return 0;
}

function registrySheet(ws: Workspace, kind: "objects" | "inspectors" | "departments", lang: Lang): OutSheet[] {
  const t = registryTable(
    kind,
    (ws[kind] as { value: unknown }[]).map((e) => e.value as Record<string, unknown>),
    ws.departments.map((d) => d.value),
    lang,
  );
  return [{ name: term(kind, lang), header: t.header, rows: t.rows }];
}

function itemSheets(ws: Workspace, lang: Lang): OutSheet[] {
  const names = new DepartmentNames(ws.departments.map((d) => d.value));
  const dept = (id: string) => names.nameFor(id);
  const h = (zh: string, en: string) => (lang === "zh" ? zh : en);
  const items: OutCell[][] = ws.items.map(({ value: i }) => [
    i.id,
    i.category,
    i.scene,
    term(i.status, lang),
    dept(i.lead),
    i.joint.map(dept).join("、"),
    i.method.map((m) => term(m, lang)).join("、"),
    i.tiers.trusted.ratio,
    i.tiers.general.ratio,
    i.tiers.focus.ratio,
  ]);
  const tasks: OutCell[][] = ws.items.flatMap(({ value: i }) =>
    i.tasks.flatMap((t) =>
      t.checks.map((c) => [
        i.id,
        i.scene,
        dept(t.department),
        t.inspectors,
        t.qualification ?? null,
        c.content,
        c.requirement,
        c.legalBasis,
        c.method ? term(c.method, lang) : null,
      ]),
    ),
  );
  return [
    {
      name: h("事项清单", "Items"),
      header: [
        h("编号", "Id"),
        h("大类", "Category"),
        h("场景", "Scene"),
        h("状态", "Status"),
        h("牵头部门", "Lead"),
        h("联合部门", "Joint"),
        h("检查方式", "Methods"),
        h("信任对象比例", "Ratio trusted"),
        h("一般监管对象比例", "Ratio general"),
        h("重点监管对象比例", "Ratio focus"),
      ],
      rows: items,
    },
    {
      name: h("任务清单", "Tasks"),
      header: [
        h("事项", "Item"),
        h("场景", "Scene"),
        h("部门", "Department"),
        h("人数", "Inspectors"),
        h("资质", "Qualification"),
        h("检查内容", "Content"),
        h("检查要求", "Requirement"),
        h("法律依据", "Legal basis"),
        h("检查方式", "Method"),
      ],
      rows: tasks,
    },
  ];
}

function drawSheets(ws: Workspace, record: DrawRecord, lang: Lang): OutSheet[] {
  const names = new DepartmentNames(ws.departments.map((d) => d.value));
  const objectName = new Map(ws.objects.map((o) => [o.value.id, o.value.name]));
  const person = new Map(ws.inspectors.map((i) => [i.value.id, i.value]));
  const tickets = new Map<string, { stratum: string; ticket: string }>();
  for (const s of record.strata)
    for (const p of [...s.selected, ...s.reserve]) tickets.set(p.object, { stratum: s.id, ticket: p.ticket });
  const t = (k: string) => term(k, lang);
  const objects: OutCell[][] = record.teams.flatMap((team) =>
    currentTeamObjects(record, team).map((object, i) => [
      record.campaign,
      record.attempt,
      team.id,
      names.nameFor(team.township, "township"),
      i + 1,
      object,
      objectName.get(object) ?? null,
      tickets.get(object)?.stratum ?? null,
      tickets.get(object)?.ticket ?? null,
    ]),
  );
  const members: OutCell[][] = record.teams.flatMap((team) =>
    team.members.map((m) => [
      team.id,
      names.nameFor(m.department),
      person.get(m.inspector)?.name ?? m.inspector,
      m.inspector,
      person.get(m.inspector)?.certificate.number ?? null,
      m.role === "joint" ? (lang === "zh" ? "联合" : "joint") : t(`role-${m.role}`),
    ]),
  );
  return [
    {
      name: lang === "zh" ? "抽中对象" : "Objects",
      header: [
        lang === "zh" ? "工作方案" : "Campaign",
        t("col-attempt"),
        t("col-team"),
        t("col-township"),
        t("col-order"),
        t("col-object"),
        t("col-name"),
        t("col-stratum"),
        t("col-ticket"),
      ],
      rows: objects,
    },
    {
      name: lang === "zh" ? "检查组成员" : "Team members",
      header: [
        t("col-team"),
        t("list-department"),
        t("list-person-name"),
        t("list-id"),
        t("list-certificate"),
        lang === "zh" ? "角色" : "Role",
      ],
      rows: members,
    },
  ];
}

/** `checkonce export`: the tables of a kind as XLSX or CSV, by the tool's one writing rule. */
export async function runExport(ws: Workspace, options: ExportCommandOptions): Promise<CommandOutput> {
  const { lang } = options;
  const build = exportTables[options.kind];
  if (!build)
    return { stdout: "", stderr: say("export-not-available", { kind: options.kind }, lang) + "\n", exitCode: 2 };
  const sheets = build(ws, lang, options.record);
  const toStdout = options.out === "-";
  if (toStdout && (options.format !== "csv" || options.encoding !== "utf-8"))
    return { stdout: "", stderr: say("export-stdout-csv", {}, lang) + "\n", exitCode: 2 };
  const suffix = options.kind === "draw" && options.record ? `-${options.record.campaign}` : "";
  const target = resolve(options.cwd, options.out ?? `${options.kind}${suffix}.${options.format}`);
  const shown = toPosix(relative(options.cwd, target)) || target;
  if (!toStdout && existsSync(target) && !options.force)
    return { stdout: "", stderr: say("export-exists", { file: shown }, lang) + "\n", exitCode: 2 };
  let bytes: Uint8Array;
  if (options.format === "xlsx") bytes = await writeXlsx(sheets);
  else {
    // A CSV holds one table: the first sheet (the entries; for items and draws their main table).
    const sheet = sheets[0] as OutSheet;
    const csv = toCsv([sheet.header, ...sheet.rows]);
    if (toStdout) return { stdout: csv, stderr: "", exitCode: 0 };
    const encoded = encodeCsv(csv, options.encoding);
    if (!encoded.ok)
      return {
        stdout: "",
        stderr: say("export-char-not-gbk", { char: encoded.char, line: encoded.line }, lang) + "\n",
        exitCode: 1,
      };
    bytes = encoded.bytes;
  }
  writeFileAtomic(target, bytes);
  const rows = sheets.reduce((n, s) => n + s.rows.length, 0);
  return {
    stdout: say("export-written", { file: shown, rows, sheets: sheets.length }, lang) + "\n",
    stderr: "",
    exitCode: 0,
  };
}

interface ExportOptions {
  format?: "xlsx" | "csv";
  encoding: CsvOutputEncoding;
  out?: string;
  force?: boolean;
}

/** `checkonce export <kind> [record]` (issue 10). */
export const exportCommand = defineCommand<ExportOptions>({
  name: "export",
  help: "cmd-export",
  args: [
    { name: "<kind>", help: "arg-export-kind" },
    { name: "[record]", help: "arg-export-record" },
  ],
  options: [
    { flags: "-f, --format <format>", help: "opt-format-export", choices: ["xlsx", "csv"] },
    { flags: "--encoding <encoding>", help: "opt-encoding-export", choices: csvOutputEncodings, default: "utf-8" },
    { flags: "-o, --out <file>", help: "opt-out-export" },
    { flags: "--force", help: "opt-force-export" },
  ],
  async run(ctx, [kind = "", ref], opts) {
    if (!(exportKinds as readonly string[]).includes(kind))
      throw new UsageError("unknown-kind", { kind, allowed: exportKinds.join(", ") });
    const opened = openFor(ctx);
    let record: DrawRecord | undefined;
    if (kind === "draw") {
      if (ref === undefined) throw new UsageError("export-needs-record");
      const path = resolveRecordPath(opened.workspace.root, ctx.io.cwd, ref);
      record = readRecord(path.abs, path.rel).record;
    }
    const out = await runExport(opened.workspace, {
      kind: kind as ExportKind,
      // The format follows -o when not given: "-" or a .csv file is CSV, anything else XLSX.
      format: opts.format ?? (opts.out === "-" || /\.csv$/i.test(opts.out ?? "") ? "csv" : "xlsx"),
      encoding: opts.encoding,
      out: opts.out,
      force: opts.force === true,
      cwd: ctx.io.cwd,
      lang: opened.lang,
      record,
    });
    if (out.stdout) ctx.io.stdout(out.stdout);
    if (out.stderr) ctx.io.stderr(out.stderr);
    return out.exitCode;
  },
});
