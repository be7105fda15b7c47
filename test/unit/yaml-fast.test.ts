// Issue 13: the fast data path (js-yaml, src/util/yaml-fast.ts) must read exactly what the parser of
// record (yaml, src/util/yaml-source.ts) reads, and every diagnostic must keep its file, line and
// column. Differential: the same files through both, on every fixture, the example and a generated
// county (as it is, and with errors put in), and on generated data in many YAML styles.
import { cpSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { declines, parseYamlData } from "../../src/util/yaml-fast.js";
import { joinPointer, locateInEntry, parseYaml } from "../../src/util/yaml-source.js";
import { openWorkspace } from "../../src/workspace/open-workspace.js";
import { checkCampaignCapacity } from "../../src/draw/check-capacity.js";
import { checkResultsInWorkspace } from "../../src/results/check-results.js";
import { repoRoot } from "../helpers/run-cli.js";
import { cleanTemp, generatedCounty, tempDir, yamlFiles } from "../helpers/workspaces.js";

function workspaces(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (!statSync(path).isDirectory() || name === "node_modules" || name === ".checkonce") return [];
    return [...(readdirSync(path).includes("checkonce.yaml") ? [path] : []), ...workspaces(path)];
  });
}

/** The one file's reading by both: the fast path declines it, or gives yaml's data and entry lines. */
function compareFile(bytes: Buffer): "declined" | "same" {
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  const slow = parseYaml(text);
  const fast = parseYamlData(text, bytes);
  if (!fast) return "declined";
  // Whatever yaml refuses (a syntax error, a duplicate key, a tag…), the fast path must decline.
  expect(slow.problems).toEqual([]);
  expect(fast.data ?? null).toStrictEqual(slow.data ?? null);
  // Entry lines come from a scan of the indentation, not from yaml's tree (a list it cannot place,
  // in flow style or under a quoted key, gets none): what matters is that a position found from
  // them, by parsing the entry's lines again, is the one yaml finds in the whole file.
  for (const [key, lines] of Object.entries(fast.entries)) {
    const list = (fast.data as Record<string, unknown>)[key] as unknown[];
    expect(lines.length, key).toBe(list.length * 2);
    const step = Math.max(1, Math.floor(list.length / 12));
    for (let i = 0; i < list.length; i += step) {
      for (const pointer of pointersIn(list[i], [key, i])) {
        for (const mode of ["value", "key"] as const) {
          const expected = slow.locate(pointer, mode);
          const found = locateInEntry(bytes, fast.entries, pointer, mode) ?? expected;
          expect(found, `${pointer} (${mode})`).toStrictEqual(expected);
        }
      }
    }
  }
  return "same";
}

let county: string;
beforeAll(() => {
  county = generatedCounty(3000, "checkonce-fast-");
}, 120_000);
afterAll(cleanTemp);

describe("fast data path: the same data as yaml, file by file", () => {
  it("every YAML file of the fixtures and examples is declined or read identically", () => {
    const files = [...yamlFiles(join(repoRoot, "test")), ...yamlFiles(join(repoRoot, "examples"))];
    const seen = { declined: 0, same: 0 };
    for (const file of files) {
      const bytes = readFileSync(file);
      if (!isUtf8Text(bytes)) continue;
      try {
        seen[compareFile(bytes)]++;
      } catch (error) {
        throw new Error(`${relative(repoRoot, file)}: ${String(error)}`, { cause: error });
      }
    }
    expect(seen.same).toBeGreaterThan(400);
  });

  it("a generated county is read by the fast path, file by file, identically", () => {
    const files = yamlFiles(county);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(compareFile(readFileSync(file)), relative(county, file)).toBe("same");
  });

  it("what js-yaml and yaml read differently is declined; the rest is read alike", () => {
    const declined = [
      "a: !!python/object:os.system x\n", // a tag
      "a: &x 1\nb: *x\n", // anchor and alias
      "%YAML 1.1\n---\na: yes\n", // a directive
      "? a\n: b\n", // an explicit key
      "~: x\n",
      "null: x\n",
      "- NULL: x\n",
      "a: { : x }\n", // null keys: js-yaml says "null", yaml ""
      "[a]: 1\n",
      "{a: 1}: 2\n", // collections as keys
      "a: 1\na: 2\n", // duplicate key: js-yaml throws
      "a: 1\n: x\n", // an empty key in block style: js-yaml throws
      "a:\n\t- b\n", // a tab as indentation
      "a: [b\n", // a syntax error
      "--- 1\n--- 2\n", // two documents
      "a: \u0007\n", // a control character
      "\uFEFF%YAML 1.1\n---\na: yes\n", // after a byte-order mark: a directive,
      "\uFEFF&a x\n", // an anchor,
      "\uFEFF~: x\n", // a null key
      `${"- ".repeat(1000)}a\n`, // nesting yaml refuses as too deep (js-yaml: past its maxDepth, 100)
    ];
    for (const text of declined) expect(parseYamlData(text, Buffer.from(text)), JSON.stringify(text)).toBeUndefined();
    const alike = [
      "k: 0b11\nl: -0b1\nm: +0x1F\n", // js-yaml's own core schema reads 3, -1 and 31; yaml, text
      "k: 1_000\nl: 0x_1F\n",
      "k: .5e3\nl: 1e3\nm: 1.\nn: +12\no: -0\np: 0o17\nq: 0x1F\nr: 017\n",
      "k: .inf\nl: -.Inf\nm: .NaN\n",
      "k: ~\nl: null\nm: Null\nn:\no: NULL\n",
      "k: true\nl: True\nm: FALSE\nn: yes\no: on\np: y\n", // 1.2: yes/on/y are text
      "k: 2026-01-01\nl: 12:30\nm: 1:2:3\n", // no timestamps, no sexagesimal
      "k: \"a\\x07b\"\nl: \"\\u4e2d\"\nm: 'it''s'\n",
      "k: |\n  a\n\n  b\n\nl: >-\n  a\n  b\nm: |+\n  c\n\n",
      "k: a\n  b\n  c\nl: a #c\nm: a#b\n",
      "A & B: 1\nk: 50 %\nl: 吗?\n", // signs in text: declined (conservative) or read alike
      "- id: a\n  x: [1, 2, {b: c}]\n- id: b\n",
      "a:\r\n  - b: 1\r\n    c: 2\r\n",
      "\uFEFFa: 1\n",
    ];
    for (const text of alike) compareFile(Buffer.from(text));
  });

  it("generated data in many YAML styles is declined or read identically", () => {
    const scalar = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(..."0123456789.+-_eExXoO:#&*!?[]{},'\" \n\ttrueflsnuNTF~中文") }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, scalar, tie("list"), tie("map")),
      list: fc.array(tie("node"), { maxLength: 4 }),
      map: fc.dictionary(fc.string(), tie("node"), { maxKeys: 4 }),
    })).node;
    const style = fc.record({
      flow: fc.boolean(),
      quote: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED") as fc.Arbitrary<
        "PLAIN" | "QUOTE_DOUBLE" | "QUOTE_SINGLE" | "BLOCK_LITERAL" | "BLOCK_FOLDED"
      >,
      indent: fc.integer({ min: 1, max: 4 }),
      lineWidth: fc.constantFrom(0, 20, 80),
    });
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value, { maxKeys: 5 }), style, (data, s) => {
        const text = stringify(data, {
          collectionStyle: s.flow ? "flow" : "block",
          defaultStringType: s.quote,
          defaultKeyType: "PLAIN",
          indent: s.indent,
          lineWidth: s.lineWidth,
        });
        compareFile(Buffer.from(text));
      }),
      { numRuns: 600 },
    );
  });

  it("declines looks at signs where a node starts only", () => {
    expect(declines(Buffer.from("name: A&B 公司\nnote: 重要!\nid: x*y\n"))).toBe(false);
    expect(declines(Buffer.from("name: A &B\n"))).toBe(true);
    expect(declines(Buffer.from("list: [*a]\n"))).toBe(true);
  });
});

describe("fast data path: the same diagnostics at the same line and column", () => {
  const both = (root: string) => {
    const open = (parser: "fast" | "yaml") => {
      const opened = openWorkspace({
        workspace: root,
        cwd: root,
        cache: false,
        parser,
        today: "2026-03-01",
        lang: "en",
        checks: [checkCampaignCapacity, checkResultsInWorkspace],
      });
      return { diagnostics: opened.diagnostics, files: opened.workspace.files, objects: opened.workspace.objects };
    };
    const fast = open("fast");
    const slow = open("yaml");
    expect(fast.diagnostics).toStrictEqual(slow.diagnostics);
    expect(fast.files).toStrictEqual(slow.files);
    expect(fast.objects).toStrictEqual(slow.objects);
    return fast.diagnostics;
  };

  it("every fixture workspace and the example", () => {
    const roots = [...workspaces(join(repoRoot, "test/fixtures")), join(repoRoot, "examples/linyi-2026")];
    expect(roots.length).toBeGreaterThan(40);
    let findings = 0;
    for (const src of roots) {
      const root = join(tempDir("checkonce-fast-ws-"), "ws");
      cpSync(src, root, { recursive: true, filter: (p) => !p.includes(".checkonce") });
      try {
        findings += both(root).length;
      } catch (error) {
        throw new Error(`${relative(repoRoot, src)}: ${String(error)}`, { cause: error });
      }
    }
    expect(findings).toBeGreaterThan(50);
  });

  it("a generated county with errors put in its largest registry file", () => {
    const root = join(tempDir("checkonce-fast-ws-"), "ws");
    cpSync(county, root, { recursive: true });
    const dir = join(root, "objects");
    const file = readdirSync(dir)
      .map((name) => join(dir, name))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0] as string;
    let text = readFileSync(file, "utf8");
    const entries = text.split("\n  - id: ");
    expect(entries.length).toBeGreaterThan(100);
    const edit = (index: number, change: (entry: string) => string) => {
      entries[index] = change(entries[index] as string);
    };
    edit(5, (e) => e.replace(/^"(.{17})."/, '"$1Z"')); // a wrong check character (or a malformed code)
    edit(17, (e) => e.replace(/\n {4}status: \w+/, "\n    status: sleeping")); // not in the enum
    edit(29, (e) => e.replace(/\n {4}name: /, "\n    nmae: ")); // a misspelt key, and name missing
    edit(41, (e) => e.replace(/\n {4}township: \w+/, "\n    township: nowhere")); // a dangling reference
    edit(53, (e) => e.replace(/\n {4}category: /, "\n    category: \u0007")); // a control character
    edit(65, (e) => e.replace(/\n {4}address: /, "\n    coordinates: { lat: 95, lng: 200 }\n    address: ")); // duplicate key
    text = entries.join("\n  - id: ");
    writeFileSync(file, text);
    const diagnostics = both(root);
    expect(diagnostics.filter((d) => d.file === relative(root, file)).length).toBeGreaterThan(0);
    // The duplicate key sends the file to yaml: now without it, so that the fast path places the rest.
    writeFileSync(file, text.replace("\n    coordinates: { lat: 95, lng: 200 }", ""));
    const placed = both(root).filter((d) => d.file === relative(root, file) && d.severity === "error");
    expect(placed.length).toBeGreaterThanOrEqual(4);
    for (const d of placed) expect(d.line).toBeGreaterThan(1);
  });
});

/** The pointer of a value and of everything in it. */
function pointersIn(value: unknown, at: (string | number)[]): string[] {
  const here = joinPointer(at);
  if (value === null || typeof value !== "object") return [here];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [here, ...children.flatMap(([k, v]) => pointersIn(v, [...at, k]))];
}

function isUtf8Text(bytes: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return !bytes.includes(0);
  } catch {
    return false;
  }
}
