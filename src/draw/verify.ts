import { canonicalJson } from "../util/canonical-json.js";
import type { Workspace } from "../registries/model.js";
import { DrawError } from "./draw-error.js";
import { nextReserve } from "./substitute.js";
import { seedLabelProblem } from "./seed.js";
import { populationDigest } from "./population.js";
import type { DrawRecord } from "./record.js";

/**
 * Every way a stored record differs from the draw recomputed from its inputs, seed and history,
 * as short lines an auditor can act on. Empty means the record is exactly what the algorithm gives.
 */
export function compareRecords(stored: DrawRecord, recomputed: DrawRecord): string[] {
  const diffs: string[] = [];
  const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
  const field = (name: string, a: unknown, b: unknown) => {
    if (!same(a, b)) diffs.push(`${name}: record ${short(a)}, recomputed ${short(b)}`);
  };
  field("algorithm", stored.algorithm, recomputed.algorithm);
  field("campaign", stored.campaign, recomputed.campaign);
  field("plan", stored.plan, recomputed.plan);
  field("year", stored.year, recomputed.year);
  field("seed.drawKey", stored.seed.drawKey, recomputed.seed.drawKey);
  // From /2 on a label is one of the allowed characters (SPEC.md §1); /1 records keep what they had.
  if (stored.algorithm !== "checkonce-draw/1")
    for (const part of stored.seed.parts) {
      const problem = seedLabelProblem(part.label);
      if (problem) diffs.push(`seed: label ${JSON.stringify(part.label)} is not allowed (${problem.code})`);
    }
  field("parameters", stored.parameters, recomputed.parameters);
  // The commitment a record names must be the population it was drawn from (SPEC.md §2), not only a prepare line.
  if (stored.commitment !== null && populationDigest(stored.strata) !== stored.commitment.digest)
    diffs.push(
      `commitment: the record's strata give population digest ${populationDigest(stored.strata).slice(0, 16)}…, the commitment ${stored.commitment.digest.slice(0, 16)}…`,
    );
  const strata = new Map(recomputed.strata.map((s) => [s.id, s]));
  field(
    "strata",
    stored.strata.map((s) => s.id),
    recomputed.strata.map((s) => s.id),
  );
  for (const s of stored.strata) {
    const r = strata.get(s.id);
    if (!r) continue;
    for (const key of [
      "ratio",
      "frequency",
      "eligibleCount",
      "eligibleDigest",
      "toDraw",
      "reserves",
      "excluded",
    ] as const)
      field(`stratum ${s.id} ${key}`, s[key], r[key]);
    listDiff(diffs, `stratum ${s.id} selected`, s.selected, r.selected);
    listDiff(diffs, `stratum ${s.id} reserve`, s.reserve, r.reserve);
  }
  field(
    "teams",
    stored.teams.map((t) => t.id),
    recomputed.teams.map((t) => t.id),
  );
  const teams = new Map(recomputed.teams.map((t) => [t.id, t]));
  for (const t of stored.teams) {
    const r = teams.get(t.id);
    if (!r) continue;
    field(`team ${t.id} township`, t.township, r.township);
    listDiff(diffs, `team ${t.id} objects`, t.objects, r.objects);
    listDiff(diffs, `team ${t.id} members`, t.members, r.members);
  }
  return diffs;
}

function listDiff(diffs: string[], name: string, a: readonly unknown[], b: readonly unknown[]): void {
  if (canonicalJson(a) === canonicalJson(b)) return;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (canonicalJson(a[i]) !== canonicalJson(b[i])) {
      diffs.push(
        `${name} [${i + 1}]: record ${short(a[i])}, recomputed ${short(b[i])}${a.length !== b.length ? ` (${a.length} vs ${b.length} entries)` : ""}`,
      );
      return;
    }
  }
}

function short(value: unknown): string {
  const text = value === undefined ? "(none)" : canonicalJson(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/** Each substitution must take the next reserve of its stratum that the rules allow (SPEC.md §6). */
export function checkSubstitutions(record: DrawRecord, ws: Workspace): string[] {
  const diffs: string[] = [];
  const replay: DrawRecord = { ...record, substitutions: [] };
  record.substitutions.forEach((s, i) => {
    try {
      const expected = nextReserve(replay, ws, s.object);
      if (expected.replacement !== s.replacement || expected.stratum !== s.stratum || expected.team !== s.team) {
        diffs.push(
          `substitution ${i + 1} (${s.object}): record ${s.replacement} in ${s.team}, the rules give ${expected.replacement} in ${expected.team}`,
        );
      }
    } catch (error) {
      diffs.push(`substitution ${i + 1} (${s.object}): ${error instanceof DrawError ? error.key : String(error)}`);
    }
    replay.substitutions = [...replay.substitutions, s];
  });
  return diffs;
}
