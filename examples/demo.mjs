// `npm run demo`: the whole job on the bundled example county, as a liaison officer would run it,
// in a fresh copy (.demo/linyi-2026, replaced on every run) so that the example itself stays clean.
// The example carries campaign 2026-CY-01 already drawn and its results entered (examples/generate.mjs):
// validate → the draw ceremony for 2026-GY-01 → verify → work orders → follow-ups → publication → credit.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "checkonce.js");
const workspace = join(root, ".demo", "linyi-2026");
const drawn = "2026-CY-01";
const next = "2026-GY-01";
// A demonstration seed only: a real one is made in public after `draw prepare` (README).
const seed = ["--seed", "县市场监管局=83920174651", "--seed", "县应急管理局=5538201947"];
const shown = relative(process.cwd(), workspace) || ".";
// The day the demonstration pretends it is: after the example's results, before the year's end.
const day = ["--today", "2026-06-10"];

function run(args, { allowFindings = false } = {}) {
  console.log(`\n$ checkonce ${args.join(" ")}`);
  const result = spawnSync(process.execPath, [bin, ...args], { stdio: "inherit", cwd: root });
  if (result.status !== 0 && !(allowFindings && result.status === 1)) {
    console.error(`demo: \`checkonce ${args.join(" ")}\` exited ${result.status}`);
    process.exit(result.status ?? 1);
  }
}

rmSync(join(root, ".demo"), { recursive: true, force: true });
run(["init", "--example", shown]);
run(["validate", "-w", shown, ...day]);
run(["draw", "prepare", next, "-w", shown]);
run(["draw", "run", next, "-w", shown, ...seed]);
run(["verify", next, "-w", shown]);
run(["orders", drawn, "-w", shown, "--format", "docx,html,md,csv,json"]);
run(["followups", "-w", shown, "--as-of", "2026-06-10", "--department", "scjgj"]);
run(["followups", "-w", shown, "--as-of", "2026-06-10", "--overdue", "--fail-on-overdue"], { allowFindings: true });
run(["publish", drawn, "-w", shown, "--as-of", "2026-06-10"]);
run(["credit", "propose", "--year", "2026", "-w", shown, "--today", "2026-12-20"]);
run(["credit", "apply", join(shown, "credit", "2026.proposal.yaml"), "-w", shown]);
run(["verify", "--ledger", "-w", shown]);
// The bulletin for the quarter that holds the example's results (issue 9): the terminal, then every file.
run(["report", "--period", "2026Q2", "--as-of", "2026-06-10", "-w", shown]);
run(["report", "--period", "2026Q2", "--as-of", "2026-06-10", "-w", shown, "--format", "md,html,docx,json,csv"]);
console.log(
  `\nThe demonstration workspace is ${shown}: draw records in ${shown}/draws/, work orders in ${shown}/out/${drawn}/,`,
);
console.log(
  `results in ${shown}/results/${drawn}/, the publication list in ${shown}/publish/${drawn}/, the credit proposal in ${shown}/credit/, the bulletin in ${shown}/out/report/.`,
);
