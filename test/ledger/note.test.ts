import { describe, expect, it } from "vitest";
import {
  checkSignature,
  formatNote,
  keyId,
  parseNote,
  parseSignerKey,
  parseVerifierKey,
  SIG_COSIGNATURE_V1,
  SIG_ED25519,
  signerFromSeed,
  signerKeyText,
  signNote,
  type Signer,
  type Verifier,
} from "../../src/ledger/note.js";

/**
 * Vectors of golang.org/x/mod/sumdb/note (note_test.go: TestNewVerifier, TestSign, TestOpen), the
 * reference implementation of c2sp.org/signed-note. Ed25519 is deterministic, so signing the same
 * text with the same key must give the very signature Go gives.
 */
const PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
const PETER_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
const ENOCH_VKEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
const TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_SIG =
  "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=";
const ENOCH_SIG =
  "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=";

const v = (text: string) => parseVerifierKey(text) as Verifier;
const s = (text: string) => parseSignerKey(text) as Signer;

describe("signed-note keys and signatures against Go's golang.org/x/mod/sumdb/note", () => {
  it("verifier and signer keys parse; the key hash is SHA-256(name LF 0x01 key)[:4]", () => {
    const peter = v(PETER_VKEY);
    expect(peter.name).toBe("PeterNeumann");
    expect(peter.id.toString("hex")).toBe("c74f20a3");
    expect(keyId("PeterNeumann", SIG_ED25519, peter.publicKey).toString("hex")).toBe("c74f20a3");
    expect(peter.text).toBe(PETER_VKEY);
    const signer = s(PETER_SKEY);
    expect(signer.publicKey.equals(peter.publicKey)).toBe(true);
    expect(signerKeyText(signer)).toBe(PETER_SKEY);
  });

  it("manglings of a verifier key are refused (as Go's TestNewVerifier)", () => {
    for (let i = 0; i < PETER_VKEY.length; i++) {
      const bumped =
        PETER_VKEY.slice(0, i) + String.fromCharCode(PETER_VKEY.charCodeAt(i) + 1) + PETER_VKEY.slice(i + 1);
      expect("problem" in parseVerifierKey(bumped), bumped).toBe(true);
    }
    expect("problem" in parseVerifierKey(PETER_VKEY.slice(0, -4))).toBe(true);
    expect("problem" in parseVerifierKey("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")).toBe(
      true,
    );
  });

  it("signing Go's text with Go's key gives Go's signature, byte for byte", () => {
    const line = signNote(TEXT, s(PETER_SKEY));
    expect(line.line).toBe(PETER_SIG);
    expect(formatNote({ body: TEXT, signatures: [line] })).toBe(`${TEXT}\n${PETER_SIG}\n`);
  });

  it("opening: a known key verifies, an unknown one is only unknown, a bad one is invalid", () => {
    const note = parseNote(`${TEXT}\n${PETER_SIG}\n${ENOCH_SIG}\n`);
    if ("problem" in note) throw new Error(note.problem);
    expect(note.body).toBe(TEXT);
    const [peterSig, enochSig] = note.signatures as [(typeof note.signatures)[0], (typeof note.signatures)[0]];
    expect(checkSignature(note.body, peterSig, [v(PETER_VKEY)])).toBe("verified");
    expect(checkSignature(note.body, enochSig, [v(PETER_VKEY)])).toBe("unknown-key");
    expect(checkSignature(note.body, enochSig, [v(PETER_VKEY), v(ENOCH_VKEY)])).toBe("verified");
    // Go's "invalid signature" case: four characters inserted into the base64.
    const broken = parseNote(`${TEXT}\n${PETER_SIG.slice(0, 60)}ABCD${PETER_SIG.slice(60)}\n`);
    if ("problem" in broken) throw new Error(broken.problem);
    expect(checkSignature(broken.body, broken.signatures[0] as never, [v(PETER_VKEY)])).toBe("invalid");
    // Another text under the same signature.
    expect(checkSignature(TEXT.replace("answer", "Answer"), peterSig, [v(PETER_VKEY)])).toBe("invalid");
  });

  it("malformed notes are refused (Go's badMsgs)", () => {
    for (const bad of [
      TEXT,
      `${TEXT}\n`,
      `${TEXT}\n${PETER_SIG}`,
      `\u0001${TEXT}\n${PETER_SIG}\n`,
      `${TEXT}\n— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`,
      `${TEXT}\n${PETER_SIG}\nUnexpected line.\n`,
      `${TEXT}\n${`${PETER_SIG}\n`.repeat(101)}`,
    ])
      expect("problem" in parseNote(bad), JSON.stringify(bad.slice(-40))).toBe(true);
  });
});

describe("tlog-cosignature/v1 (Ed25519, type 0x04)", () => {
  const seed = Buffer.alloc(32, 7);
  const cosigner = signerFromSeed("checkonce/140821/scjgj", SIG_COSIGNATURE_V1, seed);
  const body = "checkonce/140821/ledger\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

  it("signs 'cosignature/v1' LF 'time T' LF body, with T before the signature", () => {
    const sig = signNote(body, cosigner, 1679315147n);
    expect(sig.bytes.length).toBe(72);
    expect(sig.bytes.readBigUInt64BE(0)).toBe(1679315147n);
    expect(checkSignature(body, sig, [cosigner])).toBe("verified");
    // The key hash uses type 0x04: the same key as a note signer is another key.
    expect(cosigner.id.equals(keyId(cosigner.name, SIG_ED25519, cosigner.publicKey))).toBe(false);
    const altered = Buffer.from(sig.bytes);
    altered.writeBigUInt64BE(1679315148n);
    expect(checkSignature(body, { ...sig, bytes: altered }, [cosigner])).toBe("invalid");
  });
});
