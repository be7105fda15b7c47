import { resolve } from "node:path";
import { ExitCode, UsageError } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import { cosignWorkspaceCheckpoint, makeWorkspaceCheckpoint } from "../ledger/checkpoint-service.js";
import { defaultPrivateKeyPath, readSigner } from "../ledger/keys.js";
import { openFor, type Context } from "./context.js";
import { defineCommand } from "./declare.js";
import { withLedgerErrors } from "./ledger-errors.js";

function keyPath(ctx: Context, given: string | undefined, fallback: string): string {
  return given === undefined ? defaultPrivateKeyPath(fallback) : resolve(ctx.io.cwd, given);
}

/** `checkonce checkpoint cosign [file]`: a department cosigns the office's latest (or a given) checkpoint. */
const cosignCommand = defineCommand<{ key?: string; department?: string }>({
  name: "cosign",
  help: "cmd-checkpoint-cosign",
  args: [{ name: "[checkpoint]", help: "arg-checkpoint-file" }],
  options: [
    { flags: "--key <file>", help: "opt-cosign-key" },
    { flags: "--department <id>", help: "opt-key-department" },
  ],
  run(ctx, [file], options) {
    const opened = openFor(ctx);
    const { workspace: ws, lang } = opened;
    const area = ws.config.county.areaCode;
    if (options.key === undefined && options.department === undefined)
      throw new UsageError("usage-error", { detail: "checkpoint cosign --key <file> | --department <id>" });
    return withLedgerErrors(ctx, lang, () => {
      const signer = readSigner(keyPath(ctx, options.key, `${area}-${options.department ?? ""}.key`));
      const seconds = BigInt(Math.floor(Date.now() / 1000));
      const done = cosignWorkspaceCheckpoint(
        ws.root,
        area,
        signer,
        seconds,
        file === undefined ? undefined : resolve(ctx.io.cwd, file),
      );
      const params = { size: done.stored.checkpoint.size, short: done.short, name: signer.name, file: done.file };
      ctx.io.stdout(message("checkpoint-cosigned", params, lang) + "\n\n" + done.stored.text);
      return ExitCode.ok;
    });
  },
});

/** `checkonce checkpoint`: the ledger's size and Merkle root, signed by the office, stored and printed. */
export const checkpointCommand = defineCommand<{ key?: string }>({
  name: "checkpoint",
  help: "cmd-checkpoint",
  options: [{ flags: "--key <file>", help: "opt-office-key" }],
  subcommands: [cosignCommand],
  run(ctx, _args, options) {
    const opened = openFor(ctx);
    const { workspace: ws, lang } = opened;
    const area = ws.config.county.areaCode;
    return withLedgerErrors(ctx, lang, () => {
      const signer = readSigner(keyPath(ctx, options.key, `${area}-office.key`));
      const done = makeWorkspaceCheckpoint(ws.root, area, signer);
      const params = { origin: done.origin, size: done.stored.checkpoint.size, short: done.short, file: done.file };
      ctx.io.stdout(message("checkpoint-done", params, lang) + "\n\n" + done.stored.text);
      return ExitCode.ok;
    });
  },
});
