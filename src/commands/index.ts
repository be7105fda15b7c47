import { auditBundleCommand } from "./audit-bundle.js";
import { checkpointCommand } from "./checkpoint.js";
import { keyCommand } from "./key.js";
import { proofCommand } from "./proof.js";
import type { CommandDecl } from "./declare.js";
import { drawCommand } from "./draw.js";
import { exportCommand } from "./export.js";
import { importCommand } from "./import.js";
import { initCommand } from "./init.js";
import { listCommand } from "./list.js";
import { ordersCommand } from "./orders.js";
import { schemaCommand } from "./schema.js";
import { showCommand } from "./show.js";
import { substituteCommand } from "./substitute.js";
import { validateCommand } from "./validate.js";
import { verifyCommand } from "./verify.js";
import { resultsCommand } from "./results.js";
import { followupsCommand } from "./followups.js";
import { publishCommand } from "./publish.js";
import { creditCommand } from "./credit.js";
import { reportCommand } from "./report.js";

/** Every command, in the order `checkonce --help` lists them: the order of the work. */
export const commands: readonly CommandDecl<never>[] = [
  validateCommand,
  initCommand,
  schemaCommand,
  listCommand,
  showCommand,
  importCommand,
  exportCommand,
  drawCommand,
  substituteCommand,
  verifyCommand,
  keyCommand,
  checkpointCommand,
  proofCommand,
  auditBundleCommand,
  ordersCommand,
  resultsCommand,
  followupsCommand,
  publishCommand,
  creditCommand,
  reportCommand,
];
