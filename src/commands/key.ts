import { ExitCode, UsageError } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import { generateWorkspaceKey } from "../ledger/checkpoint-service.js";
import { resolve } from "node:path";
import { openFor } from "./context.js";
import { defineCommand } from "./declare.js";
import { withLedgerErrors } from "./ledger-errors.js";

/** `checkonce key generate [--department <id>]`: the office's signing key, or a department's cosigning key. */
const generateCommand = defineCommand<{ department?: string; out?: string }>({
  name: "generate",
  help: "cmd-key-generate",
  options: [
    { flags: "--department <id>", help: "opt-key-department" },
    { flags: "--out <file>", help: "opt-key-out" },
  ],
  run(ctx, _args, options) {
    const opened = openFor(ctx);
    const { workspace: ws, lang } = opened;
    return withLedgerErrors(ctx, lang, () => {
      if (options.department !== undefined && !ws.departments.some((d) => d.value.id === options.department))
        throw new UsageError("key-unknown-department", {
          department: options.department,
          known: ws.departments.map((d) => d.value.id).join(", ") || "-",
        });
      const made = generateWorkspaceKey(
        ws.root,
        ws.config.county.areaCode,
        options.department,
        options.out === undefined ? undefined : resolve(ctx.io.cwd, options.out),
      );
      ctx.io.stdout(
        message(
          "key-generated",
          {
            name: made.name,
            keyId: made.signer.id.toString("hex"),
            private: made.privatePath,
            public: made.publicRel,
            vkey: made.signer.text,
          },
          lang,
        ) + "\n",
      );
      return ExitCode.ok;
    });
  },
});

export const keyCommand = defineCommand<never>({
  name: "key",
  help: "cmd-key",
  subcommands: [generateCommand],
  run(_ctx, _args, _options, command) {
    command.outputHelp();
    return ExitCode.usage;
  },
});
