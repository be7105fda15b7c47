import { hash } from "node:crypto";

/**
 * The Merkle hash tree of RFC 6962 §2.1 (RFC 9162 §2.1) over the ledger's lines: leaves hashed as
 * SHA-256(0x00 || data), inner nodes as SHA-256(0x01 || left || right), so that no leaf can pass
 * for a node. Pure: hashes in, hashes out.
 */
export type Hash = Buffer;

// crypto.hash (one call, no Hash object) over the joined bytes: a 100,000-line ledger is hashed
// twice as fast as with createHash, whose objects the garbage collector then has to sweep.
const sha256 = (...parts: Uint8Array[]): Hash => hash("sha256", Buffer.concat(parts), "buffer") as unknown as Hash;
const LEAF = Uint8Array.of(0x00);
const NODE = Uint8Array.of(0x01);

/** The hash of an empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT: Hash = sha256();

export const leafHash = (data: Uint8Array): Hash => sha256(LEAF, data);
export const nodeHash = (left: Uint8Array, right: Uint8Array): Hash => sha256(NODE, left, right);

/** The largest power of two smaller than n (n ≥ 2): where RFC 6962 splits a tree. */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The tree over a list of leaf hashes, with every subtree hash remembered: the ledger has
 * thousands of lines at most, and proofs ask for the same subtrees again and again.
 */
export class MerkleTree {
  private readonly memo = new Map<string, Hash>();
  constructor(readonly leaves: readonly Hash[]) {}

  get size(): number {
    return this.leaves.length;
  }

  /** MTH(D[start:end]). */
  hash(start = 0, end = this.leaves.length): Hash {
    const n = end - start;
    if (n === 0) return EMPTY_ROOT;
    if (n === 1) return this.leaves[start] as Hash;
    const key = `${start}:${end}`;
    const known = this.memo.get(key);
    if (known) return known;
    const k = split(n);
    const h = nodeHash(this.hash(start, start + k), this.hash(start + k, end));
    this.memo.set(key, h);
    return h;
  }

  /** The root of the tree of the first `size` leaves. */
  root(size = this.leaves.length): Hash {
    return this.hash(0, size);
  }

  /** PATH(index, D[0:size]) of RFC 6962 §2.1.1: the audit path of one leaf. */
  inclusionProof(index: number, size = this.leaves.length): Hash[] {
    if (!Number.isInteger(index) || index < 0 || index >= size || size > this.leaves.length)
      throw new RangeError(`no leaf ${index} in a tree of ${size}`);
    const path: Hash[] = [];
    const walk = (m: number, start: number, end: number) => {
      if (end - start <= 1) return;
      const k = split(end - start);
      if (m < k) {
        walk(m, start, start + k);
        path.push(this.hash(start + k, end));
      } else {
        walk(m - k, start + k, end);
        path.push(this.hash(start, start + k));
      }
    };
    walk(index, 0, size);
    return path;
  }

  /** PROOF(m, D[0:n]) of RFC 6962 §2.1.2: that the tree of size n extends the tree of size m. */
  consistencyProof(m: number, n = this.leaves.length): Hash[] {
    if (!Number.isInteger(m) || m < 0 || m > n || n > this.leaves.length)
      throw new RangeError(`no consistency proof from ${m} to ${n}`);
    if (m === 0 || m === n) return [];
    const proof: Hash[] = [];
    const sub = (m2: number, start: number, end: number, whole: boolean) => {
      const size = end - start;
      if (m2 === size) {
        if (!whole) proof.push(this.hash(start, end));
        return;
      }
      const k = split(size);
      if (m2 <= k) {
        sub(m2, start, start + k, whole);
        proof.push(this.hash(start + k, end));
      } else {
        sub(m2 - k, start + k, end, false);
        proof.push(this.hash(start, start + k));
      }
    };
    sub(m, 0, n, true);
    return proof;
  }
}

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0;

/** RFC 9162 §2.1.3.2: the root an inclusion proof leads to, or undefined when it cannot be one. */
export function rootFromInclusion(index: number, size: number, leaf: Uint8Array, proof: readonly Uint8Array[]) {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) return undefined;
  if (leaf.length !== 32 || proof.some((p) => p.length !== 32)) return undefined;
  let fn = index;
  let sn = size - 1;
  let r: Hash = Buffer.from(leaf);
  for (const p of proof) {
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else r = nodeHash(r, p);
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : undefined;
}

export function verifyInclusion(
  index: number,
  size: number,
  leaf: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  const r = rootFromInclusion(index, size, leaf, proof);
  return r !== undefined && equal(r, root);
}

/** RFC 9162 §2.1.4.2: does the tree (size2, root2) extend the tree (size1, root1)? */
export function verifyConsistency(
  size1: number,
  size2: number,
  root1: Uint8Array,
  root2: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!Number.isInteger(size1) || !Number.isInteger(size2) || size1 < 0 || size2 < size1) return false;
  if (proof.some((p) => p.length !== 32)) return false;
  if (size1 === size2) return proof.length === 0 && equal(root1, root2);
  // An empty tree is a prefix of every tree.
  if (size1 === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = (size1 & (size1 - 1)) === 0 ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Hash = Buffer.from(path[0] as Uint8Array);
  let sr: Hash = Buffer.from(path[0] as Uint8Array);
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else sr = nodeHash(sr, c);
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(fr, root1) && equal(sr, root2);
}

/**
 * The leaves of the ledger file: each line's bytes as written, without its line ending (LF, or
 * CR LF after a checkout on Windows); blank lines, which the ledger's reader skips, are not leaves.
 */
export function ledgerLeafData(bytes: Uint8Array): Buffer[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Buffer[] = [];
  let start = 0;
  while (start < buf.length) {
    let end = buf.indexOf(0x0a, start);
    if (end < 0) end = buf.length;
    let line = buf.subarray(start, end);
    if (line.length > 0 && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    if (line.toString("utf8").trim() !== "") out.push(Buffer.from(line));
    start = end + 1;
  }
  return out;
}

export const ledgerTree = (bytes: Uint8Array): MerkleTree => new MerkleTree(ledgerLeafData(bytes).map(leafHash));
