import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Option, type Command } from "commander";
import { message, type Lang } from "../i18n/messages.js";
import { DrawError } from "../draw/draw-error.js";
import { MIN_SEED_DIGITS, parseSeedParts, type SeedPart } from "../draw/seed.js";
import { prepareDraw, runDraw, substituteObject } from "../draw/draw-service.js";
import { readRecord, resolveRecordPath } from "../draw/record-file.js";
import {
  verifyBundle,
  verifyLedger,
  verifyRecordFile,
  writeAuditBundle,
  type VerifyResult,
} from "../draw/verify-service.js";
import { findWorkspace } from "../workspace/find-workspace.js";
import { renderDrawCsv, renderDrawMarkdown, renderDrawText, renderPopulation } from "../commands/draw-show.js";
import { renderJson } from "../commands/list.js";
import { quickLang } from "./lang.js";
import { ExitCode, UsageError } from "./errors.js";
import { openFor } from "./registry-commands.js";
import type { Context } from "./main.js";

const now = () => new Date().toISOString();
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Seed parts from --seed and --seed-file; refused unless at least 20 digits in all, no default. */
function seedFrom(ctx: Context, parts: string[] | undefined, file: string | undefined): SeedPart[] {
  const raw = [...(parts ?? [])];
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(resolve(ctx.io.cwd, file), "utf8");
    } catch (error) {
      throw new DrawError("seed-file-unreadable", {
        file,
        detail: (error as NodeJS.ErrnoException).code ?? String(error),
      });
    }
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
    throw new DrawError(code, { ...params, min: MIN_SEED_DIGITS });
  }
  return parsed.parts;
}

/** Commands that only read a record work from the workspace root found as usual. */
function rootOf(ctx: Context): string {
  const found = findWorkspace(ctx.global.workspace, ctx.io.cwd);
  if (!found.ok) throw new UsageError(found.code, { dir: found.dir });
  return found.root;
}

function langOf(ctx: Context, root?: string): Lang {
  return quickLang(ctx.global.lang, ctx.io.env, root ?? ctx.global.workspace, ctx.io.cwd);
}

function printVerify(ctx: Context, result: VerifyResult, lang: Lang, format: string): number {
  const ok = result.differences.length === 0;
  if (format === "json") {
    ctx.io.stdout(
      renderJson({
        format: "checkonce-verify/1",
        verified: ok,
        record: result.record.path,
        campaign: result.record.record.campaign,
        attempt: result.record.record.attempt,
        source: result.source,
        differences: result.differences,
      }),
    );
  } else if (ok) {
    const source = message(
      result.source === "live" ? "live-files" : result.source === "bundle" ? "bundle-files" : "snapshot-files",
      {},
      lang,
    );
    ctx.io.stdout(
      ctx.colors.green(
        message(
          "verify-ok",
          {
            record: result.record.path,
            campaign: result.record.record.campaign,
            attempt: result.record.record.attempt,
            source,
          },
          lang,
        ),
      ) + "\n",
    );
  } else {
    ctx.io.stdout(
      ctx.colors.red(message("verify-failed", { record: result.record.path, count: result.differences.length }, lang)) +
        "\n",
    );
    for (const d of result.differences) ctx.io.stdout(`  - ${d}\n`);
  }
  return ok ? ExitCode.ok : ExitCode.findings;
}

/** `draw`, `verify`, `substitute`, `audit-bundle` (issue 3). */
export function registerDrawCommands(
  program: Command,
  context: () => Context,
  setExit: (code: number) => void,
  t: (key: string) => string,
): void {
  const draw = program
    .command("draw")
    .description(t("cmd-draw"))
    .argument("[campaign]", t("arg-campaign"))
    .option("--seed <LABEL=DIGITS>", t("opt-seed"), collect)
    .option("--seed-file <file>", t("opt-seed-file"))
    .option("--redraw", t("opt-redraw"))
    .option("--reason <text>", t("opt-reason"))
    .action(
      (
        campaign: string | undefined,
        opts: { seed?: string[]; seedFile?: string; redraw?: boolean; reason?: string },
      ) => {
        if (campaign === undefined) {
          draw.outputHelp();
          setExit(ExitCode.usage);
          return;
        }
        runAndPrint(context(), campaign, opts, true);
      },
    );

  const runAndPrint = (
    ctx: Context,
    campaign: string,
    opts: { seed?: string[]; seedFile?: string; redraw?: boolean; reason?: string },
    oneGo: boolean,
  ) => {
    const seed = seedFrom(ctx, opts.seed, opts.seedFile);
    const opened = openFor(ctx, false);
    const result = runDraw(opened, campaign, {
      seed,
      oneGo,
      redraw: opts.redraw === true,
      reason: opts.reason,
      lang: opened.lang,
      now,
    });
    for (const note of result.notes) ctx.io.stdout(note + "\n");
    ctx.io.stdout(renderDrawText(result.record, opened.workspace, opened.lang, ctx.colors.bold("x") !== "x", false));
    const objects = result.record.teams.reduce((n, team) => n + team.objects.length, 0);
    ctx.io.stdout(
      message(
        "draw-done",
        { campaign, attempt: result.record.attempt, objects, teams: result.record.teams.length, record: result.path },
        opened.lang,
      ) + "\n",
    );
    setExit(ExitCode.ok);
  };

  draw
    .command("prepare <campaign>")
    .description(t("cmd-draw-prepare"))
    .action((campaign: string) => {
      const ctx = context();
      const opened = openFor(ctx, false);
      const result = prepareDraw(opened, campaign, now);
      ctx.io.stdout(renderPopulation(result.population, opened.lang, ctx.colors.bold("x") !== "x"));
      ctx.io.stdout(
        message(
          "prepare-done",
          { campaign, seq: result.line.seq, digest: result.population.digest.slice(0, 16) + "…" },
          opened.lang,
        ) + "\n",
      );
      setExit(ExitCode.ok);
    });

  draw
    .command("run <campaign>")
    .description(t("cmd-draw-run"))
    .option("--seed <LABEL=DIGITS>", t("opt-seed"), collect)
    .option("--seed-file <file>", t("opt-seed-file"))
    .option("--redraw", t("opt-redraw"))
    .option("--reason <text>", t("opt-reason"))
    // The parent `draw` declares the same options and commander hands them to it: read both.
    .action((campaign: string, _opts: unknown, command: Command) =>
      runAndPrint(context(), campaign, command.optsWithGlobals(), false),
    );

  draw
    .command("show <record>")
    .description(t("cmd-draw-show"))
    .addOption(
      new Option("-f, --format <format>", t("opt-format-draw")).choices(["text", "json", "csv", "md"]).default("text"),
    )
    .action((ref: string, opts: { format: "text" | "json" | "csv" | "md" }) => {
      const ctx = context();
      const opened = openFor(ctx, false);
      const path = resolveRecordPath(opened.workspace.root, ctx.io.cwd, ref);
      const { record } = readRecord(path.abs, path.rel);
      const ws = opened.workspace;
      const out =
        opts.format === "json"
          ? renderJson(record)
          : opts.format === "csv"
            ? renderDrawCsv(record, ws, opened.lang)
            : opts.format === "md"
              ? renderDrawMarkdown(record, ws, opened.lang)
              : renderDrawText(record, ws, opened.lang, ctx.colors.bold("x") !== "x");
      ctx.io.stdout(out);
      setExit(ExitCode.ok);
    });

  program
    .command("substitute <record> <object>")
    .description(t("cmd-substitute"))
    .option("--reason <text>", t("opt-reason"))
    .action((ref: string, object: string, opts: { reason?: string }) => {
      const ctx = context();
      const root = rootOf(ctx);
      const lang = langOf(ctx, root);
      const { substitution } = substituteObject(
        root,
        resolveRecordPath(root, ctx.io.cwd, ref),
        object,
        opts.reason,
        now,
      );
      ctx.io.stdout(message("substitute-done", substitution, lang) + "\n");
      setExit(ExitCode.ok);
    });

  program
    .command("verify [record]")
    .description(t("cmd-verify"))
    .option("--ledger", t("opt-ledger"))
    .option("--bundle <dir>", t("opt-bundle"))
    .addOption(new Option("-f, --format <format>", t("opt-format-show")).choices(["text", "json"]).default("text"))
    .action((ref: string | undefined, opts: { ledger?: boolean; bundle?: string; format: string }) => {
      const ctx = context();
      if (opts.bundle !== undefined) {
        const dir = resolve(ctx.io.cwd, opts.bundle);
        setExit(
          printVerify(
            ctx,
            verifyBundle(dir),
            quickLang(ctx.global.lang, ctx.io.env, resolve(dir, "workspace"), ctx.io.cwd),
            opts.format,
          ),
        );
        return;
      }
      const root = rootOf(ctx);
      const lang = langOf(ctx, root);
      if (opts.ledger) {
        const result = verifyLedger(root);
        if (opts.format === "json")
          ctx.io.stdout(
            renderJson({ format: "checkonce-verify-ledger/1", verified: result.problems.length === 0, ...result }),
          );
        else if (result.problems.length === 0)
          ctx.io.stdout(
            ctx.colors.green(message("verify-ledger-ok", { lines: result.lines, records: result.records }, lang)) +
              "\n",
          );
        else {
          ctx.io.stdout(
            ctx.colors.red(message("verify-ledger-failed", { count: result.problems.length }, lang)) + "\n",
          );
          for (const p of result.problems) ctx.io.stdout(`  - ${p}\n`);
        }
        setExit(result.problems.length === 0 ? ExitCode.ok : ExitCode.findings);
        return;
      }
      if (ref === undefined)
        throw new UsageError("usage-error", { detail: "verify <record> | --ledger | --bundle <dir>" });
      setExit(printVerify(ctx, verifyRecordFile(root, resolveRecordPath(root, ctx.io.cwd, ref)), lang, opts.format));
    });

  program
    .command("audit-bundle <record> <dir>")
    .description(t("cmd-audit-bundle"))
    .action((ref: string, dir: string) => {
      const ctx = context();
      const root = rootOf(ctx);
      writeAuditBundle(root, resolveRecordPath(root, ctx.io.cwd, ref), resolve(ctx.io.cwd, dir));
      ctx.io.stdout(message("bundle-done", { dir }, langOf(ctx, root)) + "\n");
      setExit(ExitCode.ok);
    });
}
