import "server-only";
import { headers } from "next/headers";

// The client address, from X-Forwarded-For. The production server (scripts/serve.ts) overwrites that header on
// every request with the socket's address, or with the address TRUSTED_PROXY_HOPS proxies vouch for, so a client
// cannot choose it. Under `next dev` Next.js fills it only when absent: development only.
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.split(",")[0]?.trim() || "unknown";
}

export async function requestAddress(): Promise<string> {
  return clientAddress(await headers());
}
