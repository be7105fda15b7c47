import { existsSync } from "node:fs";
import { readRegularFile, readTextIfRegular } from "../util/read-file.js";
import { writeFileAtomic } from "../util/fs.js";
import { join } from "node:path";
import { canonicalJson } from "../util/canonical-json.js";
import { sha256Bytes } from "../util/hash.js";
import { message, type Lang, type MessageParams } from "../i18n/messages.js";
import type { OpenWorkspace } from "../workspace/open-workspace.js";
import { drawCampaign } from "../draw/draw-campaign.js";
import { DrawError } from "../draw/draw-error.js";
import { campaignPopulation, type CampaignPopulation } from "../draw/population.js";
import { readRecord, recordPath, supersededPath, writeRecord } from "../draw/record-file.js";
import type { SeedPart } from "../draw/seed.js";
import type { DrawRecord } from "../draw/record.js";
import { appendLedger, type LedgerLine } from "./ledger.js";
import { withDrawLock, type LockOptions } from "./lock.js";
import { INPUTS_DIR, storeInputs } from "./snapshots.js";
import { historyAt, latestRecordLine, workspaceRecords } from "./record-store.js";
import { recomputeRecord } from "./recompute.js";
import { commitPopulation } from "./commit-population.js";
import { currentHistory, inputsOf, ledgerOrRefuse, requireValid, toolInfo } from "./draw-context.js";
import { checkReason } from "../draw/reason.js";
import { UsageError } from "../diagnostics/errors.js";

export interface RunOptions {
  seed: SeedPart[];
  /** `draw <campaign>`: prepare and run in one go; the record says no prior commitment existed. */
  oneGo: boolean;
  redraw: boolean;
  reason: string | undefined;
  lang: Lang;
  now: () => string;
  /** Told when a stale lock of a killed run was broken (see lock.ts). */
  onLockBroken?: LockOptions["onBroken"];
}

export interface RunResult {
  record: DrawRecord;
  path: string;
  notes: string[];
}

/** `draw run`: checks the commitment, draws, snapshots the inputs, writes the record, then the ledger. */
export function runDraw(opened: OpenWorkspace, campaignId: string, options: RunOptions): RunResult {
  requireValid(opened);
  // One rule for every reason a person types (src/draw/reason.ts, SPEC.md §6).
  let redrawReason: string | undefined;
  if (options.redraw) {
    const checked = checkReason(options.reason);
    if (!checked.ok) throw new UsageError(checked.code, checked.params);
    redrawReason = checked.reason;
  }
  const root = opened.workspace.root;
  return withDrawLock(root, { onBroken: options.onLockBroken }, () => {
    let lines = ledgerOrRefuse(root);
    const notes: string[] = [];
    const repaired = repairOrphan(root, lines, campaignId, options.now);
    if (repaired) {
      notes.push(message("draw-orphan-repaired", repaired, options.lang));
      lines = ledgerOrRefuse(root);
    }
    const existing = latestRecordLine(lines, campaignId);
    if (existing && !options.redraw) {
      // The repair itself is written; the user learns of it in the refusal.
      if (repaired)
        throw new DrawError("draw-exists-repaired", { ...repaired, campaign: campaignId, next: existing.attempt + 1 });
      throw new DrawError("draw-exists", {
        campaign: campaignId,
        attempt: existing.attempt,
        next: existing.attempt + 1,
      });
    }
    const history = currentHistory(root, lines, opened, campaignId);
    const population = campaignPopulation(opened.workspace, campaignId, history);

    let commitment: DrawRecord["commitment"] = null;
    if (!options.oneGo) {
      const prepared = lines
        .filter((l): l is Extract<LedgerLine, { type: "prepare" }> => l.type === "prepare" && l.campaign === campaignId)
        .at(-1);
      if (!prepared) throw new DrawError("draw-no-commitment", { campaign: campaignId });
      if (prepared.populationDigest !== population.digest) {
        throw new DrawError("draw-population-changed", {
          seq: prepared.seq,
          when: prepared.at,
          campaign: campaignId,
          changes: describeChanges(root, prepared, population, options.lang),
        });
      }
      commitment = { ledgerSeq: prepared.seq, digest: prepared.populationDigest };
    }

    const attempt = existing ? existing.attempt + 1 : 1;
    const inputs = inputsOf(opened);
    const record = drawCampaign(
      {
        ws: opened.workspace,
        campaign: campaignId,
        seed: options.seed,
        history,
        attempt,
        commitment,
        inputs,
        tool: toolInfo(),
        ...(options.redraw ? { redrawReason: redrawReason as string } : {}),
      },
      population,
    );
    storeInputs(root, inputs);
    // In one go the commitment is written only once the draw is known to be feasible: an infeasible draw writes nothing.
    if (options.oneGo) commitPopulation(root, opened, population, options.now);
    const rel = recordPath(campaignId);
    // The record it replaces is copied aside first, then replaced atomically: a failure at any
    // point (a full disk) leaves the current record in place, never a ledger line without its file.
    const previous = existing ? readRegularFile(join(root, rel)) : undefined;
    if (existing && previous?.ok)
      writeFileAtomic(join(root, supersededPath(campaignId, existing.attempt)), previous.bytes);
    const digest = writeRecord(root, rel, record);
    appendLedger(root, {
      type: "draw",
      campaign: campaignId,
      at: options.now(),
      attempt,
      record: rel,
      recordDigest: digest,
      populationDigest: population.digest,
      commitmentSeq: commitment?.ledgerSeq ?? null,
      ...(options.redraw ? { reason: redrawReason as string } : {}),
    });
    return { record, path: rel, notes };
  });
}

/** "3 objects added to CY-01/general", from the committed population file when it is intact. */
function describeChanges(
  root: string,
  prepared: Extract<LedgerLine, { type: "prepare" }>,
  population: CampaignPopulation,
  lang: Lang,
): string {
  const parts: string[] = [];
  let committed: Map<string, Set<string>> | undefined;
  try {
    const text = readTextIfRegular(join(root, prepared.populationFile)) ?? "";
    if (sha256Bytes(text) === prepared.populationFileDigest) {
      const data = JSON.parse(text) as { strata: { id: string; eligible: string[] }[] };
      committed = new Map(data.strata.map((s) => [s.id, new Set(s.eligible)]));
    }
  } catch {
    // counts only
  }
  const oldIds = prepared.strata.map((s) => s.id).join(",");
  const newIds = population.strata.map((s) => s.id).join(",");
  if (oldIds !== newIds) parts.push(message("draw-change-strata", { strata: `${oldIds} → ${newIds}` }, lang));
  for (const s of population.strata) {
    const old = prepared.strata.find((p) => p.id === s.id);
    if (!old) continue;
    const before = committed?.get(s.id);
    const added = before
      ? s.eligible.filter((id) => !before.has(id)).length
      : Math.max(0, s.eligible.length - old.eligibleCount);
    const removed = before
      ? [...before].filter((id) => !s.eligible.includes(id)).length
      : Math.max(0, old.eligibleCount - s.eligible.length);
    if (added > 0) parts.push(message("draw-change-added", { count: added, stratum: s.id }, lang));
    if (removed > 0) parts.push(message("draw-change-removed", { count: removed, stratum: s.id }, lang));
    if (added + removed === 0 && (old.toDraw !== s.toDraw || old.reserves !== s.reserves)) {
      parts.push(
        message(
          "draw-change-size",
          { stratum: s.id, toDraw: s.toDraw, reserves: s.reserves, oldToDraw: old.toDraw, oldReserves: old.reserves },
          lang,
        ),
      );
    }
  }
  return parts.join(lang === "zh" ? "；" : "; ") || (lang === "zh" ? "摘要不同" : "the digests differ");
}

/**
 * A draw interrupted between writing its record and its ledger line leaves a record the ledger
 * does not know. If it recomputes exactly, the missing line is added (marked repaired); if not, the
 * draw is refused: such a file was not written by this tool's honest run.
 */
function repairOrphan(
  root: string,
  lines: readonly LedgerLine[],
  campaignId: string,
  now: () => string,
): MessageParams | undefined {
  const rel = recordPath(campaignId);
  if (!existsSync(join(root, rel))) return undefined;
  const loaded = readRecord(join(root, rel), rel);
  const latest = latestRecordLine(lines, campaignId);
  if (latest && latest.recordDigest === loaded.digest) return undefined;
  if (latest && latest.attempt >= loaded.record.attempt) {
    throw new DrawError("draw-orphan-refused", {
      record: rel,
      detail: `the ledger holds another digest for attempt ${latest.attempt}`,
    });
  }
  // Verification takes the history at the ledger line written now: other draws ledgered since the
  // orphan was written would make the repaired line one that `verify` rejects.
  const ledgered = historyAt(lines, workspaceRecords(root), loaded.record.year, campaignId, Number.POSITIVE_INFINITY);
  if (ledgered.problems.length > 0 || canonicalJson(ledgered.history) !== canonicalJson(loaded.record.history)) {
    throw new DrawError("draw-orphan-refused", {
      record: rel,
      detail: "other draws were entered in the ledger after it was written; its history no longer matches",
    });
  }
  const { differences } = recomputeRecord(loaded.record, {
    live: root,
    snapshots: join(root, INPUTS_DIR),
    cacheRoot: root,
  });
  if (differences.length > 0 || loaded.record.substitutions.length > 0) {
    throw new DrawError("draw-orphan-refused", { record: rel, detail: differences[0] ?? "it has substitutions" });
  }
  appendLedger(root, {
    type: "draw",
    campaign: campaignId,
    at: now(),
    attempt: loaded.record.attempt,
    record: rel,
    recordDigest: loaded.digest,
    populationDigest: "",
    commitmentSeq: loaded.record.commitment?.ledgerSeq ?? null,
    ...(loaded.record.redrawReason !== undefined ? { reason: loaded.record.redrawReason } : {}),
    repaired: true,
  });
  return { record: rel, attempt: loaded.record.attempt };
}
