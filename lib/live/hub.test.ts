import { afterEach, describe, expect, it, vi } from "vitest";
import { TALLY } from "@/lib/live/events";
import { LiveHub, type HubClient, type LiveFrames } from "@/lib/live/hub";
import type { Audience } from "@/lib/live/types";
import { LocalSubscribers, type Notifier } from "@/lib/realtime/notifier";

// The hub against an in-process notifier and a stand-in for the database read, which counts how often it is called.

class MemoryNotifier implements Notifier {
  readonly local = new LocalSubscribers();
  async publish(channel: string, payload: string) {
    this.local.deliver(channel, payload);
  }
  subscribe(channel: string, onMessage: (payload: string) => void) {
    return this.local.add(channel, onMessage);
  }
  async close() {
    this.local.clear();
  }
}

const encoder = new TextEncoder();

function world(options: { failLoads?: boolean } = {}) {
  const notifier = new MemoryNotifier();
  const session = { version: 1, ended: false, tally: 0 };
  let loads = 0;
  let gate: Promise<void> | null = null;
  const load = vi.fn(async (): Promise<LiveFrames | null> => {
    loads += 1;
    if (gate) await gate;
    if (options.failLoads && loads > 1) throw new Error("database locked");
    const frame = (audience: Audience) =>
      encoder.encode(`${audience} v${session.version}${audience === "trainee" ? "" : ` t${session.tally}`}`);
    return {
      version: session.version,
      ended: session.ended,
      frames: { trainee: frame("trainee"), presenter: frame("presenter"), control: frame("control") },
      deadline: null,
    };
  });
  const hub = new LiveHub({ notifier, channel: (id) => `live:${id}`, load, tallyDelayMs: 20, lingerMs: 20 });
  return {
    hub,
    notifier,
    load,
    session,
    loads: () => loads,
    /** Holds every load until the returned function is called. */
    holdLoads() {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return () => {
        gate = null;
        release();
      };
    },
    async change(patch: Partial<typeof session>) {
      Object.assign(session, patch);
      await notifier.publish("live:s1", String(session.version));
      await settle();
    },
  };
}

function client(audience: Audience, capacity = Infinity) {
  const received: Uint8Array[] = [];
  let closed = false;
  const c: HubClient & { received: Uint8Array[]; texts: () => string[]; closed: () => boolean } = {
    audience,
    received,
    texts: () => received.map((b) => new TextDecoder().decode(b)).filter((t) => !t.startsWith(":")),
    closed: () => closed,
    send(bytes) {
      if (received.length >= capacity) return false;
      received.push(bytes);
      return true;
    },
    close() {
      closed = true;
    },
  };
  return c;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
const hubs: LiveHub[] = [];
afterEach(() => Promise.all(hubs.splice(0).map((h) => h.close())));

describe("the live hub", () => {
  it("reads the session once per change, however many clients are attached, and writes each the same bytes", async () => {
    const w = world();
    hubs.push(w.hub);
    const clients = Array.from({ length: 200 }, (_, i) => client(i % 2 ? "trainee" : "presenter"));
    await Promise.all(clients.map((c) => w.hub.attach("s1", c, null)));
    expect(w.loads()).toBe(1);
    await w.change({ version: 2 });
    expect(w.loads()).toBe(2);
    for (const c of clients)
      expect(c.texts()).toEqual([
        `${c.audience} v1${c.audience === "trainee" ? "" : " t0"}`,
        `${c.audience} v2${c.audience === "trainee" ? "" : " t0"}`,
      ]);
    const trainees = clients.filter((c) => c.audience === "trainee");
    expect(new Set(trainees.map((c) => c.received[1])).size).toBe(1);
  });

  it("sends a reconnecting trainee who already holds the current version nothing, and an educator's screen its frame", async () => {
    const w = world();
    hubs.push(w.hub);
    const trainee = client("trainee");
    const presenter = client("presenter");
    await w.hub.attach("s1", trainee, 1);
    await w.hub.attach("s1", presenter, 1);
    expect(trainee.texts()).toEqual([]);
    expect(presenter.texts()).toEqual(["presenter v1 t0"]);
    const behind = client("trainee");
    await w.hub.attach("s1", behind, 0);
    expect(behind.texts()).toEqual(["trainee v1"]);
  });

  it("gathers a burst of answers into one read, and sends trainees nothing when only the counts moved", async () => {
    const w = world();
    hubs.push(w.hub);
    const trainee = client("trainee");
    const control = client("control");
    await w.hub.attach("s1", trainee, null);
    await w.hub.attach("s1", control, null);
    w.session.tally = 30;
    for (let i = 0; i < 30; i++) await w.notifier.publish("live:s1", TALLY);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(w.loads()).toBe(2);
    expect(control.texts()).toEqual(["control v1 t0", "control v1 t30"]);
    expect(trainee.texts()).toEqual(["trainee v1"]);
  });

  it("reads again when a change is announced during a read, so nothing committed meanwhile is missed", async () => {
    const w = world();
    hubs.push(w.hub);
    const release = w.holdLoads();
    const c = client("trainee");
    const attached = w.hub.attach("s1", c, null);
    w.session.version = 2;
    await w.notifier.publish("live:s1", "2");
    release();
    await attached;
    await settle();
    expect(c.texts().at(-1)).toBe("trainee v2");
  });

  it("ignores an announcement of a version it has already read", async () => {
    const w = world();
    hubs.push(w.hub);
    await w.hub.attach("s1", client("trainee"), null);
    await w.notifier.publish("live:s1", "1");
    await settle();
    expect(w.loads()).toBe(1);
  });

  it("closes every stream after the last frame of an ended session, and lets the session go", async () => {
    const w = world();
    hubs.push(w.hub);
    const clients = [client("trainee"), client("presenter")];
    for (const c of clients) await w.hub.attach("s1", c, null);
    await w.change({ version: 2, ended: true });
    for (const c of clients) {
      expect(c.texts().at(-1)).toMatch(/v2/);
      expect(c.closed()).toBe(true);
    }
    expect(w.hub.counts().size).toBe(0);
    expect(w.notifier.local.channels()).toEqual([]);
  });

  it("drops a client that has fallen behind instead of buffering for it", async () => {
    const w = world();
    hubs.push(w.hub);
    const slow = client("trainee", 1);
    const fast = client("trainee");
    await w.hub.attach("s1", slow, null);
    await w.hub.attach("s1", fast, null);
    await w.change({ version: 2 });
    expect(slow.closed()).toBe(true);
    expect(fast.texts()).toEqual(["trainee v1", "trainee v2"]);
    expect(w.hub.counts().get("s1")).toBe(1);
  });

  it("keeps the last good state when a read fails", async () => {
    const w = world({ failLoads: true });
    hubs.push(w.hub);
    const c = client("trainee");
    await w.hub.attach("s1", c, null);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await w.change({ version: 2 });
    expect(c.closed()).toBe(false);
    const late = client("trainee");
    await w.hub.attach("s1", late, null);
    expect(late.texts()).toEqual(["trainee v1"]);
  });

  it("holds one subscription per session, released a moment after its last client leaves", async () => {
    const w = world();
    hubs.push(w.hub);
    const a = client("trainee");
    const b = client("trainee");
    await w.hub.attach("s1", a, null);
    await w.hub.attach("s1", b, null);
    expect(w.notifier.local.channels()).toEqual(["live:s1"]);
    w.hub.detach("s1", a);
    w.hub.detach("s1", b);
    expect(w.notifier.local.channels()).toEqual(["live:s1"]);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(w.notifier.local.channels()).toEqual([]);
  });

  it("re-reads each session at every heartbeat, so a lost notification delays a screen by one beat at most", async () => {
    const w = world();
    const hub = new LiveHub({
      notifier: w.notifier,
      channel: (id) => `live:${id}`,
      load: w.load,
      heartbeatMs: 30,
    });
    hubs.push(hub);
    const c = client("trainee");
    await hub.attach("s1", c, null);
    w.session.version = 2; // changed without an announcement
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(c.texts()).toEqual(["trainee v1", "trainee v2"]);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(c.texts()).toHaveLength(2);
  });

  it("ends the streams of a revoked sign-in at once, and only those", async () => {
    const notifier = new MemoryNotifier();
    const w = world();
    const hub = new LiveHub({ notifier, channel: (id) => `live:${id}`, load: w.load, evictChannel: "auth:evict" });
    hubs.push(hub);
    const owned = (userId: string, authSessionId: string) =>
      Object.assign(client("trainee"), { owner: { userId, authSessionId } });
    const [phone, laptop, other] = [owned("ana", "s-phone"), owned("ana", "s-laptop"), owned("bo", "s-bo")];
    for (const c of [phone, laptop, other]) await hub.attach("s1", c, null);
    await notifier.publish("auth:evict", JSON.stringify({ session: "s-phone" }));
    expect([phone.closed(), laptop.closed(), other.closed()]).toEqual([true, false, false]);
    await notifier.publish("auth:evict", JSON.stringify({ user: "ana" }));
    expect([laptop.closed(), other.closed()]).toEqual([true, false]);
    await notifier.publish("auth:evict", "not json");
    await notifier.publish("auth:evict", JSON.stringify({ everyone: true }));
    expect(other.closed()).toBe(true);
    expect(hub.counts().get("s1")).toBe(0);
  });

  it("refuses a session that does not exist and keeps no client for it", async () => {
    const notifier = new MemoryNotifier();
    const hub = new LiveHub({ notifier, channel: (id) => `live:${id}`, load: async () => null, lingerMs: 1 });
    hubs.push(hub);
    expect(await hub.attach("missing", client("trainee"), null)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(hub.counts().size).toBe(0);
  });
});
