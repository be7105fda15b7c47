import type { Command } from "commander";
import type { Context } from "./main.js";

/** `orders` (issue 4). */
export function registerOrdersCommands(_program: Command, _context: () => Context, _setExit: (code: number) => void, _t: (key: string) => string): void {}
