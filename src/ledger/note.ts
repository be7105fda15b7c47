import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto";

/**
 * C2SP signed notes (c2sp.org/signed-note) with Ed25519 keys from node:crypto, and the Ed25519
 * cosignatures of c2sp.org/tlog-cosignature. Pure: text and keys in, text and verdicts out.
 * Keys are written as Go's golang.org/x/mod/sumdb/note does: `name+hash+base64(type||key)`.
 */

/** Signature types of signed-note: 0x01 a note signature, 0x04 a timestamped cosignature (cosignature/v1). */
export const SIG_ED25519 = 0x01;
export const SIG_COSIGNATURE_V1 = 0x04;
export type SignatureType = typeof SIG_ED25519 | typeof SIG_COSIGNATURE_V1;

const PKCS8_ED25519 = Buffer.from("302e020100300506032b657004220420", "hex");
const SPKI_ED25519 = Buffer.from("302a300506032b6570032100", "hex");

/** signed-note: non-empty, no Unicode space, no "+". */
export function validKeyName(name: string): boolean {
  return name !== "" && !/[\s+\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u.test(name);
}

/** key ID = SHA-256(key name || 0x0A || signature type || 32-byte public key)[:4] */
export function keyId(name: string, type: SignatureType, publicKey: Uint8Array): Buffer {
  return createHash("sha256")
    .update(name, "utf8")
    .update(Uint8Array.of(0x0a, type))
    .update(publicKey)
    .digest()
    .subarray(0, 4);
}

export interface Verifier {
  name: string;
  type: SignatureType;
  /** 32 bytes */
  publicKey: Buffer;
  id: Buffer;
  /** The verifier key text, `name+hash+base64(type||key)`. */
  text: string;
}

export interface Signer extends Verifier {
  /** The 32-byte Ed25519 seed. */
  seed: Buffer;
}

const privateKeyObject = (seed: Uint8Array): KeyObject =>
  createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: "der", type: "pkcs8" });
const publicKeyObject = (raw: Uint8Array): KeyObject =>
  createPublicKey({ key: Buffer.concat([SPKI_ED25519, raw]), format: "der", type: "spki" });

function publicFromSeed(seed: Uint8Array): Buffer {
  const der = createPublicKey(privateKeyObject(seed)).export({ format: "der", type: "spki" });
  return Buffer.from(der.subarray(der.length - 32));
}

const hex8 = (id: Uint8Array) => Buffer.from(id).toString("hex");

export function verifierFrom(name: string, type: SignatureType, publicKey: Uint8Array): Verifier {
  if (!validKeyName(name)) throw new Error(`invalid key name ${JSON.stringify(name)}`);
  const pub = Buffer.from(publicKey);
  const id = keyId(name, type, pub);
  return {
    name,
    type,
    publicKey: pub,
    id,
    text: `${name}+${hex8(id)}+${Buffer.concat([Uint8Array.of(type), pub]).toString("base64")}`,
  };
}

export function signerFromSeed(name: string, type: SignatureType, seed: Uint8Array): Signer {
  if (seed.length !== 32) throw new Error("an Ed25519 seed is 32 bytes");
  return { ...verifierFrom(name, type, publicFromSeed(seed)), seed: Buffer.from(seed) };
}

/** `PRIVATE+KEY+name+hash+base64(type||seed)`: the private key file's one line. */
export function signerKeyText(s: Signer): string {
  return `PRIVATE+KEY+${s.name}+${hex8(s.id)}+${Buffer.concat([Uint8Array.of(s.type), s.seed]).toString("base64")}`;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const decode64 = (text: string): Buffer | undefined =>
  BASE64.test(text) && text.length % 4 === 0 ? Buffer.from(text, "base64") : undefined;

function splitKey(text: string): { name: string; hash: string; key: Buffer } | undefined {
  const parts = text.split("+");
  // The base64 may itself hold "+": name and hash are the first two fields, the rest is the key.
  if (parts.length < 3) return undefined;
  const [name, hash, ...rest] = parts as [string, string, ...string[]];
  const key = decode64(rest.join("+"));
  if (!key || !/^[0-9a-f]{8}$/.test(hash) || !validKeyName(name)) return undefined;
  return { name, hash, key };
}

function typed(key: Buffer): { type: SignatureType; bytes: Buffer } | undefined {
  const type = key[0];
  if ((type !== SIG_ED25519 && type !== SIG_COSIGNATURE_V1) || key.length !== 33) return undefined;
  return { type, bytes: key.subarray(1) };
}

/** A verifier key `name+hash+base64(type||key)`, or why not. */
export function parseVerifierKey(text: string): Verifier | { problem: string } {
  const split = splitKey(text.trim());
  if (!split) return { problem: "not name+hash+key" };
  const t = typed(split.key);
  if (!t) return { problem: "not an Ed25519 key of type 0x01 or 0x04" };
  const v = verifierFrom(split.name, t.type, t.bytes);
  if (hex8(v.id) !== split.hash) return { problem: "the key hash does not match the name and key" };
  return v;
}

export function parseSignerKey(text: string): Signer | { problem: string } {
  const trimmed = text.trim();
  if (!trimmed.startsWith("PRIVATE+KEY+")) return { problem: "not PRIVATE+KEY+name+hash+key" };
  const split = splitKey(trimmed.slice("PRIVATE+KEY+".length));
  if (!split) return { problem: "not PRIVATE+KEY+name+hash+key" };
  const t = typed(split.key);
  if (!t) return { problem: "not an Ed25519 key of type 0x01 or 0x04" };
  const s = signerFromSeed(split.name, t.type, t.bytes);
  if (hex8(s.id) !== split.hash) return { problem: "the key hash does not match the name and key" };
  return s;
}

export interface NoteSignature {
  name: string;
  /** The 4-byte key ID, as 8 hex digits. */
  keyId: string;
  /** What follows the key ID: a signature, or for a cosignature a timestamp and a signature. */
  bytes: Buffer;
  /** The line as written, without its newline. */
  line: string;
}

export interface Note {
  /** The signed text, including its final newline. */
  body: string;
  signatures: NoteSignature[];
}

/** At most this many signature lines (signed-note asks verifiers for at least 16). */
export const MAX_SIGNATURES = 100;

/** A signed note: text, a blank line, `— name base64` lines. Or the first thing wrong with it. */
export function parseNote(text: string): Note | { problem: string } {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f]/.test(text)) return { problem: "a control character other than newline" };
  if (!text.endsWith("\n")) return { problem: "it does not end with a newline" };
  const split = text.lastIndexOf("\n\n");
  if (split < 0) return { problem: "no blank line before the signatures" };
  const body = text.slice(0, split + 1);
  const lines = text.slice(split + 2, -1).split("\n");
  if (lines.length > MAX_SIGNATURES) return { problem: `more than ${MAX_SIGNATURES} signatures` };
  const signatures: NoteSignature[] = [];
  for (const line of lines) {
    const m = /^\u2014 (\S+) (\S+)$/u.exec(line);
    if (!m) return { problem: `not a signature line: ${JSON.stringify(line.slice(0, 80))}` };
    const [, name, b64] = m as unknown as [string, string, string];
    const raw = decode64(b64);
    if (!validKeyName(name) || !raw || raw.length < 5)
      return { problem: `not a signature line: ${JSON.stringify(line.slice(0, 80))}` };
    signatures.push({ name, keyId: raw.subarray(0, 4).toString("hex"), bytes: Buffer.from(raw.subarray(4)), line });
  }
  if (signatures.length === 0) return { problem: "no signature" };
  return { body, signatures };
}

export const formatNote = (note: Note): string => `${note.body}\n${note.signatures.map((s) => `${s.line}\n`).join("")}`;

function signatureLine(name: string, id: Buffer, bytes: Buffer): NoteSignature {
  return {
    name,
    keyId: id.toString("hex"),
    bytes,
    line: `\u2014 ${name} ${Buffer.concat([id, bytes]).toString("base64")}`,
  };
}

/** tlog-cosignature: "cosignature/v1" LF "time " T LF, then the note body. */
export const cosignedMessage = (body: string, timestamp: bigint): string =>
  `cosignature/v1\ntime ${timestamp}\n${body}`;

/** A signature line over `body`: a note signature (0x01), or a cosignature at `timestamp` (0x04). */
export function signNote(body: string, signer: Signer, timestamp?: bigint): NoteSignature {
  const key = privateKeyObject(signer.seed);
  if (signer.type === SIG_ED25519)
    return signatureLine(signer.name, signer.id, sign(null, Buffer.from(body, "utf8"), key));
  const ts = timestamp ?? 0n;
  const stamp = Buffer.alloc(8);
  stamp.writeBigUInt64BE(ts);
  const sig = sign(null, Buffer.from(cosignedMessage(body, ts), "utf8"), key);
  return signatureLine(signer.name, signer.id, Buffer.concat([stamp, sig]));
}

export type SignatureVerdict = "verified" | "invalid" | "unknown-key";

/** signed-note: a signature from a known key (same name and key ID) must verify; others are ignored. */
export function checkSignature(body: string, sig: NoteSignature, verifiers: readonly Verifier[]): SignatureVerdict {
  const v = verifiers.find((k) => k.name === sig.name && hex8(k.id) === sig.keyId);
  if (!v) return "unknown-key";
  const key = publicKeyObject(v.publicKey);
  if (v.type === SIG_ED25519)
    return sig.bytes.length === 64 && verify(null, Buffer.from(body, "utf8"), key, sig.bytes) ? "verified" : "invalid";
  if (sig.bytes.length !== 72) return "invalid";
  const ts = sig.bytes.readBigUInt64BE(0);
  if (ts > 2n ** 63n - 1n) return "invalid";
  return verify(null, Buffer.from(cosignedMessage(body, ts), "utf8"), key, sig.bytes.subarray(8))
    ? "verified"
    : "invalid";
}

/** The time a cosignature says it was made (seconds since the epoch), or undefined for another kind. */
export function cosignatureTime(sig: NoteSignature, verifier: Verifier | undefined): bigint | undefined {
  return verifier?.type === SIG_COSIGNATURE_V1 && sig.bytes.length === 72 ? sig.bytes.readBigUInt64BE(0) : undefined;
}
