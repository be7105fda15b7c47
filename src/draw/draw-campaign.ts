import type { InspectionObject, Item, Workspace } from "../registries/model.js";
import { ALGORITHM, drawKey, ticketHasher, type Algorithm, type SeedPart } from "./seed.js";
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
  /** The version to draw by: new draws use ALGORITHM, verification the one the record names. */
  algorithm?: Algorithm;
}

type Pick = { object: string; ticket: string };
const byTicket = (a: Pick, b: Pick) =>
  a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : a.object < b.object ? -1 : a.object > b.object ? 1 : 0;

/**
 * The `limit` objects of one stratum with the lowest tickets, lowest first (ties, impossible in
 * practice, by id). Only the lowest are kept, in a bounded heap: a stratum of a million objects is
 * never sorted whole.
 */
export function rankByTicket(key: string, stratum: string, ids: readonly string[], limit: number = ids.length): Pick[] {
  const ticketOf = ticketHasher(key, stratum);
  if (limit >= ids.length / 4)
    return ids
      .map((object) => ({ object, ticket: ticketOf(object) }))
      .sort(byTicket)
      .slice(0, limit);
  const heap = new MaxHeap(limit);
  for (const object of ids) {
    const ticket = ticketOf(object);
    // Most tickets lose to the current worst of the lowest `limit`: no object is made for them.
    if (heap.isFull() && ticket > heap.worstTicket()) continue;
    heap.offer({ object, ticket });
  }
  return heap.sorted();
}

/** A heap that keeps the `size` smallest picks seen, its largest on top. */
class MaxHeap {
  private readonly items: Pick[] = [];
  constructor(private readonly size: number) {}
  isFull(): boolean {
    return this.items.length >= this.size;
  }
  worstTicket(): string {
    return this.items[0]?.ticket ?? "";
  }
  offer(pick: Pick): void {
    const items = this.items;
    if (items.length < this.size) {
      // Sift up: move parents down until the new pick's place is found.
      let i = items.length;
      items.push(pick);
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const p = items[parent] as Pick;
        if (byTicket(p, pick) >= 0) break;
        items[i] = p;
        i = parent;
      }
      items[i] = pick;
    } else if (this.size > 0 && byTicket(pick, items[0] as Pick) < 0) {
      // Sift down from the root: move the larger child up until the pick fits.
      const n = items.length;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const child = r < n && byTicket(items[r] as Pick, items[l] as Pick) > 0 ? r : l;
        const c = items[child] as Pick;
        if (byTicket(c, pick) <= 0) break;
        items[i] = c;
        i = child;
      }
      items[i] = pick;
    }
  }
  sorted(): Pick[] {
    return [...this.items].sort(byTicket);
  }
}

/**
 * The whole draw as a pure function of workspace, seed and history (changesets' "assemble"):
 * population, tickets, teams. Writing the record and the ledger is done elsewhere.
 */
export function drawCampaign(
  input: DrawInput,
  population: CampaignPopulation = campaignPopulation(
    input.ws,
    input.campaign,
    input.history,
    input.algorithm ?? ALGORITHM,
  ),
): DrawRecord {
  const { ws } = input;
  const policy = ws.config.policy;
  const key = drawKey(input.campaign, input.seed);
  const objects = new Map(ws.objects.map((o) => [o.value.id, o.value]));
  const items = new Map(population.items.map((i) => [i.id, i]));
  const drawn: { object: InspectionObject; item: Item }[] = [];
  const strata: RecordStratum[] = population.strata.map((s) => {
    if (s.toDraw > s.eligible.length)
      throw new DrawError("draw-infeasible-stratum", { stratum: s.id, needed: s.toDraw, available: s.eligible.length });
    const ranked = s.toDraw + s.reserves > 0 ? rankByTicket(key, s.id, s.eligible, s.toDraw + s.reserves) : [];
    const selected = ranked.slice(0, s.toDraw);
    for (const pick of selected)
      drawn.push({ object: objects.get(pick.object) as InspectionObject, item: items.get(s.item) as Item });
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
    algorithm: input.algorithm ?? ALGORITHM,
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
