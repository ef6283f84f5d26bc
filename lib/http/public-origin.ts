import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:]+\](:\d{1,5})?$/;

/**
 * The origin people reach the app at, for links that leave the screen (a join link, its QR code): NEXTAUTH_URL; when
 * that is still the loopback default but the page was asked for by another host name, that host (a classroom server
 * reached over the local network). A forged Host header can only change what its own sender is shown.
 */
export async function publicOrigin(): Promise<string> {
  const configured = new URL(env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`);
  if (!LOOPBACK.test(configured.host)) return configured.origin;
  const requested = (await headers()).get("host") ?? "";
  return HOST.test(requested) && !LOOPBACK.test(requested) ? `${configured.protocol}//${requested}` : configured.origin;
}
