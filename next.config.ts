import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/http/security-headers";

// The Content-Security-Policy (with a nonce per request) and HSTS are set in proxy.ts and scripts/serve.ts.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "pg",
    "@prisma/adapter-pg",
    "@node-rs/argon2",
  ],
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
