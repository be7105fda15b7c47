import { readLedger, type LedgerLine } from "../ledger/ledger.js";
import { DrawError } from "../draw/draw-error.js";
import type { Campaign, Located, ResultsHeader, Workspace } from "../registries/model.js";
import { workingCalendar, type WorkingCalendar } from "./calendar.js";
import { drawnCampaigns, readCampaignDraw, type CampaignDraw } from "./campaign-draw.js";
import type { Result } from "./outcomes.js";
import {
  latestResultLines,
  resultDigest,
  resultKey,
  type CreditLine,
  type PublishLine,
  type ResultLine,
} from "./result-ledger.js";

/** One result with where it is written and what the ledger says of it. */
export interface ResultState {
  campaign: string;
  department: string;
  object: string;
  entry: Result;
  file: string;
  pointer: string;
  digest: string;
  /** The newest ledger line of this result, if any. */
  ledger: ResultLine | undefined;
  /** The file holds exactly what the ledger sealed last. */
  sealed: boolean;
}

export interface ExpectedResult {
  object: string;
  department: string;
  team: string;
  item: string;
}

export interface CampaignResults {
  campaign: string;
  located: Located<Campaign> | undefined;
  draw: CampaignDraw | undefined;
  /** The record exists but cannot be read (message key and params). */
  drawError: DrawError | undefined;
  files: Located<ResultsHeader>[];
  results: ResultState[];
  /** Results the draw expects that nobody has entered yet. */
  missing: ExpectedResult[];
  publications: PublishLine[];
}

/** Everything the closed loop knows: read by followups, publish, credit and the bulletin (issue 9). */
export interface ResultsModel {
  campaigns: CampaignResults[];
  lines: LedgerLine[];
  ledgerProblems: { line: number; detail: string }[];
  credit: CreditLine[];
  calendar: WorkingCalendar;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every campaign's results with their ledger state: each campaign that has a draw record or a
 * results file, its draw, its results (first entry of each object × department; duplicates are a
 * validation error), and what is still missing. Reads the draw records and the ledger.
 */
export function loadResultsModel(
  ws: Workspace,
  ledger?: { lines: LedgerLine[]; problems: { line: number; detail: string }[] },
): ResultsModel {
  const { lines, problems } = ledger ?? readLedger(ws.root);
  const latest = latestResultLines(lines);
  const headers = new Map((ws.resultFiles ?? []).map((f) => [f.file, f.value]));
  const ids = new Set<string>(drawnCampaigns(ws.root));
  for (const h of headers.values()) if (typeof h.campaign === "string") ids.add(h.campaign);
  const campaigns: CampaignResults[] = [];
  for (const id of [...ids].sort(byCodeUnit)) {
    let draw: CampaignDraw | undefined;
    let drawError: DrawError | undefined;
    try {
      draw = readCampaignDraw(ws, id);
    } catch (error) {
      if (!(error instanceof DrawError)) throw error;
      drawError = error;
    }
    const files = (ws.resultFiles ?? []).filter((f) => f.value.campaign === id);
    const seen = new Set<string>();
    const results: ResultState[] = [];
    for (const located of ws.results ?? []) {
      const header = headers.get(located.file);
      if (!header || header.campaign !== id) continue;
      const key = resultKey(id, header.department, located.value.object);
      if (seen.has(key)) continue;
      seen.add(key);
      const digest = resultDigest(id, header.department, located.value);
      const line = latest.get(key);
      results.push({
        campaign: id,
        department: header.department,
        object: located.value.object,
        entry: located.value,
        file: located.file,
        pointer: located.pointer,
        digest,
        ledger: line,
        sealed: line?.digest === digest,
      });
    }
    const missing: ExpectedResult[] = [];
    if (draw)
      for (const drawn of draw.objects.values())
        for (const department of drawn.departments)
          if (!seen.has(resultKey(id, department, drawn.object)))
            missing.push({ object: drawn.object, department, team: drawn.team.id, item: drawn.item });
    campaigns.push({
      campaign: id,
      located: ws.campaigns.find((c) => c.value.id === id),
      draw,
      drawError,
      files,
      results,
      missing,
      publications: lines.filter((l): l is PublishLine => l.type === "publish" && l.campaign === id),
    });
  }
  return {
    campaigns,
    lines,
    ledgerProblems: problems,
    credit: lines.filter((l): l is CreditLine => l.type === "credit"),
    calendar: workingCalendar(ws.config.calendar ?? []),
  };
}
