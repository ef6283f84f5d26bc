import zlib from "node:zlib";

/** First-load JavaScript of a page: every script the HTML loads, gzipped as the server would send it. */
export async function firstLoadJs(
  baseUrl: string,
  path: string,
  cookie = "",
): Promise<{ scripts: number; gzipBytes: number; rawBytes: number }> {
  const html = await (await fetch(`${baseUrl}${path}`, { headers: { cookie } })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    rawBytes += body.length;
    gzipBytes += zlib.gzipSync(body).length;
  }
  return { scripts: sources.length, gzipBytes, rawBytes };
}
