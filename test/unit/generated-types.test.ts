import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/run-cli.js";

describe("types generated from the schemas", () => {
  it("src/generated/ is what schemas/generate-types.mjs makes of schemas/ today", () => {
    const result = spawnSync(process.execPath, ["schemas/generate-types.mjs", "--check"], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
