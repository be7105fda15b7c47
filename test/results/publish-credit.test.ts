import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, withoutPastWarning } from "../helpers/run-cli.js";
import { SEED } from "../helpers/workspaces.js";
import { applyCredit, proposeCredit, proposalPath, proposalText, readProposal } from "../../src/results/credit.js";
import { buildPublication } from "../../src/results/publication.js";
import { csvField } from "../../src/util/csv-write.js";
import { publicCategory, outcomes, reasons, type ResultValues } from "../../src/results/outcomes.js";
import { renderPublication, writePublication } from "../../src/results/write-publication.js";
import { planResults, writeResults, type IncomingResult } from "../../src/results/write-results.js";
import { readLedger } from "../../src/ledger/ledger.js";
import { writeFileAtomic } from "../../src/util/fs.js";
import { CAMPAIGN, clean, cleanTemp, copyOf, drawnExample, expected, open } from "./helpers.js";

const now = () => "2026-06-01T08:00:00.000Z";
let withResults: string;
/** Objects by the story the test gives them: every department of one object found nothing, and so on. */
let story: { clean: string; adverse: string; unreachable: string; pending: string };

beforeAll(() => {
  withResults = drawnExample();
  const o = open(withResults);
  const pairs = expected(o.ws, o.model);
  const objects = [...new Set(pairs.map((p) => p.object))];
  const [a, b, c, d] = objects as [string, string, string, string];
  story = { clean: a, adverse: b, unreachable: c, pending: d };
  const incoming: IncomingResult[] = pairs
    .filter((p) => p.object !== objects.at(-1)) // the last object stays incomplete: held back
    .map((p, i) => {
      const first = pairs.findIndex((x) => x.object === p.object) === i;
      const over: Partial<ResultValues> =
        p.object === b && first
          ? { outcome: "case-opened", findings: "使用超过保质期的食品原料。" }
          : p.object === c && first
            ? { outcome: "not-inspectable", reason: "unreachable", signature: undefined, townshipStaff: undefined }
            : p.object === d && first
              ? { outcome: "referred-judicial", findings: "涉嫌生产有毒有害食品。", seriousViolation: "health-safety" }
              : p.object === b && !first
                ? { signature: "refused", refusal: { witness: "见证人甲某", recorder: "ZFJLY-031" } }
                : {};
      const r = clean(p, over);
      for (const k of Object.keys(r.values) as (keyof ResultValues)[])
        if (r.values[k] === undefined) delete r.values[k];
      return r;
    });
  const plan = planResults(o.ws, o.model, CAMPAIGN, incoming, { today: "2026-04-16" });
  if (plan.problems.length > 0) throw new Error(JSON.stringify(plan.problems));
  writeResults(o.ws, plan, now);
});
afterAll(cleanTemp);

describe("the mapping from outcomes to public categories", () => {
  it("is written down and total", () => {
    const table = Object.fromEntries(
      outcomes.flatMap((outcome) =>
        outcome === "not-inspectable"
          ? reasons.map((reason) => [`${outcome}/${reason}`, publicCategory({ outcome, reason })])
          : [[outcome, publicCategory({ outcome })]],
      ),
    );
    expect(table).toEqual({
      "no-problem": "no-problem",
      "rectified-on-site": "corrected",
      "rectification-ordered": "corrected",
      "case-opened": "pending",
      "referred-admin": "pending",
      "referred-judicial": "pending",
      "not-inspectable/closed": "no-activity",
      "not-inspectable/unreachable": "unreachable",
      "not-inspectable/refused": "refused-serious",
    });
  });
});

describe("publication", () => {
  it("publishes complete results in public categories, the most serious per object, and holds back the rest", () => {
    const o = open(withResults);
    const c = o.model.campaigns.find((x) => x.campaign === CAMPAIGN);
    const p = buildPublication(o.ws, c as NonNullable<typeof c>, "2026-05-01");
    const byObject = new Map(p.entries.map((e) => [e.object, e.category]));
    expect(byObject.get(story.clean)).toBe("no-problem");
    expect(byObject.get(story.adverse)).toBe("pending");
    expect(byObject.get(story.unreachable)).toBe("unreachable");
    expect(p.heldBack).toHaveLength(1);
    expect(p.heldBack[0]?.missing.length).toBeGreaterThan(0);
    expect(p.entries.length + p.heldBack.length).toBe(13);
  });

  it("holds no personal data in any format: no person's name, phone or ID number of the example", async () => {
    const o = open(withResults);
    const c = o.model.campaigns.find((x) => x.campaign === CAMPAIGN);
    const p = buildPublication(o.ws, c as NonNullable<typeof c>, "2026-05-01");
    const files = await renderPublication(p, "zh", ["csv", "json", "html", "docx"]);
    const english = await renderPublication(p, "en", ["csv", "json", "html"]);
    const texts: string[] = [];
    for (const f of [...files, ...english]) {
      if (f.name.endsWith(".docx")) {
        const zip = await JSZip.loadAsync(f.bytes);
        for (const name of Object.keys(zip.files)) texts.push(await (zip.file(name)?.async("string") ?? ""));
      } else texts.push(new TextDecoder().decode(f.bytes));
    }
    const all = texts.join("\n");
    // Every personal field of the example, and of the results: contacts, inspectors, liaison officers, witnesses.
    const personal = new Set<string>();
    for (const { value } of o.ws.objects) {
      if (value.contact)
        for (const v of [value.contact.name, value.contact.phone, value.contact.idNumber]) if (v) personal.add(v);
    }
    for (const { value } of o.ws.inspectors)
      for (const v of [value.name, value.phone, value.idNumber]) if (v) personal.add(v);
    for (const { value } of o.ws.departments)
      for (const person of [value.liaison, value.leader])
        for (const v of [person?.name, person?.phone]) if (v) personal.add(v);
    for (const r of c?.results ?? []) {
      if (r.entry.refusal) personal.add(r.entry.refusal.witness);
      if (r.entry.townshipStaff) personal.add(r.entry.townshipStaff);
      for (const i of r.entry.inspectors ?? []) personal.add(i);
      if (r.entry.findings) personal.add(r.entry.findings);
    }
    expect(personal.size).toBeGreaterThan(100);
    const names = new Set(p.entries.map((e) => e.name));
    const leaked = [...personal].filter((v) => all.includes(v) && ![...names].some((n) => n.includes(v)));
    expect(leaked).toEqual([]);
    // A name that is part of a business name (个体工商户 are named after their owner) is the business's.
    expect(all).toContain(p.entries[0]?.name ?? "?");
    expect(all).toContain("统一社会信用代码");
  });

  it("writes the files, ledgers what it published once, and guards credit codes for Excel", async () => {
    const ws = copyOf(withResults);
    const o = open(ws);
    const c = o.model.campaigns.find((x) => x.campaign === CAMPAIGN) as NonNullable<
      ReturnType<typeof open>["model"]["campaigns"][number]
    >;
    const p = buildPublication(o.ws, c, "2026-05-01");
    const first = await writePublication(ws, p, "zh", ["csv", "json"], now);
    expect(first.line).toMatchObject({ type: "publish", campaign: CAMPAIGN, asOf: "2026-05-01" });
    const again = await writePublication(ws, p, "zh", ["csv", "json"], now);
    expect(again.line).toBeUndefined();
    expect(readLedger(ws).lines.filter((l) => l.type === "publish")).toHaveLength(1);
    const csv = readFileSync(join(ws, first.files[0] as string), "utf8");
    expect(csv.startsWith("\ufeff")).toBe(true);
    expect(csv).toContain("发现问题待后续处理");
    // The credit codes as text, by the one rule (util/csv-write.ts; test/results/integration.test.ts).
    for (const e of p.entries) expect(csv).toContain(`,${csvField(e.creditCode)},`);
  });
});

describe("credit: propose → apply → the next draw uses the new tier", () => {
  it("proposes focus for adverse results, one step up for clean ones, and the two lists, each with evidence", () => {
    const o = open(withResults);
    const proposal = proposeCredit(o.ws, o.model, 2026, "2026-12-20");
    const change = (id: string) => proposal.tierChanges.find((t) => t.object === id);
    expect(change(story.adverse)?.to ?? "focus").toBe("focus");
    if (change(story.adverse))
      expect(change(story.adverse)?.evidence[0]).toMatchObject({ campaign: CAMPAIGN, outcome: "case-opened" });
    const cleanChange = change(story.clean);
    if (cleanChange)
      expect({ focus: "general", general: "trusted" }[cleanChange.from as "focus" | "general"]).toBe(cleanChange.to);
    expect(proposal.abnormalOperations.map((a) => a.object)).toEqual([story.unreachable]);
    expect(proposal.seriousDishonesty.map((a) => [a.object, a.ground])).toEqual([[story.pending, "health-safety"]]);
  });

  it("applies the accepted changes with comments kept, ledgers them, is idempotent, and the next draw sees the tier", () => {
    const ws = copyOf(withResults);
    // A second round of the same items, so that the same objects are in scope again.
    appendFileSync(
      join(ws, "plans.yaml"),
      [
        '  - id: "2026-CY-02"',
        "    name: 第二轮",
        '    plan: "2026-scjgj"',
        "    round: 2",
        "    items: [CY-01, CY-02]",
        "    startDate: 2026-11-02",
        "    endDate: 2026-11-13",
        "    townships: [yishi, linjin, meiyang]",
        "    linkage: true",
        "    objectsPerTeam: 5",
        "",
      ].join("\n"),
    );
    let o = open(ws);
    const proposal = proposeCredit(o.ws, o.model, 2026, "2026-12-20");
    // The officer rejects one change: it must stay as it was.
    const target = proposal.tierChanges.find((t) => t.to === "focus") ?? proposal.tierChanges[0];
    const rejected = proposal.tierChanges.find((t) => t !== target);
    if (rejected) rejected.accept = false;
    expect(target).toBeDefined();
    writeFileAtomic(join(ws, proposalPath(2026)), proposalText(proposal, 1));
    const read = readProposal(join(ws, proposalPath(2026)));
    expect(read.problems).toEqual([]);
    const file = o.ws.objects.find((x) => x.value.id === target?.object)?.file as string;
    const before = readFileSync(join(ws, file), "utf8");
    const applied = applyCredit(
      o.ws,
      proposalPath(2026),
      read.proposal as never,
      read.digest,
      readLedger(ws).lines,
      now,
    );
    expect(applied.problems).toEqual([]);
    expect(applied.applied.map((a) => a.object)).toContain(target?.object);
    if (rejected) expect(applied.applied.map((a) => a.object)).not.toContain(rejected.object);
    const after = readFileSync(join(ws, file), "utf8");
    // Comments and the other lines stay; the changed line says why.
    const comments = (t: string) => t.split("\n").filter((l) => l.trimStart().startsWith("#"));
    expect(comments(after)).toEqual(comments(before));
    expect(after).toContain(`# 2026 credit apply: ${target?.from} → ${target?.to} (credit/2026.proposal.yaml)`);
    // Only tier lines change: every other line is kept, in order.
    const others = (t: string) => t.split("\n").filter((l) => !/^\s*tier: /.test(l));
    expect(others(after)).toEqual(others(before));
    const credit = readLedger(ws).lines.filter((l) => l.type === "credit");
    expect(credit.length).toBe(applied.applied.length + applied.listed.length);
    o = open(ws);
    const again = applyCredit(o.ws, proposalPath(2026), read.proposal as never, read.digest, readLedger(ws).lines, now);
    expect(again.applied).toEqual([]);
    expect(readLedger(ws).lines.filter((l) => l.type === "credit")).toHaveLength(credit.length);
    // The next draw: the object is in the stratum of its new tier.
    const run = runCli(["draw", "2026-CY-02", ...SEED, "-w", ws, "--lang", "en"]);
    expect(withoutPastWarning(run.stderr)).toBe("");
    expect(run.status).toBe(0);
    const population = JSON.parse(readFileSync(join(ws, "draws", "2026-CY-02.population.json"), "utf8")) as {
      strata: { id: string; eligible: string[] }[];
    };
    const stratum = population.strata.find((s) => s.eligible.includes(target?.object as string));
    expect(stratum?.id.endsWith(`/${target?.to}`)).toBe(true);
    expect(
      parse(readFileSync(join(ws, file), "utf8")).objects.find((x: { id: string }) => x.id === target?.object).tier,
    ).toBe(target?.to);
  });
});
