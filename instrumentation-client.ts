import { config } from "zod/v4/core";

// Runs in the browser before the app's own code. Zod compiles its object parsers with `new Function` where it may, and
// its probe for that is reported by the browser as a Content-Security-Policy violation, since the policy forbids eval
// (lib/security/csp.ts). The browser only checks small forms, for which Zod's interpreter is fast enough.
config({ jitless: true });
