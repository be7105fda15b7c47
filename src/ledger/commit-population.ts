import { join } from "node:path";
import { canonicalJson } from "../util/canonical-json.js";
import { sha256Bytes } from "../util/hash.js";
import { writeFileAtomic } from "../util/fs.js";
import type { OpenWorkspace } from "../workspace/open-workspace.js";
import { DRAWS_DIR } from "../draw/record.js";
import { campaignPopulation, type CampaignPopulation } from "../draw/population.js";
import { appendLedger, type LedgerLine } from "./ledger.js";
import { withDrawLock, type LockOptions } from "./lock.js";
import { storeInputs } from "./snapshots.js";
import { currentHistory, inputsOf, ledgerOrRefuse, requireValid } from "./draw-context.js";

/** The commitment file: every eligible id and every exclusion with its reason; its digest is ledgered. */
export const populationPath = (campaign: string) => `${DRAWS_DIR}/${campaign}.population.json`;

export interface PrepareResult {
  population: CampaignPopulation;
  line: LedgerLine;
  /** The campaign's earlier commitment, when this one replaces it (both stay in the ledger). */
  superseded?: Extract<LedgerLine, { type: "prepare" }>;
}

/** `draw prepare`: the eligible population, committed to the ledger before any seed exists. */
export function prepareDraw(
  opened: OpenWorkspace,
  campaignId: string,
  now: () => string,
  lock: LockOptions = {},
): PrepareResult {
  requireValid(opened);
  const root = opened.workspace.root;
  return withDrawLock(root, lock, () => {
    const lines = ledgerOrRefuse(root);
    const population = campaignPopulation(
      opened.workspace,
      campaignId,
      currentHistory(root, lines, opened, campaignId),
    );
    storeInputs(root, inputsOf(opened));
    const superseded = lines
      .filter((l): l is Extract<LedgerLine, { type: "prepare" }> => l.type === "prepare" && l.campaign === campaignId)
      .at(-1);
    return { population, line: commitPopulation(root, opened, population, now), superseded };
  });
}

/** The commitment: the population file, then its ledger line. The caller has stored (and so checked) the inputs. */
export function commitPopulation(
  root: string,
  opened: OpenWorkspace,
  population: CampaignPopulation,
  now: () => string,
): LedgerLine {
  const campaign = population.campaign.id;
  const file = populationPath(campaign);
  // Issue 3: the commitment holds every exclusion with its reason, not only their counts (the file's digest is ledgered).
  const text =
    canonicalJson({
      campaign,
      strata: population.strata.map((s) => ({ id: s.id, eligible: s.eligible, excluded: s.excluded })),
    }) + "\n";
  writeFileAtomic(join(root, file), text);
  const excluded: Record<string, number> = {};
  for (const s of population.strata) for (const e of s.excluded) excluded[e.reason] = (excluded[e.reason] ?? 0) + 1;
  const inputs = inputsOf(opened);
  return appendLedger(root, {
    type: "prepare",
    campaign,
    at: now(),
    populationDigest: population.digest,
    populationFile: file,
    populationFileDigest: sha256Bytes(text),
    strata: population.strata.map((s) => ({
      id: s.id,
      eligibleCount: s.eligible.length,
      eligibleDigest: s.eligibleDigest,
      toDraw: s.toDraw,
      reserves: s.reserves,
    })),
    excluded,
    inputs: inputs.map((i) => ({ file: i.file, sha256: i.sha256 })),
  });
}
