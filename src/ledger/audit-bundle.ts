import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { DrawError } from "../draw/draw-error.js";
import { readRecord } from "../draw/record-file.js";
import { readLedger } from "./ledger.js";
import { INPUTS_DIR, materializeInputs } from "./snapshots.js";
import { recordLines, workspaceRecords } from "./record-store.js";
import { copyBundleEvidence } from "./checkpoint-service.js";

export const specPath = fileURLToPath(new URL("../../src/draw/SPEC.md", import.meta.url));

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
  copyBundleEvidence(root, dir, loaded.record.campaign);
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
      "checkpoints/       the ledger's signed checkpoints (compare them with the ones published)",
      "keys/              the office's and departments' public keys",
      "proofs/            the proofs written for objects of this campaign (SPEC.md §11)",
      "",
    ].join("\n"),
  );
}
