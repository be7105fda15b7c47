import { ExitCode, UsageError } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import { isIsoDate, todayIso } from "../util/dates.js";
import { checkResults } from "../results/check-results.js";
import { loadResultsModel } from "../results/load-results.js";
import { buildPublication } from "../results/publication.js";
import { publicationFormats, writePublication, type PublicationFormat } from "../results/write-publication.js";
import { listCheckpoints } from "../ledger/checkpoint-store.js";
import { checkpointDocLines } from "../ledger/checkpoint.js";
import { lockNotice, openFor } from "./context.js";
import { defineCommand } from "./declare.js";

/** `checkonce publish <campaign>`: the results list for publication (抽查结果公示), issue 8. */
export const publishCommand = defineCommand<{ format?: string; asOf?: string }>({
  name: "publish",
  help: "cmd-publish",
  args: [{ name: "<campaign>", help: "arg-campaign" }],
  options: [
    { flags: "-f, --format <formats>", help: "opt-format-publish" },
    { flags: "--as-of <date>", help: "opt-as-of" },
  ],
  async run(ctx, [campaign = ""], o) {
    const formats = (o.format ?? publicationFormats.join(","))
      .split(",")
      .map((f) => f.trim().toLowerCase())
      .filter((f) => f !== "");
    const unknown = formats.find((f) => !(publicationFormats as readonly string[]).includes(f));
    if (unknown !== undefined || formats.length === 0)
      throw new UsageError("publish-unknown-format", { format: unknown ?? "", allowed: publicationFormats.join(", ") });
    if (o.asOf !== undefined && !isIsoDate(o.asOf))
      throw new UsageError("invalid-option", { option: "--as-of", value: o.asOf, allowed: "YYYY-MM-DD" });
    const opened = openFor(ctx);
    const ws = opened.workspace;
    const lang = opened.lang;
    const asOf = o.asOf ?? ctx.today ?? todayIso();
    const model = loadResultsModel(ws);
    const c = model.campaigns.find((x) => x.campaign === campaign);
    if (!c?.draw)
      throw new UsageError(
        ws.campaigns.some((x) => x.value.id === campaign) ? "results-not-drawn" : "results-unknown-campaign",
        {
          campaign,
        },
      );
    // Only results that keep every rule are published; an error in one is corrected first.
    const errors = checkResults(ws, model, { today: asOf, locate: () => ({ line: 0, col: 0 }) }).filter(
      (d) => d.severity === "error" && d.file.startsWith(`results/${campaign}/`),
    );
    if (errors.length > 0) {
      ctx.io.stderr(ctx.colors.red(message("publish-refused", { campaign, count: errors.length }, lang)) + "\n");
      return ExitCode.findings;
    }
    const latest = listCheckpoints(ws.root).checkpoints.at(-1);
    const publication = buildPublication(ws, c, asOf, latest);
    const written = await writePublication(
      ws.root,
      publication,
      lang,
      formats as PublicationFormat[],
      () => new Date().toISOString(),
      lockNotice(ctx, lang),
    );
    ctx.io.stdout(
      message(
        "publish-done",
        { campaign, published: publication.entries.length, held: publication.heldBack.length, dir: written.dir },
        lang,
      ) + "\n",
    );
    for (const f of written.files) ctx.io.stdout(`  ${f}\n`);
    // As `draw show` for the draw list (issue 12): the checkpoint current now, to publish with the
    // list; one that does not cover the campaign's last result is pointed out.
    // The model's ledger lines: publishing adds no result line, so they still end where the results do.
    const resultSeq = model.lines
      .filter(
        (l) =>
          ["result", "amendment", "reinspection"].includes(l.type) &&
          (l as { campaign?: string }).campaign === campaign,
      )
      .reduce((n, l) => Math.max(n, l.seq), 0);
    ctx.io.stdout(checkpointDocLines(latest, lang).heading + "\n");
    if (resultSeq > 0 && (!latest || latest.checkpoint.size < resultSeq))
      ctx.io.stderr(
        ctx.colors.yellow(
          message("publish-checkpoint-stale", { size: latest?.checkpoint.size ?? 0, seq: resultSeq }, lang),
        ) + "\n",
      );
    const sep = lang === "zh" ? "、" : ", ";
    for (const h of publication.heldBack) {
      const why = [
        ...(h.missing.length > 0 ? [message("publish-held-missing", { departments: h.missing.join(sep) }, lang)] : []),
        ...(h.unsealed.length > 0
          ? [message("publish-held-unsealed", { departments: h.unsealed.join(sep) }, lang)]
          : []),
      ].join(lang === "zh" ? "；" : "; ");
      ctx.io.stdout(ctx.colors.yellow(message("publish-held", { object: h.object, name: h.name, why }, lang)) + "\n");
    }
    return ExitCode.ok;
  },
});
