import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/run-cli.js";
import { checkSchema, fieldLabel, listSchemaNames, readSchemaText } from "../../src/registries/schemas.js";
import { parseYaml } from "../../src/util/yaml-source.js";
import type { FileKind } from "../../src/registries/kinds.js";

/** Parses YAML text and checks it against the schema of `kind`, as the loader does. */
function check(kind: FileKind, text: string) {
  const parsed = parseYaml(text);
  expect(parsed.problems).toEqual([]);
  return checkSchema(kind, parsed.data, parsed.locate);
}

const object = (extra = "", without: string[] = []) =>
  [
    "objects:",
    "  - id: 91140821MA0K1C3Y4G",
    "    name: 猗氏镇某某饭店",
    "    category: 餐饮",
    "    scene: 餐饮服务单位",
    "    township: yishi",
    "    address: 猗氏镇某某街 1 号",
    "    status: active",
    "    creditGrade: B",
  ]
    .filter((l) => !without.some((w) => l.trim().startsWith(`${w}:`)))
    .join("\n") +
  "\n" +
  extra;

describe("checkSchema: ajv errors mapped to codes, fields and positions", () => {
  it("a valid entry has no problems", () => {
    expect(check("objects", object())).toEqual([]);
  });

  it("missing field: schema-required at the entry that lacks it", () => {
    expect(check("objects", object("", ["address"]))).toEqual([
      { code: "schema-required", line: 2, col: 5, pointer: "/objects/0", params: { field: "address" } },
    ]);
  });

  it("missing nested field: the nested mapping's position, the field's dotted name", () => {
    const text = [
      "inspectors:",
      "  - id: scjgj-001",
      "    name: 周某一",
      "    department: scjgj",
      "    status: active",
      "    certificate:",
      "      number: '1'",
      "      validFrom: 2023-01-01",
      "",
    ].join("\n");
    expect(check("inspectors", text)).toEqual([
      {
        code: "schema-required",
        line: 7,
        col: 7,
        pointer: "/inspectors/0/certificate",
        params: { field: "certificate.validTo" },
      },
    ]);
  });

  it("unknown field: the key's position, the pointer of the key", () => {
    expect(check("objects", object("    nickname: 小饭店\n"))).toEqual([
      {
        code: "schema-additionalProperties",
        line: 10,
        col: 5,
        pointer: "/objects/0/nickname",
        params: { field: "nickname" },
      },
    ]);
  });

  it("__proto__ and constructor are unknown fields like any other", () => {
    const problems = check("objects", object("    __proto__: { status: closed }\n    constructor: x\n"));
    expect(problems.map((p) => [p.code, p.pointer, p.line])).toEqual([
      ["schema-additionalProperties", "/objects/0/__proto__", 10],
      ["schema-additionalProperties", "/objects/0/constructor", 11],
    ]);
  });

  it("wrong type: what was expected", () => {
    const problems = check("objects", object("    complaints12m: many\n"));
    expect(problems).toEqual([
      {
        code: "schema-type",
        line: 10,
        col: 20,
        pointer: "/objects/0/complaints12m",
        params: { field: "complaints12m", expected: "integer" },
      },
    ]);
  });

  it("not in the enum: the allowed values", () => {
    const problems = check("objects", object().replace("status: active", "status: open"));
    expect(problems).toEqual([
      {
        code: "schema-enum",
        line: 8,
        col: 13,
        pointer: "/objects/0/status",
        params: { field: "status", allowed: "active, suspended, revoked, closed" },
      },
    ]);
  });

  it("bad date: schema-format with the value", () => {
    const text = "upperInspected:\n  - { object: x, date: 2026/02/10, body: y }\n";
    expect(check("upperInspected", text)).toEqual([
      {
        code: "schema-format",
        line: 2,
        col: 24,
        pointer: "/upperInspected/0/date",
        params: { field: "date", value: "2026/02/10", format: "date" },
      },
    ]);
  });

  it("an impossible date (30 February) is a bad date too", () => {
    const text = "upperInspected:\n  - { object: x, date: 2026-02-30, body: y }\n";
    expect(check("upperInspected", text).map((p) => p.code)).toEqual(["schema-format"]);
  });

  it("pattern mismatch: the value, no format", () => {
    const problems = check("objects", object().replace("91140821MA0K1C3Y4G", "9114-0821"));
    expect(problems).toEqual([
      {
        code: "schema-pattern",
        line: 2,
        col: 9,
        pointer: "/objects/0/id",
        params: { field: "id", value: "9114-0821", format: "" },
      },
    ]);
  });

  it("negative integer: schema-minimum with the limit", () => {
    expect(check("objects", object("    complaints12m: -1\n"))).toEqual([
      {
        code: "schema-minimum",
        line: 10,
        col: 20,
        pointer: "/objects/0/complaints12m",
        params: { field: "complaints12m", limit: 0 },
      },
    ]);
  });

  it("empty string: schema-minLength", () => {
    expect(check("objects", object().replace("name: 猗氏镇某某饭店", 'name: ""'))).toEqual([
      { code: "schema-minLength", line: 3, col: 11, pointer: "/objects/0/name", params: { field: "name", limit: 1 } },
    ]);
  });

  it("the law's minimum of two inspectors cannot be configured lower", () => {
    const problems = check(
      "config",
      "county: { name: 临猗县, areaCode: '140821' }\npolicy:\n  minInspectorsPerDepartment: 1\n",
    );
    expect(problems).toEqual([
      {
        code: "schema-minimum",
        line: 3,
        col: 31,
        pointer: "/policy/minInspectorsPerDepartment",
        params: { field: "policy.minInspectorsPerDepartment", limit: 2 },
      },
    ]);
  });

  it("a document that is not a mapping: schema-root-type naming what it is, and nothing else", () => {
    expect(check("upperInspected", "- { object: x, date: 2026-02-10, body: y }\n")).toEqual([
      {
        code: "schema-root-type",
        line: 1,
        col: 1,
        pointer: "",
        params: { field: "", expected: "object", actual: "array" },
      },
    ]);
    expect(check("departments", "just a sentence\n")).toEqual([
      {
        code: "schema-root-type",
        line: 1,
        col: 1,
        pointer: "",
        params: { field: "", expected: "object", actual: "string" },
      },
    ]);
  });

  it("a missing top-level list: schema-required at the document", () => {
    expect(check("departments", "departmens: []\n")).toEqual([
      { code: "schema-required", line: 1, col: 1, pointer: "", params: { field: "departments" } },
      { code: "schema-additionalProperties", line: 1, col: 1, pointer: "/departmens", params: { field: "departmens" } },
    ]);
  });

  it("reports every problem at once (allErrors), across entries", () => {
    const text = object().replace("status: active", "status: open") + "  - id: 91140821MA0K2D5P7W\n    name: x\n";
    const problems = check("objects", text);
    expect(problems.map((p) => `${p.code} ${p.pointer} ${p.params.field}`).sort()).toEqual([
      "schema-enum /objects/0/status status",
      "schema-required /objects/1 address",
      "schema-required /objects/1 category",
      "schema-required /objects/1 creditGrade",
      "schema-required /objects/1 scene",
      "schema-required /objects/1 status",
      "schema-required /objects/1 township",
    ]);
  });

  it("every schema compiles under ajv's strict mode", () => {
    const kinds: FileKind[] = ["config", "departments", "objects", "inspectors", "items", "plans", "upperInspected"];
    for (const kind of kinds) expect(() => checkSchema(kind, {}, () => ({ line: 0, col: 0 }))).not.toThrow();
    expect(listSchemaNames()).toEqual(
      expect.arrayContaining(["config", "departments", "objects", "inspectors", "items", "plans", "upper-inspected"]),
    );
  });
});

describe("fieldLabel: the field inside its entry", () => {
  it.each([
    ["/inspectors/3/certificate/validTo", "certificate.validTo"],
    ["/items/0/tasks/1/inspectors", "tasks[1].inspectors"],
    ["/items/0/joint/2", "joint[2]"],
    ["/objects/12", ""],
    ["/policy/yearlyCap", "policy.yearlyCap"],
    ["/policy/tierRules/0/tier", "policy.tierRules[0].tier"],
    ["/county/name", "county.name"],
    ["", ""],
    ["/a~1b/0/c~0d", "c~d"],
  ])("%s → %s", (pointer, label) => {
    expect(fieldLabel(pointer)).toBe(label);
  });
});

describe("every text field of every schema is bounded (issue 14)", () => {
  // A free string is what a 16 MB scalar or a control character gets through: each one needs a
  // length limit and a single-line or multi-line format, unless an enum, a const, a pattern or
  // the date format already bounds it.
  const unbounded = (node: unknown, path: string, out: string[]): string[] => {
    if (Array.isArray(node)) node.forEach((v, i) => unbounded(v, `${path}/${i}`, out));
    else if (node !== null && typeof node === "object") {
      const n = node as Record<string, unknown>;
      const bounded = "enum" in n || "const" in n || "pattern" in n || n.format === "date";
      if (
        n.type === "string" &&
        !bounded &&
        (typeof n.maxLength !== "number" || !["single-line", "multi-line"].includes(String(n.format)))
      )
        out.push(path || "/");
      for (const [k, v] of Object.entries(n)) unbounded(v, `${path}/${k}`, out);
    }
    return out;
  };
  for (const name of listSchemaNames()) {
    it(name, () => {
      const schema: unknown = JSON.parse(readSchemaText(name));
      expect(unbounded(schema, "", [])).toEqual([]);
    });
  }
});

describe("validators compiled by the build (issue 13)", () => {
  it("the built program uses them, and they find what ajv compiling the schema now finds", async () => {
    // The compiled program (dist/, built before the tests) with the file the build wrote beside it.
    const built = (await import(
      pathToFileURL(join(repoRoot, "dist/registries/schemas.js")).href
    )) as typeof import("../../src/registries/schemas.js");
    expect(built.validatorsPrecompiled()).toBe(true);
    const objects = parseYaml(readFileSync(join(repoRoot, "examples/linyi-2026/objects/yishi.yaml"), "utf8")).data as {
      objects: Record<string, unknown>[];
    };
    const broken = structuredClone(objects);
    const [first, second, third] = broken.objects as [
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    first.status = "sleeping";
    delete second.name;
    third.category = "a\u0007b";
    third.extra = 1;
    for (const data of [objects, broken]) {
      const precompiled = built.validatorFor("objects");
      const now = built.newAjv().compile(JSON.parse(built.readSchemaText("objects")) as object);
      expect(precompiled(data)).toBe(now(data));
      expect(precompiled.errors ?? null).toStrictEqual(now.errors ?? null);
    }
    expect(built.validatorFor("objects").errors?.length).toBeGreaterThanOrEqual(4);
  });
});
