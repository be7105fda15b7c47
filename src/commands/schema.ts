import { ExitCode, UsageError } from "../diagnostics/errors.js";
import { listSchemaNames, readSchemaText } from "../registries/schemas.js";
import { defineCommand } from "./declare.js";

/** `checkonce schema <kind>`: the JSON Schema of a file kind, as the tool checks it. */
export const schemaCommand = defineCommand({
  name: "schema",
  help: "cmd-schema",
  args: [{ name: "<kind>" }],
  run(ctx, [kind]) {
    const names = listSchemaNames();
    if (kind === undefined || !names.includes(kind))
      throw new UsageError("unknown-kind", { kind: kind ?? "", allowed: names.join(", ") });
    ctx.io.stdout(readSchemaText(kind));
    return ExitCode.ok;
  },
});
