import { resolve } from "node:path";
import { ExitCode, UsageError } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import { DrawError } from "../draw/draw-error.js";
import { readRecord, resolveRecordPath } from "../draw/record-file.js";
import { MIN_SEED_DIGITS, parseSeedParts, type SeedPart } from "../draw/seed.js";
import { prepareDraw } from "../ledger/commit-population.js";
import { runDraw } from "../ledger/enter-draw.js";
import { renderJson } from "../util/listing.js";
import { readRegularFile } from "../util/read-file.js";
import { colourOn, lockNotice, openFor, reportUnused, type Context } from "./context.js";
import { defineCommand, type OptionDecl } from "./declare.js";
import { renderDrawCsv, renderDrawMarkdown, renderDrawText, renderPopulation } from "./render-draw.js";
import { listCheckpoints } from "../ledger/checkpoint-store.js";
import { readLedger } from "../ledger/ledger.js";
import { latestRecordLine } from "../ledger/record-store.js";
import type { DrawRecord } from "../draw/record.js";
import type { Lang } from "../i18n/messages.js";
import type { OpenWorkspace } from "../workspace/open-workspace.js";

const now = () => new Date().toISOString();

interface SeedOptions {
  seed?: string[];
  seedFile?: string;
  redraw?: boolean;
  reason?: string;
}

// `draw <campaign>` and `draw run <campaign>` take the same options; commander hands them to `draw`.
const seedOptions: readonly OptionDecl[] = [
  { flags: "--seed <LABEL=DIGITS>", help: "opt-seed", repeatable: true },
  { flags: "--seed-file <file>", help: "opt-seed-file" },
  { flags: "--redraw", help: "opt-redraw" },
  { flags: "--reason <text>", help: "opt-reason" },
];

/** Seed parts from --seed and --seed-file; refused unless at least 20 digits in all, no default. */
function seedFrom(ctx: Context, parts: string[] | undefined, file: string | undefined): SeedPart[] {
  const raw = [...(parts ?? [])];
  if (file !== undefined) {
    // A seed file is a few lines: a FIFO, a device or anything large is refused without waiting on it.
    const read = readRegularFile(resolve(ctx.io.cwd, file), 1024 * 1024);
    if (!read.ok)
      throw new DrawError("seed-file-unreadable", {
        file,
        detail: read.fault === "io" ? read.errno : read.fault === "special" ? read.kind : "too large",
      });
    const text = read.bytes.toString("utf8");
    raw.push(
      ...text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "" && !l.startsWith("#")),
    );
  }
  const parsed = parseSeedParts(raw);
  if ("problem" in parsed) {
    const { code, ...params } = parsed.problem;
    // A seed that cannot be used is a wrong argument (exit 2), whatever its problem (SPEC.md §1).
    throw new UsageError(code, { ...params, min: MIN_SEED_DIGITS });
  }
  return parsed.parts;
}

/**
 * A campaign whose last day is before today is most likely the wrong id or a typing slip in the
 * dates; the draw still goes ahead (a late draw can be legitimate), but not without a word.
 */
function warnIfPast(ctx: Context, opened: OpenWorkspace, campaignId: string): void {
  const campaign = opened.workspace.campaigns.find((c) => c.value.id === campaignId)?.value;
  if (!campaign || campaign.endDate >= opened.today) return;
  const params = { campaign: campaignId, start: campaign.startDate, end: campaign.endDate, today: opened.today };
  ctx.io.stderr(message("draw-campaign-past", params, opened.lang) + "\n");
}

/** Draws (in one go, or a prepared campaign) and prints the teams and objects drawn. */
function drawAndPrint(ctx: Context, campaign: string, options: SeedOptions, oneGo: boolean): number {
  const seed = seedFrom(ctx, options.seed, options.seedFile);
  const opened = openFor(ctx);
  // A draw refuses a workspace with errors; the files it could not use are named first.
  reportUnused(ctx, opened);
  warnIfPast(ctx, opened, campaign);
  const result = runDraw(opened, campaign, {
    seed,
    oneGo,
    redraw: options.redraw === true,
    reason: options.reason,
    lang: opened.lang,
    now,
    onLockBroken: lockNotice(ctx, opened.lang).onBroken,
  });
  for (const note of result.notes) ctx.io.stdout(note + "\n");
  ctx.io.stdout(renderDrawText(result.record, opened.workspace, opened.lang, colourOn(ctx), false));
  const objects = result.record.teams.reduce((n, team) => n + team.objects.length, 0);
  ctx.io.stdout(
    message(
      "draw-done",
      { campaign, attempt: result.record.attempt, objects, teams: result.record.teams.length, record: result.path },
      opened.lang,
    ) + "\n",
  );
  return ExitCode.ok;
}

const prepareCommand = defineCommand({
  name: "prepare",
  help: "cmd-draw-prepare",
  args: [{ name: "<campaign>" }],
  run(ctx, [campaign = ""]) {
    const opened = openFor(ctx);
    reportUnused(ctx, opened);
    warnIfPast(ctx, opened, campaign);
    const result = prepareDraw(opened, campaign, now, lockNotice(ctx, opened.lang));
    ctx.io.stdout(renderPopulation(result.population, opened.lang, colourOn(ctx)));
    if (result.superseded)
      ctx.io.stdout(
        message(
          "prepare-supersedes",
          { campaign, seq: result.line.seq, earlier: result.superseded.seq, when: result.superseded.at },
          opened.lang,
        ) + "\n",
      );
    ctx.io.stdout(
      message(
        "prepare-done",
        { campaign, seq: result.line.seq, digest: result.population.digest.slice(0, 16) + "…" },
        opened.lang,
      ) + "\n",
    );
    return ExitCode.ok;
  },
});

const runCommand = defineCommand<SeedOptions>({
  name: "run",
  help: "cmd-draw-run",
  args: [{ name: "<campaign>" }],
  options: seedOptions,
  run: (ctx, [campaign = ""], options) => drawAndPrint(ctx, campaign, options, false),
});

const showCommand = defineCommand<{ format: "text" | "json" | "csv" | "md" }>({
  name: "show",
  help: "cmd-draw-show",
  args: [{ name: "<record>" }],
  options: [
    {
      flags: "-f, --format <format>",
      help: "opt-format-draw",
      choices: ["text", "json", "csv", "md"],
      default: "text",
    },
  ],
  run(ctx, [ref = ""], options) {
    const opened = openFor(ctx);
    const path = resolveRecordPath(opened.workspace.root, ctx.io.cwd, ref);
    const { record } = readRecord(path.abs, path.rel);
    const ws = opened.workspace;
    // Public lists print the checkpoint current now (issue 12); a stale one is pointed out.
    const checkpoint = documentCheckpoint(ctx, ws.root, record, opened.lang, options.format);
    const render = {
      json: () => renderJson(record),
      csv: () => renderDrawCsv(record, ws, opened.lang, checkpoint),
      md: () => renderDrawMarkdown(record, ws, opened.lang, checkpoint),
      text: () => renderDrawText(record, ws, opened.lang, colourOn(ctx)),
    };
    ctx.io.stdout(render[options.format]());
    return reportUnused(ctx, opened) ? ExitCode.findings : ExitCode.ok;
  },
});

function documentCheckpoint(ctx: Context, root: string, record: DrawRecord, lang: Lang, format: string) {
  if (format !== "md" && format !== "csv") return undefined;
  const latest = listCheckpoints(root).checkpoints.at(-1);
  const line = latestRecordLine(readLedger(root).lines, record.campaign, record.attempt);
  if (line && (!latest || latest.checkpoint.size < line.seq))
    ctx.io.stderr(message("checkpoint-doc-stale", { size: latest?.checkpoint.size ?? 0, seq: line.seq }, lang) + "\n");
  return latest;
}

/** `checkonce draw` (issue 3): in one go, or the ceremony's steps prepare, run and show. */
export const drawCommand = defineCommand<SeedOptions>({
  name: "draw",
  help: "cmd-draw",
  args: [{ name: "[campaign]", help: "arg-campaign" }],
  options: seedOptions,
  subcommands: [prepareCommand, runCommand, showCommand],
  run(ctx, [campaign], options, command) {
    if (campaign === undefined) {
      command.outputHelp();
      return ExitCode.usage;
    }
    return drawAndPrint(ctx, campaign, options, true);
  },
});
