import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { basename, dirname, join } from "node:path";
import { DrawError } from "../draw/draw-error.js";
import { readRecord } from "../draw/record-file.js";
import { UsageError } from "../diagnostics/errors.js";
import { readRegularFile } from "../util/read-file.js";
import { writeFileNamed } from "../util/fs.js";
import { describeFault } from "../util/io-error.js";
import { removeStaleTemps } from "../util/stale-temps.js";
import { LEDGER_FILE, readLedger } from "./ledger.js";
import { INPUTS_DIR, materializeInputs } from "./snapshots.js";
import { recordLines, workspaceRecords } from "./record-store.js";
import { copyBundleEvidence } from "./checkpoint-service.js";

export const specPath = fileURLToPath(new URL("../../src/draw/SPEC.md", import.meta.url));

/** `audit-bundle`: record, inputs, ledger, earlier records and the spec: verifiable with nothing else. */
export function writeAuditBundle(
  root: string,
  ref: { abs: string; rel: string },
  dir: string,
  shown: string = dir,
): void {
  const existing = kindOf(dir);
  if (existing === "other") throw new UsageError("bundle-not-a-folder", { dir: shown });
  if (existing === "folder" && readdirSync(dir).length > 0) throw new DrawError("bundle-exists", { dir: shown });
  const loaded = readRecord(ref.abs, ref.rel);
  const { lines } = readLedger(root);
  // Built beside the target and renamed into place when complete: a full disk or a kill leaves
  // no half bundle, only a hidden staging folder that the next run removes.
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  removeStaleTemps(parent);
  const staging = join(parent, `.${basename(dir)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    fillBundle(root, ref, loaded, lines, staging);
    if (existing === "folder") rmdirSync(dir);
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function kindOf(path: string): "none" | "folder" | "other" {
  try {
    return lstatSync(path).isDirectory() ? "folder" : "other";
  } catch {
    return "none";
  }
}

/** The bytes of a file the bundle copies, read as every input is (regular files only). */
function bytesOf(abs: string, shown: string): Buffer {
  const read = readRegularFile(abs);
  if (!read.ok) throw new UsageError("file-cannot-use", { file: shown, ...describeFault(read) });
  return read.bytes;
}

function fillBundle(
  root: string,
  ref: { abs: string; rel: string },
  loaded: ReturnType<typeof readRecord>,
  lines: ReturnType<typeof readLedger>["lines"],
  dir: string,
): void {
  mkdirSync(join(dir, "records"), { recursive: true });
  writeFileNamed(join(dir, "record.draw.yaml"), bytesOf(ref.abs, ref.rel));
  const { missing } = materializeInputs(
    { live: root, snapshots: join(root, INPUTS_DIR) },
    loaded.record.inputs,
    join(dir, "workspace"),
  );
  if (missing.length > 0) throw new DrawError("ledger-broken", { detail: `inputs missing: ${missing.join(", ")}` });
  writeFileNamed(join(dir, "ledger.jsonl"), bytesOf(join(root, LEDGER_FILE), LEDGER_FILE));
  const store = workspaceRecords(root);
  const seen = new Set<string>();
  for (const l of recordLines(lines)) {
    const key = `${l.campaign}.attempt-${l.attempt}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const found = store.find(l.campaign, l.attempt);
    if (found) writeFileNamed(join(dir, "records", `${key}.draw.yaml`), bytesOf(join(root, found.path), found.path));
  }
  writeFileNamed(join(dir, "SPEC.md"), readFileSync(specPath));
  copyBundleEvidence(root, dir, loaded.record.campaign);
  writeFileNamed(
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
      "checkpoints/       the ledger's signed checkpoints (compare them with the ones published)",
      "keys/              the office's and departments' public keys",
      "proofs/            the proofs written for objects of this campaign (SPEC.md §11)",
      "",
    ].join("\n"),
  );
}
