import { existsSync } from "node:fs";
import { join } from "node:path";
import type { LedgerLine } from "./ledger.js";
import { readRecord, recordPath, supersededPath, type LoadedRecord } from "../draw/record-file.js";
import { emptyHistory, historyFrom, type DrawHistory } from "../draw/history.js";
import type { DrawRecord } from "../draw/record.js";

/** Where the records a ledger names can be read: a workspace's draws/ or an audit bundle's records/. */
export interface RecordStore {
  find(campaign: string, attempt: number): LoadedRecord | undefined;
}

export function workspaceRecords(root: string): RecordStore {
  return {
    find(campaign, attempt) {
      for (const rel of [recordPath(campaign), supersededPath(campaign, attempt)]) {
        const abs = join(root, rel);
        if (!existsSync(abs)) continue;
        const loaded = readRecord(abs, rel);
        if (loaded.record.attempt === attempt) return loaded;
      }
      return undefined;
    },
  };
}

export function bundleRecords(dir: string): RecordStore {
  return {
    find(campaign, attempt) {
      const rel = `records/${campaign}.attempt-${attempt}.draw.yaml`;
      return existsSync(join(dir, rel)) ? readRecord(join(dir, rel), rel) : undefined;
    },
  };
}

type DrawLine = Extract<LedgerLine, { type: "draw" | "substitute" }>;

export function recordLines(lines: readonly LedgerLine[]): DrawLine[] {
  return lines.filter((l): l is DrawLine => l.type === "draw" || l.type === "substitute");
}

/** The newest ledger line about one campaign's record (any attempt, or one attempt). */
export function latestRecordLine(
  lines: readonly LedgerLine[],
  campaign: string,
  attempt?: number,
): DrawLine | undefined {
  return recordLines(lines)
    .filter((l) => l.campaign === campaign && (attempt === undefined || l.attempt === attempt))
    .at(-1);
}

/**
 * The history a draw saw when its ledger line `beforeSeq` was written: of each other campaign the
 * attempt current then, with only the substitutions ledgered before it (records only ever grow).
 */
export function historyAt(
  lines: readonly LedgerLine[],
  store: RecordStore,
  year: number,
  campaign: string,
  beforeSeq: number,
): { history: DrawHistory; problems: string[] } {
  const problems: string[] = [];
  const earlier = recordLines(lines).filter((l) => l.seq < beforeSeq && l.campaign !== campaign);
  const current = new Map<string, { attempt: number; seq: number; substitutions: number }>();
  for (const line of earlier) {
    const state = current.get(line.campaign);
    if (line.type === "draw" && (!state || line.attempt !== state.attempt))
      current.set(line.campaign, { attempt: line.attempt, seq: line.seq, substitutions: 0 });
    else if (line.type === "substitute" && state && line.attempt === state.attempt) state.substitutions++;
  }
  const records: DrawRecord[] = [];
  for (const [c, state] of [...current].sort(([, a], [, b]) => a.seq - b.seq)) {
    const loaded = store.find(c, state.attempt);
    if (!loaded) {
      problems.push(`record of ${c} attempt ${state.attempt} is missing`);
      continue;
    }
    if (loaded.record.year !== year) continue;
    records.push({ ...loaded.record, substitutions: loaded.record.substitutions.slice(0, state.substitutions) });
  }
  return { history: records.length > 0 ? historyFrom(records, year, campaign) : emptyHistory(), problems };
}
