import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import type { MessageParams } from "../i18n/messages.js";
import type { CheckpointMessageKey } from "../i18n/messages-checkpoint.js";
import type { DrawMessageKey } from "../i18n/messages-draw.js";
import { writeFileAtomic } from "../util/fs.js";
import type { DrawRecord } from "../draw/record.js";
import { LEDGER_FILE, parseLedger } from "./ledger.js";
import { ledgerTree, verifyConsistency, type MerkleTree } from "./merkle.js";
import { SIG_COSIGNATURE_V1, SIG_ED25519, type Signer, type Verifier } from "./note.js";
import {
  addSignature,
  checkConsistency,
  departmentKeyName,
  ledgerOrigin,
  locateRewrite,
  makeCheckpoint,
  parseCheckpoint,
  parseShortCheckpoint,
  shortCheckpoint,
  signatureReports,
  type CheckpointClaim,
  type ConsistencyResult,
  type SignatureReport,
  type SignedCheckpoint,
} from "./checkpoint.js";
import { CHECKPOINTS_DIR, listCheckpoints, storeCheckpoint, type StoredCheckpoint } from "./checkpoint-store.js";
import {
  defaultPrivateKeyPath,
  departmentKeyFile,
  generateKey,
  KEYS_DIR,
  OFFICE_KEY_FILE,
  readVerifier,
  workspaceVerifiers,
} from "./keys.js";
import { buildProof, proofText, verifyProofText, type ProofFile, type ProofVerdict } from "./proof.js";
import { readRegularFile } from "../util/read-file.js";
import { describeFault } from "../util/io-error.js";

/**
 * What the checkpoint commands do, on a workspace's files: the I/O around checkpoint.ts and
 * proof.ts. Expected refusals are CheckpointErrors, which a command turns into a message and an
 * exit code (usage: 2, else 1).
 */
export class CheckpointError extends Error {
  constructor(
    readonly key: CheckpointMessageKey | DrawMessageKey,
    readonly params: MessageParams = {},
    readonly usage = false,
  ) {
    super(`${key} ${JSON.stringify(params)}`);
  }
}

export const PROOFS_DIR = "draws/proofs";
export const proofPath = (campaign: string, object: string) => `${PROOFS_DIR}/${campaign}/${object}.json`;

function ledgerOf(root: string): { bytes: Buffer; tree: MerkleTree; chainIntact: boolean; text: string } {
  const path = join(root, LEDGER_FILE);
  const bytes = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
  const text = bytes.toString("utf8");
  return { bytes, tree: ledgerTree(bytes), chainIntact: parseLedger(text).problems.length === 0, text };
}

function requireChain(root: string): ReturnType<typeof ledgerOf> {
  const ledger = ledgerOf(root);
  const { problems } = parseLedger(ledger.text);
  if (problems.length > 0)
    throw new CheckpointError("ledger-broken", {
      detail: problems.map((p) => `line ${p.line}: ${p.detail}`).join("; "),
    });
  return ledger;
}

function extends_(cp: SignedCheckpoint, tree: MerkleTree): boolean {
  const { size, root } = cp.checkpoint;
  return size <= tree.size && verifyConsistency(size, tree.size, root, tree.root(), tree.consistencyProof(size));
}

/** `checkonce checkpoint`: signs today's ledger with the office's key and stores the checkpoint. */
export function makeWorkspaceCheckpoint(
  root: string,
  areaCode: string,
  signer: Signer,
): { stored: SignedCheckpoint; file: string; short: string; origin: string } {
  const origin = ledgerOrigin(areaCode);
  if (signer.name !== origin || signer.type !== SIG_ED25519)
    throw new CheckpointError("checkpoint-wrong-key", { name: signer.name, origin }, true);
  const office = existsSync(join(root, OFFICE_KEY_FILE)) ? readVerifier(join(root, OFFICE_KEY_FILE)) : undefined;
  if (office && !office.publicKey.equals(signer.publicKey))
    throw new CheckpointError(
      "checkpoint-wrong-key",
      { name: `${signer.name} (not ${OFFICE_KEY_FILE})`, origin },
      true,
    );
  const { tree } = requireChain(root);
  if (tree.size === 0) throw new CheckpointError("checkpoint-empty-ledger");
  const last = listCheckpoints(root).checkpoints.at(-1);
  if (last && !extends_(last, tree))
    throw new CheckpointError("checkpoint-not-extending", { file: last.file, short: shortCheckpoint(last.checkpoint) });
  const result = storeCheckpoint(root, makeCheckpoint(tree, origin, signer));
  if ("conflict" in result)
    throw new CheckpointError("checkpoint-conflict", { file: result.conflict, size: tree.size });
  return { ...result, short: shortCheckpoint(result.stored.checkpoint), origin };
}

/** `checkonce checkpoint cosign`: a department cosigns a stored checkpoint its copy of the ledger extends. */
export function cosignWorkspaceCheckpoint(
  root: string,
  areaCode: string,
  signer: Signer,
  nowSeconds: bigint,
  file?: string,
): { stored: SignedCheckpoint; file: string; short: string } {
  const origin = ledgerOrigin(areaCode);
  if (signer.type !== SIG_COSIGNATURE_V1 || signer.name === origin)
    throw new CheckpointError("checkpoint-wrong-key", { name: signer.name, origin }, true);
  const { checkpoints } = listCheckpoints(root);
  const target: StoredCheckpoint | undefined =
    file === undefined
      ? checkpoints.at(-1)
      : checkpoints.find((c) => c.file === file || resolve(root, c.file) === resolve(file));
  if (!target) throw new CheckpointError("checkpoint-none", {}, true);
  const office = existsSync(join(root, OFFICE_KEY_FILE)) ? [readVerifier(join(root, OFFICE_KEY_FILE))] : [];
  if (!signatureReports(target, office).some((s) => s.role === "office" && s.verdict === "verified"))
    throw new CheckpointError("checkpoint-cosign-needs-office", { file: target.file });
  const { tree } = requireChain(root);
  if (!extends_(target, tree))
    throw new CheckpointError("checkpoint-not-extending", {
      file: target.file,
      short: shortCheckpoint(target.checkpoint),
    });
  const result = storeCheckpoint(root, addSignature(target, signer, nowSeconds));
  if ("conflict" in result)
    throw new CheckpointError("checkpoint-conflict", { file: result.conflict, size: target.checkpoint.size });
  return { ...result, short: shortCheckpoint(result.stored.checkpoint) };
}

/** A checkpoint is a few lines (the root, the size, a signature per signer): a file far larger is not one. */
const MAX_CHECKPOINT_FILE_BYTES = 1024 * 1024;

/** A `--checkpoint` argument: a file, the checkpoint's text itself, or the short form printed on a document. */
export function readClaim(arg: string, cwd: string): CheckpointClaim {
  const path = resolve(cwd, arg);
  const isFile = !arg.includes("\n") && existsSync(path) && statSync(path).isFile();
  let text = arg;
  if (isFile) {
    // Read as every input is: a regular file only, and no more than a checkpoint could ever be.
    const read = readRegularFile(path, MAX_CHECKPOINT_FILE_BYTES);
    if (!read.ok)
      throw new CheckpointError(
        "checkpoint-unreadable",
        { source: arg, detail: describeFault(read).detail ?? "" },
        true,
      );
    text = read.bytes.toString("utf8");
  }
  const source = isFile ? arg : (text.split("\n")[0]?.slice(0, 60) ?? "");
  const short = parseShortCheckpoint(text);
  if (short) return { kind: "short", ...short, source };
  const signed = parseCheckpoint(text);
  if ("problem" in signed) throw new CheckpointError("checkpoint-unreadable", { source, detail: signed.problem }, true);
  return { kind: "signed", signed, source };
}

export interface ClaimReport {
  claim: CheckpointClaim;
  consistency: ConsistencyResult;
  signatures: SignatureReport[];
  short: string;
}

export interface CheckpointVerifyResult {
  ok: boolean;
  reports: ClaimReport[];
  chainIntact: boolean;
  located?: { after: number; atOrBefore: number };
  todaySize: number;
}

/** `verify --checkpoint`: today's ledger against every checkpoint given, and who signed each. */
export function verifyCheckpoints(
  root: string,
  areaCode: string,
  claims: readonly CheckpointClaim[],
  extraKeys: readonly Verifier[],
): CheckpointVerifyResult {
  const { tree, chainIntact } = ledgerOf(root);
  const verifiers = [...extraKeys, ...workspaceVerifiers(root)];
  const origin = ledgerOrigin(areaCode);
  const reports = claims.map((claim): ClaimReport => {
    const consistency = checkConsistency(claim, tree, origin);
    if (claim.kind === "short")
      return {
        claim,
        consistency,
        signatures: [],
        short: `${claim.size} · ${claim.rootPrefix.slice(0, 16).replace(/(.{4})(?=.)/g, "$1-")}`,
      };
    const signatures = signatureReports(claim.signed, verifiers);
    return { claim, consistency, signatures, short: shortCheckpoint(claim.signed.checkpoint) };
  });
  const signaturesOk = reports.every((r) => r.signatures.every((s) => s.verdict !== "invalid"));
  const located = locateRewrite(reports.map((r) => r.consistency));
  return {
    ok: signaturesOk && reports.every((r) => r.consistency.ok),
    reports,
    chainIntact,
    todaySize: tree.size,
    ...(located ? { located } : {}),
  };
}

/** `checkonce proof <campaign> <object>`: the proof file for one object of a campaign's current record. */
export function writeWorkspaceProof(
  root: string,
  campaign: string,
  object: string,
  out?: string,
): { file: string; proof: ProofFile } {
  const recordRel = `draws/${campaign}.draw.yaml`;
  const recordAbs = join(root, recordRel);
  if (!existsSync(recordAbs)) throw new CheckpointError("record-not-found", { record: recordRel }, true);
  const text = readFileSync(recordAbs, "utf8");
  const parsed = parse(text) as DrawRecord;
  const { bytes, text: ledgerText } = requireChain(root);
  const built = buildProof({
    object,
    record: { file: recordRel, text, parsed },
    ledger: { bytes, lines: parseLedger(ledgerText).lines },
    checkpoints: listCheckpoints(root).checkpoints,
    verifiers: workspaceVerifiers(root),
  });
  if (!("format" in built))
    throw new CheckpointError(built.key, built.params, built.key === "proof-object-not-in-record");
  const file = out ?? proofPath(campaign, object);
  writeFileAtomic(resolve(root, file), proofText(built));
  return { file, proof: built };
}

/** `verify --proof <file>`: nothing but the file (and keys the user trusts). */
export function verifyProofFile(path: string, trusted: readonly Verifier[]): ProofVerdict {
  // The safe reader of every input (issue 14): a FIFO or a device is never opened.
  const read = readRegularFile(path);
  if (!read.ok)
    throw new CheckpointError("proof-unreadable", { file: path, detail: describeFault(read).detail ?? "" }, true);
  return verifyProofText(read.bytes.toString("utf8"), trusted);
}

/**
 * `checkonce key generate [--department <id>]`: the office's key (named after the ledger, type
 * 0x01) or a department's cosigning key (type 0x04), private key outside the workspace.
 */
export function generateWorkspaceKey(
  root: string,
  areaCode: string,
  department: string | undefined,
  privatePath?: string,
): ReturnType<typeof generateKey> & { name: string; publicRel: string } {
  const name = department === undefined ? ledgerOrigin(areaCode) : departmentKeyName(areaCode, department);
  const publicRel = department === undefined ? OFFICE_KEY_FILE : departmentKeyFile(department);
  const file = privatePath ?? defaultPrivateKeyPath(`${areaCode}-${department ?? "office"}.key`);
  const made = generateKey(root, name, department === undefined ? SIG_ED25519 : SIG_COSIGNATURE_V1, file, publicRel);
  return { ...made, name, publicRel };
}

/** The audit bundle carries the workspace's checkpoints, public keys and the campaign's proofs. */
export function copyBundleEvidence(root: string, dir: string, campaign: string): void {
  const copy = (from: string, to: string, keep: (name: string) => boolean) => {
    if (!existsSync(join(root, from))) return;
    for (const name of readdirSync(join(root, from)).filter(keep).sort()) {
      mkdirSync(join(dir, to), { recursive: true });
      copyFileSync(join(root, from, name), join(dir, to, name));
    }
  };
  copy(CHECKPOINTS_DIR, "checkpoints", (n) => /^[0-9]+\.txt$/.test(n));
  copy(KEYS_DIR, "keys", (n) => n.endsWith(".pub"));
  copy(`${PROOFS_DIR}/${campaign}`, "proofs", (n) => n.endsWith(".json"));
}

/**
 * `verify --bundle`: every checkpoint in the bundle is extended by its ledger and signed by the
 * office's key in keys/; every proof verifies and its checkpoint is one of this ledger's trees.
 */
export function checkBundleEvidence(dir: string): string[] {
  const problems: string[] = [];
  const ledgerPath = join(dir, "ledger.jsonl");
  const tree = ledgerTree(existsSync(ledgerPath) ? readFileSync(ledgerPath) : Buffer.alloc(0));
  let verifiers: Verifier[] = [];
  try {
    verifiers = workspaceVerifiers(dir);
  } catch (error) {
    problems.push(`keys: ${error instanceof Error ? error.message : String(error)}`);
  }
  let area = "";
  try {
    const config = parse(readFileSync(join(dir, "workspace", "checkonce.yaml"), "utf8")) as {
      county?: { areaCode?: unknown };
    };
    area = String(config?.county?.areaCode ?? "");
  } catch {
    problems.push("workspace/checkonce.yaml: unreadable, so the ledger's origin is unknown");
  }
  const origin = ledgerOrigin(area);
  const { checkpoints, problems: unreadable } = listCheckpoints(dir, "checkpoints");
  problems.push(...unreadable);
  for (const cp of checkpoints) {
    const consistency = checkConsistency({ kind: "signed", signed: cp, source: cp.file }, tree, origin);
    for (const f of consistency.findings) problems.push(`${cp.file}: finding ${f.key} ${JSON.stringify(f.params)}`);
    const signatures = signatureReports(cp, verifiers);
    for (const s of signatures)
      if (s.verdict === "invalid") problems.push(`${cp.file}: the signature of ${s.name} is invalid`);
    if (!signatures.some((s) => s.role === "office" && s.verdict === "verified"))
      problems.push(`${cp.file}: no valid signature of the office's key (keys/office.pub)`);
  }
  const proofsDir = join(dir, "proofs");
  if (existsSync(proofsDir))
    for (const name of readdirSync(proofsDir)
      .filter((n) => n.endsWith(".json"))
      .sort()) {
      const verdict = verifyProofText(readFileSync(join(proofsDir, name), "utf8"), verifiers);
      problems.push(...verdict.problems.map((p) => `proofs/${name}: ${p}`));
      const c = verdict.checkpoint?.checkpoint;
      if (c && (c.size > tree.size || !tree.root(c.size).equals(c.root)))
        problems.push(`proofs/${name}: its checkpoint (${c.size} lines) is not a tree of this bundle's ledger`);
      if (verdict.proof && !verdict.trustedOffice)
        problems.push(`proofs/${name}: not signed by the office's key in keys/`);
    }
  return problems;
}
