import type { Context } from "./context.js";

/**
 * What a command declares: its name, arguments and options, with the catalogue keys of their help
 * (`help-<key>` in src/i18n), and the function that runs it. src/cli/ builds the commander program
 * from these declarations and nothing else.
 */
export interface OptionDecl {
  /** As commander spells it: "-f, --format <format>", "--strict", "--no-verify". */
  flags: string;
  help: string;
  choices?: readonly string[];
  default?: string;
  /** May be given several times; the values are collected in order. */
  repeatable?: boolean;
}

export interface ArgumentDecl {
  /** "<record>" (required) or "[dir]" (optional). */
  name: string;
  /** Shown under "Arguments:" in the help when given. */
  help?: string;
}

/** What a running command may ask of the program around it. */
export interface CommandHandle {
  outputHelp(): void;
}

export interface CommandDecl<Options = never> {
  name: string;
  help: string;
  args?: readonly ArgumentDecl[];
  options?: readonly OptionDecl[];
  subcommands?: readonly CommandDecl<never>[];
  /**
   * Runs the command with its positional arguments and its options (merged with those of the
   * commands above it) and returns the exit code: 0 ok, 1 findings, 2 usage or unreadable input.
   * Expected failures may also be thrown as UsageError or DrawError; src/cli/ maps them.
   */
  run?: (
    ctx: Context,
    args: (string | undefined)[],
    options: Options,
    command: CommandHandle,
  ) => number | Promise<number>;
}

/** Keeps each command's options typed while the list of commands holds them all. */
export function defineCommand<Options>(decl: CommandDecl<Options>): CommandDecl<never> {
  return decl as unknown as CommandDecl<never>;
}
