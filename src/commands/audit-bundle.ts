import { resolve } from "node:path";
import { ExitCode } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import { resolveRecordPath } from "../draw/record-file.js";
import { writeAuditBundle } from "../ledger/audit-bundle.js";
import { languageOf, workspaceRoot } from "./context.js";
import { defineCommand } from "./declare.js";

/** `checkonce audit-bundle <record> <dir>`: everything an auditor needs to verify a draw elsewhere. */
export const auditBundleCommand = defineCommand({
  name: "audit-bundle",
  help: "cmd-audit-bundle",
  args: [{ name: "<record>" }, { name: "<dir>" }],
  run(ctx, [ref = "", dir = ""]) {
    const root = workspaceRoot(ctx);
    writeAuditBundle(root, resolveRecordPath(root, ctx.io.cwd, ref), resolve(ctx.io.cwd, dir), dir);
    ctx.io.stdout(message("bundle-done", { dir }, languageOf(ctx, root)) + "\n");
    return ExitCode.ok;
  },
});
