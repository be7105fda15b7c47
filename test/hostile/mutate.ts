import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from "yaml";

/** A small seeded generator (xorshift32): a failing case is replayed from its seed and index. */
export class Random {
  private x: number;
  constructor(seed: number) {
    this.x = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    let x = this.x;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.x = x >>> 0;
    return this.x;
  }
  int(n: number): number {
    return this.next() % Math.max(1, n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() / 0x100000000 < p;
  }
  bytes(n: number): Buffer {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) out[i] = this.int(256);
    return out;
  }
}

/** Characters a hostile tester would try: controls, escapes, bidi overrides, NUL, noncharacters, surrogates. */
const NASTY = [
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\u202e",
  "\u2028",
  "\ufffe",
  "\ud800",
  "\r",
  "\t",
  "\n",
  "\\",
];
/** Values of every type and size a field may be given instead of what it expects. */
function nastyValue(r: Random): unknown {
  switch (r.int(12)) {
    case 0:
      return null;
    case 1:
      return -r.int(1e9);
    case 2:
      return 1e308 * (r.chance(0.5) ? 10 : 1);
    case 3:
      return [];
    case 4:
      return { __proto__x: 1, constructor: "x" };
    case 5:
      return "x".repeat(1 + r.int(300_000));
    case 6:
      return `名${r.pick(NASTY)}称`;
    case 7:
      return "2026-02-30";
    case 8:
      return true;
    case 9:
      return ["a", { b: [1, 2, { c: null }] }];
    case 10:
      return "../".repeat(1 + r.int(5)) + "etc/passwd";
    default:
      return r.bytes(1 + r.int(40)).toString("latin1");
  }
}

/** One random change to a YAML file's bytes: textual (any byte) or structural (a parsed node replaced). */
export function mutateYaml(bytes: Buffer, r: Random): { bytes: Buffer; how: string } {
  const text = bytes.toString("utf8");
  const lines = text.split("\n");
  const at = r.int(text.length + 1);
  switch (r.int(14)) {
    case 0: {
      const b = Buffer.from(bytes);
      if (b.length > 0) b[r.int(b.length)] = r.int(256);
      return { bytes: b, how: "flip a byte" };
    }
    case 1:
      return {
        bytes: Buffer.concat([bytes.subarray(0, at), r.bytes(1 + r.int(16)), bytes.subarray(at)]),
        how: "insert bytes",
      };
    case 2: {
      const len = 1 + r.int(200);
      return { bytes: Buffer.from(text.slice(0, at) + text.slice(at + len)), how: "delete a span" };
    }
    case 3: {
      const i = r.int(lines.length);
      const n = 1 + r.int(8);
      return {
        bytes: Buffer.from([...lines.slice(0, i + n), ...lines.slice(i, i + n), ...lines.slice(i + n)].join("\n")),
        how: "duplicate lines",
      };
    }
    case 4:
      return {
        bytes: Buffer.from(text.slice(0, at) + r.pick(NASTY) + text.slice(at)),
        how: "insert a control character",
      };
    case 5: {
      const i = r.int(lines.length);
      const line = lines[i] ?? "";
      const colon = line.indexOf(": ");
      if (colon < 0) return { bytes: Buffer.from(text + "\n"), how: "append a line break" };
      lines[i] = `${line.slice(0, colon + 2)}${"长".repeat(1 + r.int(100_000))}`;
      return { bytes: Buffer.from(lines.join("\n")), how: "a long value" };
    }
    case 6: {
      const i = r.int(lines.length);
      const line = lines[i] ?? "";
      const colon = line.indexOf(": ");
      const tag = r.pick(["!!python/object:os.system ", "!foo ", "!!binary ", "!!set ", "!!timestamp ", "!<tag:x> "]);
      lines[i] = colon < 0 ? `${tag}${line}` : `${line.slice(0, colon + 2)}${tag}${line.slice(colon + 2)}`;
      return { bytes: Buffer.from(lines.join("\n")), how: "a tag" };
    }
    case 7: {
      const i = r.int(lines.length);
      const j = r.int(lines.length);
      [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
      return { bytes: Buffer.from(lines.join("\n")), how: "swap lines" };
    }
    case 8: {
      const i = r.int(lines.length);
      lines[i] = r.chance(0.5) ? ` ${lines[i] ?? ""}` : (lines[i] ?? "").replace(/^ {1,2}/, "");
      return { bytes: Buffer.from(lines.join("\n")), how: "indentation" };
    }
    case 9:
      return { bytes: bytes.subarray(0, r.int(bytes.length)), how: "truncate" };
    case 10:
      return {
        bytes: r.pick([
          Buffer.from(text, "utf16le"),
          Buffer.alloc(0),
          Buffer.from("# only a comment\n"),
          Buffer.from("%YAML 1.1\n---\n" + text),
        ]),
        how: "encoding or emptiness",
      };
    case 11:
      return { bytes: Buffer.from(text + "\nbomb: &a [*a, *a]\nx: &b [&c [1], *c, *c]\n"), how: "aliases" };
    default:
      return structural(text, r);
  }
}

/** A node of the parsed file replaced, removed or given a sibling; written back with the yaml library. */
function structural(text: string, r: Random): { bytes: Buffer; how: string } {
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) return { bytes: Buffer.from(text), how: "unchanged (did not parse)" };
  const nodes: { parent: YamlNode; key: unknown }[] = [];
  const walk = (node: unknown) => {
    if (isMap(node))
      for (const pair of node.items) {
        nodes.push({ parent: node, key: isScalar(pair.key) ? pair.key.value : pair.key });
        walk(pair.value);
      }
    else if (isSeq(node))
      node.items.forEach((item, i) => {
        nodes.push({ parent: node, key: i });
        walk(item);
      });
  };
  walk(doc.contents);
  if (nodes.length === 0) return { bytes: Buffer.from(text), how: "unchanged (no node)" };
  const { parent, key } = r.pick(nodes);
  const op = r.int(3);
  const target = parent as unknown as { set: (k: unknown, v: unknown) => void; delete: (k: unknown) => void };
  if (op === 0) target.set(key, doc.createNode(nastyValue(r)));
  else if (op === 1) target.delete(key);
  else if (isMap(parent)) parent.set(doc.createNode(`unknown${r.int(100)}`), doc.createNode(nastyValue(r)));
  else target.set(key, doc.createNode(nastyValue(r)));
  return {
    bytes: Buffer.from(doc.toString({ lineWidth: 0 })),
    how: ["replace a node", "delete a node", "add a field"][op] as string,
  };
}
