import { Command, CommanderError, Help, Option } from "commander";
import { environmentLang, explicitLang } from "../i18n/locale.js";
import { message, type Lang, type UiKey } from "../i18n/messages.js";
import { ExitCode, UsageError } from "../diagnostics/errors.js";
import { colorEnabled, palette } from "../util/colors.js";
import { isIsoDate } from "../util/dates.js";
import { toolVersion } from "../util/version.js";
import { DrawError } from "../draw/draw-error.js";
import { quickLang } from "../workspace/quick-lang.js";
import { asFsFailure } from "../util/io-error.js";
import { terminalText } from "../util/safe-text.js";
import { relative } from "node:path";
import type { Context, GlobalOptions, Io } from "../commands/context.js";
import type { CommandDecl } from "../commands/declare.js";
import { lazyCommands } from "./command-manifest.js";

export type { Io } from "../commands/context.js";

/** Parses the arguments, runs one command, returns the exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const langArg = argv.find((a, i) => argv[i - 1] === "--lang") ?? argv.find((a) => a.startsWith("--lang="))?.slice(7);
  const workspaceArg = argv.find((a, i) => argv[i - 1] === "-w" || argv[i - 1] === "--workspace");
  // Help follows the same rule as every message: --lang, the workspace's locale, the environment.
  const helpLang = quickLang(langArg, io.env, workspaceArg, io.cwd);
  const t = (key: string) => message(`help-${key}` as UiKey, {}, helpLang);
  let exitCode: number = ExitCode.ok;

  const program = new Command("checkonce")
    .description(t("program"))
    .version(toolVersion, "-V, --version", t("opt-version"))
    .helpOption("-h, --help", t("opt-help"))
    .helpCommand(false)
    .option("-w, --workspace <dir>", t("opt-workspace"))
    .option("--lang <lang>", t("opt-lang"))
    .option("--no-color", t("opt-no-color"))
    .option("--today <date>", t("opt-today"))
    .option("--no-cache", t("opt-no-cache"))
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(localiseCommanderError(text, helpLang)),
    });
  const helpTitles: Record<string, string> =
    helpLang === "zh"
      ? {
          "Usage:": "用法：",
          "Options:": "选项：",
          "Commands:": "命令：",
          "Arguments:": "参数：",
          "Global Options:": "全局选项：",
        }
      : {};
  program.configureHelp({
    styleTitle: (s: string) => helpTitles[s] ?? s,
    // commander appends "(choices: …, default: …)" in English; ours is in the help's language.
    optionDescription: (option: Option) => {
      const extra: string[] = [];
      if (option.argChoices)
        extra.push(
          message("help-choices", { choices: option.argChoices.join(helpLang === "zh" ? "、" : ", ") }, helpLang),
        );
      if (option.defaultValue !== undefined && (option.required || option.optional))
        extra.push(message("help-default", { value: String(option.defaultValue) }, helpLang));
      if (extra.length === 0) return option.description;
      return helpLang === "zh"
        ? `${option.description}（${extra.join("；")}）`
        : `${option.description} (${extra.join("; ")})`;
    },
    commandUsage: (cmd: Command) => {
      const usage = new Help().commandUsage(cmd);
      return helpLang === "zh" ? usage.replace("[options]", "[选项]").replace("[command]", "[命令]") : usage;
    },
  });

  /** The global options, resolved once the arguments are parsed. */
  const context = (): Context => {
    const global = program.opts<GlobalOptions>();
    const lang = explicitLang(global.lang);
    const envLang = environmentLang(io.env);
    if (global.today !== undefined && !isIsoDate(global.today))
      throw new UsageError("invalid-option", { option: "--today", value: global.today, allowed: "YYYY-MM-DD" });
    // zh, en, or a locale of one of them (zh-CN, en_GB); anything else is a mistake, not English.
    if (global.lang !== undefined && !/^(zh|en)([-_][A-Za-z0-9]{1,8})*$/i.test(global.lang))
      throw new UsageError("invalid-option", { option: "--lang", value: global.lang, allowed: "zh, en" });
    return {
      io,
      lang,
      envLang,
      global,
      today: global.today,
      colors: palette(colorEnabled({ isTTY: io.stdoutIsTTY }, global.color, io.env)),
      progress: io.stderrIsTTY
        ? (file, index, total) =>
            io.stderr(
              `\r${message("progress-reading", { file, index, total }, lang ?? helpLang)}\u001b[K${index === total ? "\n" : ""}`,
            )
        : undefined,
    };
  };

  /** A commander command from a declaration; its action runs the declared function. */
  const declare = (parent: Command, decl: CommandDecl<never>): void => {
    const command = parent.command(decl.name).description(t(decl.help));
    for (const arg of decl.args ?? []) command.argument(arg.name, arg.help === undefined ? undefined : t(arg.help));
    for (const o of decl.options ?? []) {
      const option = new Option(o.flags, t(o.help));
      if (o.choices) option.choices(o.choices);
      if (o.default !== undefined) option.default(o.default);
      if (o.repeatable)
        option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
      command.addOption(option);
    }
    for (const sub of decl.subcommands ?? []) declare(command, sub);
    const run = decl.run;
    if (!run) return;
    const arity = (decl.args ?? []).length;
    command.action(async (...params: unknown[]) => {
      const args = params.slice(0, arity) as (string | undefined)[];
      // The options of the commands above are merged in: `draw run` reads the seed given to `draw`.
      exitCode = await run(context(), args, command.optsWithGlobals() as never, {
        outputHelp: () => command.outputHelp(),
      });
    });
  };
  // From the built manifest, each command's code loaded when it runs; all of them when there is none (tests from src/).
  const commands = lazyCommands() ?? (await import("../commands/index.js")).commands;
  // A run that names its command builds only that one: the others serve the program's help alone.
  const named = namedCommand(argv);
  const run = commands.filter((decl) => decl.name === named);
  for (const decl of run.length === 1 ? run : commands) declare(program, decl);

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    return exitCodeOf(error, argv, io, langArg);
  }
}

const globalWithValue = new Set(["-w", "--workspace", "--lang", "--today"]);
const globalFlags = new Set(["--no-color", "--no-cache"]);

/**
 * The first word of the arguments that is not a global option or its value: the command run.
 * Undefined when help or the version may be asked before it, or an option is not one of ours, so
 * that commander then sees every command, as it must to list them or to suggest a name.
 */
export function namedCommand(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (globalWithValue.has(arg)) i++;
    else if (/^--(workspace|lang|today)=/.test(arg) || (arg.startsWith("-w") && arg.length > 2)) continue;
    else if (!globalFlags.has(arg)) return arg.startsWith("-") ? undefined : arg;
  }
  return undefined;
}

/** The one place that turns an error into a message and an exit code. */
function exitCodeOf(error: unknown, argv: readonly string[], io: Io, langArg: string | undefined): number {
  if (error instanceof CommanderError) {
    if (["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code)) return ExitCode.ok;
    return ExitCode.usage;
  }
  const workspaceArg = argv.find((a, i) => argv[i - 1] === "-w" || argv[i - 1] === "--workspace");
  const lang = quickLang(langArg, io.env, workspaceArg, io.cwd);
  // Every text here may carry a file's content or a user's argument: shown, never interpreted.
  const say = (text: string) => io.stderr(terminalText(text, 20_000) + "\n");
  if (error instanceof DrawError) {
    say(message("usage-error", { detail: message(error.key, error.params, lang) }, lang));
    return drawErrorExit(error);
  }
  if (error instanceof UsageError) {
    say(message("usage-error", { detail: message(error.key, error.params, lang) }, lang));
    return ExitCode.usage;
  }
  // A full disk, a read-only folder, a path that is a file: the machine's state, not a bug (exit 2).
  const failure = asFsFailure(error);
  if (failure) {
    const path = failure.path === "" ? "" : relative(io.cwd, failure.path) || ".";
    const params = {
      path,
      cause: failure.code,
      detail: failure.syscall ? `${failure.code}, ${failure.syscall}` : failure.code,
    };
    say(message("usage-error", { detail: message("io-failed", params, lang) }, lang));
    return ExitCode.usage;
  }
  const detail = error instanceof Error ? error.message : String(error);
  say(message("internal-error", { detail }, lang));
  if (io.env.CHECKONCE_DEBUG) io.stderr(`${(error as Error).stack ?? ""}\n`);
  return ExitCode.usage;
}

/** Wrong arguments are usage errors (2); a draw the data or the ledger refuses is a finding (1). */
function drawErrorExit(error: DrawError): number {
  const usage = [
    "seed-missing",
    "seed-malformed",
    "seed-too-short",
    "seed-duplicate-label",
    "seed-file-unreadable",
    "record-not-found",
    "bundle-exists",
  ];
  return usage.includes(error.key) ? ExitCode.usage : ExitCode.findings;
}

/**
 * commander's own argument errors, said in the user's language and in the words of every other
 * usage error ("Error: Invalid value “gold” for --tier: …"): its texts are English only, and
 * worded its own way. A text not recognised is printed as commander wrote it.
 */
export function localiseCommanderError(text: string, lang: Lang): string {
  const say = (key: UiKey, params: Record<string, string>) =>
    message("usage-error", { detail: message(key, params, lang) }, lang);
  /** "-f, --format <format>" → "--format". */
  const flag = (flags: string) => flags.match(/--[\w-]+/g)?.pop() ?? flags;
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/^error: unknown option '([^']*)'/, (option) => say("cli-unknown-option", { option })],
    [/^error: unknown command '([^']*)'/, (command) => say("cli-unknown-command", { command })],
    [/^error: missing required argument '([^']*)'/, (argument) => say("cli-missing-argument", { argument })],
    [/^error: option '([^']*)' argument missing/, (option) => say("cli-option-needs-value", { option: flag(option) })],
    [
      /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./,
      (option, value, allowed) => say("invalid-option", { option: flag(option), value, allowed }),
    ],
    [
      /^error: too many arguments(?: for '[^']*')?\. Expected (\d+) arguments? but got (\d+)\./,
      (expected, got) => say("cli-too-many-arguments", { expected, got }),
    ],
  ];
  for (const [pattern, render] of rules) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = text
      .slice(match[0].length)
      .replace(/\(Did you mean (.*)\?\)/, (_, suggestion: string) => message("cli-did-you-mean", { suggestion }, lang));
    return `${render(...match.slice(1))}${rest}`;
  }
  return text;
}
