import type { Command } from "commander";
import { message } from "../i18n/messages.js";
import { parseFormats, ordersFormats } from "../orders/renderers.js";
import { writeOrders } from "../orders/write-orders.js";
import { ExitCode, UsageError } from "./errors.js";
import { openFor } from "./registry-commands.js";
import type { Context } from "./main.js";

interface OrdersOptions {
  format?: string;
  force?: boolean;
  verify: boolean;
  out?: string;
}

/** `orders` (issue 4). */
export function registerOrdersCommands(
  program: Command,
  context: () => Context,
  setExit: (code: number) => void,
  t: (key: string) => string,
): void {
  program
    .command("orders")
    .description(t("cmd-orders"))
    .argument("<record>", t("arg-record"))
    .option("-f, --format <formats>", t("opt-format-orders"))
    .option("--force", t("opt-force-orders"))
    .option("--no-verify", t("opt-no-verify"))
    .option("--out <dir>", t("opt-out"))
    .action(async (ref: string, opts: OrdersOptions) => {
      const ctx = context();
      const parsed = parseFormats(opts.format);
      if ("unknown" in parsed)
        throw new UsageError("orders-unknown-format", { format: parsed.unknown, allowed: ordersFormats.join(", ") });
      const opened = openFor(ctx);
      const lang = opened.lang;
      const outcome = await writeOrders({
        ws: opened.workspace,
        cwd: ctx.io.cwd,
        ref,
        lang,
        formats: parsed.formats,
        force: opts.force === true,
        verify: opts.verify,
        ...(opts.out !== undefined ? { out: opts.out } : {}),
        env: ctx.io.env,
      });
      if (outcome.kind === "refused") {
        ctx.io.stderr(
          ctx.colors.red(
            message("orders-refused", { record: outcome.record, count: outcome.differences.length }, lang),
          ) + "\n",
        );
        for (const d of outcome.differences) ctx.io.stderr(`  - ${d}\n`);
        setExit(ExitCode.findings);
        return;
      }
      if (!outcome.verified)
        ctx.io.stderr(ctx.colors.yellow(message("orders-unverified-warning", { record: outcome.record }, lang)) + "\n");
      ctx.io.stdout(
        message(
          "orders-done",
          { files: outcome.files.length, campaign: outcome.campaign, attempt: outcome.attempt, dir: outcome.dir },
          lang,
        ) + "\n",
      );
      const c = outcome.changes;
      if (!c) for (const f of outcome.files) ctx.io.stdout(`  ${f}\n`);
      else {
        ctx.io.stdout(
          message(
            "orders-replaced",
            { changed: c.changed.length, added: c.added.length, removed: c.removed.length, unchanged: c.unchanged },
            lang,
          ) + "\n",
        );
        for (const file of c.changed) ctx.io.stdout(message("orders-changed-file", { file }, lang) + "\n");
        for (const file of c.added) ctx.io.stdout(message("orders-added-file", { file }, lang) + "\n");
        for (const file of c.removed) ctx.io.stdout(message("orders-removed-file", { file }, lang) + "\n");
      }
      setExit(ExitCode.ok);
    });
}
