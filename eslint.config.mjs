// ESLint flat config. Every relaxed rule carries a comment saying why.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "out/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      // Unused arguments named _x document a callback's shape.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The core is pure: no host libraries, no Node built-ins, no DOM.
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["exceljs", "exceljs/*"], message: "src/core is pure: ExcelJS belongs in src/xlsx." },
            { group: ["mammoth", "mammoth/*"], message: "src/core is pure: .docx reading belongs in a host." },
            { group: ["react", "react-dom", "@fluentui/*"], message: "src/core is pure: UI belongs in src/taskpane." },
            { group: ["fs", "fs/*", "node:*", "path", "os", "child_process", "stream"], message: "src/core is pure: no Node built-ins." },
            { group: ["**/xlsx/**", "**/cli/**", "**/office/**", "**/taskpane/**"], message: "src/core must not import hosts." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "window", message: "src/core is pure: no DOM." },
        { name: "document", message: "src/core is pure: no DOM." },
        { name: "Office", message: "src/core is pure: no Office.js." },
        { name: "Excel", message: "src/core is pure: no Office.js." },
        { name: "process", message: "src/core is pure: no Node process." },
        { name: "Buffer", message: "src/core is pure: no Node Buffer." },
      ],
    },
  },
  {
    // Tests and scripts build fixtures with require() in a few places.
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
