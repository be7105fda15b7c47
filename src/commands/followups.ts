import { ExitCode, UsageError } from "../diagnostics/errors.js";
import { message, type Lang } from "../i18n/messages.js";
import type { ResultsUiKey } from "../i18n/messages-results.js";
import { indexById, type Workspace } from "../registries/model.js";
import { isIsoDate, todayIso } from "../util/dates.js";
import { renderJson } from "../util/listing.js";
import { followUpCounts, followUps, type FollowUp } from "../results/followups.js";
import { loadResultsModel } from "../results/load-results.js";
import { openFor } from "./context.js";
import { defineCommand } from "./declare.js";

interface FollowUpsOptions {
  overdue?: boolean;
  department?: string;
  asOf?: string;
  failOnOverdue?: boolean;
  all?: boolean;
  format: "text" | "json";
}

/** `checkonce followups`: per department, what is due, overdue, escalated and closed (issue 8). */
export const followupsCommand = defineCommand<FollowUpsOptions>({
  name: "followups",
  help: "cmd-followups",
  options: [
    { flags: "--overdue", help: "opt-overdue" },
    { flags: "--department <id>", help: "opt-department" },
    { flags: "--as-of <date>", help: "opt-as-of" },
    { flags: "--fail-on-overdue", help: "opt-fail-on-overdue" },
    { flags: "--all", help: "opt-all" },
    { flags: "-f, --format <format>", help: "opt-format-followups", choices: ["text", "json"], default: "text" },
  ],
  run(ctx, _args, o) {
    if (o.asOf !== undefined && !isIsoDate(o.asOf))
      throw new UsageError("invalid-option", { option: "--as-of", value: o.asOf, allowed: "YYYY-MM-DD" });
    const opened = openFor(ctx);
    const ws = opened.workspace;
    const asOf = o.asOf ?? ctx.today ?? todayIso();
    const all = followUps(ws, loadResultsModel(ws), {
      asOf,
      ...(o.department !== undefined ? { department: o.department } : {}),
    });
    const shown = all.filter((f) => (o.overdue ? f.status === "overdue" : o.all || f.status !== "closed"));
    const overdue = all.some((f) => f.status === "overdue");
    if (o.format === "json")
      ctx.io.stdout(
        renderJson({
          format: "checkonce-followups/1",
          asOf,
          counts: Object.fromEntries(followUpCounts(all)),
          overdue,
          items: shown,
        }),
      );
    else
      ctx.io.stdout(
        renderText(ws, all, shown, opened.lang, (s) => (s.status === "overdue" ? ctx.colors.red : ctx.colors.bold)),
      );
    return o.failOnOverdue && overdue ? ExitCode.findings : ExitCode.ok;
  },
});

function renderText(
  ws: Workspace,
  all: readonly FollowUp[],
  shown: readonly FollowUp[],
  lang: Lang,
  colour: (f: FollowUp) => (s: string) => string,
): string {
  const say = (key: ResultsUiKey, params: Record<string, string | number> = {}) => message(key, params, lang);
  const departments = indexById(ws.departments);
  const objects = indexById(ws.objects);
  const out: string[] = [];
  if (all.length === 0) return say("followups-none") + "\n";
  for (const [department, counts] of followUpCounts(all)) {
    out.push(
      say("followups-department", { department, name: departments.get(department)?.value.name ?? "", ...counts }),
    );
    for (const f of shown.filter((x) => x.department === department)) {
      const when =
        f.status === "closed"
          ? say("followups-closed-on", { on: f.closedOn ?? "", late: f.late ? say("followups-late") : "" })
          : f.caseOpened
            ? say("followups-case")
            : f.deadline !== undefined && f.due !== null
              ? say("followups-deadline", { deadline: f.deadline, due: f.due })
              : f.due !== null
                ? say("followups-by", { due: f.due })
                : `? (${f.unknownYear ?? ""})`;
      out.push(
        "  " +
          say("followups-line", {
            status: colour(f)(say(`status-${f.status}`)),
            kind: say(`kind-${f.kind}`),
            campaign: f.campaign,
            object: f.object,
            name: objects.get(f.object)?.value.name ?? "",
            when,
          }),
      );
    }
  }
  const unknown = new Map<number, number>();
  for (const f of all)
    if (f.unknownYear !== undefined) unknown.set(f.unknownYear, (unknown.get(f.unknownYear) ?? 0) + 1);
  for (const [year, count] of unknown) out.push(say("followups-unknown-year", { year, count }));
  return out.join("\n") + "\n";
}
