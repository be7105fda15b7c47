import { ExitCode } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import { resolveRecordPath } from "../draw/record-file.js";
import { substituteObject } from "../ledger/enter-substitution.js";
import { languageOf, lockNotice, workspaceRoot } from "./context.js";
import { defineCommand } from "./declare.js";

/** `checkonce substitute <record> <object>`: the next reserve replaces an object that cannot be inspected. */
export const substituteCommand = defineCommand<{ reason?: string }>({
  name: "substitute",
  help: "cmd-substitute",
  args: [{ name: "<record>" }, { name: "<object>" }],
  options: [{ flags: "--reason <text>", help: "opt-reason" }],
  run(ctx, [ref = "", object = ""], options) {
    const root = workspaceRoot(ctx);
    const lang = languageOf(ctx, root);
    const { substitution } = substituteObject(
      root,
      resolveRecordPath(root, ctx.io.cwd, ref),
      object,
      options.reason,
      () => new Date().toISOString(),
      lockNotice(ctx, lang),
    );
    ctx.io.stdout(message("substitute-done", substitution, lang) + "\n");
    return ExitCode.ok;
  },
});
