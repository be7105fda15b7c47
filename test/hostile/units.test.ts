/** The pure pieces of issue 14: the linear table, the text guards, the safe reader, the ledger's forms. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Table from "cli-table3";
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { afterAll, describe, expect, it } from "vitest";
import { textTable } from "../../src/util/text-table.js";
import { clip, documentText, documentValue, forbiddenCharacter, terminalText } from "../../src/util/safe-text.js";
import { readRegularFile } from "../../src/util/read-file.js";
import { parseLedger } from "../../src/ledger/ledger.js";
import { isInputPath } from "../../src/ledger/snapshots.js";
import { parseYaml } from "../../src/util/yaml-source.js";

const dir = mkdtempSync(join(tmpdir(), "checkonce-units-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("textTable", () => {
  const cell = fc.oneof(
    fc.string({ unit: fc.constantFrom("a", "Z", "0", " ", "-", "名", "称", "临", "猗", "（", "）", "·", "é") }),
    fc.integer({ min: 0, max: 99999 }).map(String),
  );
  it("draws exactly what cli-table3 draws in its compact style, without colour", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((cols) =>
            fc.tuple(
              fc.array(cell, { minLength: cols, maxLength: cols }),
              fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { maxLength: 6 }),
              fc.array(fc.constantFrom("left" as const, "right" as const), { minLength: cols, maxLength: cols }),
            ),
          ),
        ([head, rows, align]) => {
          const t = new Table({ head, colAligns: align, style: { head: [], border: [], compact: true } });
          for (const r of rows) t.push(r);
          expect(textTable(head, rows, { align })).toBe(t.toString());
        },
      ),
      { numRuns: 300 },
    );
  });

  it("takes a cell of a million characters and 20,000 rows in one pass, each cell one line", () => {
    const big = textTable(["a", "b"], [["x".repeat(1_000_000), "名\n称\u001b[2J"]]);
    expect(big.split("\n")).toHaveLength(5);
    expect(big).toContain(`${"x".repeat(200)}…`);
    expect(big).toContain("名\\n称\\u001b[2J");
    const rows = Array.from({ length: 20_000 }, (_, i) => [String(i), "临猗县某某有限公司"]);
    expect(textTable(["#", "name"], rows).split("\n")).toHaveLength(20_004);
  });
});

describe("text guards", () => {
  it("forbiddenCharacter finds controls, bidi overrides, noncharacters and lone surrogates, not emoji or CJK", () => {
    for (const [text, multi, found] of [
      ["临猗县\u0007", false, "\u0007"],
      ["a\tb", false, "\t"],
      ["a\tb\nc", true, undefined],
      ["a\rb", true, "\r"],
      ["\u202eabc", true, "\u202e"],
      ["x\ud800", true, "\ud800"],
      ["x\uffff", false, "\uffff"],
      ["旭日😀", false, undefined],
      ["\u0085", true, "\u0085"],
    ] as const)
      expect(forbiddenCharacter(text, multi)?.char, JSON.stringify(text)).toBe(found);
  });

  it("documentText leaves text XML can hold, and makes anything else XML 1.0 accepts", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = documentText(s);
        const parser = new SaxesParser();
        let failed: Error | undefined;
        parser.on("error", (e) => (failed ??= e));
        parser.write(`<a>${out.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</a>`).close();
        expect(failed).toBeUndefined();
      }),
      { numRuns: 500 },
    );
    expect(documentText("临猗县旭日😀\t\n")).toBe("临猗县旭日😀\t\n");
    expect(documentText("a\r\nb\u0007\ud800")).toBe("a\nb\ufffd\ufffd");
    expect(documentValue({ k: ["x\u0000", { "y\u0001": 1 }] })).toEqual({ k: ["x\ufffd", { "y\ufffd": 1 }] });
  });

  it("terminalText shows every control as an escape and cuts long text; clip keeps surrogate pairs", () => {
    expect(terminalText("a\nb\u001b[31mc\u202e")).toBe("a\\nb\\u001b[31mc\\u202e");
    expect(terminalText("x".repeat(400), 10)).toBe(`${"x".repeat(10)}…`);
    expect(clip("ab😀", 3)).toBe("ab…");
  });
});

describe("readRegularFile", () => {
  it.runIf(process.platform !== "win32")("refuses a FIFO without opening it for good, and a device", () => {
    const fifo = join(dir, "fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expect(readRegularFile(fifo)).toMatchObject({ ok: false, fault: "special", kind: "fifo" });
    expect(readRegularFile("/dev/zero")).toMatchObject({ ok: false, fault: "special", kind: "device" });
  });

  it("refuses what is larger than its limit, and says what is missing", () => {
    const file = join(dir, "big");
    writeFileSync(file, Buffer.alloc(2048));
    expect(readRegularFile(file, 1024)).toMatchObject({ ok: false, fault: "too-large", size: 2048, limit: 1024 });
    expect(readRegularFile(file, 4096)).toMatchObject({ ok: true });
    expect(readRegularFile(join(dir, "none"))).toMatchObject({ ok: false, fault: "io", errno: "ENOENT" });
  });
});

describe("forms that only a forger or a fuzzer writes", () => {
  it("a ledger line that is not an object, or lacks what readers use, is a problem, not a crash", () => {
    const { lines, problems } = parseLedger(
      [
        "5",
        "null",
        "[]",
        '{"seq":1}',
        '{"seq":1,"prev":"0","hash":"x","campaign":"c","at":"t","type":"draw","attempt":"1"}',
      ].join("\n"),
    );
    expect(lines).toEqual([]);
    expect(problems.map((p) => p.detail)).toEqual([
      "not a JSON object",
      "not a JSON object",
      "not a JSON object",
      "no seq, prev or hash",
      "not a draw line",
    ]);
  });

  it("a record's input path must stay inside the copy it is laid out in", () => {
    for (const ok of ["objects.yaml", "objects/yishi.yaml"]) expect(isInputPath(ok)).toBe(true);
    for (const bad of ["../x.yaml", "a/../../x", "/etc/passwd", "C:\\x", "a\\..\\x", "", "a//b", "./a"])
      expect(isInputPath(bad), bad).toBe(false);
  });

  it("tags outside the core schema and %YAML 1.1 are refused at their line", () => {
    const parsed = parseYaml("a: 1\nb: !!binary aGk=\nc: !!str ok\nd: ! 12\ne: !local x\n");
    expect(parsed.problems.map((p) => [p.code, p.line, p.col, p.params.tag])).toEqual([
      ["yaml-tag", 2, 4, "!!binary"],
      ["yaml-tag", 5, 4, "!local"],
    ]);
    expect(parseYaml("%YAML 1.1\n---\na: yes\n").problems.map((p) => p.code)).toEqual(["yaml-version"]);
  });
});
