import { message, term, type Lang } from "../i18n/messages.js";
import type { ResultsUiKey } from "../i18n/messages-results.js";
import { indexById, type Workspace } from "../registries/model.js";
import { isIsoDate } from "../util/dates.js";
import type { ResultsModel } from "../results/load-results.js";
import { neededFields, outcomes, reasons, type ResultValues } from "../results/outcomes.js";
import type { IncomingResult } from "../results/write-results.js";

/** What the options already gave: asked for only what is missing. */
interface Given {
  object?: string;
  department?: string;
  date?: string;
  outcome?: string;
  deadline?: string;
  referredTo?: string;
  cause?: string;
  findings?: string;
  signature?: string;
  witness?: string;
  recorder?: string;
  townshipStaff?: string;
  entered?: string;
}

/**
 * `results add` on a terminal: step by step, with choices from the draw (the object, then the
 * departments of its team that have not entered yet, the outcome), asking only what the outcome
 * needs. @inquirer/prompts is loaded only here. Undefined when the officer cancels (Ctrl+C).
 */
export async function askResult(
  ws: Workspace,
  model: ResultsModel,
  campaign: string,
  given: Given,
  lang: Lang,
  today: string,
): Promise<IncomingResult | undefined> {
  const { select, input, confirm } = await import("@inquirer/prompts");
  const say = (key: ResultsUiKey) => message(key, {}, lang);
  const c = model.campaigns.find((x) => x.campaign === campaign);
  const objects = indexById(ws.objects);
  const departments = indexById(ws.departments);
  const date = (value: string) => isIsoDate(value) || say("prompt-invalid-date");
  try {
    const drawn = [...(c?.draw?.objects.values() ?? [])];
    const object =
      given.object ??
      (await select({
        message: say("prompt-object"),
        choices: drawn.map((d) => {
          const done = c?.results.filter((r) => r.object === d.object).length ?? 0;
          return {
            value: d.object,
            name: `${objects.get(d.object)?.value.name ?? d.object}  ${d.object}  ${d.team.id} ${departments.get(d.township)?.value.name ?? d.township}  ${done}/${d.departments.length}`,
          };
        }),
      }));
    const here = c?.draw?.objects.get(object);
    const open = (here?.departments ?? []).filter(
      (d) => !c?.results.some((r) => r.object === object && r.department === d),
    );
    const department =
      given.department ??
      (await select({
        message: say("prompt-department"),
        choices: [...open, ...(here?.departments ?? []).filter((d) => !open.includes(d))].map((d) => ({
          value: d,
          name: departments.get(d)?.value.name ?? d,
        })),
      }));
    const inspectedOn = given.date ?? (await input({ message: say("prompt-date"), validate: date }));
    const outcome = (given.outcome ??
      (await select({
        message: say("prompt-outcome"),
        choices: outcomes.map((o) => ({ value: o, name: term(o, lang) })),
      }))) as ResultValues["outcome"];
    const values: ResultValues = { object, inspectedOn, enteredOn: given.entered ?? today, outcome };
    if (outcome === "not-inspectable")
      values.reason = (given.cause ??
        (await select({
          message: say("prompt-cause"),
          choices: reasons.map((r) => ({ value: r, name: message(`reason-${r}` as ResultsUiKey, {}, lang) })),
        }))) as ResultValues["reason"];
    if (neededFields(values).includes("signature"))
      values.signature = (given.signature ??
        (await select({
          message: say("prompt-signature"),
          choices: [
            { value: "signed", name: say("prompt-signed") },
            { value: "refused", name: say("prompt-refused") },
          ],
        }))) as "signed" | "refused";
    const needs = neededFields(values);
    if (needs.includes("refusal"))
      values.refusal = {
        witness: given.witness ?? (await input({ message: say("prompt-witness"), required: true })),
        recorder: given.recorder ?? (await input({ message: say("prompt-recorder"), required: true })),
      };
    if (needs.includes("deadline"))
      values.deadline = given.deadline ?? (await input({ message: say("prompt-deadline"), validate: date }));
    if (needs.includes("referredTo"))
      values.referredTo = given.referredTo ?? (await input({ message: say("prompt-referred-to"), required: true }));
    const staff = here?.team.members.find((m) => m.role === "township");
    if (staff && outcome !== "not-inspectable")
      values.townshipStaff =
        given.townshipStaff ??
        (await input({ message: say("prompt-township-staff"), default: staff.inspector, required: true }));
    if (needs.includes("findings") || given.findings !== undefined)
      values.findings = given.findings ?? (await input({ message: say("prompt-findings"), required: true }));
    if (!(await confirm({ message: say("prompt-confirm"), default: true }))) return undefined;
    return { department, values, source: "prompt" };
  } catch (error) {
    // Ctrl+C: the prompt library throws ExitPromptError; nothing was written.
    if (error instanceof Error && error.name === "ExitPromptError") return undefined;
    throw error;
  }
}
