import { resolve } from "node:path";
import { ExitCode } from "../diagnostics/errors.js";
import { message, type Lang } from "../i18n/messages.js";
import { localiseDifference } from "../i18n/differences.js";
import { readClaim, verifyCheckpoints, verifyProofFile } from "../ledger/checkpoint-service.js";
import { readVerifier } from "../ledger/keys.js";
import type { SignatureReport } from "../ledger/checkpoint.js";
import type { Verifier } from "../ledger/note.js";
import { renderJson } from "../util/listing.js";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { join } from "node:path";
import type { Context } from "./context.js";
import { withLedgerErrors } from "./ledger-errors.js";

/** Public keys the user trusts, given with --key (the office's, obtained from the office itself). */
export function trustedKeys(ctx: Context, files: readonly string[] | undefined): Verifier[] {
  return (files ?? []).map((f) => readVerifier(resolve(ctx.io.cwd, f)));
}

function signatureLine(s: SignatureReport, lang: Lang): string {
  const role = message(s.role === "office" ? "role-office" : "role-cosigner", {}, lang);
  const key =
    s.verdict === "verified"
      ? "signature-verified"
      : s.verdict === "invalid"
        ? "signature-invalid"
        : "signature-unknown";
  const time = s.time !== undefined ? ` (${new Date(s.time * 1000).toISOString()})` : "";
  return message(key, { name: s.name, keyId: s.keyId, role }, lang) + time;
}

/** The county's area code, read from checkonce.yaml alone (verify needs no registry). */
function areaCodeOf(root: string): string {
  const config = parse(readFileSync(join(root, "checkonce.yaml"), "utf8")) as {
    county?: { areaCode?: unknown };
  } | null;
  return String(config?.county?.areaCode ?? "");
}

/** `verify --checkpoint …`: does today's ledger extend every checkpoint given? */
export function printCheckpointVerify(
  ctx: Context,
  root: string,
  lang: Lang,
  args: readonly string[],
  keys: readonly string[] | undefined,
  format: string,
): number {
  return withLedgerErrors(ctx, lang, () => {
    const claims = args.map((a) => readClaim(a, ctx.io.cwd));
    const result = verifyCheckpoints(root, areaCodeOf(root), claims, trustedKeys(ctx, keys));
    if (format === "json") {
      ctx.io.stdout(
        renderJson({
          format: "checkonce-verify-checkpoint/1",
          verified: result.ok,
          ledgerLines: result.todaySize,
          chainIntact: result.chainIntact,
          checkpoints: result.reports.map((r) => ({
            source: r.claim.source,
            kind: r.claim.kind,
            size: r.consistency.size,
            short: r.short,
            consistent: r.consistency.ok,
            proof: r.consistency.proof,
            findings: r.consistency.findings.map((f) => message(f.key, f.params, lang)),
            signatures: r.signatures,
          })),
          ...(result.located ? { located: result.located } : {}),
        }),
      );
      return result.ok ? ExitCode.ok : ExitCode.findings;
    }
    for (const r of result.reports) {
      const head = r.consistency.ok
        ? ctx.colors.green(
            message(
              r.claim.kind === "short" ? "checkpoint-short-consistent" : "checkpoint-consistent",
              {
                todaySize: r.consistency.todaySize,
                size: r.consistency.size,
                short: r.short,
                proof: r.consistency.proof.length,
              },
              lang,
            ),
          )
        : ctx.colors.red(message("checkpoint-inconsistent", { source: r.claim.source }, lang));
      ctx.io.stdout(head + "\n");
      for (const f of r.consistency.findings) ctx.io.stdout(`  - ${message(f.key, f.params, lang)}\n`);
      for (const s of r.signatures) ctx.io.stdout(`  - ${signatureLine(s, lang)}\n`);
      if (r.claim.kind === "signed" && !r.signatures.some((s) => s.verdict === "verified"))
        ctx.io.stdout(`  - ${message("signature-none-verified", {}, lang)}\n`);
    }
    if (
      !result.ok &&
      result.chainIntact &&
      result.reports.some((r) => r.consistency.findings.some((f) => f.key === "checkpoint-rewritten"))
    )
      ctx.io.stdout(`  - ${message("checkpoint-resealed", {}, lang)}\n`);
    if (result.located) ctx.io.stdout(`  - ${message("checkpoint-located", result.located, lang)}\n`);
    return result.ok ? ExitCode.ok : ExitCode.findings;
  });
}

/** `verify --proof <file>`: one enterprise's proof, with nothing else. */
export function printProofVerify(
  ctx: Context,
  lang: Lang,
  file: string,
  keys: readonly string[] | undefined,
  format: string,
): number {
  return withLedgerErrors(ctx, lang, () => {
    const verdict = verifyProofFile(resolve(ctx.io.cwd, file), trustedKeys(ctx, keys));
    const p = verdict.proof;
    if (format === "json") {
      ctx.io.stdout(
        renderJson({
          format: "checkonce-verify-proof/1",
          verified: verdict.ok,
          file,
          trustedOffice: verdict.trustedOffice,
          problems: verdict.problems,
          signatures: verdict.signatures,
          ...(p ? { campaign: p.campaign, attempt: p.attempt, object: p.object, outcome: p.outcome } : {}),
        }),
      );
      return verdict.ok ? ExitCode.ok : ExitCode.findings;
    }
    if (verdict.ok && p && verdict.checkpoint) {
      const params = {
        object: p.object,
        outcome: message(`outcome-${p.outcome}`, {}, lang),
        campaign: p.campaign,
        attempt: p.attempt,
        stratum: p.stratum,
        ticket: p.ticket.slice(0, 16),
        cutoff: p.cutoff.slice(0, 16),
        seq: p.ledgerLine.seq,
        size: p.inclusion.treeSize,
        short: `${verdict.checkpoint.checkpoint.size} · ${verdict.checkpoint.checkpoint.root
          .toString("hex")
          .slice(0, 16)
          .replace(/(.{4})(?=.)/g, "$1-")}`,
      };
      ctx.io.stdout(ctx.colors.green(message("proof-ok", params, lang)) + "\n");
    } else
      ctx.io.stdout(ctx.colors.red(message("proof-failed", { file, count: verdict.problems.length }, lang)) + "\n");
    for (const problem of verdict.problems) ctx.io.stdout(`  - ${localiseDifference(problem, lang)}\n`);
    for (const s of verdict.signatures) ctx.io.stdout(`  - ${signatureLine(s, lang)}\n`);
    if (verdict.ok && !verdict.trustedOffice) ctx.io.stdout(`  - ${message("proof-keys-untrusted", {}, lang)}\n`);
    return verdict.ok ? ExitCode.ok : ExitCode.findings;
  });
}
