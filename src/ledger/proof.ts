import { createHash } from "node:crypto";
import { parse } from "yaml";
import { drawKey, ticket } from "../draw/seed.js";
import type { DrawRecord } from "../draw/record.js";
import { lineHash, type LedgerLine } from "./ledger.js";
import { ledgerLeafData, leafHash, MerkleTree, verifyInclusion } from "./merkle.js";
import { parseVerifierKey, type Verifier } from "./note.js";
import { parseCheckpoint, signatureReports, type SignatureReport, type SignedCheckpoint } from "./checkpoint.js";

/**
 * The proof for one enterprise (issue 12): everything needed to see, with nothing else, that it was
 * drawn (or kept in reserve) by its ticket, and that the draw is in the ledger a published
 * checkpoint holds. SPEC.md §11 checks the same by hand with sha256sum.
 */
export const PROOF_FORMAT = "checkonce-proof/1";

export type Outcome = "selected" | "reserve" | "replacement" | "replaced";

export interface ProofFile {
  format: typeof PROOF_FORMAT;
  campaign: string;
  attempt: number;
  object: string;
  stratum: string;
  outcome: Outcome;
  /** SHA256(drawKey LF stratum LF object), hex. */
  ticket: string;
  /** The highest ticket drawn in the stratum: tickets at or below it were drawn. Empty when none was. */
  cutoff: string;
  drawKey: string;
  seed: { label: string; digits: string }[];
  /** The draw record as stored: its SHA-256 is in the ledger line. */
  record: { file: string; sha256: string; text: string };
  /** The ledger line naming that digest, exactly as written (without its newline). */
  ledgerLine: { seq: number; text: string };
  inclusion: { leafIndex: number; treeSize: number; path: string[] };
  /** The signed checkpoint the path leads to. */
  checkpoint: string;
  /** The public keys known when the proof was made: compare their key IDs with the published ones. */
  keys: string[];
  check: string;
}

const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

type Located = { stratum: DrawRecord["strata"][number]; outcome: Outcome } | undefined;

function locate(record: DrawRecord, object: string): Located {
  for (const stratum of record.strata) {
    const replaced = record.substitutions.some((s) => s.stratum === stratum.id && s.object === object);
    const replacement = record.substitutions.some((s) => s.stratum === stratum.id && s.replacement === object);
    if (stratum.selected.some((p) => p.object === object))
      return { stratum, outcome: replaced ? "replaced" : "selected" };
    if (stratum.reserve.some((p) => p.object === object))
      return { stratum, outcome: replacement ? (replaced ? "replaced" : "replacement") : "reserve" };
  }
  return undefined;
}

export type BuildProblem =
  | { key: "proof-object-not-in-record"; params: { object: string; campaign: string; attempt: number } }
  | { key: "proof-no-checkpoint"; params: { seq: number; campaign: string } };

export interface ProofInput {
  object: string;
  record: { file: string; text: string; parsed: DrawRecord };
  ledger: { bytes: Uint8Array; lines: readonly LedgerLine[] };
  /** Stored checkpoints, any order: the smallest that covers the line is used. */
  checkpoints: readonly SignedCheckpoint[];
  verifiers: readonly Verifier[];
}

export function buildProof(input: ProofInput): ProofFile | BuildProblem {
  const { parsed: record } = input.record;
  const found = locate(record, input.object);
  if (!found)
    return {
      key: "proof-object-not-in-record",
      params: { object: input.object, campaign: record.campaign, attempt: record.attempt },
    };
  const digest = sha256Hex(Buffer.from(input.record.text, "utf8"));
  const line = input.ledger.lines
    .filter(
      (l) =>
        (l.type === "draw" || l.type === "substitute") &&
        l.campaign === record.campaign &&
        l.attempt === record.attempt &&
        l.recordDigest === digest,
    )
    .at(-1);
  const seq = line?.seq ?? 0;
  const cp = [...input.checkpoints]
    .filter((c) => c.checkpoint.size >= seq && seq > 0)
    .sort((a, b) => a.checkpoint.size - b.checkpoint.size)[0];
  if (!line || !cp) return { key: "proof-no-checkpoint", params: { seq, campaign: record.campaign } };
  const leaves = ledgerLeafData(input.ledger.bytes);
  const tree = new MerkleTree(leaves.map(leafHash));
  const pick = [...found.stratum.selected, ...found.stratum.reserve].find((p) => p.object === input.object);
  return {
    format: PROOF_FORMAT,
    campaign: record.campaign,
    attempt: record.attempt,
    object: input.object,
    stratum: found.stratum.id,
    outcome: found.outcome,
    ticket: pick?.ticket ?? "",
    cutoff: found.stratum.selected.at(-1)?.ticket ?? "",
    drawKey: record.seed.drawKey,
    seed: record.seed.parts.map((p) => ({ label: p.label, digits: p.digits })),
    record: { file: input.record.file, sha256: digest, text: input.record.text },
    ledgerLine: { seq, text: (leaves[seq - 1] as Buffer).toString("utf8") },
    inclusion: {
      leafIndex: seq - 1,
      treeSize: cp.checkpoint.size,
      path: tree.inclusionProof(seq - 1, cp.checkpoint.size).map((h) => h.toString("hex")),
    },
    checkpoint: cp.text,
    // Only the keys that sign this checkpoint: each one listed must verify (verifyProof).
    keys: input.verifiers
      .filter((v) => signatureReports(cp, [v]).some((s) => s.verdict === "verified"))
      .map((v) => v.text),
    check: PROOF_CHECK,
  };
}

export const PROOF_CHECK = "checkonce verify --proof <this file>; by hand: SPEC.md §11 (sha256sum)";

/** The file as written: JSON, two-space indented, one final newline. Only this form is accepted. */
export const proofText = (proof: ProofFile): string => `${JSON.stringify(proof, null, 2)}\n`;

/**
 * Checks a proof file's text. Besides every check of verifyProof, the text must be exactly the form
 * the tool writes, so that no byte of the file can change without the verification failing.
 */
export function verifyProofText(text: string, trusted: readonly Verifier[] = []): ProofVerdict {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: ["not JSON"], signatures: [], trustedOffice: false };
  }
  const verdict = verifyProof(data, trusted);
  if (verdict.proof && proofText(verdict.proof) !== text)
    return {
      ...verdict,
      ok: false,
      problems: [...verdict.problems, "the file is not in the form checkonce writes (re-indented or edited)"],
    };
  return verdict;
}

export interface ProofVerdict {
  ok: boolean;
  problems: string[];
  signatures: SignatureReport[];
  /** The office's signature verifies with a key the verifier trusts (keys/ or --key), not only the file's own. */
  trustedOffice: boolean;
  proof?: ProofFile;
  checkpoint?: SignedCheckpoint;
}

const isHex64 = (s: unknown): s is string => typeof s === "string" && /^[0-9a-f]{64}$/.test(s);

/** Every check of SPEC.md §11, on the file alone; `verifiers` adds trusted public keys to the file's own. */
export function verifyProof(data: unknown, trusted: readonly Verifier[] = []): ProofVerdict {
  try {
    return verifyProofData(data, trusted);
  } catch (error) {
    // Only a file edited into another shape gets here: every field the tool writes is checked above.
    return { ok: false, problems: [`malformed: ${String(error)}`], signatures: [], trustedOffice: false };
  }
}

function verifyProofData(data: unknown, trusted: readonly Verifier[]): ProofVerdict {
  const problems: string[] = [];
  const fail = (text: string): ProofVerdict => ({
    ok: false,
    problems: [...problems, text],
    signatures: [],
    trustedOffice: false,
  });
  const p = data as ProofFile;
  if (p === null || typeof p !== "object" || p.format !== PROOF_FORMAT) return fail(`not a ${PROOF_FORMAT} file`);
  for (const field of [
    "campaign",
    "object",
    "stratum",
    "outcome",
    "ticket",
    "cutoff",
    "drawKey",
    "checkpoint",
  ] as const)
    if (typeof p[field] !== "string") return fail(`field ${field} is missing`);
  if (!p.record || typeof p.record.text !== "string" || !p.ledgerLine || typeof p.ledgerLine.text !== "string")
    return fail("the record or the ledger line is missing");
  if (!p.inclusion || !Array.isArray(p.inclusion.path) || !p.inclusion.path.every(isHex64))
    return fail("the inclusion proof is missing or not hexadecimal");

  // 1. The checkpoint, and the line's place in the tree it names.
  const cp = parseCheckpoint(p.checkpoint);
  if ("problem" in cp) return fail(`checkpoint: ${cp.problem}`);
  if (cp.checkpoint.size !== p.inclusion.treeSize)
    problems.push(`inclusion: tree size ${p.inclusion.treeSize}, the checkpoint's is ${cp.checkpoint.size}`);
  const leaf = leafHash(Buffer.from(p.ledgerLine.text, "utf8"));
  const path = p.inclusion.path.map((h) => Buffer.from(h, "hex"));
  if (!verifyInclusion(p.inclusion.leafIndex, cp.checkpoint.size, leaf, path, cp.checkpoint.root))
    problems.push(
      `inclusion: ledger line ${p.ledgerLine.seq} with this audit path does not lead to the checkpoint's root ${cp.checkpoint.root.toString("hex").slice(0, 16)}…`,
    );

  // 2. The ledger line: well formed, about this record.
  let line: LedgerLine | undefined;
  try {
    line = JSON.parse(p.ledgerLine.text) as LedgerLine;
  } catch {
    problems.push("ledger line: not JSON");
  }
  const recordDigest = sha256Hex(Buffer.from(p.record.text, "utf8"));
  if (line) {
    const { hash, ...rest } = line;
    if (lineHash(rest) !== hash) problems.push("ledger line: its hash does not match its content");
    if (line.seq !== p.ledgerLine.seq || p.inclusion.leafIndex !== line.seq - 1)
      problems.push(
        `ledger line: seq ${line.seq}, the proof says line ${p.ledgerLine.seq} at leaf ${p.inclusion.leafIndex}`,
      );
    if (line.type !== "draw" && line.type !== "substitute")
      problems.push(`ledger line: a ${line.type} line, not a draw`);
    else {
      if (line.campaign !== p.campaign || line.attempt !== p.attempt)
        problems.push(
          `ledger line: about ${line.campaign} attempt ${line.attempt}, not ${p.campaign} attempt ${p.attempt}`,
        );
      if (line.recordDigest !== recordDigest)
        problems.push(
          `record: SHA-256 ${recordDigest.slice(0, 16)}…, the ledger line holds ${line.recordDigest.slice(0, 16)}…`,
        );
    }
  }
  if (p.record.sha256 !== recordDigest) problems.push("record: the sha256 the proof states is not the record's");
  if (line && "record" in line && p.record.file !== line.record)
    problems.push(
      `record: named ${JSON.stringify(p.record.file)}, the ledger line names ${JSON.stringify(line.record)}`,
    );
  if (p.check !== PROOF_CHECK) problems.push("check: not the text checkonce writes");

  // 3. The record: its key from its seed, the object's ticket, the stratum's cut-off.
  let record: DrawRecord | undefined;
  try {
    record = parse(p.record.text, { logLevel: "silent" }) as DrawRecord;
  } catch {
    problems.push("record: not YAML");
  }
  try {
    checkRecord();
  } catch {
    // A record altered into another shape: its digest no longer matches the ledger line either.
    problems.push("record: not a draw record");
  }
  function checkRecord(): void {
    if (record && typeof record === "object" && record.seed && Array.isArray(record.strata)) {
      if (record.campaign !== p.campaign || record.attempt !== p.attempt)
        problems.push(`record: of ${record.campaign} attempt ${record.attempt}`);
      const key = drawKey(record.campaign, record.seed.parts);
      if (key !== record.seed.drawKey) problems.push("record: its draw key is not SHA-256 of its seed");
      if (p.drawKey !== key) problems.push("drawKey: not the one the record's seed gives");
      if (
        JSON.stringify(p.seed) !== JSON.stringify(record.seed.parts.map((s) => ({ label: s.label, digits: s.digits })))
      )
        problems.push("seed: not the record's");
      const mine = ticket(key, p.stratum, p.object);
      if (p.ticket !== mine)
        problems.push(`ticket: ${p.ticket.slice(0, 16)}…, SHA-256 of key, stratum and id gives ${mine.slice(0, 16)}…`);
      const stratum = record.strata.find((s) => s.id === p.stratum);
      if (!stratum) problems.push(`record: no stratum ${p.stratum}`);
      else {
        const wrong = [...stratum.selected, ...stratum.reserve].filter(
          (x) => ticket(key, stratum.id, x.object) !== x.ticket,
        );
        if (wrong.length > 0) problems.push(`record: ${wrong.length} ticket(s) of ${stratum.id} do not recompute`);
        const ordered = [...stratum.selected, ...stratum.reserve].every(
          (x, i, all) => i === 0 || (all[i - 1] as typeof x).ticket <= x.ticket,
        );
        if (!ordered) problems.push(`record: ${stratum.id} is not in ticket order`);
        const cutoff = stratum.selected.at(-1)?.ticket ?? "";
        if (p.cutoff !== cutoff)
          problems.push(`cutoff: ${p.cutoff.slice(0, 16)}…, the record's last drawn ticket is ${cutoff.slice(0, 16)}…`);
        const expected = locate(record, p.object);
        if (!expected || expected.stratum.id !== p.stratum)
          problems.push(`record: ${p.object} is not drawn in ${p.stratum}`);
        else if (expected.outcome !== p.outcome)
          problems.push(`outcome: the record makes it ${expected.outcome}, not ${p.outcome}`);
        const drawn = p.outcome === "selected" || p.outcome === "replaced";
        if (cutoff !== "" && drawn !== mine <= cutoff)
          problems.push(
            `ticket ${mine.slice(0, 16)}… is ${mine <= cutoff ? "at or below" : "above"} the cut-off, yet the outcome is ${p.outcome}`,
          );
      }
    } else if (record !== undefined) problems.push("record: not a draw record");
  }

  // 4. Who signed: the file's own keys and any the verifier trusts.
  const own = (Array.isArray(p.keys) ? p.keys : [])
    .map((k) => parseVerifierKey(String(k)))
    .filter((k): k is Verifier => !("problem" in k));
  if (own.length !== (Array.isArray(p.keys) ? p.keys.length : -1)) problems.push("keys: one is not a verifier key");
  for (const k of own)
    if (!signatureReports(cp, [k]).some((s) => s.verdict === "verified"))
      problems.push(`keys: ${k.name} (${k.id.toString("hex")}) signs nothing in this checkpoint`);
  const signatures = signatureReports(cp, [...trusted, ...own]);
  for (const s of signatures)
    if (s.verdict === "invalid") problems.push(`checkpoint: the signature of ${s.name} (${s.keyId}) is invalid`);
  if (!signatures.some((s) => s.verdict === "verified" && s.role === "office"))
    problems.push(`checkpoint: no valid signature of ${cp.checkpoint.origin}`);
  const trustedOffice = signatureReports(cp, trusted).some((s) => s.verdict === "verified" && s.role === "office");
  return { ok: problems.length === 0, problems, signatures, trustedOffice, proof: p, checkpoint: cp };
}
