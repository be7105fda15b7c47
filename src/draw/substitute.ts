import type { Workspace } from "../registries/model.js";
import { DrawError } from "./draw-error.js";
import { currentTeamObjects, type DrawRecord, type Substitution } from "./record.js";

/**
 * The replacement for an object that cannot be inspected (SPEC.md §6): the first reserve of its
 * stratum, in ticket order, not used yet and with no member of the team in recusal. It joins the
 * team of the object it replaces; earlier picks never change.
 */
export function nextReserve(record: DrawRecord, ws: Workspace, object: string): Omit<Substitution, "reason"> {
  const team = record.teams.find((t) => currentTeamObjects(record, t).includes(object));
  if (!team) throw new DrawError("substitute-not-drawn", { object, record: record.campaign });
  const stratum = record.strata.find(
    (s) => s.selected.some((p) => p.object === object) || s.reserve.some((p) => p.object === object),
  );
  if (!stratum) throw new DrawError("substitute-not-drawn", { object, record: record.campaign });
  const used = new Set(record.substitutions.filter((s) => s.stratum === stratum.id).map((s) => s.replacement));
  const members = new Set(team.members.map((m) => m.inspector));
  const recused = new Set(
    ws.inspectors.filter((i) => members.has(i.value.id)).flatMap((i) => (i.value.recusals ?? []).map((r) => r.object)),
  );
  const next = stratum.reserve.find((p) => !used.has(p.object) && !recused.has(p.object));
  if (!next) throw new DrawError("substitute-no-reserve", { stratum: stratum.id, object });
  return { object, replacement: next.object, stratum: stratum.id, team: team.id };
}
