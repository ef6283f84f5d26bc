// Runs in the browser before the app's own code. Zod compiles its object parsers with `new Function` where it may, and
// its probe for that is reported by the browser as a Content-Security-Policy violation, since the policy forbids eval
// (lib/security/csp.ts). `jitless` skips the probe; the browser only checks small forms, for which Zod's interpreter is
// fast enough. Zod keeps its configuration on this global (zod/v4/core/core.js) and takes it as it finds it, so it is
// set without importing Zod into every page; the accessibility sweep (e2e/a11y.spec.ts) fails if the probe ever runs.
const zod = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zod.__zod_globalConfig = { ...zod.__zod_globalConfig, jitless: true };

export {};
