import { ExitCode } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import { showEntry, type ShownEntry } from "../registries/related-entries.js";
import { showKeys, showValues } from "../i18n/messages-guide.js";
import type { Lang } from "../i18n/messages.js";
import { renderJson, renderYaml } from "../util/listing.js";
import { openFor, reportUnused } from "./context.js";
import { defineCommand } from "./declare.js";

/**
 * The text form speaks the reader's language: show's own keys and values are translated; the
 * entry itself keeps the field names of its file, which are what one edits. JSON stays as it is.
 */
function localiseShown(shown: ShownEntry, lang: Lang): unknown {
  const key = (k: string) => (Object.hasOwn(showKeys, k) ? (showKeys[k] as { zh: string; en: string })[lang] : k);
  const value = (v: unknown): unknown => {
    const k = String(v);
    if ((typeof v === "string" || typeof v === "boolean") && Object.hasOwn(showValues, k))
      return (showValues[k] as { zh: string; en: string })[lang];
    return v;
  };
  const related: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(shown.related)) {
    if (v === undefined) continue;
    related[key(k)] =
      v !== null && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([a, b]) => [String(value(a)), b]))
        : k === "tier" || typeof v === "boolean" || k === "tierSource"
          ? value(v)
          : v;
  }
  return {
    [key("kind")]: value(shown.kind),
    [key("file")]: shown.file,
    [key("entry")]: shown.entry,
    [key("related")]: related,
  };
}

/** `checkonce show <id>`: one entry by id, with everything that refers to it. */
export const showCommand = defineCommand<{ format: "text" | "json" }>({
  name: "show",
  help: "cmd-show",
  args: [{ name: "<id>" }],
  options: [{ flags: "-f, --format <format>", help: "opt-format-show", choices: ["text", "json"], default: "text" }],
  run(ctx, [id = ""], options) {
    const opened = openFor(ctx);
    const shown = showEntry(opened.workspace, id, opened.today);
    const incomplete = reportUnused(ctx, opened);
    if (shown.length === 0) {
      ctx.io.stderr(message("not-found-id", { id }, opened.lang) + "\n");
      return ExitCode.findings;
    }
    ctx.io.stdout(
      options.format === "json"
        ? renderJson(shown)
        : shown.map((s) => renderYaml(localiseShown(s, opened.lang))).join("---\n"),
    );
    return incomplete ? ExitCode.findings : ExitCode.ok;
  },
});
