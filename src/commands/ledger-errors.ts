import { ExitCode } from "../diagnostics/errors.js";
import { message, type Lang } from "../i18n/messages.js";
import { CheckpointError } from "../ledger/checkpoint-service.js";
import { KeyError } from "../ledger/keys.js";
import type { Context } from "./context.js";

/**
 * The checkpoint commands' expected refusals, printed as every command prints an error: wrong
 * arguments or an unusable file exit 2, a refusal the ledger's state causes exits 1.
 */
export function withLedgerErrors(ctx: Context, lang: Lang, run: () => number): number {
  try {
    return run();
  } catch (error) {
    if (error instanceof CheckpointError || error instanceof KeyError) {
      ctx.io.stderr(message("usage-error", { detail: message(error.key, error.params, lang) }, lang) + "\n");
      return error instanceof KeyError || error.usage ? ExitCode.usage : ExitCode.findings;
    }
    throw error;
  }
}
