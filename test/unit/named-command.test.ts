import { describe, expect, it } from "vitest";
import { namedCommand } from "../../src/cli/main.js";

/** Which command a run names: only that one is built; without one, every command is. */
describe("namedCommand", () => {
  it("finds the command after the global options and their values", () => {
    expect(namedCommand(["validate", "--strict"])).toBe("validate");
    expect(namedCommand(["-w", "validate", "list", "objects"])).toBe("list");
    expect(namedCommand(["--lang", "zh", "--today", "2026-03-01", "--no-color", "--no-cache", "draw", "run"])).toBe(
      "draw",
    );
    expect(namedCommand(["--workspace=ws", "--lang=zh", "--today=2026-03-01", "-wws", "show", "x"])).toBe("show");
  });

  it("names none when help or the version may come first, or an option is not a global one", () => {
    for (const argv of [
      [],
      ["--help"],
      ["-h", "validate"],
      ["-V"],
      ["--version", "validate"],
      ["--bogus", "validate"],
      ["--", "validate"],
      ["-w"],
    ])
      expect(namedCommand(argv)).toBeUndefined();
  });
});
