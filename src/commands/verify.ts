import { existsSync } from "node:fs";
import { join } from "node:path";
import { readLedger } from "../ledger/ledger.js";
import { verifyResultsLedger } from "../results/check-results.js";
import { loadResultsModel } from "../results/load-results.js";
import { isResultLine } from "../results/result-ledger.js";
import { resolve } from "node:path";
import { ExitCode, UsageError } from "../diagnostics/errors.js";
import { message, type Lang } from "../i18n/messages.js";
import { resolveRecordPath } from "../draw/record-file.js";
import { verifyBundle, verifyLedger, verifyRecordFile, type VerifyResult } from "../ledger/verify-record.js";
import { renderJson } from "../util/listing.js";
import { quickLang } from "../workspace/quick-lang.js";
import { languageOf, openFor, workspaceRoot, type Context } from "./context.js";
import { defineCommand } from "./declare.js";
import { localiseDifference } from "../i18n/differences.js";
import { printCheckpointVerify, printProofVerify } from "./verify-checkpoint.js";

interface VerifyOptions {
  ledger?: boolean;
  bundle?: string;
  checkpoint?: string[];
  proof?: string;
  key?: string[];
  format: "text" | "json";
}

/** `checkonce verify`: a record recomputed and checked against the ledger, the whole ledger, or a bundle. */
export const verifyCommand = defineCommand<VerifyOptions>({
  name: "verify",
  help: "cmd-verify",
  args: [{ name: "[record]" }],
  options: [
    { flags: "--ledger", help: "opt-ledger" },
    { flags: "--bundle <dir>", help: "opt-bundle" },
    { flags: "--checkpoint <file-or-text>", help: "opt-checkpoint", repeatable: true },
    { flags: "--proof <file>", help: "opt-proof" },
    { flags: "--key <file>", help: "opt-trusted-key", repeatable: true },
    { flags: "-f, --format <format>", help: "opt-format-show", choices: ["text", "json"], default: "text" },
  ],
  run(ctx, [ref], options) {
    if (options.proof !== undefined)
      return printProofVerify(ctx, languageOf(ctx), options.proof, options.key, options.format);
    if (options.bundle !== undefined) {
      const dir = resolve(ctx.io.cwd, options.bundle);
      const lang = quickLang(ctx.global.lang, ctx.io.env, resolve(dir, "workspace"), ctx.io.cwd);
      return printVerify(ctx, verifyBundle(dir), lang, options.format);
    }
    const root = workspaceRoot(ctx);
    const lang = languageOf(ctx, root);
    if (options.ledger) return printLedger(ctx, root, lang, options.format);
    if (options.checkpoint !== undefined)
      return printCheckpointVerify(ctx, root, lang, options.checkpoint, options.key, options.format);
    if (ref === undefined) throw new UsageError("verify-what", { usage: message("verify-usage", {}, lang) });
    return printVerify(ctx, verifyRecordFile(root, resolveRecordPath(root, ctx.io.cwd, ref)), lang, options.format);
  },
});

function printLedger(ctx: Context, root: string, lang: Lang, format: string): number {
  const draws = verifyLedger(root);
  // Results, amendments and re-inspections are ledger lines too: each file must hold what its last line sealed.
  const resultsToo = existsSync(join(root, "results")) || readLedger(root).lines.some(isResultLine);
  const result = resultsToo
    ? { ...draws, problems: [...draws.problems, ...verifyResultsLedger(loadResultsModel(openFor(ctx).workspace))] }
    : draws;
  const ok = result.problems.length === 0;
  if (format === "json") ctx.io.stdout(renderJson({ format: "checkonce-verify-ledger/1", verified: ok, ...result }));
  else if (ok)
    ctx.io.stdout(
      ctx.colors.green(message("verify-ledger-ok", { lines: result.lines, records: result.records }, lang)) + "\n",
    );
  else {
    ctx.io.stdout(ctx.colors.red(message("verify-ledger-failed", { count: result.problems.length }, lang)) + "\n");
    for (const p of result.problems) ctx.io.stdout(`  - ${localiseDifference(p, lang)}\n`);
  }
  return ok ? ExitCode.ok : ExitCode.findings;
}

function printVerify(ctx: Context, result: VerifyResult, lang: Lang, format: string): number {
  const ok = result.differences.length === 0;
  const { path, record } = result.record;
  if (format === "json") {
    ctx.io.stdout(
      renderJson({
        format: "checkonce-verify/1",
        verified: ok,
        record: path,
        campaign: record.campaign,
        attempt: record.attempt,
        source: result.source,
        differences: result.differences,
      }),
    );
  } else if (ok) {
    const sourceKey = { live: "live-files", bundle: "bundle-files", snapshot: "snapshot-files" } as const;
    const source = message(sourceKey[result.source], {}, lang);
    const params = { record: path, campaign: record.campaign, attempt: record.attempt, source };
    ctx.io.stdout(ctx.colors.green(message("verify-ok", params, lang)) + "\n");
  } else {
    ctx.io.stdout(
      ctx.colors.red(message("verify-failed", { record: path, count: result.differences.length }, lang)) + "\n",
    );
    for (const d of result.differences) ctx.io.stdout(`  - ${localiseDifference(d, lang)}\n`);
  }
  return ok ? ExitCode.ok : ExitCode.findings;
}
