import type { MessageParams } from "../i18n/messages.js";
import type { DrawMessageKey } from "../i18n/messages-draw.js";
import type { InputMessageKey } from "../i18n/messages-input.js";

/** A draw that cannot go ahead (infeasible, refused, unknown campaign): nothing is written. */
export class DrawError extends Error {
  constructor(
    readonly key: DrawMessageKey | InputMessageKey,
    readonly params: MessageParams = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
  }
}
