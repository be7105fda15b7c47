import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ExitCode, UsageError } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import type { ResultsUiKey } from "../i18n/messages-results.js";
import { readLedger } from "../ledger/ledger.js";
import { indexById } from "../registries/model.js";
import { todayIso } from "../util/dates.js";
import { toPosix, writeFileAtomic } from "../util/fs.js";
import { applyCredit, proposalPath, proposalText, proposeCredit, readProposal } from "../results/credit.js";
import { loadResultsModel } from "../results/load-results.js";
import { lockNotice, openFor } from "./context.js";
import { defineCommand } from "./declare.js";

const proposeCommand = defineCommand<{ year?: string; force?: boolean }>({
  name: "propose",
  help: "cmd-credit-propose",
  options: [
    { flags: "--year <year>", help: "opt-year" },
    { flags: "--force", help: "opt-force-proposal" },
  ],
  run(ctx, _args, o) {
    const today = ctx.today ?? todayIso();
    const year = o.year !== undefined ? Number(o.year) : Number(today.slice(0, 4));
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw new UsageError("invalid-option", { option: "--year", value: o.year ?? "", allowed: "2000–2100" });
    const opened = openFor(ctx);
    const ws = opened.workspace;
    const rel = proposalPath(year);
    if (existsSync(join(ws.root, rel)) && o.force !== true)
      throw new UsageError("credit-proposal-exists", { file: rel });
    const proposal = proposeCredit(ws, loadResultsModel(ws), year, today);
    writeFileAtomic(join(ws.root, rel), proposalText(proposal, 1));
    ctx.io.stdout(
      message(
        "credit-proposed",
        {
          file: rel,
          tiers: proposal.tierChanges.length,
          abnormal: proposal.abnormalOperations.length,
          serious: proposal.seriousDishonesty.length,
        },
        opened.lang,
      ) + "\n",
    );
    return ExitCode.ok;
  },
});

const applyCommand = defineCommand({
  name: "apply",
  help: "cmd-credit-apply",
  args: [{ name: "<proposal>", help: "arg-proposal" }],
  run(ctx, [file = ""]) {
    const opened = openFor(ctx);
    const ws = opened.workspace;
    const lang = opened.lang;
    const abs = resolve(ctx.io.cwd, file);
    const rel = toPosix(relative(ws.root, abs));
    const read = readProposal(abs);
    const shown = toPosix(relative(ctx.io.cwd, abs)) || file;
    if (!read.proposal) {
      for (const p of read.problems)
        ctx.io.stderr(
          `${shown}:${p.line}:${p.col} ${message("severity-error", {}, lang)} ${p.code} ${message(p.code as ResultsUiKey, p.params, lang)}\n`,
        );
      // A file that is missing or cannot be read is unreadable input (exit 2); a broken one is a finding.
      const code = read.problems[0]?.code;
      return code === "credit-proposal-missing" || code === "credit-proposal-unreadable"
        ? ExitCode.usage
        : ExitCode.findings;
    }
    const result = applyCredit(
      ws,
      rel,
      read.proposal,
      read.digest,
      readLedger(ws.root).lines,
      () => new Date().toISOString(),
      lockNotice(ctx, lang),
    );
    if (result.problems.length > 0) {
      for (const p of result.problems)
        ctx.io.stderr(
          `${shown}: ${message("severity-error", {}, lang)} ${p.code} ${message(p.code as ResultsUiKey, p.params, lang)}\n`,
        );
      ctx.io.stderr(message("credit-refused", { count: result.problems.length }, lang) + "\n");
      return ExitCode.findings;
    }
    const objects = indexById(ws.objects);
    ctx.io.stdout(
      message(
        "credit-applied",
        {
          applied: result.applied.length,
          listed: result.listed.length,
          already: result.already.length,
          rejected: result.rejected,
        },
        lang,
      ) + "\n",
    );
    for (const a of result.applied)
      ctx.io.stdout(
        message(
          "credit-change",
          { object: a.object, name: objects.get(a.object)?.value.name ?? "", from: a.from, to: a.to },
          lang,
        ) + "\n",
      );
    for (const l of result.listed)
      ctx.io.stdout(
        message("credit-listed", { object: l.object, list: message(`list-${l.list}`, {}, lang) }, lang) + "\n",
      );
    return ExitCode.ok;
  },
});

/** `checkonce credit propose | apply` (issue 8; 实施方案 二(三)). */
export const creditCommand = defineCommand({
  name: "credit",
  help: "cmd-credit",
  subcommands: [proposeCommand, applyCommand],
});
