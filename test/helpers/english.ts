/**
 * An English sentence: three or more ASCII words in a row (letters only, two or more each, joined by
 * single spaces), once what is not prose is taken out: code spans, paths and file names, option
 * names (--x), ids and codes (anything with a digit, a dash, a slash, a dot or an underscore),
 * `key:` of YAML and the command words a user types (checkonce …).
 */
export function englishSentences(text: string): string[] {
  const prose = text
    .replace(/`[^`]*`/g, " ")
    .replace(/checkonce( [a-z-]+)*/g, " ")
    .replace(/\S*[0-9/._\\-]\S*/g, " ")
    .replace(/\b[A-Za-z]+:/g, " ");
  return prose.match(/\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}\b/g) ?? [];
}
