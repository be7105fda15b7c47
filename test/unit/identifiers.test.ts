import { describe, expect, it } from "vitest";
import {
  checkCreditCode,
  checkResidentId,
  creditCodeCheckChar,
  residentIdCheckDigit,
} from "../../src/registries/identifiers.js";

describe("unified social credit code (GB 32100-2015)", () => {
  // Published codes whose check characters are known to be right.
  it.each(["91350100M000100Y43", "91110000802100433B", "91440300708461136T"])("accepts %s", (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true });
  });

  it("names the expected check character when it is wrong", () => {
    expect(checkCreditCode("91350100M000100Y44")).toEqual({ ok: false, malformed: false, expected: "3" });
  });

  it("refuses letters outside the alphabet (I, O, S, V, Z)", () => {
    expect(checkCreditCode("91350100M000100YO3")).toEqual({ ok: false, malformed: true });
    expect(checkCreditCode("9135")).toEqual({ ok: false, malformed: true });
  });

  it("computes the check character from the weights", () => {
    // Σ value·weight for 17 zeros is 0 → (31 − 0) mod 31 = 0.
    expect(creditCodeCheckChar("00000000000000000")).toBe("0");
    expect(creditCodeCheckChar("91350100M000100Y4")).toBe("3");
  });
});

describe("resident ID number (GB 11643-1999)", () => {
  it("accepts the standard's example and names the right digit otherwise", () => {
    expect(checkResidentId("11010519491231002X")).toEqual({ ok: true });
    expect(residentIdCheckDigit("11010519491231002")).toBe("X");
    expect(checkResidentId("110105194912310021")).toEqual({ ok: false, expected: "X" });
  });
});
