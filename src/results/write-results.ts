import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isSeq, parseDocument, type Document } from "yaml";
import { canonicalJson } from "../util/canonical-json.js";
import { appendLedger, type LedgerLine } from "../ledger/ledger.js";
import { withDrawLock, type LockOptions } from "../ledger/lock.js";
import type { MessageParams } from "../i18n/messages.js";
import type { Workspace } from "../registries/model.js";
import { writeFileAtomic } from "../util/fs.js";
import { checkResult, resultContext, type ResultProblem } from "./check-result.js";
import type { ResultsModel, ResultState } from "./load-results.js";
import { resultValues, type Result, type ResultValues } from "./outcomes.js";
import { resultDigest, resultKey } from "./result-ledger.js";
import type { Reinspection } from "../generated/results.js";

export const RESULTS_DIR = "results";
export const resultsFilePath = (campaign: string, department: string) =>
  `${RESULTS_DIR}/${campaign}/${department}.yaml`;

/** One result as given (a row of a CSV, the answers of `results add`). */
export interface IncomingResult {
  department: string;
  values: ResultValues;
  /** Where it came from, for messages: “row 4”, “--deadline”. */
  source: string;
}

export type ResultChange =
  | { kind: "add"; campaign: string; department: string; object: string; entry: Result }
  | { kind: "amend"; campaign: string; department: string; object: string; entry: Result; reason: string }
  | { kind: "reinspect"; campaign: string; department: string; object: string; entry: Result }
  | { kind: "unchanged"; campaign: string; department: string; object: string };

export interface PlannedProblem {
  /** Index of the incoming result it is about. */
  index: number;
  source: string;
  problem: ResultProblem;
}

export interface ResultsPlan {
  campaign: string;
  attempt: number;
  changes: ResultChange[];
  problems: PlannedProblem[];
}

/** The order keys are written in: the order an officer reads a result. */
const keyOrder: (keyof Result)[] = [
  "object",
  "inspectedOn",
  "enteredOn",
  "signature",
  "refusal",
  "townshipStaff",
  "inspectors",
  "outcome",
  "deadline",
  "referredTo",
  "reason",
  "seriousViolation",
  "findings",
  "amendments",
  "reinspections",
];
export function orderedResult(entry: Result): Result {
  const out: Record<string, unknown> = {};
  for (const k of keyOrder) if (entry[k] !== undefined) out[k] = entry[k];
  return out as unknown as Result;
}

/** The values compared when a result comes again: the day it was entered is not part of what was found. */
const comparable = (v: ResultValues) => canonicalJson({ ...v, enteredOn: undefined });

/**
 * Plan, no I/O: each incoming result is new (added), the same as the one on file (nothing
 * changes: a re-import), or different (an amendment when `amendReason` is given, else refused).
 * Every result is checked as it would be written; any problem refuses the whole plan.
 */
export function planResults(
  ws: Workspace,
  model: ResultsModel,
  campaign: string,
  incoming: readonly IncomingResult[],
  options: { amendReason?: string; today: string },
): ResultsPlan {
  const c = model.campaigns.find((x) => x.campaign === campaign);
  const problems: PlannedProblem[] = [];
  const changes: ResultChange[] = [];
  const say = (index: number, code: string, params: MessageParams, field = "") =>
    problems.push({
      index,
      source: incoming[index]?.source ?? "",
      problem: { code, severity: "error", field, params },
    });
  if (!c?.draw) {
    say(
      0,
      c?.located || ws.campaigns.some((x) => x.value.id === campaign)
        ? "results-not-drawn"
        : "results-unknown-campaign",
      {
        campaign,
      },
    );
    return { campaign, attempt: 0, changes, problems };
  }
  const ctx = resultContext(ws, campaign, c.draw, model.calendar, options.today);
  const existing = new Map<string, ResultState>(c.results.map((r) => [resultKey(campaign, r.department, r.object), r]));
  const seen = new Map<string, number>();
  incoming.forEach((inc, index) => {
    const key = resultKey(campaign, inc.department, inc.values.object);
    const twice = seen.get(key);
    if (twice !== undefined) {
      say(index, "result-given-twice", {
        object: inc.values.object,
        department: inc.department,
        first: incoming[twice]?.source ?? "",
      });
      return;
    }
    seen.set(key, index);
    const department = ws.departments.find((d) => d.value.id === inc.department)?.value;
    if (!department) return say(index, "unknown-department", { id: inc.department }, "/department");
    if (department.kind !== "county")
      return say(
        index,
        "department-kind",
        { id: inc.department, actual: department.kind, expected: "county" },
        "/department",
      );
    const old = existing.get(key);
    let entry: Result;
    if (!old) entry = orderedResult({ ...inc.values });
    else {
      if (old.ledger && !old.sealed)
        return say(index, "result-changed-outside", {
          object: old.object,
          department: old.department,
          seq: old.ledger.seq,
        });
      if (comparable(resultValues(old.entry)) === comparable(inc.values)) {
        if (old.ledger)
          changes.push({ kind: "unchanged", campaign, department: inc.department, object: inc.values.object });
        // Written but never ledgered (an interrupted run, or typed in by hand): entering it seals it.
        else changes.push({ kind: "add", campaign, department: inc.department, object: old.object, entry: old.entry });
        return;
      }
      if (options.amendReason === undefined || options.amendReason.trim().length < 2)
        return say(index, "result-differs-needs-amend", {
          object: inc.values.object,
          department: inc.department,
          entered: old.entry.enteredOn,
        });
      entry = orderedResult({
        ...inc.values,
        enteredOn: old.entry.enteredOn,
        amendments: [
          ...(old.entry.amendments ?? []),
          {
            amendedOn: options.today,
            reason: options.amendReason.trim(),
            previous: orderedResult(resultValues(old.entry)),
          },
        ],
        ...(old.entry.reinspections ? { reinspections: old.entry.reinspections } : {}),
      });
    }
    for (const problem of checkResult(ctx, inc.department, entry))
      if (problem.severity === "error") problems.push({ index, source: inc.source, problem });
    changes.push(
      old
        ? {
            kind: "amend",
            campaign,
            department: inc.department,
            object: entry.object,
            entry,
            reason: (options.amendReason ?? "").trim(),
          }
        : { kind: "add", campaign, department: inc.department, object: entry.object, entry },
    );
  });
  return { campaign, attempt: c.draw.record.attempt, changes, problems };
}

export interface IncomingReinspection {
  object: string;
  department: string;
  reinspection: Reinspection;
}

/** Plan a re-inspection: of a rectification order, by the department that gave it (实施方案 二(二)5). */
export function planReinspection(
  ws: Workspace,
  model: ResultsModel,
  campaign: string,
  incoming: IncomingReinspection,
  today: string,
): ResultsPlan {
  const c = model.campaigns.find((x) => x.campaign === campaign);
  const problems: PlannedProblem[] = [];
  const say = (code: string, params: MessageParams, field = "") =>
    problems.push({ index: 0, source: "", problem: { code, severity: "error", field, params } });
  if (!c?.draw) {
    say(c?.located ? "results-not-drawn" : "results-unknown-campaign", { campaign });
    return { campaign, attempt: 0, changes: [], problems };
  }
  const old = c.results.find((r) => r.object === incoming.object && r.department === incoming.department);
  if (!old) {
    const ordering = c.results.filter(
      (r) => r.object === incoming.object && r.entry.outcome === "rectification-ordered",
    );
    say("reinspection-no-order", {
      object: incoming.object,
      department: incoming.department,
      ordering: ordering.map((r) => r.department).join(", ") || "-",
    });
    return { campaign, attempt: c.draw.record.attempt, changes: [], problems };
  }
  if (old.ledger && !old.sealed)
    say("result-changed-outside", { object: old.object, department: old.department, seq: old.ledger.seq });
  if (old.entry.outcome !== "rectification-ordered") {
    const ordering = c.results.filter(
      (r) => r.object === incoming.object && r.entry.outcome === "rectification-ordered",
    );
    say("reinspection-no-order", {
      object: incoming.object,
      department: incoming.department,
      ordering: ordering.map((r) => r.department).join(", ") || "-",
    });
  }
  const entry = orderedResult({
    ...old.entry,
    reinspections: [...(old.entry.reinspections ?? []), incoming.reinspection],
  });
  const ctx = resultContext(ws, campaign, c.draw, model.calendar, today);
  const index = (old.entry.reinspections ?? []).length;
  for (const problem of checkResult(ctx, incoming.department, entry))
    if (problem.severity === "error" && problem.field.startsWith(`/reinspections/${index}`))
      problems.push({ index: 0, source: "", problem });
  return {
    campaign,
    attempt: c.draw.record.attempt,
    changes: [{ kind: "reinspect", campaign, department: incoming.department, object: incoming.object, entry }],
    problems,
  };
}

const fileHeader = (campaign: string, department: string, depth: number) =>
  `# yaml-language-server: $schema=${"../".repeat(depth)}.checkonce/schemas/results.schema.json\n` +
  `# 检查结果：${campaign} ${department}（由 checkonce results 写入并记入台账；更改请用 checkonce results add --amend --reason）\n` +
  `# Results of ${department} in ${campaign}: written by checkonce and entered in the ledger; change them with --amend --reason.\n`;

/**
 * Writes a plan with no problems: each department's file atomically (through the `yaml` Document
 * API, so that comments a person added stay), then one ledger line per change, under the ledger's
 * lock. Returns the ledger lines written.
 */
export function writeResults(
  ws: Workspace,
  plan: ResultsPlan,
  now: () => string,
  lock: LockOptions = {},
): LedgerLine[] {
  if (plan.problems.length > 0) throw new Error("writeResults: the plan has problems");
  const changes = plan.changes.filter((c) => c.kind !== "unchanged") as Exclude<ResultChange, { kind: "unchanged" }>[];
  if (changes.length === 0) return [];
  return withDrawLock(ws.root, lock, () => {
    const byFile = new Map<string, typeof changes>();
    for (const c of changes) {
      const rel = existingFile(ws, plan.campaign, c.department) ?? resultsFilePath(plan.campaign, c.department);
      byFile.set(rel, [...(byFile.get(rel) ?? []), c]);
    }
    for (const [rel, list] of byFile) {
      const abs = join(ws.root, rel);
      const department = list[0]?.department ?? "";
      const doc = existsSync(abs)
        ? parseDocument(readFileSync(abs, "utf8"), { version: "1.2", uniqueKeys: true, merge: false })
        : (parseDocument(
            fileHeader(plan.campaign, department, rel.split("/").length - 1) +
              `campaign: ${JSON.stringify(plan.campaign)}\nattempt: ${plan.attempt}\ndepartment: ${JSON.stringify(department)}\nresults: []\n`,
            { version: "1.2" },
          ) as Document);
      if (doc.errors.length > 0) throw new Error(`${rel}: ${doc.errors[0]?.message ?? "unreadable"}`);
      const seq = doc.get("results", true);
      if (!isSeq(seq)) throw new Error(`${rel}: results is not a list`);
      for (const c of list) {
        const node = doc.createNode(orderedResult(c.entry));
        const index = seq.items.findIndex((item) => isMap(item) && item.get("object") === c.object);
        if (index >= 0) seq.items[index] = node;
        else seq.items.push(node);
      }
      seq.flow = false;
      writeFileAtomic(abs, doc.toString({ lineWidth: 0 }));
    }
    const written: LedgerLine[] = [];
    for (const [rel, list] of byFile)
      for (const c of list)
        written.push(
          appendLedger(ws.root, {
            type: c.kind === "add" ? "result" : c.kind === "amend" ? "amendment" : "reinspection",
            campaign: plan.campaign,
            department: c.department,
            object: c.object,
            at: now(),
            file: rel,
            digest: resultDigest(plan.campaign, c.department, orderedResult(c.entry)),
            ...(c.kind === "amend" ? { reason: c.reason } : {}),
          }),
        );
    return written;
  });
}

function existingFile(ws: Workspace, campaign: string, department: string): string | undefined {
  return (ws.resultFiles ?? []).find((f) => f.value.campaign === campaign && f.value.department === department)?.file;
}
