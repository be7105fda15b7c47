import { describe, expect, it } from "vitest";
import { joinPointer, parsePointer, parseYaml } from "../../src/util/yaml-source.js";

const registry = [
  "departments:", //                                   1
  "  - id: scjgj", //                                  2
  "    name: 临猗县市场监督管理局", //                  3
  "    kind: county", //                               4
  '    liaison: { name: 王某明, phone: "0359" }', //   5
  "  - id: yishi", //                                  6
  "    name: 猗氏镇人民政府", //                        7
  "    kind: township", //                             8
  "",
].join("\n");

describe("parseYaml: problems at the parser's own position", () => {
  it("parses a valid file into plain data with no problems", () => {
    const parsed = parseYaml(registry);
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({
      departments: [
        { id: "scjgj", name: "临猗县市场监督管理局", kind: "county", liaison: { name: "王某明", phone: "0359" } },
        { id: "yishi", name: "猗氏镇人民政府", kind: "township" },
      ],
    });
  });

  it("an unclosed flow sequence: one yaml-syntax problem, no data", () => {
    const parsed = parseYaml("items:\n  - id: A\n    joint: [xfjy\n    lead: scjgj\n");
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ code: "yaml-syntax", line: 4, pointer: "" });
    expect(String(parsed.problems[0]?.params.detail)).toMatch(/Flow sequence/);
  });

  it("a tab used as indentation is reported once, on its line, not as a cascade of errors", () => {
    const parsed = parseYaml(registry.replace("    kind: county", "\tkind: county"));
    expect(parsed.problems.map((p) => `${p.code}@${p.line}:${p.col}`)).toEqual(["yaml-syntax@4:1"]);
    expect(parsed.problems[0]?.params.detail).toBe("Tabs are not allowed as indentation");
  });

  it("a less-indented key: the line of the defect", () => {
    const parsed = parseYaml(registry.replace("    kind: township", "   kind: township"));
    expect(parsed.problems.map((p) => `${p.code}@${p.line}:${p.col}`)).toEqual(["yaml-syntax@8:1"]);
  });

  it("every duplicate key, with its name and the position of the repeated key", () => {
    const parsed = parseYaml(
      registry
        .replace("    kind: county\n", "    kind: county\n    name: again\n")
        .replace("    kind: township\n", "    kind: township\n    kind: county\n"),
    );
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems).toEqual([
      { code: "yaml-duplicate-key", line: 5, col: 5, pointer: "", params: { key: "name" } },
      { code: "yaml-duplicate-key", line: 10, col: 5, pointer: "", params: { key: "kind" } },
    ]);
  });

  it("a duplicate quoted key is named without its quotes", () => {
    const parsed = parseYaml('a: 1\n"a": 2\n');
    expect(parsed.problems).toEqual([
      { code: "yaml-duplicate-key", line: 2, col: 1, pointer: "", params: { key: "a" } },
    ]);
  });

  it("excessive nesting is refused once, without throwing", () => {
    const parsed = parseYaml("x: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems.map((p) => p.code)).toEqual(["yaml-too-deep"]);
  });

  it("an alias bomb (billion laughs) is refused without expanding it", () => {
    const lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(
        `${cur}: &${cur} [${Array(9)
          .fill("*" + prev)
          .join(", ")}]`,
      );
    }
    const started = Date.now();
    const parsed = parseYaml(lines.join("\n") + "\n");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems).toEqual([{ code: "yaml-alias-limit", line: 1, col: 1, pointer: "", params: {} }]);
  });

  it("a few ordinary aliases are fine", () => {
    const parsed = parseYaml("base: &b { ratio: 0.1, frequency: 1 }\nother: *b\n");
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({ base: { ratio: 0.1, frequency: 1 }, other: { ratio: 0.1, frequency: 1 } });
  });

  it("no merge keys: << is an ordinary key", () => {
    const parsed = parseYaml("base: &b { a: 1 }\nx:\n  <<: *b\n");
    expect(parsed.data).toEqual({ base: { a: 1 }, x: { "<<": { a: 1 } } });
  });

  it("__proto__ and constructor are own keys; no prototype is touched", () => {
    const parsed = parseYaml(
      "__proto__: { polluted: true }\nconstructor: x\nitem: { __proto__: { status: closed } }\n",
    );
    expect(parsed.problems).toEqual([]);
    const data = parsed.data as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(["__proto__", "constructor", "item"]);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(data.item as object, "__proto__")).toBe(true);
    expect((data.item as { status?: unknown }).status).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("YAML 1.2 core schema: yes/no and 0123 stay strings/ints as YAML 1.2 says", () => {
    const parsed = parseYaml("a: yes\nb: 2026-03-01\nc: 0o17\nd: '0359'\n");
    expect(parsed.data).toEqual({ a: "yes", b: "2026-03-01", c: 15, d: "0359" });
  });

  it("CRLF line endings count lines the same", () => {
    const parsed = parseYaml(
      registry.replace(/\n/g, "\r\n").replace("kind: township", "kind: township\r\n    kind: x"),
    );
    expect(parsed.problems.map((p) => `${p.code}@${p.line}:${p.col}`)).toEqual(["yaml-duplicate-key@9:5"]);
  });
});

describe("locate: a pointer back to line and column", () => {
  const { locate } = parseYaml(registry);

  it("the value a pointer names", () => {
    expect(locate("/departments/0/name")).toEqual({ line: 3, col: 11 });
    expect(locate("/departments/1/kind")).toEqual({ line: 8, col: 11 });
    expect(locate("/departments/0/liaison/phone")).toEqual({ line: 5, col: 34 });
  });

  it("an entry of a sequence: where its mapping starts", () => {
    expect(locate("/departments/1")).toEqual({ line: 6, col: 5 });
    expect(locate("/departments")).toEqual({ line: 2, col: 3 });
  });

  it("the whole document", () => {
    expect(locate("")).toEqual({ line: 1, col: 1 });
  });

  it("key mode: the key, not its value", () => {
    expect(locate("/departments/0/liaison", "key")).toEqual({ line: 5, col: 5 });
    expect(locate("/departments/0/liaison", "value")).toEqual({ line: 5, col: 14 });
  });

  it("a missing field: the nearest existing parent", () => {
    expect(locate("/departments/1/liaison")).toEqual({ line: 6, col: 5 });
    expect(locate("/departments/1/liaison/name")).toEqual({ line: 6, col: 5 });
    expect(locate("/departments/0/liaison/email")).toEqual({ line: 5, col: 14 });
    expect(locate("/departments/7/name")).toEqual({ line: 2, col: 3 });
    expect(locate("/nothing/here")).toEqual({ line: 1, col: 1 });
  });

  it("a key mode pointer to a missing key falls back to the parent too", () => {
    expect(locate("/departments/1/unknown", "key")).toEqual({ line: 6, col: 5 });
  });

  it("an empty value: where the value would be, on the key's line", () => {
    const parsed = parseYaml("county:\n  name:\n  areaCode: '140821'\n");
    expect(parsed.locate("/county/name")).toEqual({ line: 2, col: 8 });
  });

  it("keys with / and ~ (escaped ~1 and ~0)", () => {
    const parsed = parseYaml("a/b:\n  c~d: 1\n");
    expect(parsed.locate("/a~1b/c~0d")).toEqual({ line: 2, col: 8 });
  });

  it("positions count characters, not bytes, in Chinese text", () => {
    const parsed = parseYaml("名称: 临猗县\n编号: x\n");
    expect(parsed.locate("/编号")).toEqual({ line: 2, col: 5 });
    expect(parsed.locate("/名称")).toEqual({ line: 1, col: 5 });
  });
});

describe("JSON pointers", () => {
  it("round-trip segments with / and ~", () => {
    const segments = ["objects", "3", "a/b", "c~d", ""];
    expect(joinPointer(segments)).toBe("/objects/3/a~1b/c~0d/");
    expect(parsePointer(joinPointer(segments))).toEqual(segments);
    expect(parsePointer("")).toEqual([]);
    expect(joinPointer([])).toBe("");
  });
});
