// `npm run demo`: the whole job on the bundled example county, as a liaison officer would run it,
// in a fresh copy (.demo/linyi-2026, replaced on every run) so that the example itself stays clean.
// validate → draw prepare → draw run with a demonstration seed → verify → orders.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "checkonce.js");
const workspace = join(root, ".demo", "linyi-2026");
const campaign = "2026-CY-01";
// A demonstration seed only: a real one is made in public after `draw prepare` (README).
const seed = ["--seed", "县市场监管局=83920174651", "--seed", "县应急管理局=5538201947"];
const shown = relative(process.cwd(), workspace) || ".";

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
run(["validate", "-w", shown]);
run(["draw", "prepare", campaign, "-w", shown]);
run(["draw", "run", campaign, "-w", shown, ...seed]);
run(["verify", campaign, "-w", shown]);
run(["verify", "--ledger", "-w", shown]);
run(["orders", campaign, "-w", shown, "--format", "docx,html,md,csv,json"]);
console.log(`\nThe demonstration workspace is ${shown}: the draw record is ${shown}/draws/${campaign}.draw.yaml,`);
console.log(`the work orders, notices, records, summary and publication list are in ${shown}/out/${campaign}/.`);
