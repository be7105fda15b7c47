import { createHash } from "node:crypto";
import { join } from "node:path";
import { writeFileAtomic } from "../util/fs.js";
import { readRegularFile } from "../util/read-file.js";
import { describeFault } from "../util/io-error.js";
import { UsageError } from "../diagnostics/errors.js";
import { DRAWS_DIR } from "../draw/record.js";
import { canonicalJson } from "../util/canonical-json.js";

export const LEDGER_FILE = `${DRAWS_DIR}/ledger.jsonl`;
const GENESIS = "0".repeat(64);

export interface StratumCommitment {
  id: string;
  eligibleCount: number;
  eligibleDigest: string;
  toDraw: number;
  reserves: number;
}

/** What each kind of line says; `seq`, `prev` and `hash` are added when it is appended. */
export type LedgerEntry =
  | {
      type: "prepare";
      campaign: string;
      at: string;
      populationDigest: string;
      populationFile: string;
      populationFileDigest: string;
      strata: StratumCommitment[];
      excluded: Record<string, number>;
      inputs: { file: string; sha256: string }[];
    }
  | {
      type: "draw";
      campaign: string;
      at: string;
      attempt: number;
      record: string;
      recordDigest: string;
      populationDigest: string;
      commitmentSeq: number | null;
      reason?: string;
      repaired?: boolean;
    }
  | {
      type: "substitute";
      campaign: string;
      at: string;
      attempt: number;
      record: string;
      recordDigest: string;
      object: string;
      replacement: string;
      reason: string;
    }
  | ResultsLedgerEntry;

/**
 * Lines of the closed loop (issue 8): a result entered, amended or re-inspected (`digest` seals the
 * whole result as its file holds it), a publication, a credit change. The chain is the same.
 */
export type ResultsLedgerEntry =
  | {
      type: "result" | "amendment" | "reinspection";
      campaign: string;
      department: string;
      object: string;
      at: string;
      file: string;
      digest: string;
      reason?: string;
    }
  | {
      type: "publish";
      campaign: string;
      at: string;
      asOf: string;
      digest: string;
      published: string[];
      heldBack: string[];
    }
  | {
      type: "credit";
      object: string;
      at: string;
      year: number;
      proposal: string;
      proposalDigest: string;
      change: "tier" | "abnormal-operations" | "serious-dishonesty";
      from?: string;
      to?: string;
      ground?: string;
      evidence: { campaign: string; department: string; outcome: string }[];
    };

export type LedgerLine = LedgerEntry & { seq: number; prev: string; hash: string };

export interface LedgerProblem {
  line: number;
  detail: string;
}

/** hash = SHA-256(prev + LF + canonical JSON of the line without its hash): each line seals all before it. */
export function lineHash(line: Omit<LedgerLine, "hash">): string {
  return createHash("sha256")
    .update(`${line.prev}\n${canonicalJson(line)}`, "utf8")
    .digest("hex");
}

export function readLedger(root: string): { lines: LedgerLine[]; problems: LedgerProblem[]; text: string } {
  const read = readRegularFile(join(root, LEDGER_FILE));
  if (!read.ok && read.fault === "io" && read.errno === "ENOENT") return { lines: [], problems: [], text: "" };
  if (!read.ok) throw new UsageError("file-cannot-use", { file: LEDGER_FILE, ...describeFault(read) });
  const text = read.bytes.toString("utf8");
  return { ...parseLedger(text), text };
}

/** Parses and checks the chain: sequence numbers, each line's prev, each line's own hash. */
export function parseLedger(text: string): { lines: LedgerLine[]; problems: LedgerProblem[] } {
  const lines: LedgerLine[] = [];
  const problems: LedgerProblem[] = [];
  let prev = GENESIS;
  text.split("\n").forEach((raw, index) => {
    if (raw.trim() === "") return;
    let line: LedgerLine;
    try {
      line = JSON.parse(raw) as LedgerLine;
    } catch {
      problems.push({ line: index + 1, detail: "not JSON" });
      return;
    }
    const shape = shapeProblem(line);
    if (shape !== undefined) {
      problems.push({ line: index + 1, detail: shape });
      return;
    }
    const { hash, ...rest } = line;
    if (line.seq !== lines.length + 1)
      problems.push({ line: index + 1, detail: `seq ${line.seq}, expected ${lines.length + 1}` });
    if (line.prev !== prev)
      problems.push({ line: index + 1, detail: "prev does not match the hash of the line before" });
    if (lineHash(rest) !== hash)
      problems.push({ line: index + 1, detail: "hash does not match the line's content (edited)" });
    prev = hash;
    lines.push(line);
  });
  return { lines, problems };
}

/**
 * What is wrong with the form of a line (the chain only says it was not edited since it was sealed;
 * a forged line can carry a correct hash): the fields every reader relies on, with their types.
 */
function shapeProblem(line: unknown): string | undefined {
  if (line === null || typeof line !== "object" || Array.isArray(line)) return "not a JSON object";
  const l = line as Record<string, unknown>;
  const isText = (v: unknown) => typeof v === "string" && v.length <= 10_000;
  if (!Number.isSafeInteger(l.seq) || typeof l.prev !== "string" || typeof l.hash !== "string")
    return "no seq, prev or hash";
  if (!isText(l.at)) return "no time";
  // A credit change is about an object, every other line about a campaign.
  if (l.type !== "credit" && !isText(l.campaign)) return "no campaign";
  switch (l.type) {
    case "prepare":
      return isText(l.populationDigest) && Array.isArray(l.strata) && Array.isArray(l.inputs)
        ? undefined
        : "not a prepare line";
    case "draw":
    case "substitute":
      if (!Number.isSafeInteger(l.attempt) || (l.attempt as number) < 1 || !isText(l.record) || !isText(l.recordDigest))
        return `not a ${l.type} line`;
      if (l.type === "draw" && l.commitmentSeq !== null && !Number.isSafeInteger(l.commitmentSeq))
        return "not a draw line";
      return undefined;
    case "result":
    case "amendment":
    case "reinspection":
      return isText(l.department) && isText(l.object) && isText(l.file) && isText(l.digest)
        ? undefined
        : `not a ${l.type} line`;
    case "publish":
      return isText(l.digest) && Array.isArray(l.published) && Array.isArray(l.heldBack)
        ? undefined
        : "not a publish line";
    case "credit":
      return isText(l.object) && isText(l.change) && Array.isArray(l.evidence) ? undefined : "not a credit line";
    default:
      return `unknown line type ${JSON.stringify(String(l.type)).slice(0, 40)}`;
  }
}

/** Appends one line, rewriting the file atomically: a crash leaves the old ledger or the new one. */
export function appendLedger(root: string, entry: LedgerEntry): LedgerLine {
  const { lines, text } = readLedger(root);
  const last = lines[lines.length - 1];
  const body = { ...entry, seq: lines.length + 1, prev: last ? last.hash : GENESIS } as Omit<LedgerLine, "hash">;
  const line = { ...body, hash: lineHash(body) } as LedgerLine;
  const prefix = text === "" || text.endsWith("\n") ? text : `${text}\n`;
  writeFileAtomic(join(root, LEDGER_FILE), `${prefix}${canonicalJson(line)}\n`);
  return line;
}
