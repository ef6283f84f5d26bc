import http from "node:http";

// A minimal server-sent events client for the load: one raw HTTP connection per client (as each phone has its own),
// which hands every `state` event to the caller with the time it arrived.

export interface StreamClient {
  close(): void;
}

export interface StateEvent {
  at: number;
  data: string;
}

export function openStream(url: string, cookie: string, onState: (event: StateEvent) => void): Promise<StreamClient> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    let opened = false;
    const request = http.get(url, { agent: false, headers: { cookie, accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`${url}: ${response.statusCode}`));
        return;
      }
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        const at = performance.now();
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = "message";
          let data = "";
          for (const line of block.split("\n")) {
            if (line.startsWith("event: ")) event = line.slice(7);
            else if (line.startsWith("data: ")) data += line.slice(6);
          }
          if (event !== "state") continue;
          onState({ at, data });
          if (!opened) {
            opened = true;
            resolve({ close: () => request.destroy() });
          }
        }
      });
      response.on("error", () => undefined);
    });
    request.on("error", (error) => {
      if (!opened) reject(error);
    });
  });
}
