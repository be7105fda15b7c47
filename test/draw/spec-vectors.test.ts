import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { canonicalSeed, drawKey, parseSeedParts, ticket } from "../../src/draw/seed.js";
import { shuffle, streamFor, uniformInt } from "../../src/draw/rng.js";
import { sampleSize } from "../../src/draw/sample-size.js";
import { idsDigest, populationDigest } from "../../src/draw/population.js";
import { rankByTicket } from "../../src/draw/draw-campaign.js";
import {
  millionthsOf,
  SpecArc4,
  specDrawKey,
  specSampleSize,
  specShuffle,
  specStream,
  specTicket,
  specUniformInt,
  type Rounding,
} from "./independent.js";

// SPEC.md §9, copied here by hand: a change to the algorithm must show up as a failing test.
const PARTS = [
  { label: "县应急管理局", digits: "5538201947" },
  { label: "县市场监管局", digits: "83920174651" },
];
const CAMPAIGN = "2026-CY-01";
const DRAW_KEY = "5ba602ca9ecde1cdd727faee85c457c8ccf08b067a529e4aa892d7c66acfce3f";
const TICKETS: [string, string][] = [
  ["91140821MA0C1QXK4B", "1d44f4917217a728c0da5dc8f73efe78b5608d22fb451ff23ab208b6c641851f"],
  ["92140821MA0E7TNRXY", "7da55b40b6e4101ac35f659095fcff40f5775a7fb940333ed36c46dd74bbc37c"],
  ["93140821MA0F2Y1L2J", "593691c4f4774734ba3a47a35b30daa58dfd52a84c7692bc61eac3e1a193fe4a"],
];
const STREAM_LABEL = "team:T01\ndepartment:scjgj";

const nodeSha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("SPEC.md §9 test vectors", () => {
  it("canonical seed and draw key", () => {
    expect(canonicalSeed(PARTS)).toBe("县市场监管局=83920174651\n县应急管理局=5538201947");
    expect(drawKey(CAMPAIGN, PARTS)).toBe(DRAW_KEY);
    // The order the parts are given in does not matter.
    expect(drawKey(CAMPAIGN, [...PARTS].reverse())).toBe(DRAW_KEY);
    expect(specDrawKey(CAMPAIGN, PARTS)).toBe(DRAW_KEY);
  });

  it("the CLI's seed parser sorts the parts and refuses what §1 refuses", () => {
    const parsed = parseSeedParts(["县应急管理局=5538201947", "县市场监管局=83920174651"]);
    expect(parsed).toEqual({ parts: [PARTS[1], PARTS[0]] });
    expect(parseSeedParts([])).toEqual({ problem: { code: "seed-missing" } });
    expect(parseSeedParts(["a=1234567890", "b=123456789"])).toEqual({
      problem: { code: "seed-too-short", digits: 19 },
    });
    expect(parseSeedParts(["a=1234567890", "a=1234567890"])).toMatchObject({
      problem: { code: "seed-duplicate-label" },
    });
    expect(parseSeedParts(["a=12345678901234567890x"])).toMatchObject({ problem: { code: "seed-malformed" } });
  });

  it.each(TICKETS)("ticket of %s in CY-01/general", (object, expected) => {
    expect(ticket(DRAW_KEY, "CY-01/general", object)).toBe(expected);
    // Recomputed with node:crypto alone, exactly as §4 writes it.
    expect(nodeSha256(`${DRAW_KEY}\nCY-01/general\n${object}`)).toBe(expected);
  });

  const sha256sum = spawnSync("sha256sum", ["--version"]).status === 0;
  it.skipIf(!sha256sum)("the printf | sha256sum line of §4 gives the same ticket", () => {
    const out = spawnSync(
      "sh",
      [
        "-c",
        `printf '%s\\n%s\\n%s' "$1" "$2" "$3" | sha256sum`,
        "sh",
        DRAW_KEY,
        "CY-01/general",
        TICKETS[0]?.[0] ?? "",
      ],
      { encoding: "utf8" },
    );
    expect(out.stdout.split(" ")[0]).toBe(TICKETS[0]?.[1]);
  });

  it("objects of a stratum ranked by ticket", () => {
    const ranked = rankByTicket(
      DRAW_KEY,
      "CY-01/general",
      TICKETS.map(([id]) => id),
    );
    expect(ranked.map((r) => r.object)).toEqual(["91140821MA0C1QXK4B", "93140821MA0F2Y1L2J", "92140821MA0E7TNRXY"]);
  });

  it("stream: first three uint32", () => {
    const s = streamFor(DRAW_KEY, STREAM_LABEL);
    expect([s.uint32(), s.uint32(), s.uint32()]).toEqual([470424865, 829827078, 292767978]);
    const mine = specStream(DRAW_KEY, STREAM_LABEL);
    expect([mine.uint32(), mine.uint32(), mine.uint32()]).toEqual([470424865, 829827078, 292767978]);
  });

  it("stream: uniformInt(·, 10) five times on a fresh stream", () => {
    const s = streamFor(DRAW_KEY, STREAM_LABEL);
    expect(Array.from({ length: 5 }, () => uniformInt(s, 10))).toEqual([5, 8, 8, 6, 1]);
    const mine = specStream(DRAW_KEY, STREAM_LABEL);
    expect(Array.from({ length: 5 }, () => specUniformInt(mine, 10))).toEqual([5, 8, 8, 6, 1]);
  });

  it("stream: Fisher–Yates of [a..f] on a fresh stream", () => {
    const list = ["a", "b", "c", "d", "e", "f"];
    expect(shuffle(streamFor(DRAW_KEY, STREAM_LABEL), list)).toEqual(["a", "e", "f", "c", "d", "b"]);
    expect(specShuffle(specStream(DRAW_KEY, STREAM_LABEL), list)).toEqual(["a", "e", "f", "c", "d", "b"]);
    expect(list).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it.each([
    [0.1, 30, "up", 3],
    [0.1, 31, "up", 4],
    [0.15, 10, "nearest", 2],
    [0.15, 10, "down", 1],
    [0.3, 17, "up", 6],
  ] as const)("sample size %s × %s %s = %s", (ratio, n, rounding, expected) => {
    expect(sampleSize(ratio, n, rounding)).toBe(expected);
  });

  it("eligibleDigest of A, B", () => {
    const expected = "daee1cd25194ae952d046ad9b9c81d3c07dc5332440b58d6d7461b248be56712";
    expect(idsDigest(["A", "B"])).toBe(expected);
    expect(nodeSha256("A\nB\n")).toBe(expected);
  });

  it("population digest: one line per stratum, joined by LF (§2)", () => {
    const strata = [
      { id: "CY-01/trusted", eligibleCount: 2, eligibleDigest: "a".repeat(64), toDraw: 1, reserves: 1 },
      { id: "CY-01/general", eligibleCount: 0, eligibleDigest: nodeSha256(""), toDraw: 0, reserves: 0 },
    ];
    expect(populationDigest(strata)).toBe(
      nodeSha256(`CY-01/trusted 2 ${"a".repeat(64)} 1 1\nCY-01/general 0 ${nodeSha256("")} 0 0`),
    );
  });
});

describe("§5.1 re-implemented from the spec's text equals src/draw/rng.ts", () => {
  const keys = [DRAW_KEY, nodeSha256("another key"), nodeSha256(""), "0".repeat(64)];
  const labels = [
    STREAM_LABEL,
    "team:T02\ndepartment:xfjy",
    "team:T13\ndepartment:yishi",
    "team:T01\ndepartment:县市场监管局",
  ];

  it.each(keys.flatMap((k) => labels.map((l) => [k.slice(0, 8), l, k] as const)))(
    "key %s…, label %j: 600 uint32",
    (_short, label, key) => {
      const tool = streamFor(key, label);
      const mine = specStream(key, label);
      const a = Array.from({ length: 600 }, () => tool.uint32());
      const b = Array.from({ length: 600 }, () => mine.uint32());
      expect(a).toEqual(b);
      expect(new Set(a).size).toBeGreaterThan(590);
    },
  );

  it("equals the seedrandom package itself on seeds longer than 256 characters (mixkey wraps)", () => {
    const seedrandom = createRequire(import.meta.url)("seedrandom") as (seed: string) => { int32(): number };
    for (const seed of [
      "x".repeat(300),
      Array.from({ length: 700 }, (_, i) => String.fromCharCode(33 + ((i * 7) % 90))).join(""),
      "ab",
    ]) {
      const rng = seedrandom(seed);
      const mine = new SpecArc4(seed);
      for (let n = 0; n < 50; n++) expect(mine.uint32()).toBe(rng.int32() >>> 0);
    }
  });

  it("the pitfall §5.1 names: only the low byte of each UTF-16 unit is read", () => {
    // '张' is U+5F20 and '三' U+4E09: their low bytes are ' ' and '\t'.
    const a = new SpecArc4("张三");
    const b = new SpecArc4(" \t");
    expect(a.uint32()).toBe(b.uint32());
  });

  it("uniformInt with rejection and Fisher–Yates agree on many bounds and lengths", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 2 ** 32 }),
        fc.integer({ min: 0, max: 40 }),
        (label, bound, length) => {
          const tool = streamFor(DRAW_KEY, label);
          const mine = specStream(DRAW_KEY, label);
          for (let n = 0; n < 20; n++) expect(uniformInt(tool, bound)).toBe(specUniformInt(mine, bound));
          const list = Array.from({ length }, (_, i) => i);
          expect(shuffle(tool, list)).toEqual(specShuffle(mine, list));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("rejection sampling actually rejects (n = 3·2³⁰ rejects a quarter of the draws)", () => {
    const n = 3 * 2 ** 30;
    const raw = specStream(DRAW_KEY, "rejection");
    const values = Array.from({ length: 400 }, () => raw.uint32());
    const rejected = values.filter((x) => x >= n).length;
    expect(rejected).toBeGreaterThan(50);
    // The tool must skip exactly those: its results are the accepted values in order.
    const tool = streamFor(DRAW_KEY, "rejection");
    const accepted = values.filter((x) => x < n).slice(0, 100);
    expect(Array.from({ length: 100 }, () => uniformInt(tool, n))).toEqual(accepted);
  });
});

describe("tickets recomputed with node:crypto alone", () => {
  it("equal src/draw/seed.ts for arbitrary keys, strata and ids (Chinese included)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            label: fc.string({ minLength: 1 }).filter((s) => !s.includes("=") && !s.includes("\n")),
            digits: fc.stringMatching(/^[0-9]{20,30}$/),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.string(),
        fc.string(),
        (parts, stratum, object) => {
          const key = drawKey(CAMPAIGN, parts);
          expect(key).toBe(specDrawKey(CAMPAIGN, parts));
          expect(ticket(key, stratum, object)).toBe(specTicket(key, stratum, object));
          expect(ticket(key, stratum, object)).toBe(nodeSha256(`${key}\n${stratum}\n${object}`));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("§3 sample sizes equal exact rational arithmetic", () => {
  const roundings: Rounding[] = ["up", "down", "nearest"];

  it("for every ratio with at most 6 decimals, any n, every rounding", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.constantFrom(...roundings),
        (millionths, n, rounding) => {
          const text = (millionths / 1_000_000).toFixed(6);
          const ratio = Number(text);
          expect(sampleSize(ratio, n, rounding)).toBe(Number(specSampleSize(millionthsOf(text), BigInt(n), rounding)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("for the decimal ratios a plan is written with, where floats are off", () => {
    const ratios = [
      "0.1",
      "0.2",
      "0.3",
      "0.05",
      "0.15",
      "0.35",
      "0.7",
      "0.07",
      "0.333333",
      "0.000001",
      "0.999999",
      "1",
      "0",
      "0.5",
      "0.25",
    ];
    for (const text of ratios) {
      for (let n = 0; n <= 400; n++) {
        for (const rounding of roundings) {
          const exact = Number(specSampleSize(millionthsOf(text), BigInt(n), rounding));
          expect(sampleSize(Number(text), n, rounding), `${text} × ${n} ${rounding}`).toBe(exact);
        }
      }
    }
  });

  it("the float traps that integer arithmetic avoids", () => {
    // Naive Math.ceil(0.07 × 100) is 8 and Math.floor(0.29 × 100) is 28.
    expect(0.07 * 100).toBeGreaterThan(7);
    expect(0.29 * 100).toBeLessThan(29);
    expect(sampleSize(0.07, 100, "up")).toBe(7);
    expect(sampleSize(0.29, 100, "down")).toBe(29);
    expect(sampleSize(0.35, 10, "nearest")).toBe(4); // exactly half rounds up
    expect(sampleSize(0.349999, 10, "nearest")).toBe(3);
  });
});
