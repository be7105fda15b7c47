import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  EMPTY_ROOT,
  leafHash,
  ledgerLeafData,
  ledgerTree,
  MerkleTree,
  nodeHash,
  rootFromInclusion,
  verifyConsistency,
  verifyInclusion,
} from "../../src/ledger/merkle.js";

/**
 * Test vectors of transparency-dev/merkle (testonly/constants.go and proof/verify_test.go, the
 * RFC 6962 tree of Google's Trillian): eight leaf inputs, every root, the audit paths and
 * consistency proofs the reference implementation gives. Copied by hand.
 */
const hex = (h: string) => Buffer.from(h, "hex");
const LEAVES = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"].map(
  hex,
);
const ROOTS = [
  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
  "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
  "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
  "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
  "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];
const LEAF_HASHES = [
  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
  "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
  "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
  "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
  "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
  "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
  "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1",
];
// {leaf (1-based), size, path}
const INCLUSION: [number, number, string[]][] = [
  [1, 1, []],
  [
    1,
    8,
    [
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ],
  ],
  [
    6,
    8,
    [
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
  ],
  [3, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]],
  [
    2,
    5,
    [
      "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ],
  ],
];
const CONSISTENCY: [number, number, string[]][] = [
  [1, 1, []],
  [
    1,
    8,
    [
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ],
  ],
  [
    6,
    8,
    [
      "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
  ],
  [
    2,
    5,
    [
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ],
  ],
  [
    6,
    7,
    [
      "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
      "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
  ],
];

const tree = new MerkleTree(LEAVES.map(leafHash));
const toHex = (hs: readonly Buffer[]) => hs.map((h) => h.toString("hex"));

describe("RFC 6962 tree against transparency-dev/merkle's vectors", () => {
  it("leaf hashes and the root of every size 0..8", () => {
    expect(toHex(LEAVES.map(leafHash))).toEqual(LEAF_HASHES);
    expect(EMPTY_ROOT.toString("hex")).toBe(ROOTS[0]);
    for (let n = 0; n <= 8; n++) expect(tree.root(n).toString("hex"), `size ${n}`).toBe(ROOTS[n]);
  });

  it.each(INCLUSION)("audit path of leaf %i in a tree of %i", (leaf, size, path) => {
    expect(toHex(tree.inclusionProof(leaf - 1, size))).toEqual(path);
    expect(
      verifyInclusion(leaf - 1, size, leafHash(LEAVES[leaf - 1] as Buffer), path.map(hex), hex(ROOTS[size] as string)),
    ).toBe(true);
  });

  it.each(CONSISTENCY)("consistency proof from %i to %i", (m, n, proof) => {
    expect(toHex(tree.consistencyProof(m, n))).toEqual(proof);
    expect(verifyConsistency(m, n, hex(ROOTS[m] as string), hex(ROOTS[n] as string), proof.map(hex))).toBe(true);
  });

  it("the corruptions transparency-dev's verifier refuses are refused (inclusion)", () => {
    const [leaf, size, path] = INCLUSION[2] as [number, number, string[]];
    const index = leaf - 1;
    const lh = leafHash(LEAVES[index] as Buffer);
    const root = hex(ROOTS[size] as string);
    const proof = path.map(hex);
    const bad: [string, boolean][] = [
      ["index - 1", verifyInclusion(index - 1, size, lh, proof, root)],
      ["index + 1", verifyInclusion(index + 1, size, lh, proof, root)],
      ["index ^ 2", verifyInclusion(index ^ 2, size, lh, proof, root)],
      ["size * 2", verifyInclusion(index, size * 2, lh, proof, root)],
      ["size / 2", verifyInclusion(index, size / 2, lh, proof, root)],
      ["wrong leaf", verifyInclusion(index, size, leafHash(Buffer.from("WrongLeaf")), proof, root)],
      ["empty root", verifyInclusion(index, size, lh, proof, EMPTY_ROOT)],
      ["trailing root", verifyInclusion(index, size, lh, [...proof, root], root)],
      ["preceding root", verifyInclusion(index, size, lh, [root, ...proof], root)],
      ["removed component", verifyInclusion(index, size, lh, proof.slice(0, -1), root)],
      ["short component", verifyInclusion(index, size, lh, [...proof.slice(0, -1), Buffer.alloc(31)], root)],
    ];
    for (let i = 0; i < proof.length; i++) {
      const flipped = proof.map((p) => Buffer.from(p));
      const f = flipped[i] as Buffer;
      f[0] = (f[0] as number) ^ 8;
      bad.push([`flipped bit in ${i}`, verifyInclusion(index, size, lh, flipped, root)]);
    }
    expect(bad.filter(([, ok]) => ok).map(([d]) => d)).toEqual([]);
    expect(rootFromInclusion(0, 0, lh, [])).toBeUndefined();
  });

  it("the corruptions transparency-dev's verifier refuses are refused (consistency)", () => {
    const [m, n, p] = CONSISTENCY[2] as [number, number, string[]];
    const r1 = hex(ROOTS[m] as string);
    const r2 = hex(ROOTS[n] as string);
    const proof = p.map(hex);
    const bad: [string, boolean][] = [
      ["size1 - 1", verifyConsistency(m - 1, n, r1, r2, proof)],
      ["size1 + 1", verifyConsistency(m + 1, n, r1, r2, proof)],
      ["size1 ^ 2", verifyConsistency(m ^ 2, n, r1, r2, proof)],
      ["size2 * 2", verifyConsistency(m, n * 2, r1, r2, proof)],
      ["size2 / 2", verifyConsistency(m, n / 2, r1, r2, proof)],
      ["wrong root1", verifyConsistency(m, n, Buffer.from("WrongRoot"), r2, proof)],
      ["wrong root2", verifyConsistency(m, n, r1, Buffer.from("WrongRoot"), proof)],
      ["swapped roots", verifyConsistency(m, n, r2, r1, proof)],
      ["empty proof", verifyConsistency(m, n, r1, r2, [])],
      ["trailing root1", verifyConsistency(m, n, r1, r2, [...proof, r1])],
      ["preceding root2", verifyConsistency(m, n, r1, r2, [r2, ...proof])],
      ["preceding proof[0]", verifyConsistency(m, n, r1, r2, [proof[0] as Buffer, ...proof])],
      ["truncated", verifyConsistency(m, n, r1, r2, proof.slice(0, -1))],
    ];
    for (let i = 0; i < proof.length; i++) {
      const flipped = proof.map((x) => Buffer.from(x));
      const f = flipped[i] as Buffer;
      f[0] = (f[0] as number) ^ 16;
      bad.push([`flipped bit in ${i}`, verifyConsistency(m, n, r1, r2, flipped)]);
    }
    expect(bad.filter(([, ok]) => ok).map(([d]) => d)).toEqual([]);
    // The trivial cases of transparency-dev's TestVerifyConsistency.
    expect(verifyConsistency(0, 1, Buffer.from("a"), Buffer.from("b"), [])).toBe(true);
    expect(verifyConsistency(1, 1, r1, r1, [])).toBe(true);
    expect(verifyConsistency(1, 1, r1, r2, [])).toBe(false);
    expect(verifyConsistency(2, 1, r1, r2, [])).toBe(false);
    expect(verifyConsistency(1, 1, r1, r1, [EMPTY_ROOT])).toBe(false);
  });

  it("every proof of every pair in trees up to 40 leaves verifies, and only against its own roots", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 6 }), { minLength: 1, maxLength: 40 }), (inputs) => {
        const t = new MerkleTree(inputs.map(leafHash));
        const n = t.size;
        for (let i = 0; i < n; i++) {
          const path = t.inclusionProof(i);
          expect(verifyInclusion(i, n, t.leaves[i] as Buffer, path, t.root())).toBe(true);
        }
        for (let m = 0; m <= n; m++) {
          const proof = t.consistencyProof(m, n);
          expect(verifyConsistency(m, n, t.root(m), t.root(n), proof)).toBe(true);
          if (m > 0 && m < n)
            expect(verifyConsistency(m, n, nodeHash(t.root(m), t.root(m)), t.root(n), proof)).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("the ledger's leaves (SPEC.md §10.1)", () => {
  it("are the lines as written without LF or CR LF; blank lines are not leaves", () => {
    const lf = Buffer.from('{"seq":1}\n{"seq":2}\n');
    const crlf = Buffer.from('{"seq":1}\r\n\r\n{"seq":2}\r\n  \n');
    expect(ledgerLeafData(lf).map(String)).toEqual(['{"seq":1}', '{"seq":2}']);
    expect(ledgerLeafData(crlf).map(String)).toEqual(['{"seq":1}', '{"seq":2}']);
    expect(ledgerTree(crlf).root().equals(ledgerTree(lf).root())).toBe(true);
    // No final newline: the last line is still a leaf.
    expect(ledgerLeafData(Buffer.from('{"seq":1}')).map(String)).toEqual(['{"seq":1}']);
    expect(ledgerTree(Buffer.alloc(0)).root().equals(EMPTY_ROOT)).toBe(true);
  });
});
