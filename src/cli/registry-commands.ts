import { Option, type Command } from "commander";
import { message } from "../i18n/messages.js";
import { listSchemaNames, readSchemaText } from "../registries/schemas.js";
import { openWorkspace } from "../workspace/open-workspace.js";
import { initWorkspace } from "../commands/init.js";
import {
  listEntries,
  listKinds,
  renderCsv,
  renderJson,
  renderTable,
  renderYaml,
  type ListKind,
} from "../commands/list.js";
import { showEntry } from "../commands/show.js";
import { countDiagnostics } from "../diagnostics/diagnostic.js";
import { ExitCode, UsageError } from "./errors.js";
import type { Context } from "./main.js";
import type { OpenWorkspace } from "../workspace/open-workspace.js";

/** Opens the workspace for a command that reads it; refuses to work from unreadable input. */
export function openFor(ctx: Context, estimates = true): OpenWorkspace {
  const opened = openWorkspace({
    workspace: ctx.global.workspace,
    lang: ctx.lang,
    today: ctx.today,
    cwd: ctx.io.cwd,
    cache: ctx.global.cache,
    onProgress: ctx.progress,
    estimates,
  });
  if (opened.unreadable)
    throw new UsageError("workspace-has-errors", { errors: countDiagnostics(opened.diagnostics).errors });
  return opened;
}

export function registerRegistryCommands(
  program: Command,
  context: () => Context,
  setExit: (code: number) => void,
  t: (key: string) => string,
): void {
  program
    .command("init [dir]")
    .description(t("cmd-init"))
    .option("--example", t("opt-example"))
    .action((dir: string | undefined, opts: { example?: boolean }) => {
      const ctx = context();
      initWorkspace(dir ?? ctx.io.cwd, opts.example === true);
      ctx.io.stdout(message("init-created", { dir: dir ?? "." }, ctx.lang ?? "en") + "\n");
      setExit(ExitCode.ok);
    });

  program
    .command("schema <kind>")
    .description(t("cmd-schema"))
    .action((kind: string) => {
      const ctx = context();
      const names = listSchemaNames();
      if (!names.includes(kind)) throw new UsageError("unknown-kind", { kind, allowed: names.join(", ") });
      ctx.io.stdout(readSchemaText(kind));
    });

  program
    .command("list <kind>")
    .description(t("cmd-list"))
    .addOption(
      new Option("-f, --format <format>", t("opt-format-list")).choices(["table", "json", "csv"]).default("table"),
    )
    .option("--township <id>", t("opt-township"))
    .addOption(new Option("--tier <tier>", t("opt-tier")).choices(["trusted", "general", "focus"]))
    .option("--department <id>", t("opt-department"))
    .option("--status <status>", t("opt-status"))
    .option("--category <category>", t("opt-category"))
    .action(
      (
        kind: string,
        opts: {
          format: "table" | "json" | "csv";
          township?: string;
          tier?: string;
          department?: string;
          status?: string;
          category?: string;
        },
      ) => {
        const ctx = context();
        if (!(listKinds as readonly string[]).includes(kind))
          throw new UsageError("unknown-kind", { kind, allowed: listKinds.join(", ") });
        const opened = openFor(ctx);
        const listing = listEntries(opened.workspace, kind as ListKind, opts, opened.lang);
        if (opts.format === "json") ctx.io.stdout(renderJson(listing.rows.map((r) => r.entry)));
        else if (opts.format === "csv") ctx.io.stdout(renderCsv(listing, opened.lang));
        else {
          ctx.io.stdout(
            listing.rows.length === 0
              ? message("list-empty", {}, opened.lang) + "\n"
              : renderTable(listing, opened.lang, ctx.colors.bold("x") !== "x"),
          );
          ctx.io.stdout(
            message("list-count", { count: listing.rows.length, total: listing.total }, opened.lang) + "\n",
          );
        }
        setExit(ExitCode.ok);
      },
    );

  program
    .command("show <id>")
    .description(t("cmd-show"))
    .addOption(new Option("-f, --format <format>", t("opt-format-show")).choices(["text", "json"]).default("text"))
    .action((id: string, opts: { format: "text" | "json" }) => {
      const ctx = context();
      const opened = openFor(ctx);
      const shown = showEntry(opened.workspace, id, opened.today);
      if (shown.length === 0) {
        ctx.io.stderr(message("not-found-id", { id }, opened.lang) + "\n");
        setExit(ExitCode.findings);
        return;
      }
      ctx.io.stdout(opts.format === "json" ? renderJson(shown) : shown.map((s) => renderYaml(s)).join("---\n"));
      setExit(ExitCode.ok);
    });
}
