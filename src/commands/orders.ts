import { join, relative, resolve } from "node:path";
import { ExitCode, UsageError } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import { toPosix } from "../util/fs.js";
import { readRecord, resolveRecordPath } from "../draw/record-file.js";
import { verifyRecordFile } from "../ledger/verify-record.js";
import { locateBrowser } from "../orders/browser.js";
import { ordersFormats, parseFormats } from "../orders/renderers.js";
import { pageProfiles, type PageProfile } from "../orders/page-styles.js";
import { checkOutputFolder, MANIFEST, writeOrders } from "../orders/write-orders.js";
import { openFor, reportUnused, type Context } from "./context.js";
import { readdirSync } from "node:fs";
import type { Lang } from "../i18n/messages.js";
import { localiseDifference } from "../i18n/differences.js";
import { defineCommand } from "./declare.js";
import { boundHeapGrowth } from "../util/heap.js";

interface OrdersOptions {
  format?: string;
  force?: boolean;
  yes?: boolean;
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
    { flags: "--yes", help: "opt-yes-orders" },
    { flags: "--no-verify", help: "opt-no-verify" },
    { flags: "--out <dir>", help: "opt-out" },
    { flags: "--profile <profile>", help: "opt-profile-orders" },
  ],
  async run(ctx, [ref = ""], options) {
    // Registries, the verified draw and every document rendered: the most garbage of any command.
    boundHeapGrowth();
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
    if (previous && !(await confirmRemovals(ctx, target, shown, parsed.formats, options.yes === true, lang)))
      return ExitCode.usage;

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

/**
 * Issue 15: `--force` once removed the md, csv, json and pdf files of an earlier run without a word
 * before. The files whose format this run does not write again are listed first; on a terminal the
 * officer confirms, in a script `--yes` must say so.
 */
async function confirmRemovals(
  ctx: Context,
  target: string,
  shown: string,
  formats: readonly string[],
  yes: boolean,
  lang: Lang,
): Promise<boolean> {
  const going = readdirSync(target)
    .filter((name) => name !== MANIFEST && !formats.some((f) => name.endsWith(`.${f}`)))
    .sort();
  if (going.length === 0) return true;
  ctx.io.stderr(message("orders-will-remove", { count: going.length, dir: shown }, lang) + "\n");
  for (const file of going) ctx.io.stderr(`  ${file}\n`);
  if (yes) return true;
  if (!(process.stdin.isTTY && ctx.io.stdoutIsTTY)) throw new UsageError("orders-force-needs-yes", { dir: shown });
  const { confirm } = await import("@inquirer/prompts");
  const ok = await confirm({
    message: message("orders-confirm-remove", { count: going.length }, lang),
    default: false,
  });
  if (!ok) ctx.io.stderr(message("orders-kept", { dir: shown }, lang) + "\n");
  return ok;
}
