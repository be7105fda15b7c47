// Lint: the recommended rules of ESLint and typescript-eslint (type-aware where it finds real bugs:
// floating promises, misused spreads), over src/ and test/; and the layers of src/ (src/README.md).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

// The stages in the order the work flows, then the commands and the program. A folder may import
// the shared ground and the folders before it, never one after it.
const shared = ["diagnostics", "i18n", "util", "generated"];
const layers = [
  "registries",
  "workspace",
  "spreadsheets",
  "draw",
  "ledger",
  "orders",
  "results",
  "report",
  "commands",
  "cli",
];
const layerZones = [
  ...shared.map((folder) => ({
    target: `./src/${folder}`,
    from: layers.map((later) => `./src/${later}`),
    message: `src/${folder}/ is shared ground: it imports no stage (src/README.md).`,
  })),
  ...layers.slice(0, -1).map((folder, i) => ({
    target: `./src/${folder}`,
    from: layers.slice(i + 1).map((later) => `./src/${later}`),
    message: `src/${folder}/ may import only the shared ground and ${
      i === 0
        ? "nothing else"
        : layers
            .slice(0, i)
            .map((l) => `${l}/`)
            .join(", ")
    } (src/README.md).`,
  })),
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      ".demo/**",
      "src/generated/**",
      "examples/linyi-2026/**",
      ".scratch/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The tool writes only through the output functions it is given (tests may print what they skip).
  { files: ["src/**/*.ts"], rules: { "no-console": "error" } },
  // The layers point one way, and no import goes round in a loop (issue 7).
  {
    files: ["src/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
      // Without these the plugin reads no .ts file and no-cycle passes whatever the code does.
      "import-x/extensions": [".ts"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: layerZones }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-unresolved": "error",
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: globals.node },
  },
);
