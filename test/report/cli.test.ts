import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import JSZip from "jszip";
import { join, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { cleanTemp, exampleDir, tempDir } from "../helpers/workspaces.js";
import { repoRoot } from "../helpers/run-cli.js";

/** The example with its draw and results (the copy keeps draws/ and results/), without the cache. */
function example(): string {
  const ws = join(tempDir(), "ws");
  cpSync(exampleDir, ws, {
    recursive: true,
    filter: (p) => !p.includes(`${sep}.checkonce${sep}cache`) && !p.endsWith(`${sep}out`),
  });
  return ws;
}

afterAll(cleanTemp);

describe("checkonce report", () => {
  const ws = example();

  it("prints the example's bulletin for 2026Q2 and writes every format from the same figures", () => {
    const out = join(tempDir(), "out");
    const run = runCli([
      "report",
      "--period",
      "2026Q2",
      "--as-of",
      "2026-06-10",
      "-w",
      ws,
      "--format",
      "table,md,html,docx,json,csv",
      "--out",
      out,
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("减少对市场主体检查");
    for (const ext of ["md", "html", "docx", "json", "csv"]) expect(existsSync(join(out, `2026Q2.${ext}`))).toBe(true);
    const report = JSON.parse(readFileSync(join(out, "2026Q2.json"), "utf8"));
    const v = report.visits.county;
    expect(v.saved).toBe(v.separate - v.joint);
    expect(v.saved).toBeGreaterThan(0);
    expect(run.stdout).toContain(`减少对市场主体检查${v.saved}次`);
    expect(report.integrity.find((c: { campaign: string }) => c.campaign === "2026-CY-01")).toMatchObject({
      drawn: true,
      committedBeforeSeed: true,
      verifies: true,
    });
  });

  it("writes to out/report by default, in English with --lang en", () => {
    const run = runCli([
      "report",
      "--period",
      "2026H1",
      "--as-of",
      "2026-06-10",
      "-w",
      ws,
      "--format",
      "json,md",
      "--lang",
      "en",
    ]);
    expect(run.status).toBe(0);
    expect(existsSync(join(ws, "out", "report", "2026H1.json"))).toBe(true);
    expect(readFileSync(join(ws, "out", "report", "2026H1.md"), "utf8")).toContain("Visits saved");
  });

  it("prints the ledger checkpoint current when it was made in every format (issue 12)", async () => {
    const own = example();
    const home = tempDir();
    const env = { HOME: home, USERPROFILE: home };
    const args = ["report", "--period", "2026Q2", "--as-of", "2026-06-10", "-w", own, "--lang", "en"];
    const before = runCli([...args, "--format", "json"], { env });
    expect(before.status).toBe(0);
    expect(JSON.parse(readFileSync(join(own, "out", "report", "2026Q2.json"), "utf8")).ledger.checkpoint).toBeNull();
    expect(runCli(["key", "generate", "-w", own], { env }).status).toBe(0);
    expect(runCli(["checkpoint", "-w", own], { env }).status).toBe(0);
    const run = runCli([...args, "--format", "table,md,html,docx,json,csv"], { env });
    expect(run.status).toBe(0);
    const dir = join(own, "out", "report");
    const report = JSON.parse(readFileSync(join(dir, "2026Q2.json"), "utf8"));
    const { short, full } = report.ledger.checkpoint as { short: string; full: string[] };
    expect(short).toMatch(/^\d+ · [0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
    const stored = join(own, "draws", "checkpoints");
    const text = readFileSync(join(stored, readdirSync(stored)[0] ?? ""), "utf8")
      .trim()
      .split("\n");
    expect(full).toEqual(text);
    const line = `Ledger checkpoint when this list was made: ${short}`;
    expect(run.stdout).toContain(line);
    expect(readFileSync(join(dir, "2026Q2.md"), "utf8")).toContain(line);
    const html = readFileSync(join(dir, "2026Q2.html"), "utf8");
    expect(html).toContain(line);
    for (const l of full) expect(html).toContain(l.replace(/&/g, "&amp;").replace(/</g, "&lt;"));
    expect(readFileSync(join(dir, "2026Q2.csv"), "utf8")).toContain(`ledger,checkpoint,,short,${short}`);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "2026Q2.docx")));
    const xml = await (zip.file("word/document.xml") as JSZip.JSZipObject).async("string");
    expect(xml).toContain((full[0] ?? "").replace(/&/g, "&amp;"));
  });

  it("a period with no activity gives zeros", () => {
    const run = runCli([
      "report",
      "--period",
      "2026Q4",
      "--as-of",
      "2026-12-31",
      "-w",
      ws,
      "--format",
      "json",
      "--out",
      tempDir(),
    ]);
    expect(run.status).toBe(0);
  });

  it("the empty workspace gives a bulletin of zeros", () => {
    const run = runCli(["report", "--period", "2026", "--as-of", "2026-06-10", "-w", join(repoRoot, "examples/empty")]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("减少对市场主体检查0次");
  });

  it.each([
    [["--period", "2026Q5"], "2026Q5"],
    [["--period", "2026H3"], "2026H3"],
    [[], "2026Q1"],
    [["--period", "2026Q1", "--as-of", "2026-13-01"], "--as-of"],
    [["--period", "2026Q1", "--format", "pdf"], "pdf"],
  ])("refuses %j with a clear message and exit 2", (args, named) => {
    const run = runCli(["report", ...args, "-w", ws]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(named);
    expect(run.stdout).toBe("");
  });
});
