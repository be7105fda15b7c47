/**
 * Issue 14's fuzz test: a few hundred seeded mutations of the registry files and of a draw record,
 * thrown at validate, list, draw, verify, draw show and substitute. Every run must end with 0, 1
 * or 2, without a stack trace or an internal error, within its time; a command that fails must
 * leave draws/ (records, ledger, snapshots) as it was, and a reading command never changes it.
 * Most runs go through main() in one child process (the binary minus a process per run), a few
 * through the real binary. FUZZ_SEED=<n> replays another corpus; a failure names seed and case.
 */
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  BASE_CAMPAIGN,
  BASE_SEED,
  baseWorkspace,
  cleanTemp,
  drawnBase,
  drawsState,
  expectClean,
  run,
  tempDir,
} from "./helpers.js";
import { mutateYaml, Random } from "./mutate.js";
import { repoRoot } from "../helpers/run-cli.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20260413);
const REGISTRY_CASES = 120;
const RECORD_CASES = 80;
const registryFiles = [
  "checkonce.yaml",
  "departments.yaml",
  "objects.yaml",
  "inspectors.yaml",
  "items.yaml",
  "plans.yaml",
  "upper-inspected.yaml",
];
const recordRel = join("draws", `${BASE_CAMPAIGN}.draw.yaml`);

interface Case {
  id: string;
  ws: string;
  argv: string[];
  /** Reads only: must never change draws/, whatever its exit code. */
  readOnly: boolean;
  how: string;
}
interface Outcome {
  id: string;
  argv: string[];
  status: number | undefined;
  threw?: string;
  changed: boolean;
  stdout: string;
  stderr: string;
}

let base: string;
let drawn: string;
const cases: Case[] = [];

beforeAll(() => {
  base = baseWorkspace();
  drawn = drawnBase();
  const r = new Random(SEED);
  const root = tempDir("checkonce-fuzz-");
  for (let i = 0; i < REGISTRY_CASES; i++) {
    const ws = join(root, `r${i}`);
    cpSync(base, ws, { recursive: true });
    const file = r.pick(registryFiles);
    let bytes: Buffer = readFileSync(join(ws, file));
    const hows: string[] = [];
    for (let n = 1 + r.int(3); n > 0; n--) {
      const m = mutateYaml(bytes, r);
      bytes = m.bytes;
      hows.push(m.how);
    }
    writeFileSync(join(ws, file), bytes);
    const how = `${file}: ${hows.join(", ")}`;
    const id = `seed ${SEED} registry case ${i}`;
    cases.push({ id: `${id} validate`, ws, argv: ["validate", "--no-cache"], readOnly: true, how });
    cases.push({
      id: `${id} list`,
      ws,
      argv: ["list", r.pick(["objects", "inspectors", "campaigns"])],
      readOnly: true,
      how,
    });
    cases.push({ id: `${id} draw`, ws, argv: ["draw", BASE_CAMPAIGN, ...BASE_SEED], readOnly: false, how });
    cases.push({ id: `${id} verify`, ws, argv: ["verify", "--ledger"], readOnly: true, how });
  }
  const record = parse(readFileSync(join(drawn, recordRel), "utf8")) as {
    strata: { selected: { object: string }[] }[];
  };
  const drawnObject = record.strata[0]?.selected[0]?.object ?? "";
  for (let i = 0; i < RECORD_CASES; i++) {
    const ws = join(root, `d${i}`);
    cpSync(drawn, ws, { recursive: true });
    const target = r.chance(0.85) ? recordRel : join("draws", "ledger.jsonl");
    let bytes: Buffer = readFileSync(join(ws, target));
    const hows: string[] = [];
    for (let n = 1 + r.int(2); n > 0; n--) {
      const m = mutateYaml(bytes, r);
      bytes = m.bytes;
      hows.push(m.how);
    }
    writeFileSync(join(ws, target), bytes);
    const how = `${target}: ${hows.join(", ")}`;
    const id = `seed ${SEED} record case ${i}`;
    cases.push({ id: `${id} verify`, ws, argv: ["verify", BASE_CAMPAIGN], readOnly: true, how });
    cases.push({
      id: `${id} draw show`,
      ws,
      argv: ["draw", "show", BASE_CAMPAIGN, "-f", r.pick(["text", "json", "csv", "md"])],
      readOnly: true,
      how,
    });
    if (i % 3 === 0)
      cases.push({
        id: `${id} substitute`,
        ws,
        argv: ["substitute", BASE_CAMPAIGN, drawnObject, "--reason", "已注销"],
        readOnly: false,
        how,
      });
    else cases.push({ id: `${id} verify ledger`, ws, argv: ["verify", "--ledger"], readOnly: true, how });
  }
}, 300_000);
afterAll(cleanTemp);

function check(c: Case, o: Outcome): void {
  const where = `${c.id} (${c.how}): ${c.argv.join(" ")}\n${o.stderr}`;
  expect(o.threw, where).toBeUndefined();
  expect([0, 1, 2], where).toContain(o.status);
  expect(o.stderr, where).not.toMatch(/Internal error|^\s+at .+:\d+:\d+\)?$/m);
  if (c.readOnly || o.status !== 0) expect(o.changed, `draws/ changed: ${where}`).toBe(false);
}

describe("fuzz: mutated registries and records", () => {
  it(`${REGISTRY_CASES} registry and ${RECORD_CASES} record mutations through main(): 0, 1 or 2, no crash, nothing changed by a failure`, () => {
    const driver = join(repoRoot, "test/hostile/fuzz-driver.mjs");
    const result = spawnSync(process.execPath, [driver], {
      input: JSON.stringify(cases.map(({ id, ws, argv }) => ({ id, ws, argv }))),
      encoding: "utf8",
      timeout: 540_000,
      killSignal: "SIGKILL",
      maxBuffer: 512 * 1024 * 1024,
    });
    expect(result.signal, `the driver hung or was killed; stderr: ${result.stderr.slice(-2000)}`).toBeNull();
    const outcomes = result.stdout
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l) as Outcome);
    expect(outcomes.map((o) => o.id)).toEqual(cases.map((c) => c.id));
    outcomes.forEach((o, i) => check(cases[i] as Case, o));
    // The corpus is not all refused at the door: some mutations still validate, some draws still run.
    const statuses = new Set(outcomes.map((o) => o.status));
    expect([...statuses].sort()).toEqual([0, 1, 2]);
  }, 600_000);

  it("a few of the same cases through the real binary, with a bound on their time", () => {
    const r = new Random(SEED ^ 0x5bd1e995);
    for (let n = 0; n < 6; n++) {
      const c = cases[r.int(cases.length)] as Case;
      const copy = join(tempDir(), "ws");
      cpSync(c.ws, copy, { recursive: true });
      const before = drawsState(copy);
      const out = run(c.argv, { ws: copy, timeoutMs: 120_000 });
      expectClean(out);
      if (c.readOnly || out.status !== 0) expect(drawsState(copy), `${c.id} (${c.how})`).toEqual(before);
    }
  }, 900_000);
});
