import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { toBlockYaml } from "../../src/util/block-yaml.js";

describe("toBlockYaml", () => {
  it("reads back as the same value, for any JSON-like data", () => {
    const json = fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    fc.assert(
      fc.property(fc.dictionary(fc.string(), json), (value) => {
        expect(parse(toBlockYaml(value), { version: "1.2", schema: "core", uniqueKeys: true })).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });

  it("quotes what YAML would misread and leaves plain words plain", () => {
    const text = toBlockYaml({
      a: "true",
      b: "2026-04-13",
      c: "0123",
      d: "CY-01/general",
      e: "临猗县",
      f: ["x", { g: 1, h: [] }],
      i: {},
    });
    expect(text).toBe(
      'a: "true"\nb: "2026-04-13"\nc: "0123"\nd: CY-01/general\ne: 临猗县\nf:\n- x\n- g: 1\n  h: []\ni: {}\n',
    );
  });
});
