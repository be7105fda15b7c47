import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DrawError } from "../draw/draw-error.js";
import { readRecord, recordPath } from "../draw/record-file.js";
import { inspectedObjects, type DrawRecord, type RecordTeam } from "../draw/record.js";
import { indexById, type Item, type Workspace } from "../registries/model.js";

/** What a campaign's current draw expects: for each visited object, its team, item and departments. */
export interface CampaignDraw {
  campaign: string;
  record: DrawRecord;
  /** Workspace-relative path of the record. */
  path: string;
  digest: string;
  objects: Map<string, DrawnObject>;
  /** Objects the draw replaced: object → its substitution. */
  replaced: Map<string, DrawRecord["substitutions"][number]>;
}

export interface DrawnObject {
  object: string;
  team: RecordTeam;
  item: string;
  /** The item's task departments that are in the team: one result is due from each. */
  departments: string[];
  township: string;
}

/** Campaigns with a draw record in the workspace, in code-unit order. */
export function drawnCampaigns(root: string): string[] {
  const dir = join(root, "draws");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith(".draw.yaml"))
    .map((n) => n.slice(0, -".draw.yaml".length))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The campaign's current record, undefined when it was never drawn; a broken record throws (DrawError). */
export function readCampaignDraw(ws: Workspace, campaign: string): CampaignDraw | undefined {
  const rel = recordPath(campaign);
  const abs = join(ws.root, rel);
  if (!existsSync(abs)) return undefined;
  const loaded = readRecord(abs, rel);
  if (loaded.record.campaign !== campaign)
    throw new DrawError("record-invalid", { record: rel, detail: `campaign ${loaded.record.campaign}` });
  return campaignDraw(ws, loaded.record, rel, loaded.digest);
}

/** Pure: what a record expects, with the items and townships of the workspace. */
export function campaignDraw(ws: Workspace, record: DrawRecord, path: string, digest: string): CampaignDraw {
  const items = indexById(ws.items);
  const objectsById = indexById(ws.objects);
  const itemOf = new Map<string, string>();
  for (const s of record.strata) for (const p of [...s.selected, ...s.reserve]) itemOf.set(p.object, s.item);
  const objects = new Map<string, DrawnObject>();
  for (const { object, team } of inspectedObjects(record)) {
    const itemId = itemOf.get(object) ?? "";
    const item: Item | undefined = items.get(itemId)?.value;
    const inTeam = new Set(team.members.filter((m) => m.role !== "township").map((m) => m.department));
    const departments = item ? [item.lead, ...item.joint].filter((d) => inTeam.has(d)) : [...inTeam];
    objects.set(object, {
      object,
      team,
      item: itemId,
      departments,
      township: objectsById.get(object)?.value.township ?? team.township,
    });
  }
  const replaced = new Map(record.substitutions.map((s) => [s.object, s]));
  return { campaign: record.campaign, record, path, digest, objects, replaced };
}
