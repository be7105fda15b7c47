import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanTemp, fixturesDir, tempDir } from "../draw/helpers.js";
import {
  CheckpointError,
  cosignWorkspaceCheckpoint,
  generateWorkspaceKey,
  makeWorkspaceCheckpoint,
  readClaim,
  verifyCheckpoints,
  verifyProofFile,
  writeWorkspaceProof,
} from "../../src/ledger/checkpoint-service.js";
import { readSigner, readVerifier } from "../../src/ledger/keys.js";
import { lineHash, parseLedger, type LedgerLine } from "../../src/ledger/ledger.js";
import { canonicalJson } from "../../src/util/canonical-json.js";
import { parse } from "yaml";
import type { DrawRecord } from "../../src/draw/record.js";

/** The checkpoint commands' work on a real workspace: a temp copy of test/fixtures/draw/ledger-v1. */
afterAll(cleanTemp);

function workspace(): { ws: string; keys: string } {
  const ws = join(tempDir(), "ws");
  cpSync(join(fixturesDir, "ledger-v1"), ws, { recursive: true });
  return { ws, keys: join(tempDir(), "keys") };
}

const caught = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof CheckpointError) return error.key;
    return (error as { key?: string }).key ?? String(error);
  }
  return "no error";
};

describe("keys", () => {
  it("private key outside the workspace with mode 0600, public key in keys/, never overwritten", () => {
    const { ws, keys } = workspace();
    const office = generateWorkspaceKey(ws, "140821", undefined, join(keys, "office.key"));
    expect(office.name).toBe("checkonce/140821/ledger");
    expect(office.publicRel).toBe("keys/office.pub");
    if (process.platform !== "win32") expect(statSync(join(keys, "office.key")).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(keys, "office.key"), "utf8")).toMatch(
      /^PRIVATE\+KEY\+checkonce\/140821\/ledger\+[0-9a-f]{8}\+/,
    );
    expect(
      readVerifier(join(ws, "keys/office.pub")).publicKey.equals(readSigner(join(keys, "office.key")).publicKey),
    ).toBe(true);
    expect(caught(() => generateWorkspaceKey(ws, "140821", undefined, join(keys, "office.key")))).toBe("key-exists");
    expect(caught(() => generateWorkspaceKey(ws, "140821", "scjgj", join(ws, "scjgj.key")))).toBe(
      "key-inside-workspace",
    );
    expect(existsSync(join(ws, "scjgj.key"))).toBe(false);
    const dept = generateWorkspaceKey(ws, "140821", "scjgj", join(keys, "scjgj.key"));
    expect([dept.name, dept.publicRel]).toEqual(["checkonce/140821/scjgj", "keys/scjgj.pub"]);
  });
});

describe("checkpoints on a workspace", () => {
  it("make, cosign, verify; a resealed ledger is caught by the printed checkpoint", () => {
    const { ws, keys } = workspace();
    generateWorkspaceKey(ws, "140821", undefined, join(keys, "office.key"));
    generateWorkspaceKey(ws, "140821", "scjgj", join(keys, "scjgj.key"));
    const office = readSigner(join(keys, "office.key"));
    const made = makeWorkspaceCheckpoint(ws, "140821", office);
    expect(made.file).toBe("draws/checkpoints/5.txt");
    const cosigned = cosignWorkspaceCheckpoint(ws, "140821", readSigner(join(keys, "scjgj.key")), 1767225600n);
    expect(cosigned.stored.note.signatures.map((s) => s.name)).toEqual([
      "checkonce/140821/ledger",
      "checkonce/140821/scjgj",
    ]);
    const printed = readFileSync(join(ws, made.file), "utf8");

    const ok = verifyCheckpoints(ws, "140821", [readClaim(printed, ws), readClaim(made.short, ws)], []);
    expect(ok.ok).toBe(true);
    expect(ok.reports[0]?.signatures.map((s) => s.verdict)).toEqual(["verified", "verified"]);

    // A department's key cannot make the office's checkpoint, nor the office's key cosign.
    expect(caught(() => makeWorkspaceCheckpoint(ws, "140821", readSigner(join(keys, "scjgj.key"))))).toBe(
      "checkpoint-wrong-key",
    );
    expect(caught(() => cosignWorkspaceCheckpoint(ws, "140821", office, 0n))).toBe("checkpoint-wrong-key");

    // Reseal: change the CY-02 draw line and recompute every hash; the workspace's own checkpoint is redone too.
    const ledgerPath = join(ws, "draws/ledger.jsonl");
    const { lines } = parseLedger(readFileSync(ledgerPath, "utf8"));
    let prev = "0".repeat(64);
    const rewritten = lines.map((l) => {
      const body = { ...l, prev, ...(l.seq === 5 ? { at: "2026-09-01T00:00:00.000Z" } : {}) } as Partial<LedgerLine>;
      delete body.hash;
      const line = { ...body, hash: lineHash(body as Omit<LedgerLine, "hash">) };
      prev = line.hash;
      return canonicalJson(line);
    });
    writeFileSync(ledgerPath, rewritten.map((l) => `${l}\n`).join(""));
    expect(parseLedger(readFileSync(ledgerPath, "utf8")).problems).toEqual([]);
    // Signing over it is refused: the stored checkpoint is no longer extended.
    expect(caught(() => makeWorkspaceCheckpoint(ws, "140821", office))).toBe("checkpoint-not-extending");
    const bad = verifyCheckpoints(ws, "140821", [readClaim(printed, ws)], []);
    expect(bad.ok).toBe(false);
    expect(bad.chainIntact).toBe(true);
    expect(bad.reports[0]?.consistency.findings.map((f) => f.key)).toEqual(["checkpoint-rewritten"]);
    expect(verifyCheckpoints(ws, "140821", [readClaim(made.short, ws)], []).ok).toBe(false);
  });

  it("a wrong key fails: a checkpoint signed by another key under the office's name is refused by keys/office.pub", () => {
    const { ws, keys } = workspace();
    generateWorkspaceKey(ws, "140821", undefined, join(keys, "office.key"));
    // A second office key made elsewhere: same name, another key.
    const elsewhere = join(tempDir(), "elsewhere");
    cpSync(join(fixturesDir, "ledger-v1"), elsewhere, { recursive: true });
    generateWorkspaceKey(elsewhere, "140821", undefined, join(keys, "impostor.key"));
    const impostor = readSigner(join(keys, "impostor.key"));
    expect(caught(() => makeWorkspaceCheckpoint(ws, "140821", impostor))).toBe("checkpoint-wrong-key");
    const forged = makeWorkspaceCheckpoint(elsewhere, "140821", impostor);
    const text = readFileSync(join(elsewhere, forged.file), "utf8");
    const result = verifyCheckpoints(ws, "140821", [readClaim(text, ws)], []);
    // Same ledger, so consistent; but the signature is not the office's published key.
    expect(result.reports[0]?.signatures.map((s) => s.verdict)).toEqual(["unknown-key"]);
    // A forged line under the real office key ID is invalid.
    const real = readVerifier(join(ws, "keys/office.pub"));
    const line = text.split("\n")[4] as string;
    const raw = Buffer.from(line.split(" ")[2] as string, "base64");
    const swapped = `— checkonce/140821/ledger ${Buffer.concat([real.id, raw.subarray(4)]).toString("base64")}`;
    const result2 = verifyCheckpoints(ws, "140821", [readClaim(text.replace(line, swapped), ws)], []);
    expect(result2.ok).toBe(false);
    expect(result2.reports[0]?.signatures.map((s) => s.verdict)).toEqual(["invalid"]);
  });

  it("proof: written for a drawn object, verified from the file alone, refused without a checkpoint", () => {
    const { ws, keys } = workspace();
    generateWorkspaceKey(ws, "140821", undefined, join(keys, "office.key"));
    const record = parse(readFileSync(join(ws, "draws/2026-CY-02.draw.yaml"), "utf8")) as DrawRecord;
    const object = record.teams[0]?.objects[0] as string;
    expect(caught(() => writeWorkspaceProof(ws, "2026-CY-02", object))).toBe("proof-no-checkpoint");
    makeWorkspaceCheckpoint(ws, "140821", readSigner(join(keys, "office.key")));
    const { file } = writeWorkspaceProof(ws, "2026-CY-02", object);
    expect(file).toBe(`draws/proofs/2026-CY-02/${object}.json`);
    const moved = join(tempDir(), "p.json");
    cpSync(join(ws, file), moved);
    const verdict = verifyProofFile(moved, []);
    expect(verdict.problems).toEqual([]);
    expect(verdict.trustedOffice).toBe(false);
    expect(verifyProofFile(moved, [readVerifier(join(ws, "keys/office.pub"))]).trustedOffice).toBe(true);
    expect(caught(() => writeWorkspaceProof(ws, "2026-CY-02", "91140821MA0XXXXXXX"))).toBe(
      "proof-object-not-in-record",
    );
  });
});
