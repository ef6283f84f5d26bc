import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

// The project's rules, each enforced here so it cannot drift (the README lists them):
// 1. Only data and mutation files (and lib/db) touch Prisma.
// 2. Imports point one way: app → components → lib; lib and components never import from app, lib never from
//    components. (Feature folders import each other without cycles: tests/architecture.test.ts.)
// 3. Only lib/env.ts reads process.env in the app.
// 4. No import cycles between files.

const prisma = {
  group: [
    "@prisma/client",
    "@/lib/db/prisma",
    "@/lib/db/client",
    "@/lib/db/errors",
    "@/lib/db/*-adapter",
    "@/lib/db/generated/*",
  ],
  message: "Only *data.ts and *mutations.ts files touch Prisma: call a loader, data or mutation function instead.",
};
const fromApp = {
  group: ["@/app/*"],
  message: "Only routes live in app/: move what you need into lib/ or components/.",
};
const fromComponents = { group: ["@/components/*"], message: "lib/ is below components/: pass data in, not UI." };
const restricted = (...patterns) => ["error", { patterns }];

const DATA_FILES = ["lib/**/data.ts", "lib/**/*-data.ts", "lib/**/mutations.ts", "lib/**/*-mutations.ts", "lib/db/**"];

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "reports/**",
      "next-env.d.ts",
      "lib/db/generated/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  { files: ["app/**"], rules: { "no-restricted-imports": restricted(prisma) } },
  { files: ["components/**"], rules: { "no-restricted-imports": restricted(prisma, fromApp) } },
  {
    files: ["lib/**"],
    ignores: DATA_FILES,
    rules: { "no-restricted-imports": restricted(prisma, fromApp, fromComponents) },
  },
  { files: DATA_FILES, rules: { "no-restricted-imports": restricted(fromApp, fromComponents) } },
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/env.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read settings through env() from lib/env.ts, which parses and documents every variable.",
        },
      ],
    },
  },
];

export default config;
