import { join, relative, resolve } from "node:path";
import { ExitCode, UsageError } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import { toPosix } from "../util/fs.js";
import { readRecord, resolveRecordPath } from "../draw/record-file.js";
import { verifyRecordFile } from "../ledger/verify-record.js";
import { locateBrowser } from "../orders/browser.js";
import { ordersFormats, parseFormats } from "../orders/renderers.js";
import { pageProfiles, type PageProfile } from "../orders/page-styles.js";
import { checkOutputFolder, writeOrders } from "../orders/write-orders.js";
import { openFor, reportUnused } from "./context.js";
import { localiseDifference } from "../i18n/differences.js";
import { defineCommand } from "./declare.js";

interface OrdersOptions {
  format?: string;
  force?: boolean;
  verify: boolean;
  out?: string;
  profile?: string;
}

/** `checkonce orders <record>` (issue 4): work orders and on-site documents of a verified draw. */
export const ordersCommand = defineCommand<OrdersOptions>({
  name: "orders",
  help: "cmd-orders",
  args: [{ name: "<record>", help: "arg-record" }],
  options: [
    { flags: "-f, --format <formats>", help: "opt-format-orders" },
    { flags: "--force", help: "opt-force-orders" },
    { flags: "--no-verify", help: "opt-no-verify" },
    { flags: "--out <dir>", help: "opt-out" },
    { flags: "--profile <profile>", help: "opt-profile-orders" },
  ],
  async run(ctx, [ref = ""], options) {
    const parsed = parseFormats(options.format);
    if ("unknown" in parsed)
      throw new UsageError("orders-unknown-format", { format: parsed.unknown, allowed: ordersFormats.join(", ") });
    const profile = options.profile?.trim().toLowerCase();
    if (profile !== undefined && !(pageProfiles as readonly string[]).includes(profile))
      throw new UsageError("orders-unknown-profile", {
        profile: options.profile ?? "",
        allowed: pageProfiles.join(", "),
      });
    const opened = openFor(ctx);
    const { lang, workspace } = opened;
    // Documents built from part of the registries would leave objects or people out: refused.
    if (reportUnused(ctx, opened)) {
      ctx.io.stderr(message("refused-incomplete", {}, lang) + "\n");
      return ExitCode.findings;
    }
    const cwd = ctx.io.cwd;
    const path = resolveRecordPath(workspace.root, cwd, ref);
    const record = readRecord(path.abs, path.rel);
    const campaign = record.record.campaign;
    const target = resolve(
      options.out !== undefined ? resolve(cwd, options.out) : join(workspace.root, "out"),
      campaign,
    );
    const shown = toPosix(relative(cwd, target)) || ".";
    const previous = checkOutputFolder(target, shown, options.force === true);

    // A record that does not verify is refused; --no-verify writes anyway, marked on every page.
    if (options.verify) {
      const { differences } = verifyRecordFile(workspace.root, path);
      if (differences.length > 0) {
        ctx.io.stderr(
          ctx.colors.red(message("orders-refused", { record: path.rel, count: differences.length }, lang)) + "\n",
        );
        for (const d of differences) ctx.io.stderr(`  - ${localiseDifference(d, lang)}\n`);
        return ExitCode.findings;
      }
    }
    const browser = parsed.formats.includes("pdf") ? locateBrowser(ctx.io.env) : undefined;
    const written = await writeOrders({
      ws: workspace,
      record,
      verified: options.verify,
      lang,
      formats: parsed.formats,
      target,
      previous,
      browser,
      ...(profile !== undefined ? { profile: profile as PageProfile } : {}),
    });

    if (!options.verify)
      ctx.io.stderr(ctx.colors.yellow(message("orders-unverified-warning", { record: path.rel }, lang)) + "\n");
    const done = { files: written.files.length, campaign, attempt: record.record.attempt, dir: shown };
    ctx.io.stdout(message("orders-done", done, lang) + "\n");
    const c = written.changes;
    if (!c) for (const f of written.files) ctx.io.stdout(`  ${f}\n`);
    else {
      const counts = {
        changed: c.changed.length,
        added: c.added.length,
        removed: c.removed.length,
        unchanged: c.unchanged,
      };
      ctx.io.stdout(message("orders-replaced", counts, lang) + "\n");
      for (const file of c.changed) ctx.io.stdout(message("orders-changed-file", { file }, lang) + "\n");
      for (const file of c.added) ctx.io.stdout(message("orders-added-file", { file }, lang) + "\n");
      for (const file of c.removed) ctx.io.stdout(message("orders-removed-file", { file }, lang) + "\n");
    }
    return ExitCode.ok;
  },
});
