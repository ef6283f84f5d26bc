// The client address the app counts rate limits against, decided where the socket is known (scripts/serve.ts).
import net from "node:net";

/** @param {string | undefined} address */
function normalise(address) {
  const value = (address ?? "").trim();
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  return mapped ? mapped[1] : value;
}

/**
 * With no trusted proxy (hops 0), the socket's address: whatever X-Forwarded-For a client sends is ignored. Behind
 * `hops` proxies that each append the address they saw, the entry that many places from the right of the chain
 * "X-Forwarded-For entries, then the socket"; entries further left were written by the client and are ignored. A
 * chain shorter than that (a request that did not come through every proxy) falls back to the socket.
 *
 * @param {string | undefined} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {number} hops
 * @returns {string}
 */
export function resolveClientAddress(socketAddress, forwardedFor, hops) {
  const socket = normalise(socketAddress) || "unknown";
  if (!hops) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [
    ...header
      .split(",")
      .map(normalise)
      .filter((entry) => entry !== ""),
    socket,
  ];
  if (chain.length <= hops) return socket;
  const candidate = chain[chain.length - 1 - hops];
  return candidate && net.isIP(candidate) ? candidate : socket;
}

// Headers only a trusted proxy may set. With none trusted, what a client sent under these names is dropped.
export const PROXY_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/**
 * Rewrites the request's forwarding headers in place: X-Forwarded-For becomes the one address decided above.
 *
 * @param {import("node:http").IncomingMessage} req
 * @param {number} hops
 */
export function setClientAddress(req, hops) {
  req.headers["x-forwarded-for"] = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
  if (!hops) for (const name of PROXY_HEADERS) delete req.headers[name];
}
