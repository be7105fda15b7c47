import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkspace } from "../workspace/load-workspace.js";
import { drawCampaign } from "../draw/draw-campaign.js";
import { DrawError } from "../draw/draw-error.js";
import type { DrawRecord } from "../draw/record.js";
import { checkSubstitutions, compareRecords } from "../draw/verify.js";
import { materializeInputs, type InputSource } from "./snapshots.js";

export interface RecomputeResult {
  differences: string[];
  sources: Record<string, InputSource>;
}

/**
 * Recomputes a record from its inputs (live files whose digest matches, else snapshots), its seed
 * and its recorded history, in a scratch copy, and lists every difference.
 */
export function recomputeRecord(
  record: DrawRecord,
  roots: { live?: string; snapshots: string; cacheRoot?: string },
): RecomputeResult {
  const scratch = mkdtempSync(join(tmpdir(), "checkonce-verify-"));
  try {
    const { sources, missing } = materializeInputs(roots, record.inputs, scratch);
    if (missing.length > 0)
      return {
        differences: missing.map((f) => `input ${f}: neither the live file nor a snapshot has the recorded digest`),
        sources,
      };
    const loaded = loadWorkspace(scratch, { cache: roots.cacheRoot !== undefined, cacheRoot: roots.cacheRoot });
    const errors = loaded.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) return { differences: errors.map((d) => `input ${d.file}:${d.line}: ${d.code}`), sources };
    let recomputed: DrawRecord;
    try {
      recomputed = drawCampaign({
        ws: loaded.workspace,
        campaign: record.campaign,
        seed: record.seed.parts,
        history: record.history,
        attempt: record.attempt,
        commitment: record.commitment,
        inputs: record.inputs,
        tool: record.tool,
        algorithm: record.algorithm,
        ...(record.redrawReason !== undefined ? { redrawReason: record.redrawReason } : {}),
      });
    } catch (error) {
      return {
        differences: [
          `recomputing failed: ${error instanceof DrawError ? `${error.key} ${JSON.stringify(error.params)}` : String(error)}`,
        ],
        sources,
      };
    }
    return {
      differences: [...compareRecords(record, recomputed), ...checkSubstitutions(record, loaded.workspace)],
      sources,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
