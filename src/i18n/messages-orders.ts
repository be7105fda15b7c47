/**
 * The work orders' part of the message catalogue (merged into messages.ts): command messages and
 * every text printed in the documents, code → { en, zh }.
 */
export const ordersUi = {} satisfies Record<string, { en: string; zh: string }>;
