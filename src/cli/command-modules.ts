/**
 * The module of each command, as the manifest names it, imported only when that command runs. The
 * imports are written out (not built from the name) so that the build's bundler sees each one and
 * makes it a chunk of its own; the command-manifest test checks that every manifest module is here.
 */
export const commandModules: Record<string, () => Promise<Record<string, unknown>>> = {
  "validate.js": () => import("../commands/validate.js"),
  "init.js": () => import("../commands/init.js"),
  "schema.js": () => import("../commands/schema.js"),
  "list.js": () => import("../commands/list.js"),
  "show.js": () => import("../commands/show.js"),
  "import.js": () => import("../commands/import.js"),
  "export.js": () => import("../commands/export.js"),
  "draw.js": () => import("../commands/draw.js"),
  "substitute.js": () => import("../commands/substitute.js"),
  "verify.js": () => import("../commands/verify.js"),
  "key.js": () => import("../commands/key.js"),
  "checkpoint.js": () => import("../commands/checkpoint.js"),
  "proof.js": () => import("../commands/proof.js"),
  "audit-bundle.js": () => import("../commands/audit-bundle.js"),
  "orders.js": () => import("../commands/orders.js"),
  "results.js": () => import("../commands/results.js"),
  "followups.js": () => import("../commands/followups.js"),
  "publish.js": () => import("../commands/publish.js"),
  "credit.js": () => import("../commands/credit.js"),
  "report.js": () => import("../commands/report.js"),
};
