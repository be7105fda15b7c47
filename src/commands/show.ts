import { ExitCode } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import { showEntry } from "../registries/related-entries.js";
import { renderJson, renderYaml } from "../util/listing.js";
import { openFor, reportUnused } from "./context.js";
import { defineCommand } from "./declare.js";

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
    ctx.io.stdout(options.format === "json" ? renderJson(shown) : shown.map((s) => renderYaml(s)).join("---\n"));
    return incomplete ? ExitCode.findings : ExitCode.ok;
  },
});
