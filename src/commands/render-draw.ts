import { message, term, type Lang } from "../i18n/messages.js";
import type { Workspace } from "../registries/model.js";
import type { CampaignPopulation } from "../draw/population.js";
import { currentTeamObjects, type DrawRecord } from "../draw/record.js";
import { renderCsv, type Listing } from "../util/listing.js";
import { checkpointDocLines, shortCheckpoint, type SignedCheckpoint } from "../ledger/checkpoint.js";
import { textTable } from "../util/text-table.js";
import { documentText, terminalText } from "../util/safe-text.js";

function table(head: string[], rows: (string | number)[][], colour: boolean): string {
  return textTable(head, rows, { colour });
}

const exclusionReasons = ["not-active", "yearly-cap", "upper-inspected", "by-hand"] as const;

/** The table `draw prepare` prints: per stratum, eligible, excluded by reason, to draw, reserves. */
export function renderPopulation(population: CampaignPopulation, lang: Lang, colour: boolean): string {
  const head = [
    term("col-stratum", lang),
    term("list-tier", lang),
    term("col-eligible", lang),
    ...exclusionReasons.map((r) => term(`excl-${r}`, lang)),
    term("col-to-draw", lang),
    term("col-reserves", lang),
  ];
  const rows = population.strata.map((s) => [
    // The stratum by its id, as the record, the ledger and a ticket's sha256sum name it (issue 15).
    s.id,
    term(s.tier, lang),
    s.eligible.length,
    ...exclusionReasons.map((r) => s.excluded.filter((e) => e.reason === r).length),
    s.toDraw,
    s.reserves,
  ]);
  return table(head, rows, colour) + "\n";
}

const parenthesised = (text: string, lang: Lang) => (lang === "zh" ? `（${text}）` : ` (${text})`);

interface DrawnRow {
  team: string;
  township: string;
  order: number;
  object: string;
  name: string;
  stratum: string;
  ticket: string;
  substitutes: string;
  /** For a replacement: what it replaces and why, where it lies and which team visits it. */
  note: string;
}

function drawnRows(record: DrawRecord, ws: Workspace | undefined, lang: Lang): DrawnRow[] {
  const names = new Map(ws?.objects.map((o) => [o.value.id, o.value.name]) ?? []);
  const townships = new Map(ws?.departments.map((d) => [d.value.id, d.value.shortName ?? d.value.name]) ?? []);
  const objectTownship = new Map(ws?.objects.map((o) => [o.value.id, o.value.township]) ?? []);
  const substitutions = new Map(record.substitutions.map((s) => [s.replacement, s]));
  const tickets = new Map<string, { stratum: string; ticket: string }>();
  for (const s of record.strata)
    for (const p of [...s.selected, ...s.reserve]) tickets.set(p.object, { stratum: s.id, ticket: p.ticket });
  return record.teams.flatMap((team) =>
    currentTeamObjects(record, team).map((object, i) => {
      const teamTownship = townships.get(team.township) ?? team.township;
      const substitution = substitutions.get(object);
      // Issue 15: a replacement may lie in another township than its team's; every format says so.
      const where = objectTownship.get(object);
      const note = substitution
        ? message(
            "draw-replacement-note",
            {
              replaced: substitution.object,
              reason: substitution.reason,
              township: where === undefined ? "?" : (townships.get(where) ?? where),
              team: team.id,
              teamTownship,
            },
            lang,
          )
        : "";
      return {
        team: team.id,
        township: teamTownship,
        order: i + 1,
        object,
        name: names.get(object) ?? "",
        stratum: tickets.get(object)?.stratum ?? "",
        ticket: tickets.get(object)?.ticket ?? "",
        substitutes: substitution?.object ?? "",
        note,
      };
    }),
  );
}

/** The record in the terminal; `full` lists every exclusion (draw show), else only their counts (draw run). */
export function renderDrawText(
  record: DrawRecord,
  ws: Workspace | undefined,
  lang: Lang,
  colour: boolean,
  full = true,
): string {
  const people = new Map(ws?.inspectors.map((i) => [i.value.id, i.value.name]) ?? []);
  const departments = new Map(ws?.departments.map((d) => [d.value.id, d.value.shortName ?? d.value.name]) ?? []);
  const out: string[] = [];
  out.push(
    message(
      "draw-header",
      {
        campaign: record.campaign,
        plan: record.plan,
        attempt: record.attempt,
        start: record.parameters.startDate,
        end: record.parameters.endDate,
      },
      lang,
    ),
  );
  if (record.attempt > 1)
    out.push(message("draw-header-redraw", { attempt: record.attempt, reason: record.redrawReason ?? "" }, lang));
  out.push(
    record.commitment
      ? message(
          "draw-header-commitment",
          { seq: record.commitment.ledgerSeq, digest: record.commitment.digest.slice(0, 16) },
          lang,
        )
      : message("draw-no-prior-commitment", {}, lang),
  );
  out.push(
    message(
      "draw-header-seed",
      { parts: record.seed.parts.map((p) => `${p.label}=${p.digits}`).join(" "), key: record.seed.drawKey },
      lang,
    ),
  );
  out.push("");
  for (const team of record.teams) {
    out.push(
      `${team.id} · ${term("col-township", lang)} ${ws?.departments.find((d) => d.value.id === team.township)?.value.name ?? team.township}`,
    );
    out.push(
      "  " +
        team.members
          .map(
            (m) =>
              `${people.get(m.inspector) ?? m.inspector}（${departments.get(m.department) ?? m.department}${m.role === "lead" ? "·" + term("role-lead", lang) : ""}）`,
          )
          .join(" "),
    );
  }
  out.push("");
  // Names, labels and the reason come from files: shown as text, never as terminal control sequences.
  for (let i = 0; i < out.length; i++) out[i] = terminalText(out[i] as string, 20_000);
  const rows = drawnRows(record, ws, lang);
  out.push(
    table(
      [
        term("col-team", lang),
        "#",
        term("col-object", lang),
        term("col-name", lang),
        term("col-stratum", lang),
        term("col-ticket", lang),
      ],
      rows.map((r) => [
        r.team,
        r.order,
        r.object,
        r.name + (r.substitutes ? parenthesised(`${term("col-replaces", lang)} ${r.substitutes}`, lang) : ""),
        r.stratum,
        r.ticket.slice(0, 16) + "…",
      ]),
      colour,
    ),
  );
  // Where each replacement lies and which team goes there: it may be another township than the team's.
  const notes = rows.filter((r) => r.note !== "");
  if (notes.length > 0) {
    out.push(message("draw-replacements-heading", {}, lang));
    for (const r of notes)
      out.push(
        terminalText(`  ${r.team} ${r.order} ${r.object} ${r.name}${lang === "zh" ? "：" : ": "}${r.note}`, 20_000),
      );
    out.push("");
  }
  const reserves = record.strata.flatMap((s) =>
    s.reserve.map((p, i) => [s.id, i + 1, p.object, p.ticket.slice(0, 16) + "…"]),
  );
  if (reserves.length > 0) {
    out.push(term("col-reserves", lang));
    out.push(
      table([term("col-stratum", lang), "#", term("col-object", lang), term("col-ticket", lang)], reserves, colour),
    );
  }
  const excluded = record.strata.flatMap((s) =>
    s.excluded.map((e) => [s.id, e.object, term(`excl-${e.reason}`, lang)]),
  );
  if (excluded.length > 0 && !full) {
    const counts = exclusionReasons.map(
      (r) => `${term(`excl-${r}`, lang)} ${excluded.filter((e) => e[2] === term(`excl-${r}`, lang)).length}`,
    );
    out.push(`${term("col-excluded", lang)}: ${counts.join(", ")} (checkonce draw show ${record.campaign})`);
  } else if (excluded.length > 0) {
    out.push(term("col-excluded", lang));
    out.push(table([term("col-stratum", lang), term("col-object", lang), term("col-reason", lang)], excluded, colour));
  }
  return out.join("\n") + "\n";
}

export function renderDrawCsv(
  record: DrawRecord,
  ws: Workspace | undefined,
  lang: Lang,
  checkpoint?: SignedCheckpoint,
): string {
  const keys = [
    "attempt",
    "team",
    "township",
    "order",
    "object",
    "name",
    "stratum",
    "ticket",
    "substitutes",
    "note",
  ] as const;
  const heads = [
    "col-attempt",
    "col-team",
    "col-township",
    "col-order",
    "col-object",
    "col-name",
    "col-stratum",
    "col-ticket",
    "col-replaces",
    "col-note",
  ];
  const listing: Listing = {
    columns: keys.map((key, i) => ({ key, en: term(heads[i] as string, "en"), zh: term(heads[i] as string, "zh") })),
    rows: drawnRows(record, ws, lang).map((r) => ({ entry: r, cells: { ...r, attempt: record.attempt } })),
    total: 0,
  };
  // One row per object stays true for scripts: the checkpoint is a last column, on every row.
  const doc = checkpointDocLines(checkpoint, lang);
  const short = checkpoint ? shortCheckpoint(checkpoint.checkpoint) : doc.heading;
  listing.columns.push({
    key: "checkpoint",
    en: message("checkpoint-column", {}, "en"),
    zh: message("checkpoint-column", {}, "zh"),
  });
  for (const row of listing.rows) row.cells.checkpoint = short;
  return renderCsv(listing, lang);
}

export function renderDrawMarkdown(
  record: DrawRecord,
  ws: Workspace | undefined,
  lang: Lang,
  checkpoint?: SignedCheckpoint,
): string {
  const cell = (s: string | number) => documentText(String(s)).replace(/\|/g, "\\|").replace(/\n/g, " ");
  const rows = drawnRows(record, ws, lang);
  const lines = [
    `# ${message("draw-header", { campaign: record.campaign, plan: record.plan, attempt: record.attempt, start: record.parameters.startDate, end: record.parameters.endDate }, lang)}`,
    "",
    `| ${[term("col-team", lang), term("col-township", lang), "#", term("col-object", lang), term("col-name", lang), term("col-stratum", lang), term("col-ticket", lang), term("col-note", lang)].join(" | ")} |`,
    "|---|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${[r.team, r.township, r.order, r.object, r.name, r.stratum, `\`${r.ticket}\``, r.note].map(cell).join(" | ")} |`,
    ),
    "",
  ];
  const doc = checkpointDocLines(checkpoint, lang);
  lines.push(`**${doc.heading}**`, "");
  if (doc.full.length > 0) lines.push("```", ...doc.full, "```", "");
  return lines.join("\n");
}
