import "server-only";
import { headers } from "next/headers";

// Next's server sets x-forwarded-for to the socket address; a proxy in front must overwrite, not append.
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.split(",")[0]?.trim() || "unknown";
}

export async function requestAddress(): Promise<string> {
  return clientAddress(await headers());
}
