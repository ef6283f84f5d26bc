import { captureSecurityLog } from "@/lib/security/log";

// Security events go to standard output in production; tests that check them capture them, the rest drop them.
captureSecurityLog(() => undefined);
