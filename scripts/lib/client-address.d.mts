import type { IncomingMessage } from "node:http";

export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string;
export const PROXY_HEADERS: string[];
export function setClientAddress(req: IncomingMessage, hops: number): void;
