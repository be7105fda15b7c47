import type { MessageParams, DiagnosticCode, UiKey } from "../i18n/messages.js";

/**
 * Expected failures that end a command (changesets' ExitError): wrong arguments or input that
 * cannot be read (exit 2). Findings in the data are results, not exceptions.
 */
export class UsageError extends Error {
  constructor(
    readonly key: DiagnosticCode | UiKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
  }
}

/** The one exit-code policy for every command (STYLE.md). */
export const ExitCode = { ok: 0, findings: 1, usage: 2 } as const;
