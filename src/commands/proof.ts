import { ExitCode } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import { writeWorkspaceProof } from "../ledger/checkpoint-service.js";
import { resolve, relative } from "node:path";
import { languageOf, workspaceRoot } from "./context.js";
import { defineCommand } from "./declare.js";
import { withLedgerErrors } from "./ledger-errors.js";

/** `checkonce proof <campaign> <object>`: one enterprise's self-contained proof that it was drawn fairly. */
export const proofCommand = defineCommand<{ out?: string }>({
  name: "proof",
  help: "cmd-proof",
  args: [{ name: "<campaign>" }, { name: "<object>" }],
  options: [{ flags: "--out <file>", help: "opt-proof-out" }],
  run(ctx, [campaign = "", object = ""], options) {
    const root = workspaceRoot(ctx);
    const lang = languageOf(ctx, root);
    return withLedgerErrors(ctx, lang, () => {
      const out = options.out === undefined ? undefined : relative(root, resolve(ctx.io.cwd, options.out));
      const { file, proof } = writeWorkspaceProof(root, campaign, object, out);
      const outcome = message(`outcome-${proof.outcome}`, {}, lang);
      const params = { object, campaign, file, outcome, seq: proof.ledgerLine.seq, size: proof.inclusion.treeSize };
      ctx.io.stdout(message("proof-written", params, lang) + "\n");
      return ExitCode.ok;
    });
  },
});
