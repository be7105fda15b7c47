import { ExitCode } from "../diagnostics/errors.js";
import { message } from "../i18n/messages.js";
import { createWorkspace } from "../workspace/create-workspace.js";
import { defineCommand } from "./declare.js";

/** `checkonce init [dir]`: a commented empty workspace, or with --example a copy of the example county. */
export const initCommand = defineCommand<{ example?: boolean }>({
  name: "init",
  help: "cmd-init",
  args: [{ name: "[dir]" }],
  options: [{ flags: "--example", help: "opt-example" }],
  run(ctx, [dir], options) {
    createWorkspace(dir ?? ctx.io.cwd, options.example === true);
    ctx.io.stdout(message("init-created", { dir: dir ?? "." }, ctx.lang ?? "en") + "\n");
    return ExitCode.ok;
  },
});
