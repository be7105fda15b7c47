import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isScalar, isSeq, parseDocument, Scalar } from "yaml";
import type { CreditProposalFile } from "../generated/credit-proposal.js";
import { appendLedger, type LedgerLine } from "../ledger/ledger.js";
import { sha256Bytes } from "../util/hash.js";
import { withDrawLock, type LockOptions } from "../ledger/lock.js";
import type { MessageParams } from "../i18n/messages.js";
import { indexById, objectTier, type Tier, type Workspace } from "../registries/model.js";
import { validatorFor } from "../registries/schemas.js";
import { toBlockYaml } from "../util/block-yaml.js";
import { writeFileAtomic } from "../util/fs.js";
import { parseYaml } from "../util/yaml-source.js";
import type { ResultsModel, ResultState } from "./load-results.js";
import { foundProblem } from "./outcomes.js";
import { readRegularFile } from "../util/read-file.js";
import { describeFault } from "../util/io-error.js";

export type CreditProposal = Omit<CreditProposalFile, "$schema">;
type Evidence = CreditProposal["tierChanges"][number]["evidence"][number];

export const CREDIT_DIR = "credit";
export const proposalPath = (year: number) => `${CREDIT_DIR}/${year}.proposal.yaml`;

/** Results that move an object toward 重点监管对象: a penalty (a case), a referral, a refusal (issue 8). */
function isAdverse(r: ResultState): boolean {
  const e = r.entry;
  return (
    e.outcome === "case-opened" ||
    e.outcome === "referred-admin" ||
    e.outcome === "referred-judicial" ||
    (e.outcome === "not-inspectable" && e.reason === "refused") ||
    (e.reinspections ?? []).some((x) => x.escalation?.outcome === "case-opened")
  );
}

function evidenceOf(r: ResultState): Evidence {
  const e = r.entry;
  const last = (e.reinspections ?? []).at(-1);
  return {
    campaign: r.campaign,
    department: r.department,
    inspectedOn: e.inspectedOn,
    outcome: e.outcome,
    ...(e.reason ? { reason: e.reason } : {}),
    ...(e.seriousViolation ? { seriousViolation: e.seriousViolation } : {}),
    ...(last
      ? {
          reinspection: `${last.on} ${last.rectified ? "rectified" : `not rectified → ${last.escalation?.outcome ?? ""}`}`,
        }
      : {}),
  };
}

/** Every list handed in holds at least one result (the schema says minItems 1). */
const evidence = (list: readonly ResultState[]) => list.map(evidenceOf) as [Evidence, ...Evidence[]];

const step: Record<Tier, Tier> = { focus: "general", general: "trusted", trusted: "trusted" };

/**
 * From one year's results (campaigns whose plan is of that year), per object: a tier change with
 * its evidence, a candidate for the abnormal-operations list, a candidate for the serious-dishonesty
 * list. Pure. Rules (README, “Credit”): any adverse result (case, referral, refusal, a re-inspection
 * that ended in a case) proposes 重点监管对象 at once; a year of clean joint inspections only (every
 * department of every visit found no problem, and nothing was left unentered) proposes one step
 * toward 信任对象. 通过登记的住所无法联系 proposes the abnormal-operations list (企业信息公示暂行条例
 * 第十七条); a serious violation marked by the department, a referral to the judiciary, or a case
 * after a rectification order was ignored (拒不履行法定义务) proposes the serious-dishonesty list (实施方案 二(三)2).
 */
export function proposeCredit(ws: Workspace, model: ResultsModel, year: number, madeOn: string): CreditProposal {
  const plans = indexById(ws.annualPlans);
  const objects = indexById(ws.objects);
  const yearOf = (campaign: string) => {
    const c = ws.campaigns.find((x) => x.value.id === campaign)?.value;
    return c ? plans.get(c.plan)?.value.year : undefined;
  };
  const inYear = model.campaigns.filter((c) => c.draw && yearOf(c.campaign) === year);
  const byObject = new Map<string, { results: ResultState[]; incomplete: boolean }>();
  for (const c of inYear) {
    for (const r of c.results) {
      if (!r.sealed) continue;
      const entry = byObject.get(r.object) ?? { results: [], incomplete: false };
      entry.results.push(r);
      byObject.set(r.object, entry);
    }
    for (const m of c.missing) {
      const entry = byObject.get(m.object) ?? { results: [], incomplete: false };
      entry.incomplete = true;
      byObject.set(m.object, entry);
    }
  }
  const proposal: CreditProposal = { year, madeOn, tierChanges: [], abnormalOperations: [], seriousDishonesty: [] };
  for (const id of [...byObject.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const { results, incomplete } = byObject.get(id) as { results: ResultState[]; incomplete: boolean };
    const object = objects.get(id)?.value;
    if (!object || results.length === 0) continue;
    const name = object.name;
    const from = objectTier(object, ws.config.policy);
    const adverse = results.filter(isAdverse);
    const clean = !incomplete && results.every((r) => r.entry.outcome === "no-problem" && !foundProblem(r.entry));
    if (adverse.length > 0 && from !== "focus")
      proposal.tierChanges.push({
        object: id,
        name,
        from,
        to: "focus",
        accept: true,
        evidence: evidence(adverse),
      });
    else if (adverse.length === 0 && clean && from !== "trusted")
      proposal.tierChanges.push({
        object: id,
        name,
        from,
        to: step[from],
        accept: true,
        evidence: evidence(results),
      });
    const unreachable = results.filter(
      (r) => r.entry.outcome === "not-inspectable" && r.entry.reason === "unreachable",
    );
    if (unreachable.length > 0)
      proposal.abnormalOperations.push({
        object: id,
        name,
        ground: "unreachable",
        accept: true,
        evidence: evidence(unreachable),
      });
    const serious = results.filter(
      (r) =>
        r.entry.seriousViolation !== undefined ||
        r.entry.outcome === "referred-judicial" ||
        (r.entry.reinspections ?? []).some((x) => x.escalation?.outcome === "case-opened"),
    );
    if (serious.length > 0) {
      const ground = serious.map((r) => r.entry.seriousViolation).find((g) => g !== undefined);
      const ignored = serious.some((r) =>
        (r.entry.reinspections ?? []).some((x) => x.escalation?.outcome === "case-opened"),
      );
      proposal.seriousDishonesty.push({
        object: id,
        name,
        ground: ground ?? (ignored ? "obligations" : "referred-judicial"),
        accept: true,
        evidence: evidence(serious),
      });
    }
  }
  return proposal;
}

export function proposalText(proposal: CreditProposal, depth: number): string {
  return (
    `# yaml-language-server: $schema=${"../".repeat(depth)}.checkonce/schemas/credit-proposal.schema.json\n` +
    `# 信用运用建议（checkonce credit propose 生成）：请逐条审核，不采纳的改为 accept: false，可在 note 中写明意见；然后运行 checkonce credit apply ${proposalPath(proposal.year)}\n` +
    `# Credit proposal: review each entry, set accept: false to reject one (a note says why), then run checkonce credit apply.\n` +
    toBlockYaml(proposal)
  );
}

export interface ProposalProblem {
  line: number;
  col: number;
  code: string;
  params: MessageParams;
}

/** Reads and schema-checks a proposal file; problems with their lines, never an exception. */
export function readProposal(abs: string): { proposal?: CreditProposal; digest: string; problems: ProposalProblem[] } {
  if (!existsSync(abs))
    return { digest: "", problems: [{ line: 0, col: 0, code: "credit-proposal-missing", params: {} }] };
  const read = readRegularFile(abs);
  if (!read.ok)
    return {
      digest: "",
      problems: [{ line: 0, col: 0, code: "credit-proposal-unreadable", params: describeFault(read) }],
    };
  const bytes = read.bytes;
  const parsed = parseYaml(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  const digest = sha256Bytes(bytes);
  if (parsed.problems.length > 0)
    return {
      digest,
      problems: parsed.problems.map((p) => ({ line: p.line, col: p.col, code: p.code, params: p.params })),
    };
  const validate = validatorFor("credit-proposal");
  if (!validate(parsed.data))
    return {
      digest,
      problems: (validate.errors ?? []).map((e) => ({
        ...parsed.locate(e.instancePath),
        code: "credit-proposal-invalid",
        params: { field: e.instancePath || "/", detail: e.message ?? e.keyword },
      })),
    };
  const { $schema: _s, ...proposal } = parsed.data as CreditProposalFile;
  return { proposal, digest, problems: [] };
}

export interface CreditApplication {
  /** Accepted tier changes carried out now. */
  applied: { object: string; from: Tier; to: Tier; file: string }[];
  /** Already applied by an earlier run of this proposal: nothing to do. */
  already: string[];
  /** Accepted list candidates, ledgered for the market regulator's decision. */
  listed: { object: string; list: "abnormal-operations" | "serious-dishonesty" }[];
  rejected: number;
  /** Refusals: the whole proposal is refused, nothing written. */
  problems: { object: string; code: string; params: MessageParams }[];
  lines: LedgerLine[];
}

/**
 * `credit apply`: each accepted tier change is written into the object registry through the
 * `yaml` Document API (comments and layout kept, a comment on the changed line says why), every
 * file atomically, then one ledger line per change; the next draw reads the new tier. A change
 * whose `from` is no longer the object's tier refuses the whole proposal (the registry changed
 * since); one already applied by this proposal is skipped, so applying twice changes nothing.
 */
export function applyCredit(
  ws: Workspace,
  proposalRel: string,
  proposal: CreditProposal,
  digest: string,
  lines: readonly LedgerLine[],
  now: () => string,
  lock: LockOptions = {},
): CreditApplication {
  const objects = indexById(ws.objects);
  const done = new Set(
    lines
      .filter((l) => l.type === "credit" && l.proposalDigest === digest)
      .map((l) => (l.type === "credit" ? `${l.change}\0${l.object}` : "")),
  );
  const out: CreditApplication = { applied: [], already: [], listed: [], rejected: 0, problems: [], lines: [] };
  for (const change of proposal.tierChanges) {
    if (!change.accept) {
      out.rejected++;
      continue;
    }
    const located = objects.get(change.object);
    if (!located) {
      out.problems.push({ object: change.object, code: "unknown-object", params: { id: change.object } });
      continue;
    }
    const current = objectTier(located.value, ws.config.policy);
    if (done.has(`tier\0${change.object}`) && current === change.to) out.already.push(change.object);
    else if (current !== change.from)
      out.problems.push({
        object: change.object,
        code: "credit-tier-changed",
        params: { object: change.object, from: change.from, current },
      });
    else out.applied.push({ object: change.object, from: change.from, to: change.to, file: located.file });
  }
  for (const [list, candidates] of [
    ["abnormal-operations", proposal.abnormalOperations],
    ["serious-dishonesty", proposal.seriousDishonesty],
  ] as const) {
    for (const c of candidates) {
      if (!c.accept) out.rejected++;
      else if (!objects.has(c.object))
        out.problems.push({ object: c.object, code: "unknown-object", params: { id: c.object } });
      else if (done.has(`${list}\0${c.object}`)) out.already.push(c.object);
      else out.listed.push({ object: c.object, list });
    }
  }
  if (out.problems.length > 0 || (out.applied.length === 0 && out.listed.length === 0)) return out;
  return withDrawLock(ws.root, lock, () => {
    const byFile = new Map<string, typeof out.applied>();
    for (const a of out.applied) byFile.set(a.file, [...(byFile.get(a.file) ?? []), a]);
    for (const [rel, changes] of byFile) {
      const abs = join(ws.root, rel);
      const text = readFileSync(abs, "utf8");
      const bom = text.startsWith("\uFEFF");
      const doc = parseDocument(bom ? text.slice(1) : text, { version: "1.2", uniqueKeys: true, merge: false });
      const seq = doc.get("objects", true);
      if (!isSeq(seq)) throw new Error(`${rel}: objects is not a list`);
      for (const a of changes) {
        const node = seq.items.find((n) => isMap(n) && n.get("id") === a.object);
        if (!isMap(node)) throw new Error(`${rel}: ${a.object} not found`);
        const value = new Scalar(a.to);
        value.comment = ` ${proposal.year} credit apply: ${a.from} → ${a.to} (${proposalRel})`;
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === "tier");
        if (pair) pair.value = value;
        else node.set("tier", value);
      }
      writeFileAtomic(abs, (bom ? "\uFEFF" : "") + doc.toString({ lineWidth: 0 }));
    }
    const evidenceFor = (object: string, list: string) => {
      const source =
        list === "tier"
          ? proposal.tierChanges.find((c) => c.object === object)
          : (list === "abnormal-operations" ? proposal.abnormalOperations : proposal.seriousDishonesty).find(
              (c) => c.object === object,
            );
      return (source?.evidence ?? []).map((e) => ({
        campaign: e.campaign,
        department: e.department,
        outcome: e.outcome,
      }));
    };
    const base = { at: now(), year: proposal.year, proposal: proposalRel, proposalDigest: digest };
    for (const a of out.applied)
      out.lines.push(
        appendLedger(ws.root, {
          type: "credit",
          object: a.object,
          ...base,
          change: "tier",
          from: a.from,
          to: a.to,
          evidence: evidenceFor(a.object, "tier"),
        }),
      );
    for (const l of out.listed) {
      const ground = (l.list === "serious-dishonesty" ? proposal.seriousDishonesty : proposal.abnormalOperations).find(
        (c) => c.object === l.object,
      )?.ground;
      out.lines.push(
        appendLedger(ws.root, {
          type: "credit",
          object: l.object,
          ...base,
          change: l.list,
          ...(ground ? { ground } : {}),
          evidence: evidenceFor(l.object, l.list),
        }),
      );
    }
    return out;
  });
}
