import type { EntrySpans } from "./yaml-source.js";

/**
 * The fastest data path of issue 13: a reader of the plain block YAML that registries are written
 * in (and that checkonce itself writes), line by line, two to three times faster than js-yaml. It
 * reads only what it is sure of and declines everything else, which then goes to js-yaml or to
 * `yaml` as before (util/yaml-fast.ts). It also finds where a node starts (locateLines), for the
 * position of a finding. Read:
 *
 * - block mappings whose keys are plain names (`id`, `creditGrade`, `complaints12m`, `valid-to`);
 * - block sequences (`- ` entries, a mapping may start on the dash's line, `- - a` nests);
 * - values on one line: plain scalars (resolved by `yaml`'s core schema, CORE_SCALARS below),
 *   double-quoted scalars with JSON's escapes, single-quoted scalars, and flow mappings and
 *   sequences (`{ lat: 35.08, lng: 110.45 }`, `[综合执法, 食品]`, `{ tier: focus, grades: [D] }`);
 * - comments and blank lines.
 *
 * Declined (the whole file): a tab or carriage return anywhere; a character js-yaml refuses; a
 * key that is quoted, not a plain name, over 1,000 characters, `__proto__`, or one that the core
 * schema would read as something other than text (`true`, `null`); a duplicate key; a block
 * scalar (`|`, `>`); a scalar or flow collection over several lines; an empty or unpaired entry
 * in a flow collection (`[a, ]`, `{ a }`, `[a: b]`); anything starting with an indicator (`&`, `*`, `!`, `%`, `@`, `?`, `:`, `` ` ``); a plain scalar
 * holding `: `; an escape outside JSON's (`\x`, `\0`, `\u` and the like); a document marker; and any
 * indentation that is not one of the open blocks'. A text that reads at all reads as one document.
 */

/** A plain scalar's type in YAML 1.2's core schema as `yaml` resolves it: what it may start with, its pattern, its value. */
export interface CoreScalar {
  name: "null" | "bool" | "int" | "float";
  starts: string;
  pattern: RegExp;
  construct: (s: string) => unknown;
}

export const CORE_SCALARS: readonly CoreScalar[] = [
  { name: "null", starts: "~nN", pattern: /^(?:~|[Nn]ull|NULL)?$/, construct: () => null },
  {
    name: "bool",
    starts: "tTfF",
    pattern: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    construct: (s) => s[0] === "t" || s[0] === "T",
  },
  // yaml's core int: decimal, 0o octal, 0x hexadecimal, read by parseInt as yaml does.
  {
    name: "int",
    starts: "+-0123456789",
    pattern: /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/,
    construct: (s) =>
      s.startsWith("0o") ? parseInt(s.slice(2), 8) : s.startsWith("0x") ? parseInt(s.slice(2), 16) : parseInt(s, 10),
  },
  {
    name: "float",
    starts: "+-.0123456789",
    pattern:
      /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    // The pattern has matched: a name ends in n (NaN) or f (infinity), a number in a digit or a dot.
    construct: (s) => {
      const last = s.charCodeAt(s.length - 1) | 0x20;
      if (last === 0x6e) return NaN;
      if (last === 0x66) return s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      return parseFloat(s);
    },
  },
];

/** The core types a plain scalar may be, by its first character (ASCII); one starting otherwise is text. */
const TYPES_BY_START: (readonly CoreScalar[] | undefined)[] = Array.from({ length: 128 }, (_, code) => {
  const types = CORE_SCALARS.filter((t) => t.starts.includes(String.fromCharCode(code)));
  return types.length > 0 ? types : undefined;
});

/** A plain scalar's value by the core schema (an empty one is null). */
export function plainScalar(s: string): unknown {
  if (s === "") return null;
  const types = TYPES_BY_START[s.charCodeAt(0)];
  if (types === undefined) return s;
  for (const type of types) if (type.pattern.test(s)) return type.construct(s);
  return s;
}

const [SPACE, HASH, DASH, COLON, COMMA, DQUOTE, SQUOTE, BACKSLASH] = [0x20, 0x23, 0x2d, 0x3a, 0x2c, 0x22, 0x27, 0x5c];
const [BRACKET_OPEN, BRACKET_CLOSE, BRACE_OPEN, BRACE_CLOSE] = [0x5b, 0x5d, 0x7b, 0x7d];
/** Characters a plain scalar may not start with here (`-` is looked at on its own). */
const INDICATOR = new Set([..."?:,[]{}#&*!|>%@`"].map((c) => c.charCodeAt(0)));
/** The escapes of a double-quoted scalar that mean the same in JSON (JSON.parse reads them). */
const JSON_ESCAPE = new Set([...'"\\/bfnrt'].map((c) => c.charCodeAt(0)));
/** Keys the core schema reads as a boolean or null (as keys both parsers give the text, but not alike for null). */
const TYPED_KEY = new Set(["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL"]);
const MAX_KEY = 1000;
/**
 * Nesting past this is declined (registries nest fewer than ten levels), as js-yaml refuses nesting
 * past its maxDepth, also 100. Not the stack: yaml runs out of its stack at some 800 to 1,000
 * levels, depending on the stack it is called with, and this reader only at about 4,000; in
 * between it would read what yaml refuses as too deep.
 */
export const MAX_DEPTH = 100;

/** Thrown inside the reader when the text is not one it reads; caught by parseLines. */
const DECLINE = Symbol("decline");

/**
 * The data of a text in the subset above, and for each list of its top mapping the first and last
 * line of every entry (what yaml-fast's scanEntrySpans finds from the indentation), or undefined
 * when it declines. The text is one decoded from UTF-8 (Buffer#toString: no lone surrogates).
 */
export function parseLines(text: string): { data: unknown; entries: EntrySpans } | undefined {
  const read = readLines(text);
  return read && { data: read.data, entries: read.entries };
}

/**
 * Where the node a pointer names starts in a text the line reader reads, as yaml finds it
 * (locateNode in util/yaml-source.ts): the value, or with mode "key" the key; the nearest
 * existing parent when part of the path is missing. Undefined when the reader declines the text,
 * or when the node is a null written as nothing (yaml places that by rules of its own). With the
 * text's data, for the caller to check what it read.
 */
export function locateLines(
  text: string,
  segments: readonly string[],
  mode: "value" | "key",
): { data: unknown; line: number; col: number } | undefined {
  const places = new WeakMap<object, Places>();
  const read = readLines(text, places);
  if (!read) return undefined;
  let node = read.data;
  let best = read.at;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    const here = node !== null && typeof node === "object" ? places.get(node) : undefined;
    if (here instanceof Map) {
      const place = here.get(segment);
      if (!place) break;
      if (i === segments.length - 1 && mode === "key") {
        best = place[0];
        break;
      }
      if (place[1] < 0) return undefined;
      node = (node as Record<string, unknown>)[segment];
      best = place[1];
    } else if (Array.isArray(here)) {
      // As yaml's locateNode: the entry Number(segment), if there is one.
      const place = here[Number(segment)];
      if (place === undefined) break;
      if (place < 0) return undefined;
      node = (node as unknown[])[Number(segment)];
      best = place;
    } else break;
  }
  const lineStart = text.lastIndexOf("\n", best - 1) + 1;
  let line = 1;
  for (let at = text.indexOf("\n"); at >= 0 && at < best; at = text.indexOf("\n", at + 1)) line++;
  return { data: read.data, line, col: best - lineStart + 1 };
}

/** The data of a text and where its first node starts, or undefined when the reader declines it. */
function readLines(
  text: string,
  places?: WeakMap<object, Places>,
): { data: unknown; at: number; entries: EntrySpans } | undefined {
  if (text.includes("\t") || text.includes("\r") || text.includes("\uFEFF") || NON_PRINTABLE.test(text))
    return undefined;
  const reader = new LineReader(text, places);
  try {
    reader.nextContent(0);
    if (reader.eof) return undefined;
    const at = reader.first;
    const entries: EntrySpans = {};
    const data = reader.block(reader.indent, entries);
    return reader.eof ? { data, at, entries } : undefined;
  } catch (error) {
    // DECLINE, or a RangeError from nesting deeper than the stack: the slower parsers say what it is.
    if (error === DECLINE || error instanceof RangeError || error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/**
 * What js-yaml refuses as non-printable (its PATTERN_NON_PRINTABLE): C0 controls but tab, line feed
 * and carriage return (both declined on their own anyway), DEL, C1 controls but NEL, U+FFFE and
 * U+FFFF. js-yaml's pattern also refuses lone surrogates, which a text decoded from UTF-8 never holds.
 */
// eslint-disable-next-line no-control-regex -- the pattern is there to find control characters
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

/**
 * Where the nodes of a mapping or sequence start (offsets in the text): for a mapping, each key's
 * and its value's; for a sequence, each entry's. -1: a null written as nothing, which has no place
 * of its own to point at.
 */
type Places = Map<string, readonly [number, number]> | number[];

class LineReader {
  /** The current line: where it starts, where its content starts (after the indentation, or a dash), where it ends. */
  lineStart = 0;
  first = 0;
  end = 0;
  /** The column of `first`: the indentation, or where the content after a `- ` starts. */
  indent = -1;
  eof = false;
  /** Where the last flow node read ends. */
  pos = 0;
  /** How many blocks and flow collections are open. */
  depth = 0;
  /** The number of the current line (from 1), and of the line with content before it. */
  line = 0;
  lastLine = 0;
  private readonly keys = new Map<number, string>();

  /** `places`: where to note where every node starts, for locateLines; undefined when parsing for the data alone. */
  constructor(
    private readonly text: string,
    private readonly places?: WeakMap<object, Places>,
  ) {}

  /** The places of a new mapping's or sequence's nodes, when they are noted. */
  placesOf<T extends Places>(node: object, places: T): T | undefined {
    if (!this.places) return undefined;
    this.places.set(node, places);
    return places;
  }

  /** Moves to the first line from `at` that holds more than spaces and a comment. */
  nextContent(at: number): void {
    const text = this.text;
    this.lastLine = this.line;
    let line = this.line;
    while (at < text.length) {
      line++;
      let end = text.indexOf("\n", at);
      if (end < 0) end = text.length;
      let first = at;
      while (first < end && text.charCodeAt(first) === SPACE) first++;
      if (first < end && text.charCodeAt(first) !== HASH) {
        this.lineStart = at;
        this.first = first;
        this.end = end;
        this.indent = first - at;
        this.line = line;
        return;
      }
      at = end + 1;
    }
    this.eof = true;
    this.indent = -1;
  }

  advance(): void {
    this.nextContent(this.end + 1);
  }

  /**
   * The block that starts on the current line, at `indent`: a sequence or a mapping. `spans`, for
   * the document's own mapping: each of its lists' entries' lines (yaml-source's EntrySpans).
   */
  block(indent: number, spans?: EntrySpans): unknown {
    if (++this.depth > MAX_DEPTH) throw DECLINE;
    const value = this.isDash() ? this.sequence(indent) : this.mapping(indent, spans);
    this.depth--;
    return value;
  }

  isDash(): boolean {
    const at = this.first;
    return this.text.charCodeAt(at) === DASH && (at + 1 === this.end || this.text.charCodeAt(at + 1) === SPACE);
  }

  /** A block sequence; `lines`, when given, gets each entry's first and last line with content. */
  sequence(indent: number, lines?: number[]): unknown[] {
    const text = this.text;
    const list: unknown[] = [];
    const places = this.placesOf<number[]>(list, []);
    while (!this.eof && this.indent === indent && this.isDash()) {
      lines?.push(this.line);
      let at = this.first + 1;
      while (at < this.end && text.charCodeAt(at) === SPACE) at++;
      if (at === this.end || text.charCodeAt(at) === HASH) {
        this.advance();
        const nested = !this.eof && this.indent > indent;
        places?.push(nested ? this.first : -1);
        list.push(nested ? this.block(this.indent) : null);
      } else {
        // The entry's content as a line of its own, indented to where it starts.
        this.first = at;
        this.indent = at - this.lineStart;
        places?.push(at);
        if (this.isDash() || this.keyEnd() >= 0) list.push(this.block(this.indent));
        else {
          list.push(this.inline());
          this.advance();
        }
      }
      lines?.push(this.lastLine);
      if (!this.eof && this.indent > indent) throw DECLINE;
    }
    return list;
  }

  mapping(indent: number, spans?: EntrySpans): Record<string, unknown> {
    const text = this.text;
    const map: Record<string, unknown> = {};
    const places = this.placesOf(map, new Map<string, readonly [number, number]>());
    while (!this.eof && this.indent === indent) {
      if (this.isDash()) throw DECLINE;
      const colon = this.keyEnd();
      if (colon < 0) throw DECLINE;
      const key = this.key(this.first, colon);
      if (Object.hasOwn(map, key)) throw DECLINE;
      const keyAt = this.first;
      let at = colon + 1;
      while (at < this.end && text.charCodeAt(at) === SPACE) at++;
      if (at === this.end || text.charCodeAt(at) === HASH) {
        this.advance();
        const nested = !this.eof && (this.indent > indent || (this.indent === indent && this.isDash()));
        places?.set(key, [keyAt, nested ? this.first : -1]);
        // Entries' lines of a list of the top mapping at the margin (as scanEntrySpans finds them).
        const lines = spans && indent === 0 && nested && this.isDash() ? [] : undefined;
        if (!this.eof && this.indent > indent)
          map[key] = lines ? this.sequence(this.indent, lines) : this.block(this.indent);
        else if (nested) map[key] = this.sequence(indent, lines);
        else map[key] = null;
        if (spans && lines) spans[key] = lines;
      } else {
        places?.set(key, [keyAt, at]);
        this.first = at;
        const value = (map[key] = this.inline());
        // An empty list has no entries to place (as yaml-source's spans say); a list on one line none.
        if (spans && Array.isArray(value) && value.length === 0) spans[key] = [];
        this.advance();
      }
    }
    if (!this.eof && this.indent > indent) throw DECLINE;
    return map;
  }

  /**
   * The key from `start` to `colon`, as the same string each time it recurs (found by its first
   * character and length, compared in place): a registry repeats a dozen names a million times, and
   * a string already used as a key is looked up without being hashed again.
   */
  key(start: number, colon: number): string {
    const slot = (this.text.charCodeAt(start) << 10) | (colon - start);
    const known = this.keys.get(slot);
    if (known !== undefined && this.text.startsWith(known, start)) return known;
    const key = this.text.slice(start, colon);
    if (TYPED_KEY.has(key) || key === "__proto__") throw DECLINE;
    this.keys.set(slot, key);
    return key;
  }

  /** Where the colon of a `name:` key at `start` is (followed by a space or the line's end), or -1. */
  keyEnd(start = this.first): number {
    const text = this.text;
    const end = Math.min(this.end, start + MAX_KEY);
    let at = start;
    const c = text.charCodeAt(at);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f)) return -1;
    for (at++; at < end; at++) {
      const d = text.charCodeAt(at);
      if (
        (d >= 0x61 && d <= 0x7a) ||
        (d >= 0x41 && d <= 0x5a) ||
        (d >= 0x30 && d <= 0x39) ||
        d === 0x5f ||
        d === DASH
      ) {
        continue;
      }
      break;
    }
    if (text.charCodeAt(at) !== COLON) return -1;
    return at + 1 === this.end || text.charCodeAt(at + 1) === SPACE ? at : -1;
  }

  /** The value that takes up the rest of the current line from `first`. */
  inline(): unknown {
    const at = this.first;
    const c = this.text.charCodeAt(at);
    if (c !== DQUOTE && c !== SQUOTE && c !== BRACE_OPEN && c !== BRACKET_OPEN) return this.plain(at);
    const value = this.flowNode(at);
    this.rest(this.pos);
    return value;
  }

  /** Only spaces, perhaps then a comment, from `at` to the line's end. */
  rest(at: number): void {
    const text = this.text;
    const from = at;
    while (at < this.end && text.charCodeAt(at) === SPACE) at++;
    if (at < this.end && !(at > from && text.charCodeAt(at) === HASH)) throw DECLINE;
  }

  /** A plain scalar in block context: up to a comment or the line's end, with no `: ` inside. */
  plain(start: number): unknown {
    const text = this.text;
    const c = text.charCodeAt(start);
    if (INDICATOR.has(c) || (c === DASH && (start + 1 === this.end || text.charCodeAt(start + 1) === SPACE))) {
      throw DECLINE;
    }
    let end = this.end;
    for (let at = start + 1; at < this.end; at++) {
      const d = text.charCodeAt(at);
      if (d === HASH && text.charCodeAt(at - 1) === SPACE) {
        end = at;
        break;
      }
      if (d === COLON && (at + 1 === this.end || text.charCodeAt(at + 1) === SPACE)) throw DECLINE;
    }
    while (text.charCodeAt(end - 1) === SPACE) end--;
    return plainScalar(text.slice(start, end));
  }

  /**
   * A node in flow style on the current line, from `start`: a quoted scalar, a flow mapping or
   * sequence, or (inside one, up to `,` or `close`) a plain scalar. Leaves `pos` just after it.
   */
  flowNode(start: number, close = -1): unknown {
    const c = this.text.charCodeAt(start);
    if (c === DQUOTE || c === SQUOTE) return this.quoted(start);
    if (c === BRACE_OPEN) return this.flowMapping(start);
    if (c === BRACKET_OPEN) return this.flowSequence(start);
    return this.flowPlain(start, close);
  }

  /** A quoted scalar on one line, from its opening quote. */
  quoted(start: number): string {
    const text = this.text;
    const quote = text.charCodeAt(start);
    let escaped = false;
    for (let at = start + 1; at < this.end; at++) {
      const d = text.charCodeAt(at);
      if (quote === DQUOTE && d === BACKSLASH) {
        if (!JSON_ESCAPE.has(text.charCodeAt(at + 1))) throw DECLINE;
        escaped = true;
        at++;
      } else if (d === quote) {
        if (quote === SQUOTE && text.charCodeAt(at + 1) === SQUOTE) {
          escaped = true;
          at++;
          continue;
        }
        this.pos = at + 1;
        const inner = text.slice(start + 1, at);
        if (!escaped) return inner;
        return quote === DQUOTE ? (JSON.parse(text.slice(start, at + 1)) as string) : inner.replaceAll("''", "'");
      }
    }
    throw DECLINE;
  }

  /** `{ name: value, … }` on one line. */
  flowMapping(start: number): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) throw DECLINE;
    const text = this.text;
    const map: Record<string, unknown> = {};
    const places = this.placesOf(map, new Map<string, readonly [number, number]>());
    let at = this.skipSpaces(start + 1);
    if (text.charCodeAt(at) !== BRACE_CLOSE) {
      for (;;) {
        const colon = this.keyEnd(at);
        if (colon < 0) throw DECLINE;
        const key = this.key(at, colon);
        if (Object.hasOwn(map, key)) throw DECLINE;
        const valueAt = this.skipSpaces(colon + 1);
        places?.set(key, [at, valueAt]);
        map[key] = this.flowNode(valueAt, BRACE_CLOSE);
        at = this.skipSpaces(this.pos);
        const d = text.charCodeAt(at);
        if (d === BRACE_CLOSE) break;
        if (d !== COMMA) throw DECLINE;
        at = this.skipSpaces(at + 1);
      }
    }
    this.pos = at + 1;
    this.depth--;
    return map;
  }

  /** `[value, …]` on one line. */
  flowSequence(start: number): unknown[] {
    if (++this.depth > MAX_DEPTH) throw DECLINE;
    const text = this.text;
    const list: unknown[] = [];
    const places = this.placesOf<number[]>(list, []);
    let at = this.skipSpaces(start + 1);
    if (text.charCodeAt(at) !== BRACKET_CLOSE) {
      for (;;) {
        places?.push(at);
        list.push(this.flowNode(at, BRACKET_CLOSE));
        at = this.skipSpaces(this.pos);
        const d = text.charCodeAt(at);
        if (d === BRACKET_CLOSE) break;
        if (d !== COMMA) throw DECLINE;
        at = this.skipSpaces(at + 1);
      }
    }
    this.pos = at + 1;
    this.depth--;
    return list;
  }

  /** A plain scalar inside a flow collection, up to `,` or `close`, with no other indicator in it. */
  flowPlain(start: number, close: number): unknown {
    const text = this.text;
    const c = text.charCodeAt(start);
    const next = text.charCodeAt(start + 1);
    if (close < 0 || start >= this.end || INDICATOR.has(c) || (c === DASH && !(next >= 0x30 && next <= 0x39))) {
      throw DECLINE;
    }
    let at = start;
    for (; at < this.end; at++) {
      const d = text.charCodeAt(at);
      if (d === COMMA || d === close) break;
      if (
        d === COLON ||
        d === HASH ||
        d === BRACKET_OPEN ||
        d === BRACKET_CLOSE ||
        d === BRACE_OPEN ||
        d === BRACE_CLOSE
      ) {
        throw DECLINE;
      }
    }
    this.pos = at;
    let end = at;
    while (text.charCodeAt(end - 1) === SPACE) end--;
    return plainScalar(text.slice(start, end));
  }

  skipSpaces(at: number): number {
    while (at < this.end && this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }
}
