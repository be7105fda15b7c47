import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readdirSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { homedir } from "node:os";
import { writeFileAtomic } from "../util/fs.js";
import { readRegularFile } from "../util/read-file.js";
import { describeFault } from "../util/io-error.js";
import {
  parseSignerKey,
  parseVerifierKey,
  signerFromSeed,
  signerKeyText,
  type SignatureType,
  type Signer,
  type Verifier,
} from "./note.js";

/** Public keys live in the workspace (committed, published); private keys never do. */
export const KEYS_DIR = "keys";
export const OFFICE_KEY_FILE = `${KEYS_DIR}/office.pub`;
export const departmentKeyFile = (department: string) => `${KEYS_DIR}/${department}.pub`;

/** Where a private key goes by default: the user's own folder, outside every workspace. */
export const defaultPrivateKeyPath = (file: string): string => join(homedir(), ".checkonce", "keys", file);

export class KeyError extends Error {
  constructor(
    readonly key: "key-exists" | "key-inside-workspace" | "key-unreadable",
    readonly params: Record<string, string>,
  ) {
    super(`${key} ${JSON.stringify(params)}`);
  }
}

const inside = (root: string, path: string) => {
  const rel = relative(resolve(root), resolve(path));
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
};

/**
 * A new Ed25519 key: the private key written with mode 0600 outside the workspace, the public key
 * into `keys/`. Neither file is ever overwritten.
 */
export function generateKey(
  root: string,
  name: string,
  type: SignatureType,
  privatePath: string,
  publicRel: string,
): { signer: Signer; privatePath: string; publicPath: string } {
  if (inside(root, privatePath)) throw new KeyError("key-inside-workspace", { file: privatePath });
  const publicPath = join(root, publicRel);
  for (const file of [privatePath, publicPath]) if (existsSync(file)) throw new KeyError("key-exists", { file });
  const signer = signerFromSeed(name, type, randomBytes(32));
  writeFileAtomic(privatePath, `${signerKeyText(signer)}\n`);
  // On Windows chmod only sets read-only; the file sits in the user's own profile folder there.
  chmodSync(privatePath, 0o600);
  writeFileAtomic(publicPath, `${signer.text}\n`);
  return { signer, privatePath, publicPath };
}

/** A key file is one line of about a hundred bytes: a file of more than a MiB is not one. */
const MAX_KEY_FILE_BYTES = 1024 * 1024;

/**
 * A key file's text, read as every input is (util/read-file.ts): a regular file only (a FIFO or a
 * device is never opened, so nothing hangs), and never more than MAX_KEY_FILE_BYTES.
 */
function readKeyText(path: string): string {
  const read = readRegularFile(path, MAX_KEY_FILE_BYTES);
  if (!read.ok) throw new KeyError("key-unreadable", { file: path, detail: String(describeFault(read).detail ?? "") });
  return read.bytes.toString("utf8");
}

export function readSigner(path: string): Signer {
  const text = readKeyText(path);
  const signer = parseSignerKey(text);
  if ("problem" in signer) throw new KeyError("key-unreadable", { file: path, detail: signer.problem });
  return signer;
}

export function readVerifier(path: string): Verifier {
  const text = readKeyText(path);
  const v = parseVerifierKey(text);
  if ("problem" in v) throw new KeyError("key-unreadable", { file: path, detail: v.problem });
  return v;
}

/** Every `keys/*.pub` of a workspace (or bundle), sorted by file name. */
export function workspaceVerifiers(root: string): Verifier[] {
  const dir = join(root, KEYS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith(".pub"))
    .sort()
    .map((n) => readVerifier(join(dir, n)));
}
