/** GB 32100-2015 unified social credit code: the alphabet, by value. */
const CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeCheck =
  { ok: true } | { ok: false; malformed: true } | { ok: false; malformed: false; expected: string };

export function creditCodeCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * (CREDIT_WEIGHTS[i] as number);
  }
  return CREDIT_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Eighteen characters of the alphabet above (no I, O, S, V, Z). */
const CREDIT_CODE_SHAPE = /^[0-9A-HJ-NP-RTUWXY]{18}$/;

export function checkCreditCode(code: string): CreditCodeCheck {
  if (!CREDIT_CODE_SHAPE.test(code)) return { ok: false, malformed: true };
  const expected = creditCodeCheckChar(code.slice(0, 17)) as string;
  return expected === code.charAt(17) ? { ok: true } : { ok: false, malformed: false, expected };
}

/** GB 11643-1999 resident ID number. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export function residentIdCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (ID_WEIGHTS[i] as number);
  return "10X98765432".charAt(sum % 11);
}

export function checkResidentId(id: string): { ok: true } | { ok: false; expected: string } {
  if (!/^[0-9]{17}[0-9X]$/.test(id)) return { ok: false, expected: "?" };
  const expected = residentIdCheckDigit(id.slice(0, 17));
  return expected === id.charAt(17) ? { ok: true } : { ok: false, expected };
}
