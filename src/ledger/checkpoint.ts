import { message, type Lang, type MessageParams } from "../i18n/messages.js";
import type { CheckpointMessageKey } from "../i18n/messages-checkpoint.js";
import { MerkleTree, verifyConsistency } from "./merkle.js";
import {
  checkSignature,
  formatNote,
  parseNote,
  signNote,
  SIG_COSIGNATURE_V1,
  type Note,
  type SignatureVerdict,
  type Signer,
  type Verifier,
} from "./note.js";

/**
 * Checkpoints of the ledger in the C2SP tlog-checkpoint form (c2sp.org/tlog-checkpoint): a signed
 * note whose text is the origin, the tree size and the base64 root hash. Pure; see
 * checkpoint-store.ts for the files.
 */

/** The county's ledger, as the first line of its checkpoints and the name of the office's key. */
export const ledgerOrigin = (areaCode: string): string => `checkonce/${areaCode}/ledger`;
/** A department's cosigning key: `checkonce/<area code>/<department id>`. */
export const departmentKeyName = (areaCode: string, department: string): string =>
  `checkonce/${areaCode}/${department}`;

export interface Checkpoint {
  origin: string;
  size: number;
  root: Buffer;
}

export type Finding = { key: CheckpointMessageKey; params: MessageParams };
const finding = (key: CheckpointMessageKey, params: MessageParams = {}): Finding => ({ key, params });

export const checkpointBody = (cp: Checkpoint): string => `${cp.origin}\n${cp.size}\n${cp.root.toString("base64")}\n`;

/** tlog-checkpoint: origin, decimal size without leading zeros, base64 of a 32-byte root; no extension lines. */
export function parseCheckpointBody(body: string): Checkpoint | { problem: string } {
  const lines = body.split("\n");
  if (lines.pop() !== "") return { problem: "the text does not end with a newline" };
  const [origin, size, root, ...extra] = lines;
  if (!origin) return { problem: "no origin line" };
  if (size === undefined || !/^(0|[1-9][0-9]*)$/.test(size) || !Number.isSafeInteger(Number(size)))
    return { problem: "the second line is not a tree size" };
  const hash = root !== undefined && /^[A-Za-z0-9+/]{43}=$/.test(root) ? Buffer.from(root, "base64") : undefined;
  if (!hash || hash.length !== 32) return { problem: "the third line is not a base64 SHA-256 root hash" };
  if (extra.some((l) => l === "")) return { problem: "an empty extension line" };
  return { origin, size: Number(size), root: hash };
}

export interface SignedCheckpoint {
  checkpoint: Checkpoint;
  note: Note;
  text: string;
}

export function parseCheckpoint(text: string): SignedCheckpoint | { problem: string } {
  const normalized = text.replace(/\r\n/g, "\n").replace(/^\uFEFF/, "");
  const note = parseNote(normalized.endsWith("\n") ? normalized : `${normalized}\n`);
  if ("problem" in note) return note;
  const checkpoint = parseCheckpointBody(note.body);
  if ("problem" in checkpoint) return checkpoint;
  return { checkpoint, note, text: formatNote(note) };
}

/** The checkpoint of the tree's current size, signed by the office's key. */
export function makeCheckpoint(tree: MerkleTree, origin: string, signer: Signer): SignedCheckpoint {
  const checkpoint = { origin, size: tree.size, root: tree.root() };
  const body = checkpointBody(checkpoint);
  const note: Note = { body, signatures: [signNote(body, signer)] };
  return { checkpoint, note, text: formatNote(note) };
}

/** Adds (or replaces) one key's signature: a department's cosignature, or the office's own. */
export function addSignature(cp: SignedCheckpoint, signer: Signer, timestamp: bigint): SignedCheckpoint {
  const line = signNote(cp.note.body, signer, signer.type === SIG_COSIGNATURE_V1 ? timestamp : undefined);
  const others = cp.note.signatures.filter((s) => !(s.name === line.name && s.keyId === line.keyId));
  const note: Note = { body: cp.note.body, signatures: [...others, line] };
  return { checkpoint: cp.checkpoint, note, text: formatNote(note) };
}

/** Root hash in hexadecimal, the form sha256sum prints. */
export const rootHex = (cp: Checkpoint): string => cp.root.toString("hex");

/**
 * Short enough to read aloud: the size and the first 16 hex digits of the root in groups of four,
 * e.g. `12 · 3f9a-2c1b-77e0-d4a5`. 64 bits: no one can make another ledger with the same prefix.
 */
export function shortCheckpoint(cp: Checkpoint): string {
  const h = rootHex(cp).slice(0, 16);
  return `${cp.size} · ${h.slice(0, 4)}-${h.slice(4, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}`;
}

/** The short form as typed from a printed page: `12 3f9a-2c1b-77e0-d4a5`, dots, dashes and case ignored. */
export function parseShortCheckpoint(text: string): { size: number; rootPrefix: string } | undefined {
  const m = /^\s*(0|[1-9][0-9]*)\s*[·.:,\s]\s*([0-9a-fA-F][0-9a-fA-F\s-]*)$/u.exec(text.trim());
  if (!m) return undefined;
  const prefix = (m[2] as string).replace(/[\s-]/g, "").toLowerCase();
  if (prefix.length < 16 || prefix.length > 64) return undefined;
  return { size: Number(m[1]), rootPrefix: prefix };
}

/** For every public document: one line to read aloud, and the whole checkpoint to print beneath it. */
export function checkpointLine(cp: SignedCheckpoint): { short: string; full: string[] } {
  return { short: shortCheckpoint(cp.checkpoint), full: cp.text.replace(/\n$/, "").split("\n") };
}

export type SignerRole = "office" | "cosigner" | "unknown";
export interface SignatureReport {
  name: string;
  keyId: string;
  verdict: SignatureVerdict;
  role: SignerRole;
  /** A cosignature's time, seconds since the epoch. */
  time?: number;
}

export function signatureReports(cp: SignedCheckpoint, verifiers: readonly Verifier[]): SignatureReport[] {
  return cp.note.signatures.map((sig) => {
    const verdict = checkSignature(cp.note.body, sig, verifiers);
    const role: SignerRole =
      verdict === "unknown-key" ? "unknown" : sig.name === cp.checkpoint.origin ? "office" : "cosigner";
    const time = sig.bytes.length === 72 && role === "cosigner" ? Number(sig.bytes.readBigUInt64BE(0)) : undefined;
    return { name: sig.name, keyId: sig.keyId, verdict, role, ...(time !== undefined ? { time } : {}) };
  });
}

/** What a person holds: a signed checkpoint, or the short form printed on a document. */
export type CheckpointClaim =
  | { kind: "signed"; signed: SignedCheckpoint; source: string }
  | { kind: "short"; size: number; rootPrefix: string; source: string };

export interface ConsistencyResult {
  ok: boolean;
  findings: Finding[];
  size: number;
  todaySize: number;
  todayRoot: string;
  /** The consistency proof that was checked, hex, when there was one to make. */
  proof: string[];
}

/**
 * Does today's ledger extend what the checkpoint says? An RFC 6962 consistency proof from the
 * checkpoint's size to today's, checked against both roots; a short form compares the prefix of
 * the root today's first `size` lines give.
 */
export function checkConsistency(claim: CheckpointClaim, tree: MerkleTree, origin: string): ConsistencyResult {
  const findings: Finding[] = [];
  const size = claim.kind === "signed" ? claim.signed.checkpoint.size : claim.size;
  const base = { size, todaySize: tree.size, todayRoot: tree.root().toString("hex"), proof: [] as string[] };
  if (claim.kind === "signed" && claim.signed.checkpoint.origin !== origin)
    findings.push(finding("checkpoint-other-origin", { origin: claim.signed.checkpoint.origin, expected: origin }));
  if (size > tree.size) {
    findings.push(finding("checkpoint-ledger-shorter", { size, lines: tree.size, missing: size - tree.size }));
    return { ...base, ok: false, findings };
  }
  const thenRoot = tree.root(size).toString("hex");
  if (claim.kind === "short") {
    if (!thenRoot.startsWith(claim.rootPrefix))
      findings.push(
        finding("checkpoint-rewritten", {
          size,
          expected: claim.rootPrefix,
          actual: thenRoot.slice(0, claim.rootPrefix.length),
        }),
      );
    return { ...base, ok: findings.length === 0, findings };
  }
  const proof = tree.consistencyProof(size, tree.size);
  const claimed = claim.signed.checkpoint.root;
  if (!verifyConsistency(size, tree.size, claimed, tree.root(), proof))
    findings.push(finding("checkpoint-rewritten", { size, expected: claimed.toString("hex"), actual: thenRoot }));
  return { ...base, ok: findings.length === 0, findings, proof: proof.map((p) => p.toString("hex")) };
}

/**
 * With several published checkpoints, where the rewrite lies: after the largest one that today's
 * ledger still extends, at or before the smallest one it does not.
 */
export function locateRewrite(
  results: readonly ConsistencyResult[],
): { after: number; atOrBefore: number } | undefined {
  const failed = results.filter((r) => !r.ok && r.size <= r.todaySize).map((r) => r.size);
  if (failed.length === 0) return undefined;
  const atOrBefore = Math.min(...failed);
  const held = results.filter((r) => r.ok && r.size < atOrBefore).map((r) => r.size);
  return { after: held.length > 0 ? Math.max(...held) : 0, atOrBefore };
}

/**
 * What every public document prints (the draw list; later the results list and the bulletin):
 * one line with the short form to read aloud, then the whole signed checkpoint. Without a
 * checkpoint, a line that says so, so that nobody publishes an unanchored list unawares.
 */
export function checkpointDocLines(cp: SignedCheckpoint | undefined, lang: Lang): { heading: string; full: string[] } {
  if (!cp) return { heading: message("checkpoint-doc-none", {}, lang), full: [] };
  const { short, full } = checkpointLine(cp);
  return { heading: message("checkpoint-doc-line", { short }, lang), full };
}
