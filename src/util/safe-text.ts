/* eslint-disable no-control-regex -- these patterns are there to find control characters */
/**
 * Text from the registries, a record or the command line may hold anything: a BEL, an escape
 * sequence that rewrites the terminal, a lone surrogate, a bidi override that reverses what a
 * public list shows. Validation refuses such characters in every text field; these functions make
 * every writer safe whatever reaches it (a record edited by hand, --no-verify), each for its
 * medium: XML-based documents (DOCX, HTML), plain files (CSV, Markdown), the terminal.
 */

/** C0 and C1 controls but TAB and LF, DEL, bidi embeddings, overrides and isolates, U+FFFE/FFFF, lone surrogates. */
const FORBIDDEN_MULTI_LINE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/u;
/** The same, and no line break of any kind (LF, TAB, U+2028, U+2029) in a one-line field. */
const FORBIDDEN_SINGLE_LINE =
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/u;

/**
 * The same ranges without the `u` flag: a quick test that passes almost every text (a surrogate
 * pair, which it cannot tell from a lone surrogate, goes on to the exact test).
 */
const MAYBE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/;

/** The first character a field may not hold, with its index, or undefined. */
export function forbiddenCharacter(text: string, multiLine: boolean): { index: number; char: string } | undefined {
  if (!MAYBE_FORBIDDEN.test(text)) return undefined;
  const match = (multiLine ? FORBIDDEN_MULTI_LINE : FORBIDDEN_SINGLE_LINE).exec(text);
  return match ? { index: match.index, char: match[0] } : undefined;
}

/** "U+0007": how a message names a character nobody can see. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

// Global versions for replacing. Under the `u` flag a surrogate pair is one character, so the
// range \ud800-\udfff matches only a lone surrogate.
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff\ud800-\udfff]/gu;
const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/gu;

/**
 * Text that every document format can carry: what XML 1.0 forbids (most C0 controls, U+FFFE/FFFF,
 * lone surrogates) and the C1 controls become U+FFFD, a visible mark that something was there; CR
 * and CRLF become LF. Linear in the text.
 */
export function documentText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(XML_ILLEGAL, "\ufffd");
}

/** The same over every string of a value (a document model, a record): keys and values alike. */
export function documentValue<T>(value: T): T {
  return mapStrings(value, documentText) as T;
}

function mapStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === "string") return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[fn(k)] = mapStrings(v, fn);
    return out;
  }
  return value;
}

/**
 * Text for one line of a terminal: every control character (escape sequences, CR, LF, bidi
 * controls) shown as an escape (`\n`, `\u001b`) so that it can neither rewrite the screen nor split
 * a `file:line:col` line; cut to `max` characters with an ellipsis.
 */
export function terminalText(text: string, max = 300): string {
  const shown = clip(text, max);
  return shown.replace(TERMINAL_UNSAFE, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\t") return "\\t";
    if (c === "\r") return "\\r";
    return `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
  });
}

/** At most `max` characters (code points), the rest replaced by "…"; a surrogate pair is never cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
