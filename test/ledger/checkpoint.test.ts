import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fixturesDir } from "../draw/helpers.js";
import {
  addSignature,
  checkConsistency,
  checkpointBody,
  checkpointLine,
  departmentKeyName,
  ledgerOrigin,
  locateRewrite,
  makeCheckpoint,
  parseCheckpoint,
  parseShortCheckpoint,
  shortCheckpoint,
  signatureReports,
  type SignedCheckpoint,
} from "../../src/ledger/checkpoint.js";
import { ledgerTree } from "../../src/ledger/merkle.js";
import { SIG_COSIGNATURE_V1, SIG_ED25519, signerFromSeed } from "../../src/ledger/note.js";
import { buildProof, proofText, verifyProofText } from "../../src/ledger/proof.js";
import { lineHash, parseLedger, type LedgerLine } from "../../src/ledger/ledger.js";
import { canonicalJson } from "../../src/util/canonical-json.js";
import type { DrawRecord } from "../../src/draw/record.js";

/** The ledger of test/fixtures/draw/ledger-v1 (written by checkonce-draw/1): 5 lines, two campaigns. */
const dir = join(fixturesDir, "ledger-v1");
const ledgerBytes = readFileSync(join(dir, "draws/ledger.jsonl"));
const origin = ledgerOrigin("140821");
const office = signerFromSeed(origin, SIG_ED25519, Buffer.alloc(32, 1));
const scjgj = signerFromSeed(departmentKeyName("140821", "scjgj"), SIG_COSIGNATURE_V1, Buffer.alloc(32, 2));
const xfjy = signerFromSeed(departmentKeyName("140821", "xfjy"), SIG_COSIGNATURE_V1, Buffer.alloc(32, 3));

/** What a resealer does: change a line, then recompute every hash after it so that the chain holds. */
function reseal(bytes: Buffer, seq: number, edit: (l: LedgerLine) => LedgerLine): Buffer {
  const { lines } = parseLedger(bytes.toString("utf8"));
  let prev = "0".repeat(64);
  const out = lines.map((l) => {
    const body = { ...(l.seq === seq ? edit(l) : l), prev } as Omit<LedgerLine, "hash"> & { hash?: string };
    delete body.hash;
    const line = { ...body, hash: lineHash(body) } as LedgerLine;
    prev = line.hash;
    return canonicalJson(line);
  });
  return Buffer.from(out.map((l) => `${l}\n`).join(""));
}

describe("checkpoints of the ledger (SPEC.md §10)", () => {
  const tree = ledgerTree(ledgerBytes);
  const cp = makeCheckpoint(tree, origin, office);

  it("is a tlog-checkpoint note: origin, size, base64 root, blank line, the office's signature", () => {
    const lines = cp.text.split("\n");
    expect(lines.slice(0, 4)).toEqual([origin, "5", tree.root().toString("base64"), ""]);
    expect(lines[4]).toMatch(/^— checkonce\/140821\/ledger [A-Za-z0-9+/]{91}=$/);
    expect(cp.text.endsWith("\n")).toBe(true);
    const parsed = parseCheckpoint(cp.text) as SignedCheckpoint;
    expect(parsed.checkpoint.size).toBe(5);
    expect(signatureReports(parsed, [office])).toEqual([
      { name: origin, keyId: office.id.toString("hex"), verdict: "verified", role: "office" },
    ]);
    // CRLF from a Windows editor and a BOM are read as the same checkpoint.
    const windows = parseCheckpoint(`\uFEFF${cp.text.replace(/\n/g, "\r\n")}`) as SignedCheckpoint;
    expect(windows.text).toBe(cp.text);
  });

  it("cosignatures by departments verify; a wrong key fails; an unknown key is only unknown", () => {
    const cosigned = addSignature(addSignature(cp, scjgj, 1767225600n), xfjy, 1767225601n);
    const parsed = parseCheckpoint(cosigned.text) as SignedCheckpoint;
    expect(signatureReports(parsed, [office, scjgj, xfjy]).map((s) => [s.name, s.verdict, s.role, s.time])).toEqual([
      [origin, "verified", "office", undefined],
      ["checkonce/140821/scjgj", "verified", "cosigner", 1767225600],
      ["checkonce/140821/xfjy", "verified", "cosigner", 1767225601],
    ]);
    // Another key under the same name: its key ID differs, so its line is not even attributed to it...
    const impostor = signerFromSeed(origin, SIG_ED25519, Buffer.alloc(32, 9));
    expect(signatureReports(parsed, [impostor])[0]?.verdict).toBe("unknown-key");
    // ...and a signature made by the impostor under the office's key ID is invalid.
    const forged = parseCheckpoint(
      cp.text.replace(/— (\S+) (\S+)\n$/, (_, name: string, b64: string) => {
        const raw = Buffer.from(b64, "base64");
        const fake = addSignature(cp, impostor, 0n).note.signatures.at(-1)?.bytes as Buffer;
        return `— ${name} ${Buffer.concat([raw.subarray(0, 4), fake]).toString("base64")}\n`;
      }),
    ) as SignedCheckpoint;
    expect(signatureReports(forged, [office])[0]?.verdict).toBe("invalid");
  });

  it("today's ledger extends each of its own earlier checkpoints (consistency proofs)", () => {
    for (let size = 0; size <= tree.size; size++) {
      const c = { checkpoint: { origin, size, root: tree.root(size) } };
      const body = checkpointBody(c.checkpoint);
      const signed = parseCheckpoint(
        `${body}\n${makeCheckpoint(ledgerTree(ledgerBytes), origin, office).note.signatures[0]?.line}\n`,
      );
      if ("problem" in signed) throw new Error(signed.problem);
      const result = checkConsistency(
        { kind: "signed", signed: { ...signed, checkpoint: c.checkpoint }, source: "x" },
        tree,
        origin,
      );
      expect(result.ok, `size ${size}`).toBe(true);
    }
  });

  it("a resealed ledger passes its own chain check but not the published checkpoint", () => {
    const published = makeCheckpoint(ledgerTree(ledgerBytes), origin, office);
    // Line 3 is the draw of 2026-CY-01: point it at another record digest, then reseal.
    const resealed = reseal(ledgerBytes, 3, (l) => ({ ...l, recordDigest: "f".repeat(64) }) as LedgerLine);
    expect(parseLedger(resealed.toString("utf8")).problems).toEqual([]);
    const result = checkConsistency({ kind: "signed", signed: published, source: "x" }, ledgerTree(resealed), origin);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.key)).toEqual(["checkpoint-rewritten"]);
    // The short form printed on a document catches it too.
    const short = parseShortCheckpoint(shortCheckpoint(published.checkpoint));
    expect(short).toEqual({ size: 5, rootPrefix: tree.root().toString("hex").slice(0, 16) });
    const viaShort = checkConsistency(
      { kind: "short", ...(short as { size: number; rootPrefix: string }), source: "x" },
      ledgerTree(resealed),
      origin,
    );
    expect(viaShort.ok).toBe(false);
    // With checkpoints of sizes 2 and 5 published, the rewrite lies in lines 3–5.
    const early = makeCheckpoint(
      ledgerTree(Buffer.from(ledgerBytes.toString("utf8").split("\n").slice(0, 2).join("\n") + "\n")),
      origin,
      office,
    );
    const results = [early, published].map((p) =>
      checkConsistency({ kind: "signed", signed: p, source: "x" }, ledgerTree(resealed), origin),
    );
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    expect(locateRewrite(results)).toEqual({ after: 2, atOrBefore: 5 });
    // Lines removed.
    const shorter = Buffer.from(ledgerBytes.toString("utf8").split("\n").slice(0, 3).join("\n") + "\n");
    expect(
      checkConsistency({ kind: "signed", signed: published, source: "x" }, ledgerTree(shorter), origin).findings[0]
        ?.key,
    ).toBe("checkpoint-ledger-shorter");
  });

  it("short form: read aloud, typed back with or without dots and dashes", () => {
    expect(shortCheckpoint(cp.checkpoint)).toMatch(/^5 · [0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
    const hex = tree.root().toString("hex");
    expect(parseShortCheckpoint(`5 ${hex.slice(0, 16).toUpperCase()}`)).toEqual({
      size: 5,
      rootPrefix: hex.slice(0, 16),
    });
    expect(parseShortCheckpoint("5 3f9a-2c1b")).toBeUndefined(); // under 16 digits
    expect(checkpointLine(cp).full).toEqual(cp.text.trimEnd().split("\n"));
  });
});

describe("the proof for one enterprise (SPEC.md §11)", () => {
  const recordText = readFileSync(join(dir, "draws/2026-CY-01.draw.yaml"), "utf8");
  const record = parse(recordText) as DrawRecord;
  const tree = ledgerTree(ledgerBytes);
  const cp = addSignature(makeCheckpoint(tree, origin, office), scjgj, 1767225600n);
  const { lines } = parseLedger(ledgerBytes.toString("utf8"));
  const make = (object: string) =>
    buildProof({
      object,
      record: { file: "draws/2026-CY-01.draw.yaml", text: recordText, parsed: record },
      ledger: { bytes: ledgerBytes, lines },
      checkpoints: [cp],
      verifiers: [office, scjgj],
    });
  const drawn = record.teams[0]?.objects[1] as string;

  it("a drawn object's proof verifies with nothing else", () => {
    const proof = make(drawn);
    if (!("format" in proof)) throw new Error(proof.key);
    expect(proof.outcome).toBe("selected");
    expect(proof.ledgerLine.seq).toBe(3); // the substitution rewrote the record: its line is the latest
    const verdict = verifyProofText(proofText(proof));
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(verdict.trustedOffice).toBe(false);
    expect(verifyProofText(proofText(proof), [office]).trustedOffice).toBe(true);
  });

  it("outcomes: replaced, replacement, reserve; an object not drawn has no proof", () => {
    const sub = record.substitutions[0] as DrawRecord["substitutions"][number];
    const outcomes = [sub.object, sub.replacement].map((o) => make(o)).map((p) => ("format" in p ? p.outcome : p.key));
    expect(outcomes).toEqual(["replaced", "replacement"]);
    const reserve = record.strata
      .flatMap((s) => s.reserve.map((r) => r.object))
      .find((o) => o !== sub.replacement) as string;
    const p = make(reserve);
    expect("format" in p && p.outcome).toBe("reserve");
    expect("format" in p && verifyProofText(proofText(p)).ok).toBe(true);
    expect(make("91140821MA0XXXXXXX")).toMatchObject({ key: "proof-object-not-in-record" });
  });

  it("no stored checkpoint covers the line: refused", () => {
    const small = makeCheckpoint(
      ledgerTree(Buffer.from(ledgerBytes.toString("utf8").split("\n").slice(0, 2).join("\n") + "\n")),
      origin,
      office,
    );
    const p = buildProof({
      object: drawn,
      record: { file: "draws/2026-CY-01.draw.yaml", text: recordText, parsed: record },
      ledger: { bytes: ledgerBytes, lines },
      checkpoints: [small],
      verifiers: [office],
    });
    expect(p).toMatchObject({ key: "proof-no-checkpoint", params: { seq: 3 } });
  });

  it("a proof altered in any byte fails", () => {
    const proof = make(drawn);
    if (!("format" in proof)) throw new Error(proof.key);
    const bytes = Buffer.from(proofText(proof), "utf8");
    // Every byte outside the embedded record; inside it (bound by one SHA-256) every 97th.
    const recordStart = bytes.indexOf(Buffer.from('"text": "'));
    const recordEnd = bytes.indexOf(Buffer.from('"ledgerLine"'));
    const passed: number[] = [];
    for (let i = 0; i < bytes.length; i++) {
      if (i > recordStart + 20 && i < recordEnd - 20 && i % 97 !== 0) continue;
      const altered = Buffer.from(bytes);
      altered[i] = (altered[i] as number) ^ 0x01;
      if (verifyProofText(altered.toString("utf8")).ok) passed.push(i);
    }
    expect(passed).toEqual([]);
  }, 120_000);
});

describe("SPEC.md §11 by hand: sha256sum, xxd, base64, jq", () => {
  const tools = ["sha256sum", "xxd", "base64", "jq"].every((t) => spawnSync(t, ["--version"]).status === 0);
  it.skipIf(!tools)("the shell steps of §11 check a real proof", () => {
    const recordText = readFileSync(join(dir, "draws/2026-CY-01.draw.yaml"), "utf8");
    const record = parse(recordText) as DrawRecord;
    const cp = makeCheckpoint(ledgerTree(ledgerBytes), origin, office);
    const proof = buildProof({
      object: record.teams[0]?.objects[0] as string,
      record: { file: "draws/2026-CY-01.draw.yaml", text: recordText, parsed: record },
      ledger: { bytes: ledgerBytes, lines: parseLedger(ledgerBytes.toString("utf8")).lines },
      checkpoints: [cp],
      verifiers: [office],
    });
    if (!("format" in proof)) throw new Error(proof.key);
    const work = mkdtempSync(join(tmpdir(), "checkonce-byhand-"));
    writeFileSync(join(work, "p.json"), proofText(proof));
    // Exactly the commands of §11, steps 1-5, with the fold of step 4 as a loop.
    const script = `
set -e
H() { sha256sum | cut -d' ' -f1; }
jq -j .record.text p.json > record.yaml
[ "$(H < record.yaml)" = "$(jq -r .ledgerLine.text p.json | jq -r .recordDigest)" ] || { echo step1; exit 1; }
KEY=$(printf 'checkonce-draw/1\\ncampaign:%s\\nseed:\\n%s' 2026-CY-01 "$(printf '县市场监管局=31415926535\\n县消防救援大队=8979783148')" | H)
[ "$KEY" = "$(jq -r .drawKey p.json)" ] || { echo step2; exit 1; }
T=$(printf '%s\\n%s\\n%s' "$KEY" "$(jq -r .stratum p.json)" "$(jq -r .object p.json)" | H)
C=$(jq -r .cutoff p.json)
[ "$T" = "$(jq -r .ticket p.json)" ] || { echo step3; exit 1; }
{ [ "$T" \\< "$C" ] || [ "$T" = "$C" ]; } || { echo step3b; exit 1; }
r=$( (printf '\\000'; jq -j .ledgerLine.text p.json) | H)
fn=$(jq -r .inclusion.leafIndex p.json); sn=$(( $(jq -r .inclusion.treeSize p.json) - 1 ))
for p in $(jq -r '.inclusion.path[]' p.json); do
  if [ $((fn % 2)) -eq 1 ] || [ $fn -eq $sn ]; then
    r=$( (printf '\\001'; printf '%s%s' "$p" "$r" | xxd -r -p) | H)
    while [ $((fn % 2)) -eq 0 ] && [ $fn -ne 0 ]; do fn=$((fn / 2)); sn=$((sn / 2)); done
  else
    r=$( (printf '\\001'; printf '%s%s' "$r" "$p" | xxd -r -p) | H)
  fi
  fn=$((fn / 2)); sn=$((sn / 2))
done
[ $sn -eq 0 ] || { echo step4; exit 1; }
[ "$r" = "$(jq -r .checkpoint p.json | sed -n 3p | base64 -d | xxd -p -c 32)" ] || { echo step5; exit 1; }
echo ROOT-MATCHES
`;
    const run = spawnSync("bash", ["-c", script], { cwd: work, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("ROOT-MATCHES");
    rmSync(work, { recursive: true, force: true });
  });
});
