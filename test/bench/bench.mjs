// `npm run bench`: speed as ratios against baselines measured in the same run, never as timed
// assertions in tests (README, "Performance"). Each phase runs in its own process so that its
// peak memory is its own. Sizes: BENCH_OBJECTS (default 50,000), BENCH_TICKETS (1,000,000).
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = (p) => pathToFileURL(join(root, "dist", p)).href;
const OBJECTS = Number(process.env.BENCH_OBJECTS ?? 50000);
const TICKETS = Number(process.env.BENCH_TICKETS ?? 1000000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}
function yamlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".") || name === "draws") continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

// ---- phases, each run in a child process: `node bench.mjs --phase NAME WORKSPACE` ----
const phases = {
  /** Baseline for cold validate: the yaml package's own parse of the same files, nothing else. */
  async "yaml-parse"(ws) {
    const { parse } = await import("yaml");
    const files = yamlFiles(ws).map((f) => readFileSync(f, "utf8"));
    return time(() => files.reduce((n, text) => n + (parse(text) ? 1 : 0), 0)).ms;
  },
  /** Cold validate: read, hash, parse with positions, schema, file checks, cache write, cross-references. */
  async "validate-cold"(ws) {
    const { openWorkspace } = await import(dist("workspace/open-workspace.js"));
    rmSync(join(ws, ".checkonce", "cache"), { recursive: true, force: true });
    return time(() => openWorkspace({ workspace: ws, today: "2026-03-01" })).ms;
  },
  /** Warm validate: every file served from the cache, cross-references recomputed. */
  async "validate-warm"(ws) {
    const { openWorkspace } = await import(dist("workspace/open-workspace.js"));
    return time(() => openWorkspace({ workspace: ws, today: "2026-03-01" })).ms;
  },
  /** Baseline for warm validate: JSON.parse of the same cached data. */
  async "json-parse"(ws) {
    const dir = join(ws, ".checkonce", "cache");
    const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8"));
    return time(() => texts.reduce((n, t) => n + (JSON.parse(t) ? 1 : 0), 0)).ms;
  },
  /** Baseline for tickets: a bare loop of createHash('sha256') over the same ids. */
  async "sha256-loop"() {
    const ids = Array.from({ length: TICKETS }, (_, i) => `9114082${String(i).padStart(10, "0")}X`);
    return time(() => {
      let x = 0;
      for (const id of ids) x ^= createHash("sha256").update(id).digest("hex").charCodeAt(0);
      return x;
    }).ms;
  },
  /** Tickets as the draw computes them, keeping the lowest 10% (a ratio of 0.1) in ticket order. */
  async tickets() {
    const { rankByTicket } = await import(dist("draw/draw-campaign.js"));
    const ids = Array.from({ length: TICKETS }, (_, i) => `9114082${String(i).padStart(10, "0")}X`);
    return time(
      () =>
        rankByTicket(
          "5ba602ca9ecde1cdd727faee85c457c8ccf08b067a529e4aa892d7c66acfce3f",
          "CY-01/general",
          ids,
          TICKETS / 10,
        ).length,
    ).ms;
  },
  /** The terminal table (`list`): linear in rows and in a cell's length (issue 14), measured at two sizes. */
  async "table-rows"(_, n = "10000") {
    const { textTable } = await import(dist("util/text-table.js"));
    const rows = Array.from({ length: Number(n) }, (_, i) => [
      `91140821MA0${String(i).padStart(7, "0")}`,
      "临猗县某某餐饮有限公司",
      "餐饮",
      "存续",
    ]);
    return time(() => textTable(["id", "name", "category", "status"], rows).length).ms;
  },
  async "table-cell"(_, n = "200000") {
    const { textTable } = await import(dist("util/text-table.js"));
    const rows = Array.from({ length: 50 }, () => ["名".repeat(Number(n) / 50), "x"]);
    return time(() => textTable(["a", "b"], rows, { maxCell: Number(n) }).length).ms;
  },
  /** Baseline for the draw: loading the cached inputs alone (warm). */
  async "load-cached"(ws) {
    const { loadWorkspace } = await import(dist("workspace/load-workspace.js"));
    return time(() => loadWorkspace(ws)).ms;
  },
  /** `draw run` on the warm workspace, in process: load, check, population, tickets, teams, record, ledger. */
  async "draw-run"(ws) {
    const { openWorkspace } = await import(dist("workspace/open-workspace.js"));
    const { runDraw } = await import(dist("ledger/enter-draw.js"));
    rmSync(join(ws, "draws"), { recursive: true, force: true });
    const seed = [{ label: "bench", digits: "83920174651553820194" }];
    // The snapshot of inputs is written once per content; store it first so that the timed run,
    // like every draw after the first, finds it there.
    const { storeInputs } = await import(dist("ledger/snapshots.js"));
    const opened0 = openWorkspace({ workspace: ws, today: "2026-03-01" });
    storeInputs(
      ws,
      opened0.workspace.files.filter((f) => f.sha256).map((f) => ({ file: f.file, sha256: f.sha256 })),
    );
    return time(() => {
      const opened = openWorkspace({ workspace: ws, today: "2026-03-01", checks: [] });
      return runDraw(opened, "2026-CY-01", {
        seed,
        oneGo: true,
        redraw: false,
        reason: undefined,
        lang: "en",
        now: () => "2026-03-01T00:00:00Z",
      }).record.teams.length;
    }).ms;
  },
};

if (process.argv[2] === "--phase") {
  const ms = await phases[process.argv[3]](process.argv[4], process.argv[5]);
  process.stdout.write(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

function phase(name, ws, size) {
  const runs = [];
  for (let i = 0; i < REPEAT; i++) {
    const r = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), "--phase", name, ws ?? "", ...(size ? [size] : [])],
      {
        encoding: "utf8",
        maxBuffer: 1 << 26,
      },
    );
    if (r.status !== 0) throw new Error(`phase ${name} failed: ${r.stderr}`);
    runs.push(JSON.parse(r.stdout));
  }
  return { ms: median(runs.map((r) => r.ms)), maxRssMiB: Math.max(...runs.map((r) => r.maxRssMiB)) };
}

const ws = mkdtempSync(join(tmpdir(), "checkonce-bench-"));
try {
  console.log(`Generating a workspace with ${OBJECTS.toLocaleString("en")} objects…`);
  execFileSync(process.execPath, [join(root, "examples", "generate.mjs"), "--objects", String(OBJECTS), "--out", ws], {
    stdio: "ignore",
  });
  const bytes = yamlFiles(ws).reduce((n, f) => n + statSync(f).size, 0);
  console.log(
    `${(bytes / 1048576).toFixed(1)} MiB of YAML in ${yamlFiles(ws).length} files; median of ${REPEAT} runs each.\n`,
  );

  const yamlParse = phase("yaml-parse", ws);
  const cold = phase("validate-cold", ws);
  const warm = phase("validate-warm", ws);
  const json = phase("json-parse", ws);
  const loadCached = phase("load-cached", ws);
  const draw = phase("draw-run", ws);
  const sha = phase("sha256-loop");
  const tickets = phase("tickets");
  const rowsSmall = phase("table-rows", "", "10000");
  const rowsLarge = phase("table-rows", "", "100000");
  const cellSmall = phase("table-cell", "", "200000");
  const cellLarge = phase("table-cell", "", "2000000");

  const rows = [
    ["cold validate / yaml parse alone", cold.ms, yamlParse.ms, 1.3, cold.maxRssMiB],
    ["warm validate / JSON.parse of the cached data", warm.ms, json.ms, 3, warm.maxRssMiB],
    [`tickets for ${TICKETS.toLocaleString("en")} ids / bare sha256 loop`, tickets.ms, sha.ms, 1.5, tickets.maxRssMiB],
    ["draw run (warm) / loading the cached inputs", draw.ms, loadCached.ms, 2, draw.maxRssMiB],
    ["table of 100,000 rows / 10 × table of 10,000", rowsLarge.ms, 10 * rowsSmall.ms, 1.5, rowsLarge.maxRssMiB],
    ["cells of 2,000,000 chars / 10 × of 200,000", cellLarge.ms, 10 * cellSmall.ms, 1.5, cellLarge.maxRssMiB],
  ];
  console.log(
    "measure".padEnd(52),
    "ours ms".padStart(9),
    "base ms".padStart(9),
    "ratio".padStart(7),
    "target".padStart(7),
    "peak MiB".padStart(9),
  );
  for (const [name, ours, base, target, rss] of rows) {
    const ratio = ours / base;
    console.log(
      name.padEnd(52),
      ours.toFixed(0).padStart(9),
      base.toFixed(0).padStart(9),
      `${ratio.toFixed(2)}×`.padStart(7),
      `≤${target}×`.padStart(7),
      rss.toFixed(0).padStart(9),
      ratio <= target ? "" : "  (above target)",
    );
  }
} finally {
  rmSync(ws, { recursive: true, force: true });
}
