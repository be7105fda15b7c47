import { createRequire } from "node:module";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ResolvedConfig } from "../registries/model.js";
import { addDays, isIsoDate, type IsoDate } from "../util/dates.js";

/** The official holidays and adjusted working days (调休) of chinese-days: its published JSON data. */
interface PackageData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

let packageData: PackageData | undefined;
function chineseDays(): PackageData {
  // The package documents dist/chinese-days.json as its data for non-JS users; reading it is all we need.
  packageData ??= createRequire(import.meta.url)("chinese-days/dist/chinese-days.json") as PackageData;
  return packageData;
}

/** A deadline fell in a year that neither the package nor checkonce.yaml covers: never guessed from weekdays. */
export class CalendarYearUnknown extends Error {
  constructor(readonly year: number) {
    super(`calendar-year-unknown ${year}`);
  }
}

export interface WorkingCalendar {
  /** Years whose holidays are known (package or checkonce.yaml), ascending. */
  readonly years: readonly number[];
  /** Throws CalendarYearUnknown for a day in a year it does not know. */
  isWorkingDay(date: IsoDate): boolean;
  /** The n-th working day after `date` (the day itself not counted): “within n working days of”. */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** `date` if it is a working day, else the next one (民法典 第二百零三条: a period ending on a holiday ends on the next working day). */
  onOrNextWorkingDay(date: IsoDate): IsoDate;
  /** Where a year's data comes from. */
  source(year: number): "package" | "config" | undefined;
}

/**
 * The working-day calendar: the package's years, with checkonce.yaml's `calendar` additions; a
 * year written in checkonce.yaml replaces the package's data for it (a correction, or a new year).
 */
export function workingCalendar(additions: NonNullable<ResolvedConfig["calendar"]>): WorkingCalendar {
  const data = chineseDays();
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  const sources = new Map<number, "package" | "config">();
  const configYears = new Set(additions.map((a) => a.year));
  for (const [date] of Object.entries(data.holidays)) {
    const year = Number(date.slice(0, 4));
    if (configYears.has(year)) continue;
    holidays.add(date);
    sources.set(year, "package");
  }
  for (const [date] of Object.entries(data.workdays)) {
    const year = Number(date.slice(0, 4));
    if (configYears.has(year)) continue;
    workdays.add(date);
    sources.set(year, "package");
  }
  for (const addition of additions) {
    sources.set(addition.year, "config");
    for (const h of addition.holidays) {
      if (!isIsoDate(h.from) || !isIsoDate(h.to)) continue;
      for (let d = h.from; d <= h.to; d = addDays(d, 1)) holidays.add(d);
    }
    for (const w of addition.workdays) workdays.add(w);
  }
  const isWorkingDay = (date: IsoDate): boolean => {
    const year = Number(date.slice(0, 4));
    if (!sources.has(year)) throw new CalendarYearUnknown(year);
    if (workdays.has(date)) return true;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !holidays.has(date);
  };
  return {
    years: [...sources.keys()].sort((a, b) => a - b),
    isWorkingDay,
    addWorkingDays(date, n) {
      let d = date;
      for (let counted = 0; counted < n;) {
        d = addDays(d, 1);
        if (isWorkingDay(d)) counted++;
      }
      return d;
    },
    onOrNextWorkingDay(date) {
      let d = date;
      while (!isWorkingDay(d)) d = addDays(d, 1);
      return d;
    },
    source: (year) => sources.get(year),
  };
}

/** The additions in checkonce.yaml: one entry per year, dates inside their year, periods in order. */
export function checkCalendarConfig(additions: NonNullable<ResolvedConfig["calendar"]>, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<number>();
  const add = (pointer: string, code: string, params: Diagnostic["params"]) =>
    out.push({ file, line: 0, col: 0, pointer, code, severity: "error", params });
  additions.forEach((a, i) => {
    if (seen.has(a.year)) add(`/calendar/${i}/year`, "calendar-year-twice", { year: a.year });
    seen.add(a.year);
    const inYear = (d: string) => d.startsWith(`${a.year}-`);
    a.holidays.forEach((h, j) => {
      if (!inYear(h.from) || !inYear(h.to))
        add(`/calendar/${i}/holidays/${j}`, "calendar-date-other-year", {
          date: inYear(h.from) ? h.to : h.from,
          year: a.year,
        });
      else if (h.to < h.from) add(`/calendar/${i}/holidays/${j}/to`, "period-reversed", { from: h.from, to: h.to });
    });
    a.workdays.forEach((w, j) => {
      if (!inYear(w)) add(`/calendar/${i}/workdays/${j}`, "calendar-date-other-year", { date: w, year: a.year });
    });
  });
  return out;
}
