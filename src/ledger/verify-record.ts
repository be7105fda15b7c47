import { checkBundleEvidence } from "./checkpoint-service.js";
import { existsSync, readdirSync } from "node:fs";
import { readRegularFile } from "../util/read-file.js";
import { describeFault } from "../util/io-error.js";
import { UsageError } from "../diagnostics/errors.js";
import { join } from "node:path";
import { parseLedger, readLedger, type LedgerLine } from "./ledger.js";
import { canonicalJson } from "../util/canonical-json.js";
import { INPUTS_DIR, type InputSource } from "./snapshots.js";
import { readRecord, type LoadedRecord } from "../draw/record-file.js";
import {
  bundleRecords,
  historyAt,
  latestRecordLine,
  recordLines,
  workspaceRecords,
  type RecordStore,
} from "./record-store.js";
import { recomputeRecord } from "./recompute.js";

export interface VerifyResult {
  record: LoadedRecord;
  differences: string[];
  /** live: every input read from the workspace; snapshot: at least one from draws/inputs; bundle. */
  source: "live" | "snapshot" | "bundle";
}

interface VerifyEnv {
  lines: LedgerLine[];
  ledgerProblems: string[];
  store: RecordStore;
  roots: { live?: string; snapshots: string; cacheRoot?: string };
  bundle: boolean;
}

/** Record + ledger + history + recomputation: everything `verify` checks about one record. */
function verifyLoaded(loaded: LoadedRecord, env: VerifyEnv): VerifyResult {
  const { record } = loaded;
  const differences = [...env.ledgerProblems];
  const latest = latestRecordLine(env.lines, record.campaign, record.attempt);
  const created = recordLines(env.lines).find(
    (l) => l.type === "draw" && l.campaign === record.campaign && l.attempt === record.attempt,
  );
  if (!latest || !created)
    differences.push(`ledger: no line for ${record.campaign} attempt ${record.attempt} (the draw was never ledgered)`);
  else if (latest.recordDigest !== loaded.digest)
    differences.push(
      `ledger: line ${latest.seq} holds digest ${latest.recordDigest.slice(0, 16)}…, the record file has ${loaded.digest.slice(0, 16)}… (the record was edited)`,
    );
  // The reason for a redraw is shown in every report: the record and its ledger line must give the same one.
  if (created?.type === "draw" && (created.reason ?? null) !== (record.redrawReason ?? null)) {
    differences.push(
      `ledger: line ${created.seq} gives the redraw reason ${JSON.stringify(created.reason ?? null)}, the record ${JSON.stringify(record.redrawReason ?? null)}`,
    );
  }
  if (created && record.commitment) {
    const prepared = env.lines.find((l) => l.seq === record.commitment?.ledgerSeq);
    if (
      !prepared ||
      prepared.type !== "prepare" ||
      prepared.populationDigest !== record.commitment.digest ||
      prepared.campaign !== record.campaign
    ) {
      differences.push(
        `commitment: ledger line ${record.commitment.ledgerSeq} is not this campaign's prepare line with digest ${record.commitment.digest.slice(0, 16)}…`,
      );
    } else if (prepared.seq > created.seq) differences.push("commitment: made after the draw");
  }
  if (created) {
    const { history, problems } = historyAt(env.lines, env.store, record.year, record.campaign, created.seq);
    differences.push(...problems.map((p) => `history: ${p}`));
    if (problems.length === 0 && canonicalJson(history) !== canonicalJson(record.history))
      differences.push("history: the earlier draws in the ledger give another history than the record's");
  }
  const recomputed = recomputeRecord(record, env.roots);
  differences.push(...recomputed.differences);
  const sources = Object.values(recomputed.sources) as InputSource[];
  return {
    record: loaded,
    differences,
    source: env.bundle ? "bundle" : sources.includes("snapshot") ? "snapshot" : "live",
  };
}

function workspaceEnv(root: string): VerifyEnv {
  const { lines, problems } = readLedger(root);
  return {
    lines,
    ledgerProblems: problems.map((p) => `ledger line ${p.line}: ${p.detail}`),
    store: workspaceRecords(root),
    roots: { live: root, snapshots: join(root, INPUTS_DIR), cacheRoot: root },
    bundle: false,
  };
}

export function verifyRecordFile(root: string, ref: { abs: string; rel: string }): VerifyResult {
  return verifyLoaded(readRecord(ref.abs, ref.rel), workspaceEnv(root));
}

export interface LedgerVerifyResult {
  lines: number;
  records: number;
  problems: string[];
}

/** `verify --ledger`: the chain, every record it names, and records it does not know (orphans). */
export function verifyLedger(root: string): LedgerVerifyResult {
  const env = workspaceEnv(root);
  const problems = [...env.ledgerProblems];
  const named = new Map<string, number>();
  for (const l of recordLines(env.lines)) named.set(`${l.campaign}\0${l.attempt}`, l.seq);
  let records = 0;
  for (const key of named.keys()) {
    const [campaign, attempt] = key.split("\0") as [string, string];
    const found = env.store.find(campaign, Number(attempt));
    if (!found) {
      problems.push(`${campaign} attempt ${attempt}: record missing`);
      continue;
    }
    records++;
    const result = verifyLoaded(found, { ...env, ledgerProblems: [] });
    problems.push(...result.differences.map((d) => `${found.path}: ${d}`));
  }
  const drawsDir = join(root, "draws");
  if (existsSync(drawsDir)) {
    for (const name of readdirSync(drawsDir)
      .filter((n) => n.endsWith(".draw.yaml"))
      .sort()) {
      const rel = `draws/${name}`;
      const loaded = readRecord(join(root, rel), rel);
      const latest = latestRecordLine(env.lines, loaded.record.campaign, loaded.record.attempt);
      if (!latest)
        problems.push(
          `${rel}: attempt ${loaded.record.attempt} was written but never entered in the ledger (a draw was interrupted); the next \`checkonce draw\` of ${loaded.record.campaign} repairs it if it recomputes`,
        );
    }
  }
  return { lines: env.lines.length, records, problems };
}

export function verifyBundle(dir: string): VerifyResult {
  const read = readRegularFile(join(dir, "ledger.jsonl"));
  if (!read.ok && !(read.fault === "io" && read.errno === "ENOENT"))
    throw new UsageError("file-cannot-use", { file: "ledger.jsonl", ...describeFault(read) });
  const text = read.ok ? read.bytes.toString("utf8") : "";
  const { lines, problems } = parseLedger(text);
  const loaded = readRecord(join(dir, "record.draw.yaml"), "record.draw.yaml");
  const result = verifyLoaded(loaded, {
    lines,
    ledgerProblems: problems.map((p) => `ledger line ${p.line}: ${p.detail}`),
    store: bundleRecords(dir),
    roots: { live: join(dir, "workspace"), snapshots: join(dir, "workspace") },
    bundle: true,
  });
  // The checkpoints and proofs the bundle carries (issue 12).
  return { ...result, differences: [...result.differences, ...checkBundleEvidence(dir)] };
}
