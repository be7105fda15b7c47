/**
 * The one rule for every reason a person types (`--reason` of `draw --redraw` and `substitute`),
 * the same as the workspace's own reasons (plans.schema.json: exclusions and cap overrides,
 * minLength 2): at least two characters once trimmed, counted as Unicode characters, so that
 * “注销” (closed) is enough and a lone “x” is not.
 */
export const MIN_REASON_LENGTH = 2;

export type ReasonCheck =
  | { ok: true; reason: string }
  | { ok: false; code: "reason-missing"; params: { option: string; min: number } }
  | { ok: false; code: "reason-too-short"; params: { option: string; reason: string; length: number; min: number } };

/** The trimmed reason, or why it is refused: missing (not given) or too short (given, but under the minimum). */
export function checkReason(raw: string | undefined, option = "--reason"): ReasonCheck {
  if (raw === undefined) return { ok: false, code: "reason-missing", params: { option, min: MIN_REASON_LENGTH } };
  const reason = raw.trim();
  const length = [...reason].length;
  if (length < MIN_REASON_LENGTH)
    return { ok: false, code: "reason-too-short", params: { option, reason, length, min: MIN_REASON_LENGTH } };
  return { ok: true, reason };
}
