import type { InspectionObject, Item, Workspace } from "../registries/model.js";
import { ALGORITHM, drawKey, ticket, type SeedPart } from "./seed.js";
import { campaignPopulation, type CampaignPopulation } from "./population.js";
import { formTeams } from "./teams.js";
import { sortHistory, type DrawHistory } from "./history.js";
import { DrawError } from "./draw-error.js";
import type { DrawRecord, RecordStratum } from "./record.js";

export interface DrawInput {
  ws: Workspace;
  campaign: string;
  seed: readonly SeedPart[];
  history: DrawHistory;
  attempt: number;
  redrawReason?: string;
  commitment: DrawRecord["commitment"];
  inputs: DrawRecord["inputs"];
  tool: DrawRecord["tool"];
}

/** Objects of one stratum ordered by ticket, lowest first (ties, impossible in practice, by id). */
export function rankByTicket(key: string, stratum: string, ids: readonly string[]): { object: string; ticket: string }[] {
  return ids
    .map((object) => ({ object, ticket: ticket(key, stratum, object) }))
    .sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : a.object < b.object ? -1 : 1));
}

/**
 * The whole draw as a pure function of workspace, seed and history (changesets' "assemble"):
 * population, tickets, teams. Writing the record and the ledger is done elsewhere.
 */
export function drawCampaign(input: DrawInput, population: CampaignPopulation = campaignPopulation(input.ws, input.campaign, input.history)): DrawRecord {
  const { ws } = input;
  const policy = ws.config.policy;
  const key = drawKey(input.campaign, input.seed);
  const objects = new Map(ws.objects.map((o) => [o.value.id, o.value]));
  const items = new Map(population.items.map((i) => [i.id, i]));
  const drawn: { object: InspectionObject; item: Item }[] = [];
  const strata: RecordStratum[] = population.strata.map((s) => {
    if (s.toDraw > s.eligible.length) throw new DrawError("draw-infeasible-stratum", { stratum: s.id, needed: s.toDraw, available: s.eligible.length });
    const ranked = s.toDraw + s.reserves > 0 ? rankByTicket(key, s.id, s.eligible) : [];
    const selected = ranked.slice(0, s.toDraw);
    for (const pick of selected) drawn.push({ object: objects.get(pick.object) as InspectionObject, item: items.get(s.item) as Item });
    return {
      id: s.id,
      item: s.item,
      tier: s.tier,
      ratio: s.ratio,
      frequency: s.frequency,
      eligibleCount: s.eligible.length,
      eligibleDigest: s.eligibleDigest,
      toDraw: s.toDraw,
      reserves: s.reserves,
      excluded: s.excluded,
      selected,
      reserve: ranked.slice(s.toDraw, s.toDraw + s.reserves),
    };
  });
  const campaign = population.campaign;
  const teams = formTeams({ ws, campaign, policy, drawn, drawKey: key, history: input.history });
  const record: DrawRecord = {
    algorithm: ALGORITHM,
    tool: input.tool,
    campaign: campaign.id,
    plan: population.plan.id,
    year: population.plan.year,
    attempt: input.attempt,
    commitment: input.commitment,
    seed: { parts: [...input.seed] as DrawRecord["seed"]["parts"], drawKey: key },
    inputs: input.inputs,
    history: sortHistory(input.history),
    parameters: {
      yearlyCap: policy.yearlyCap,
      minInspectorsPerDepartment: policy.minInspectorsPerDepartment,
      rounding: population.plan.rounding ?? policy.rounding,
      reserves: population.plan.reserves ?? policy.reservesPerStratum,
      objectsPerTeam: campaign.objectsPerTeam,
      linkage: campaign.linkage !== false,
      startDate: campaign.startDate,
      endDate: campaign.endDate,
      round: campaign.round,
    },
    strata,
    teams,
    substitutions: [],
  };
  if (input.redrawReason !== undefined) record.redrawReason = input.redrawReason;
  return record;
}
