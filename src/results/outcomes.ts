import type { Outcome, Reason, Result } from "../generated/results.js";

export type { Outcome, Reason, Result };
export type ResultValues = Omit<Result, "amendments" | "reinspections">;

/** The outcomes of a joint inspection (issue 8; 实施方案 二(二)5: 行政处罚、移送其他行政机关、移送司法机关). */
export const outcomes: readonly Outcome[] = [
  "no-problem",
  "rectified-on-site",
  "rectification-ordered",
  "case-opened",
  "referred-admin",
  "referred-judicial",
  "not-inspectable",
];
export const reasons: readonly Reason[] = ["closed", "unreachable", "refused"];

/** A field a result may have to carry, by its outcome. */
export type NeededField = "signature" | "refusal" | "deadline" | "referredTo" | "reason" | "findings";

/** Outcomes that found a problem; a refusal to be inspected is itself a finding (issue 8). */
export function foundProblem(v: Pick<ResultValues, "outcome" | "reason">): boolean {
  return (
    v.outcome === "rectified-on-site" ||
    v.outcome === "rectification-ordered" ||
    v.outcome === "case-opened" ||
    v.outcome === "referred-admin" ||
    v.outcome === "referred-judicial" ||
    (v.outcome === "not-inspectable" && v.reason === "refused")
  );
}

/**
 * What each outcome needs: a signed record or a refusal with witness and recorder whenever the
 * object was inspected; a deadline, a referral target or a reason for the outcomes that name one;
 * findings in words whenever a problem was found.
 */
export function neededFields(v: Pick<ResultValues, "outcome" | "reason" | "signature">): NeededField[] {
  const out: NeededField[] = [];
  if (v.outcome !== "not-inspectable") out.push("signature");
  if (v.signature === "refused" || (v.outcome === "not-inspectable" && v.reason === "refused")) out.push("refusal");
  if (v.outcome === "rectification-ordered") out.push("deadline");
  if (v.outcome === "referred-admin") out.push("referredTo");
  if (v.outcome === "not-inspectable") out.push("reason");
  if (foundProblem(v)) out.push("findings");
  return out;
}

/** Fields that belong to one outcome only: given with another, they would be read as meant. */
export function unexpectedFields(v: ResultValues): ("deadline" | "referredTo" | "reason" | "signature")[] {
  const out: ("deadline" | "referredTo" | "reason" | "signature")[] = [];
  if (v.deadline !== undefined && v.outcome !== "rectification-ordered") out.push("deadline");
  if (v.referredTo !== undefined && v.outcome !== "referred-admin") out.push("referredTo");
  if (v.reason !== undefined && v.outcome !== "not-inspectable") out.push("reason");
  return out;
}

/**
 * The public categories of 双随机一公开 results (抽查结果公示, 企业信息公示暂行条例 第六条、第七条),
 * in the order of precedence used when one object has several departments' results: the most
 * serious one is the object's.
 */
export const publicCategories = [
  "refused-serious",
  "unreachable",
  "pending",
  "corrected",
  "no-activity",
  "no-problem",
] as const;
export type PublicCategory = (typeof publicCategories)[number];

/**
 * The written mapping from outcomes to public categories (README, “Publication”):
 * 未发现问题 → 未发现问题; 当场整改, 责令限期整改 → 发现问题已责令改正; 立案调查, 移送其他行政机关,
 * 移送司法机关 → 发现问题待后续处理; 无法检查: 已注销或歇业 → 未发现开展本次抽查涉及的经营活动,
 * 通过登记的住所无法联系 → 通过登记的住所（经营场所）无法联系, 拒绝或阻碍检查 → 不配合检查情节严重.
 */
export function publicCategory(v: Pick<ResultValues, "outcome" | "reason">): PublicCategory {
  switch (v.outcome) {
    case "no-problem":
      return "no-problem";
    case "rectified-on-site":
    case "rectification-ordered":
      return "corrected";
    case "case-opened":
    case "referred-admin":
    case "referred-judicial":
      return "pending";
    case "not-inspectable":
      return v.reason === "closed" ? "no-activity" : v.reason === "unreachable" ? "unreachable" : "refused-serious";
  }
}

/** The most serious of several categories (publicCategories is in order of precedence). */
export function worstCategory(list: readonly PublicCategory[]): PublicCategory {
  let best = publicCategories.length - 1;
  for (const c of list) best = Math.min(best, publicCategories.indexOf(c));
  return publicCategories[best] as PublicCategory;
}

/** The values a result holds, without its history: what an amendment compares and keeps. */
export function resultValues(r: Result): ResultValues {
  const { amendments: _a, reinspections: _r, ...values } = r;
  return values;
}
