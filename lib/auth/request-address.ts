import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/rate-limit";

export async function requestAddress(): Promise<string> {
  return clientAddress(await headers());
}
