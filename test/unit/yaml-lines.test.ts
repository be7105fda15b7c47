// Issue 13: the line reader (src/util/yaml-lines.ts), the first of the fast data path's readers,
// must give exactly the data `yaml` (the parser of record) gives, or decline. Random texts built
// from the pieces where YAML is subtle (indicators, quotes, comments, indentation, keys the core
// schema types), and the texts of a generated county and the example, which it must not decline.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_DEPTH, locateLines, parseLines, plainScalar } from "../../src/util/yaml-lines.js";
import { joinPointer, parseYaml } from "../../src/util/yaml-source.js";
import { scanEntrySpans } from "../../src/util/yaml-fast.js";
import { repoRoot } from "../helpers/run-cli.js";
import { cleanTemp, generatedCounty, yamlFiles } from "../helpers/workspaces.js";

/** How many positions the line reader gave, each held to yaml's. */
let placed = 0;

/**
 * The line reader's reading of a text, held to yaml's: undefined when it declines. And the place
 * of every node in it (value and key), and of a missing child of each, held to yaml's locate.
 */
function compare(text: string): unknown {
  const fast = parseLines(text);
  if (!fast) return undefined;
  const slow = parseYaml(text);
  expect(slow.problems, JSON.stringify(text)).toEqual([]);
  // isDeepStrictEqual, not toStrictEqual alone: vitest compares `constructor` properties as types,
  // and `constructor:` is a key a registry may hold.
  if (!isDeepStrictEqual(fast.data, slow.data ?? null)) {
    expect(fast.data, JSON.stringify(text)).toStrictEqual(slow.data ?? null);
  }
  // Each list's entries' lines: what the scan of the indentation finds (an entry starts at its
  // dash, where yaml's tree starts it at its first node, a line later after a bare `-`: a snippet
  // from the dash is one locateInEntry can parse again).
  const scanned = scanEntrySpans(Buffer.from(text), fast.data);
  if (!isDeepStrictEqual(fast.entries, scanned)) expect(fast.entries, JSON.stringify(text)).toStrictEqual(scanned);
  // Each place parses the text again: for small texts only (the random ones).
  if (text.length > 4000) return fast.data;
  for (const segments of pathsIn(fast.data, [])) {
    for (const path of [segments, [...segments, "missing"]]) {
      for (const mode of ["value", "key"] as const) {
        const found = locateLines(text, path, mode);
        if (!found) continue;
        placed++;
        const { line, col } = found;
        expect({ line, col }, `${JSON.stringify(text)} ${joinPointer(path)} (${mode})`).toStrictEqual(
          slow.locate(joinPointer(path), mode),
        );
      }
    }
  }
  return fast.data;
}

/** The path of a value and of everything in it. */
function pathsIn(value: unknown, at: string[]): string[][] {
  if (value === null || typeof value !== "object") return [at];
  const children = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return [at, ...children.flatMap(([k, v]) => pathsIn(v, [...at, k]))];
}

let county: string;
beforeAll(() => {
  county = generatedCounty(3000, "checkonce-lines-");
}, 120_000);
afterAll(cleanTemp);

describe("line reader: yaml's data or nothing", () => {
  it("reads the registries checkonce writes and the example's, as yaml does", () => {
    const files = [...yamlFiles(county), ...yamlFiles(join(repoRoot, "examples/linyi-2026"))];
    const declined = files.filter((file) => compare(readFileSync(file, "utf8")) === undefined);
    // The lines of each list's entries, as yaml's tree gives them for these files.
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const read = parseLines(text);
      if (read) expect(read.entries, file).toStrictEqual(parseYaml(text).entries);
    }
    // The one declined: the import mapping, whose keys are Chinese column headings.
    expect(declined.map((file) => relative(repoRoot, file).replace(/^.*county\//, ""))).toEqual([
      "imports/mapping.yaml",
      "examples/linyi-2026/imports/mapping.yaml",
    ]);
    expect(files.length).toBeGreaterThan(50);
  }, 60_000);

  it("reads nesting up to MAX_DEPTH, and yaml reads it alike", () => {
    expect(compare(`${"- ".repeat(MAX_DEPTH - 1)}a\n`)).toBeDefined();
    expect(compare(`a: ${"[".repeat(MAX_DEPTH - 1)}${"]".repeat(MAX_DEPTH - 1)}\n`)).toBeDefined();
  });

  it("reads block and flow style, quotes, comments and the core schema's scalars", () => {
    expect(
      compare(
        [
          "# a registry",
          "objects:",
          '  - id: "91140821MA0BP0EU87"  # quoted',
          "    name: 临猗县双发建筑安装有限公司",
          "    coordinates: { lat: 35.081342, lng: -110.5, tags: [a, 'b''c', \"d\\\"e\"], none: {} }",
          "    list: []",
          "    n: 0",
          "    x: 0x1F",
          "    o: 0o17",
          "    f: .5e3",
          "    inf: -.Inf",
          "    t: True",
          "    yes: yes",
          "    empty:",
          "    tilde: ~",
          "    date: 2026-01-01",
          "    url: http://example.org/a#b",
          "    text: A & B, 50 % [x]",
          "  -   id: b",
          "      nested:",
          "      - - 1",
          "        - 2",
          "      -",
          "      - key: v",
          "        other: w",
          "top:",
          "- a",
          "-   # empty",
          "last: 'it''s'",
        ].join("\n"),
      ),
    ).toBeDefined();
    expect(compare("a: .NaN\n")).toStrictEqual({ a: NaN });
    expect(compare("a: b\n\n\n# end")).toStrictEqual({ a: "b" });
    expect(compare("- x\n- y")).toStrictEqual(["x", "y"]);
  });

  it("declines what it does not read for certain", () => {
    const declined = [
      "a:\tb\n", // a tab
      "a: b\r\n", // a carriage return
      "\uFEFFa: b\n", // a byte-order mark (the callers take it off)
      "a: \u0007\n", // a control character
      "a: |\n  x\n", // block scalars
      "a: >\n  x\n",
      "a: b\n  c\n", // a plain scalar over two lines
      'a: "b\n  c"\n', // a quoted one
      "a: [b,\n  c]\n", // a flow collection over two lines
      "a: &x 1\nb: *x\n", // anchors and aliases
      "a: !!str 1\n", // tags
      "%YAML 1.2\n---\na: 1\n", // a directive, a document marker
      "---\na: 1\n",
      "a: 1\n...\n",
      "? a\n: b\n", // an explicit key
      '"a": 1\n', // quoted keys
      "'a': 1\n",
      "中文: 1\n", // a key not a plain name
      "a b: 1\n",
      "true: 1\n", // keys the core schema types
      "null: 1\n",
      "__proto__: 1\n",
      "a: 1\na: 2\n", // a duplicate key
      "a: { b: 1, b: 2 }\n",
      "a: b: c\n", // a mapping where a scalar is
      "a: b:\n",
      "a: - b\n", // a sequence where a scalar is
      "a: 1\n  b: 2\n", // indentation that belongs to no open block
      "a:\n    b: 1\n  c: 2\n",
      "- a\n  - b\n",
      'a: "\\x41"\n', // escapes outside JSON's
      'a: "\\u4e2d"\n',
      'a: "b" c\n', // text after a quoted scalar
      "a: [b]c\n",
      "a: {b}\n", // a flow mapping entry without a value
      "a: {b:1}\n",
      "a: [b, ]\n", // an empty flow entry
      "a: [b: c]\n", // a pair in a flow sequence
      "a: [#]\n",
      "a: @b\n", // reserved indicators
      "a: `b`\n",
      "# only a comment\n",
      "",
      "scalar\n", // a document that is one scalar
      `${"k".repeat(1001)}: 1\n`, // a key longer than yaml takes
      `${"- ".repeat(50_000)}a\n`, // nesting deeper than the stack: the slower parsers say so
      // Deeper than yaml reads (it runs out of stack at 800 to 1,000 levels), not than the reader
      // could: declined all the same (found by review: the reader's own stack lasted to ~4,000).
      `${"- ".repeat(1000)}a\n`,
      `a: ${"[".repeat(1000)}${"]".repeat(1000)}\n`,
      `a: ${"{b: ".repeat(1000)}1${"}".repeat(1000)}\n`,
      `${Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} 1\n`,
      `${"- ".repeat(MAX_DEPTH + 1)}a\n`,
    ];
    for (const text of declined) expect(parseLines(text), JSON.stringify(text)).toBeUndefined();
  });

  it("resolves plain scalars by yaml's core schema", () => {
    for (const [text, value] of [
      ["0", 0],
      ["-0", -0],
      ["+12", 12],
      ["017", 17],
      ["0o17", 15],
      ["0x1F", 31],
      ["0b11", "0b11"],
      ["1_000", "1_000"],
      ["1.", 1],
      ["1e3", 1000],
      [".inf", Number.POSITIVE_INFINITY],
      ["-.INF", Number.NEGATIVE_INFINITY],
      ["~", null],
      ["Null", null],
      ["FALSE", false],
      ["yes", "yes"],
      ["12:30", "12:30"],
      ["2026-01-01", "2026-01-01"],
      ["临猗", "临猗"],
    ] as const) {
      expect(plainScalar(text), text).toStrictEqual(value);
      expect(compare(`k: ${text}\n`), text).toStrictEqual({ k: value });
    }
  });

  it("random texts from YAML's subtle pieces: yaml's data or declined", () => {
    const piece = fc.constantFrom(
      ...["a", "b", "id", "x-y", "中文", "a b", "1", "-1", "+1", "0x1F", "0o7", "1.5", ".5", "1e3", ".inf", ".NaN"],
      ...["~", "null", "true", "False", "", " ", "  ", ":", ": ", "#", " #", "'", "''", '"', '\\"', "\\n", "\\x41"],
      ...["[", "]", "{", "}", ",", ", ", "-", "- ", "?", "&", "*", "!", "|", ">", "%", "@", "`", "\t", "\r"],
      ...["\u0085", "\u00a0", "\u2028", "\uFEFF", "---", "..."],
    );
    const key = fc.constantFrom(
      ...[
        "a",
        "b",
        "id",
        "x-y",
        "_k",
        "A1",
        "y",
        "true",
        "null",
        "__proto__",
        "constructor",
        "中",
        "a b",
        "'q'",
        '"q"',
      ],
    );
    const line = fc
      .tuple(
        fc.constantFrom("", " ", "  ", "   ", "    ", "      "),
        fc.constantFrom("", "- ", "- - ", "-  ", "-"),
        fc.option(key),
        fc.constantFrom(":", ": ", ":  ", " :"),
        fc.array(piece, { maxLength: 4 }).map((pieces) => pieces.join("")),
        fc.constantFrom("", " # c", "#c", "  "),
      )
      .map(([indent, dash, k, colon, value, tail]) => indent + dash + (k === null ? value : k + colon + value) + tail);
    let read = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        if (compare(`${lines.join("\n")}\n`) !== undefined) read++;
      }),
      { numRuns: 40_000 },
    );
    // Enough of them are read, and placed, for the comparison to mean something (about 5% by measurement).
    expect(read).toBeGreaterThan(500);
    expect(placed).toBeGreaterThan(5000);
  });
});
