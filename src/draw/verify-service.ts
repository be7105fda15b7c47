import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { parseLedger, readLedger, type LedgerLine } from "../ledger/ledger.js";
import { canonicalJson } from "../ledger/canonical-json.js";
import { INPUTS_DIR, materializeInputs } from "../ledger/snapshots.js";
import { DrawError } from "./draw-error.js";
import { readRecord, recordPath, type LoadedRecord } from "./record-file.js";
import {
  bundleRecords,
  historyAt,
  latestRecordLine,
  recordLines,
  workspaceRecords,
  type RecordStore,
} from "./record-store.js";
import { recomputeRecord } from "./verify.js";
import type { InputSource } from "../ledger/snapshots.js";

export const specPath = fileURLToPath(new URL("../../src/draw/SPEC.md", import.meta.url));

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

/** `audit-bundle`: record, inputs, ledger, earlier records and the spec: verifiable with nothing else. */
export function writeAuditBundle(root: string, ref: { abs: string; rel: string }, dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new DrawError("bundle-exists", { dir });
  const loaded = readRecord(ref.abs, ref.rel);
  const { lines } = readLedger(root);
  mkdirSync(join(dir, "records"), { recursive: true });
  copyFileSync(ref.abs, join(dir, "record.draw.yaml"));
  const { missing } = materializeInputs(
    { live: root, snapshots: join(root, INPUTS_DIR) },
    loaded.record.inputs,
    join(dir, "workspace"),
  );
  if (missing.length > 0) throw new DrawError("ledger-broken", { detail: `inputs missing: ${missing.join(", ")}` });
  copyFileSync(join(root, "draws/ledger.jsonl"), join(dir, "ledger.jsonl"));
  const store = workspaceRecords(root);
  const seen = new Set<string>();
  for (const l of recordLines(lines)) {
    const key = `${l.campaign}.attempt-${l.attempt}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const found = store.find(l.campaign, l.attempt);
    if (found) copyFileSync(join(root, found.path), join(dir, "records", `${key}.draw.yaml`));
  }
  copyFileSync(specPath, join(dir, "SPEC.md"));
  writeFileSync(
    join(dir, "README.txt"),
    [
      `checkonce audit bundle: campaign ${loaded.record.campaign}, attempt ${loaded.record.attempt}`,
      "抽取审计包：记录、输入文件、台账、此前的记录、算法说明。",
      "",
      "Verify with the tool:   checkonce verify --bundle <this folder>",
      "Verify by hand:         read SPEC.md; every ticket is sha256(drawKey LF stratum LF object id), e.g.",
      "  printf '%s\\n%s\\n%s' <drawKey> <stratum> <object id> | sha256sum",
      "",
      "record.draw.yaml   the draw record (its SHA-256 is in the ledger)",
      "workspace/         the input files exactly as drawn (their SHA-256 are in the record)",
      "ledger.jsonl       the hash-chained ledger",
      "records/           every record the ledger names (for the history of earlier draws)",
      "",
    ].join("\n"),
  );
}

export function verifyBundle(dir: string): VerifyResult {
  const text = existsSync(join(dir, "ledger.jsonl")) ? readFileSync(join(dir, "ledger.jsonl"), "utf8") : "";
  const { lines, problems } = parseLedger(text);
  const loaded = readRecord(join(dir, "record.draw.yaml"), "record.draw.yaml");
  return verifyLoaded(loaded, {
    lines,
    ledgerProblems: problems.map((p) => `ledger line ${p.line}: ${p.detail}`),
    store: bundleRecords(dir),
    roots: { live: join(dir, "workspace"), snapshots: join(dir, "workspace") },
    bundle: true,
  });
}

export { recordPath };
