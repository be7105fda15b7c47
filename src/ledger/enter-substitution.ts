import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkspace } from "../workspace/load-workspace.js";
import { DrawError } from "../draw/draw-error.js";
import { readRecord, recordPath, writeRecord } from "../draw/record-file.js";
import { nextReserve } from "../draw/substitute.js";
import type { DrawRecord } from "../draw/record.js";
import { appendLedger } from "./ledger.js";
import { withDrawLock, type LockOptions } from "./lock.js";
import { INPUTS_DIR, materializeInputs } from "./snapshots.js";
import { latestRecordLine } from "./record-store.js";
import { ledgerOrRefuse } from "./draw-context.js";
import { checkReason } from "../draw/reason.js";
import { UsageError } from "../diagnostics/errors.js";

/** `substitute`: the next reserve replaces an object that cannot be inspected; ledgered. */
export function substituteObject(
  root: string,
  loadedRef: { abs: string; rel: string },
  object: string,
  reason: string | undefined,
  now: () => string,
  lock: LockOptions = {},
): { record: DrawRecord; substitution: DrawRecord["substitutions"][number] } {
  const checked = checkReason(reason);
  if (!checked.ok) throw new UsageError(checked.code, checked.params);
  return withDrawLock(root, lock, () => {
    const lines = ledgerOrRefuse(root);
    const loaded = readRecord(loadedRef.abs, loadedRef.rel);
    const latest = latestRecordLine(lines, loaded.record.campaign);
    if (!latest || latest.recordDigest !== loaded.digest || loadedRef.rel !== recordPath(loaded.record.campaign)) {
      throw new DrawError("draw-orphan-record", { record: loadedRef.rel, attempt: loaded.record.attempt });
    }
    const found = withInputsWorkspace(root, loaded.record, (ws) => nextReserve(loaded.record, ws, object));
    const substitution = { ...found, reason: checked.reason };
    const record: DrawRecord = { ...loaded.record, substitutions: [...loaded.record.substitutions, substitution] };
    const digest = writeRecord(root, loadedRef.rel, record);
    appendLedger(root, {
      type: "substitute",
      campaign: record.campaign,
      at: now(),
      attempt: record.attempt,
      record: loadedRef.rel,
      recordDigest: digest,
      object,
      replacement: substitution.replacement,
      reason: substitution.reason,
    });
    return { record, substitution };
  });
}

/** Runs `fn` on the workspace exactly as the record's inputs were (verification sees the same). */
function withInputsWorkspace<T>(
  root: string,
  record: DrawRecord,
  fn: (ws: ReturnType<typeof loadWorkspace>["workspace"]) => T,
): T {
  const scratch = mkdtempSync(join(tmpdir(), "checkonce-inputs-"));
  try {
    const { missing } = materializeInputs({ live: root, snapshots: join(root, INPUTS_DIR) }, record.inputs, scratch);
    if (missing.length > 0) throw new DrawError("ledger-broken", { detail: `inputs missing: ${missing.join(", ")}` });
    return fn(loadWorkspace(scratch, { cacheRoot: root }).workspace);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
