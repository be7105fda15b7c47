import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { MessageParams } from "../i18n/messages.js";
import { indexById, type Workspace } from "../registries/model.js";
import { checkCalendarConfig } from "./calendar.js";
import { checkResult, placeProblems, resultContext } from "./check-result.js";
import type { ResultsModel } from "./load-results.js";
import { checkResultLineOrder, isResultLine, resultKey } from "./result-ledger.js";
import { loadResultsModel, type ResultsModel as Model } from "./load-results.js";
import type { WorkspaceCheck } from "../workspace/open-workspace.js";

/** `validate`'s check of results: only when there are results, or result lines in the ledger. */
export const checkResultsInWorkspace: WorkspaceCheck = (ws, context) => {
  const model: Model = loadResultsModel(ws);
  if ((ws.resultFiles ?? []).length === 0 && !model.lines.some(isResultLine) && (ws.config.calendar ?? []).length === 0)
    return [];
  return checkResults(ws, model, { today: context.today, locate: context.locate });
};

export interface ResultsCheckOptions {
  today: string;
  locate: (file: string, pointer: string) => { line: number; col: number };
}

/**
 * What `validate` checks of results beyond their schema: where each file is, whose results they
 * are, every result against its campaign's draw (check-result.ts), duplicates, and that each file
 * holds what the ledger sealed (a change made by hand shows here and in `verify --ledger`).
 */
export function checkResults(ws: Workspace, model: ResultsModel, options: ResultsCheckOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (
    file: string,
    pointer: string,
    code: string,
    params: MessageParams,
    severity: Diagnostic["severity"] = "error",
  ) => {
    const { line, col } = pointer === "" && file !== "" ? { line: 1, col: 1 } : options.locate(file, pointer);
    out.push({ file, line, col, pointer, code, severity, params });
  };
  out.push(
    ...checkCalendarConfig(ws.config.calendar ?? [], "checkonce.yaml").map((d) => ({
      ...d,
      ...options.locate(d.file, d.pointer),
    })),
  );
  const departments = indexById(ws.departments);
  for (const c of model.campaigns) {
    if (c.files.length === 0) continue;
    const first = c.files[0] as (typeof c.files)[number];
    if (!c.located) {
      for (const f of c.files) at(f.file, "/campaign", "results-unknown-campaign", { campaign: c.campaign });
      continue;
    }
    if (c.drawError) {
      at(first.file, "/campaign", "results-draw-unreadable", {
        campaign: c.campaign,
        record: String(c.drawError.params.record ?? ""),
      });
      continue;
    }
    if (!c.draw) {
      for (const f of c.files) at(f.file, "/campaign", "results-not-drawn", { campaign: c.campaign });
      continue;
    }
    const byDepartment = new Map<string, string>();
    for (const f of c.files) {
      const { department, attempt } = f.value;
      if (!f.file.startsWith(`results/${c.campaign}/`))
        at(f.file, "/campaign", "results-file-place", {
          campaign: c.campaign,
          expected: `results/${c.campaign}/${department}.yaml`,
        });
      if (attempt !== c.draw.record.attempt)
        at(f.file, "/attempt", "results-attempt-mismatch", {
          attempt,
          current: c.draw.record.attempt,
          campaign: c.campaign,
        });
      const d = departments.get(department)?.value;
      if (!d) at(f.file, "/department", "unknown-department", { id: department });
      else if (d.kind !== "county")
        at(f.file, "/department", "department-kind", { id: department, actual: d.kind, expected: "county" });
      const other = byDepartment.get(department);
      if (other !== undefined) at(f.file, "/department", "results-department-twice", { department, first: other });
      else byDepartment.set(department, f.file);
    }
    const ctx = resultContext(ws, c.campaign, c.draw, model.calendar, options.today, false);
    for (const r of c.results) {
      out.push(...placeProblems(checkResult(ctx, r.department, r.entry), r, options.locate));
      if (!r.ledger) at(r.file, r.pointer, "result-not-ledgered", { object: r.object, department: r.department });
      else if (!r.sealed)
        at(r.file, r.pointer, "result-changed-outside", {
          object: r.object,
          department: r.department,
          seq: r.ledger.seq,
        });
    }
  }
  // Duplicates: the model keeps the first of each object × department.
  const headers = new Map((ws.resultFiles ?? []).map((f) => [f.file, f.value]));
  const first = new Map<string, { file: string; pointer: string }>();
  for (const r of ws.results ?? []) {
    const h = headers.get(r.file);
    if (!h) continue;
    const key = resultKey(h.campaign, h.department, r.value.object);
    const seen = first.get(key);
    if (seen)
      at(r.file, `${r.pointer}/object`, "result-duplicate", {
        object: r.value.object,
        department: h.department,
        first: `${seen.file}:${options.locate(seen.file, seen.pointer).line}`,
      });
    else first.set(key, r);
  }
  // Ledgered results that no file holds any more.
  const inFiles = new Set(first.keys());
  const gone = new Map<string, { seq: number; campaign: string; department: string; object: string }>();
  for (const l of model.lines) if (isResultLine(l)) gone.set(resultKey(l.campaign, l.department, l.object), l);
  for (const [key, l] of gone)
    if (!inFiles.has(key))
      at(`results/${l.campaign}/${l.department}.yaml`, "", "result-missing-from-files", {
        object: l.object,
        department: l.department,
        campaign: l.campaign,
        seq: l.seq,
      });
  return out;
}

/** `verify --ledger`'s part for results: the order of result lines and every file against its last line. */
export function verifyResultsLedger(model: ResultsModel): string[] {
  const problems = checkResultLineOrder(model.lines);
  for (const c of model.campaigns)
    for (const r of c.results) {
      if (!r.ledger)
        problems.push(`${r.file}: the result of ${r.department} for ${r.object} was never entered in the ledger`);
      else if (!r.sealed)
        problems.push(
          `${r.file}: the result of ${r.department} for ${r.object} differs from ledger line ${r.ledger.seq} (changed by hand; amend it with checkonce results add --amend --reason)`,
        );
    }
  const present = new Set(
    model.campaigns.flatMap((c) => c.results.map((r) => resultKey(r.campaign, r.department, r.object))),
  );
  const ledgered = new Map<string, number>();
  for (const l of model.lines) if (isResultLine(l)) ledgered.set(resultKey(l.campaign, l.department, l.object), l.seq);
  for (const [key, seq] of ledgered)
    if (!present.has(key)) {
      const [campaign, department, object] = key.split("\0");
      problems.push(
        `ledger line ${seq}: the result of ${department} for ${object} in ${campaign} is missing from results/`,
      );
    }
  return problems;
}
