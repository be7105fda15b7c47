import type { IsoDate } from "../util/dates.js";

/**
 * The periods of the bulletins (实施方案 三(二): 季度、半年度工作通报), and the year's: 2026Q1..Q4,
 * 2026H1/H2, 2026. Each is a run of calendar quarters of one year.
 */
export interface Period {
  id: string;
  year: number;
  kind: "quarter" | "half" | "year";
  /** The quarters it covers, 1–4, ascending. */
  quarters: number[];
  from: IsoDate;
  to: IsoDate;
}

const quarterFrom = ["01-01", "04-01", "07-01", "10-01"];
const quarterTo = ["03-31", "06-30", "09-30", "12-31"];

/** "2026Q2" → the period; undefined for anything else (the command says what is allowed). */
export function parsePeriod(text: string): Period | undefined {
  const m = /^(\d{4})(?:([QqHh])([1-4]))?$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return undefined;
  const letter = m[2]?.toUpperCase();
  const n = Number(m[3]);
  if (letter === "H" && n > 2) return undefined;
  const quarters = letter === "Q" ? [n] : letter === "H" ? (n === 1 ? [1, 2] : [3, 4]) : [1, 2, 3, 4];
  return periodOf(year, letter === "Q" ? "quarter" : letter === "H" ? "half" : "year", quarters);
}

function periodOf(year: number, kind: Period["kind"], quarters: number[]): Period {
  const first = quarters[0] as number;
  const last = quarters[quarters.length - 1] as number;
  const id = kind === "quarter" ? `${year}Q${first}` : kind === "half" ? `${year}H${first === 1 ? 1 : 2}` : `${year}`;
  return { id, year, kind, quarters, from: `${year}-${quarterFrom[first - 1]}`, to: `${year}-${quarterTo[last - 1]}` };
}

export const quarterPeriod = (year: number, q: number): Period => periodOf(year, "quarter", [q]);

export const inPeriod = (p: { from: IsoDate; to: IsoDate }, date: IsoDate): boolean => date >= p.from && date <= p.to;
