import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { CLUSTER_NOTIFY, ClusterNotifier } from "@/lib/realtime/cluster-notifier";

// A stand-in for a cluster worker's process: messages sent go to the primary, messages received come from it.
function workerProcess() {
  const emitter = new EventEmitter() as EventEmitter & { send: (message: unknown) => boolean; sent: unknown[] };
  emitter.sent = [];
  emitter.send = (message) => {
    emitter.sent.push(message);
    return true;
  };
  return emitter;
}

describe("ClusterNotifier", () => {
  it("delivers a publish to this process's subscribers of the channel, and only them", async () => {
    const notifier = new ClusterNotifier(workerProcess() as unknown as NodeJS.Process);
    const heard: string[] = [];
    notifier.subscribe("live:a", (p) => heard.push(`a ${p}`));
    notifier.subscribe("live:b", (p) => heard.push(`b ${p}`));
    await notifier.publish("live:a", "v1");
    expect(heard).toEqual(["a v1"]);
  });

  it("sends each publish to the primary for the other workers, and delivers what the primary relays", async () => {
    const proc = workerProcess();
    const notifier = new ClusterNotifier(proc as unknown as NodeJS.Process);
    const heard: string[] = [];
    notifier.subscribe("live:a", (p) => heard.push(p));
    await notifier.publish("live:a", "mine");
    expect(proc.sent).toEqual([{ type: CLUSTER_NOTIFY, channel: "live:a", payload: "mine" }]);
    proc.emit("message", { type: CLUSTER_NOTIFY, channel: "live:a", payload: "from a sibling" });
    proc.emit("message", { type: "something else", channel: "live:a", payload: "ignored" });
    expect(heard).toEqual(["mine", "from a sibling"]);
  });

  it("stops delivering after unsubscribe and close, and refuses oversized payloads", async () => {
    const proc = workerProcess();
    const notifier = new ClusterNotifier(proc as unknown as NodeJS.Process);
    const heard: string[] = [];
    const stop = notifier.subscribe("c", (p) => heard.push(p));
    stop();
    await notifier.publish("c", "after unsubscribe");
    notifier.subscribe("c", (p) => heard.push(p));
    await notifier.close();
    proc.emit("message", { type: CLUSTER_NOTIFY, channel: "c", payload: "after close" });
    expect(heard).toEqual([]);
    await expect(notifier.publish("c", "x".repeat(5000))).rejects.toThrow(/at most 4096 bytes/);
  });
});
