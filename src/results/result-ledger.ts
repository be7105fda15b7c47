import { canonicalJson } from "../util/canonical-json.js";
import { type LedgerLine, type ResultsLedgerEntry } from "../ledger/ledger.js";
import { sha256Bytes } from "../util/hash.js";
import type { Result } from "./outcomes.js";

export type ResultLine = Extract<LedgerLine, { type: "result" | "amendment" | "reinspection" }>;
export type PublishLine = Extract<LedgerLine, { type: "publish" }>;
export type CreditLine = Extract<LedgerLine, { type: "credit" }>;
export type ResultEntryKind = Extract<ResultsLedgerEntry, { type: "result" }>["type"];

/** One result is one object seen by one department in one campaign. */
export const resultKey = (campaign: string, department: string, object: string) =>
  `${campaign}\0${department}\0${object}`;

/** SHA-256 of the canonical JSON of a result as its file holds it, history included: what the ledger seals. */
export function resultDigest(campaign: string, department: string, entry: Result): string {
  return sha256Bytes(canonicalJson({ campaign, department, result: entry }));
}

export function isResultLine(l: LedgerLine): l is ResultLine {
  return l.type === "result" || l.type === "amendment" || l.type === "reinspection";
}

/** The newest ledger line of every result, by resultKey. */
export function latestResultLines(lines: readonly LedgerLine[]): Map<string, ResultLine> {
  const out = new Map<string, ResultLine>();
  for (const l of lines) if (isResultLine(l)) out.set(resultKey(l.campaign, l.department, l.object), l);
  return out;
}

/**
 * The order of a result's lines: it is entered once, then only amended or re-inspected. Returns
 * the problems, one sentence each (for `verify --ledger`).
 */
export function checkResultLineOrder(lines: readonly LedgerLine[]): string[] {
  const problems: string[] = [];
  const entered = new Set<string>();
  for (const l of lines) {
    if (!isResultLine(l)) continue;
    const key = resultKey(l.campaign, l.department, l.object);
    if (l.type === "result") {
      if (entered.has(key))
        problems.push(
          `ledger line ${l.seq}: ${l.campaign} ${l.department} ${l.object} entered twice (a change is an amendment)`,
        );
      entered.add(key);
    } else if (!entered.has(key))
      problems.push(
        `ledger line ${l.seq}: ${l.type} of ${l.campaign} ${l.department} ${l.object} before its result was entered`,
      );
  }
  return problems;
}
