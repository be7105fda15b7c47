import { cpSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { runCli } from "../helpers/run-cli.js";
import { copyWorkspace, SEED, tempDir } from "../helpers/workspaces.js";
import { openWorkspace } from "../../src/workspace/open-workspace.js";
import { loadResultsModel, type ResultsModel } from "../../src/results/load-results.js";
import type { Workspace } from "../../src/registries/model.js";
import type { DrawRecord } from "../../src/draw/record.js";
import type { IncomingResult } from "../../src/results/write-results.js";
import type { ResultValues } from "../../src/results/outcomes.js";

export const CAMPAIGN = "2026-CY-01";
export { cleanTemp, tempDir } from "../helpers/workspaces.js";

/** The example drawn with the demonstration seed (the real binary), without any results. */
export function drawnExample(): string {
  const ws = copyWorkspace();
  const run = runCli(["draw", CAMPAIGN, ...SEED, "-w", ws, "--lang", "en"]);
  if (run.status !== 0) throw new Error(`draw failed: ${run.stderr}`);
  return ws;
}

export function copyOf(ws: string): string {
  const to = join(tempDir(), "ws");
  cpSync(ws, to, { recursive: true });
  return to;
}

export function open(
  ws: string,
  today = "2026-05-20",
): { ws: Workspace; model: ResultsModel; locate: (f: string, p: string) => { line: number; col: number } } {
  const opened = openWorkspace({ workspace: ws, cwd: ws, cache: false, today });
  return {
    ws: opened.workspace,
    model: loadResultsModel(opened.workspace),
    locate: () => ({ line: 0, col: 0 }),
  };
}

export function record(ws: string): DrawRecord {
  return parse(readFileSync(join(ws, "draws", `${CAMPAIGN}.draw.yaml`), "utf8")) as DrawRecord;
}

/** Every object × department the draw expects, in team order: [object, department, team township staff]. */
export function expected(ws: Workspace, model: ResultsModel): { object: string; department: string; staff: string }[] {
  const c = model.campaigns.find((x) => x.campaign === CAMPAIGN);
  if (!c?.draw) throw new Error("not drawn");
  void ws;
  return [...c.draw.objects.values()].flatMap((o) =>
    o.departments.map((department) => ({
      object: o.object,
      department,
      staff: o.team.members.find((m) => m.role === "township")?.inspector ?? "",
    })),
  );
}

/** A clean result for one expected pair; `over` replaces fields. */
export function clean(
  e: { object: string; department: string; staff: string },
  over: Partial<ResultValues> = {},
): IncomingResult {
  return {
    department: e.department,
    source: `${e.department}/${e.object}`,
    values: {
      object: e.object,
      inspectedOn: "2026-04-15",
      enteredOn: "2026-04-16",
      signature: "signed",
      townshipStaff: e.staff,
      outcome: "no-problem",
      ...over,
    },
  };
}
