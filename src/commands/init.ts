import { ExitCode } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import { createWorkspace } from "../workspace/create-workspace.js";
import { defineCommand } from "./declare.js";
import { languageOf } from "./context.js";

/** `checkonce init [dir]`: a commented empty workspace, or with --example a copy of the example county. */
export const initCommand = defineCommand<{ example?: boolean }>({
  name: "init",
  help: "cmd-init",
  args: [{ name: "[dir]" }],
  options: [{ flags: "--example", help: "opt-example" }],
  run(ctx, [dir], options) {
    const root = createWorkspace(dir ?? ctx.io.cwd, options.example === true);
    // The new workspace's own locale speaks, as every later command there will (README, "Language").
    const key = dir === undefined ? "init-created-here" : "init-created";
    ctx.io.stdout(message(key, { dir: dir ?? "." }, languageOf(ctx, root)) + "\n");
    return ExitCode.ok;
  },
});
