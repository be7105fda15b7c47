import { createRequire } from "node:module";
import { countDiagnostics } from "../diagnostics/diagnostic.js";
import type { OpenWorkspace } from "../workspace/open-workspace.js";
import { toolVersion } from "../util/version.js";
import { DrawError } from "../draw/draw-error.js";
import { findCampaign } from "../draw/population.js";
import type { DrawRecord } from "../draw/record.js";
import { readLedger, type LedgerLine } from "./ledger.js";
import { historyAt, workspaceRecords } from "./record-store.js";

// What every ledger transaction of a draw (prepare, run, substitute) starts from.

const seedrandomVersion = (createRequire(import.meta.url)("seedrandom/package.json") as { version: string }).version;
export const toolInfo = (): DrawRecord["tool"] => ({
  name: "checkonce",
  version: toolVersion,
  seedrandom: seedrandomVersion,
});

/** A draw works only from registries without errors, and from an unbroken ledger. */
export function requireValid(opened: OpenWorkspace): void {
  const errors = countDiagnostics(opened.diagnostics).errors;
  if (errors > 0 || opened.unreadable) throw new DrawError("draw-workspace-invalid", { errors });
}

export function ledgerOrRefuse(root: string): LedgerLine[] {
  const { lines, problems } = readLedger(root);
  if (problems.length > 0)
    throw new DrawError("ledger-broken", { detail: problems.map((p) => `line ${p.line}: ${p.detail}`).join("; ") });
  return lines;
}

/**
 * The files a draw reads (SPEC.md §2.1): the config and the registries. Results are written after a
 * draw and never read by one: were they inputs, entering a result would change the next draw's
 * inputs and send the verification of an earlier draw to its snapshots.
 */
export function inputsOf(opened: OpenWorkspace): DrawRecord["inputs"] {
  return opened.workspace.files
    .filter((f) => f.sha256 !== "" && f.kind !== "results")
    .map((f) => ({ file: f.file, kind: f.kind, sha256: f.sha256 }));
}

export function currentHistory(root: string, lines: readonly LedgerLine[], opened: OpenWorkspace, campaignId: string) {
  const { plan } = findCampaign(opened.workspace, campaignId);
  const { history, problems } = historyAt(
    lines,
    workspaceRecords(root),
    plan.year,
    campaignId,
    Number.POSITIVE_INFINITY,
  );
  if (problems.length > 0) throw new DrawError("ledger-broken", { detail: problems.join("; ") });
  return history;
}
