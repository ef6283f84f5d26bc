import { parseAnnouncement } from "@/lib/live/events";
import { HEARTBEAT, HEARTBEAT_MS } from "@/lib/live/sse";
import type { Audience } from "@/lib/live/types";
import type { Notifier, Unsubscribe } from "@/lib/realtime/notifier";

// One hub per server process fans each live session's events out to that process's connected clients. It holds one
// notifier subscription per session (not per client), loads the session once per change, formats and encodes one frame
// per audience, and writes the same bytes to every client of that audience. A connection costs a Set entry and its
// stream buffer; nothing is queried for it after it connects.

/** A session's current state as encoded server-sent events, one per audience. */
export interface LiveFrames {
  version: number;
  ended: boolean;
  frames: Record<Audience, Uint8Array>;
  /** When the clock next changes the session by itself (a timer, idle expiry), in epoch ms; null when never. */
  deadline: number | null;
}

export interface HubClient {
  readonly audience: Audience;
  /** Whose sign-in the stream rides on: when that session or account is revoked, the stream ends at once. */
  readonly owner?: { userId: string; authSessionId: string };
  /** Queues bytes for the client; false when it has fallen too far behind and should be dropped (it will reconnect). */
  send(bytes: Uint8Array): boolean;
  close(): void;
}

export interface HubOptions {
  notifier: Notifier;
  channel: (sessionId: string) => string;
  load: (sessionId: string) => Promise<LiveFrames | null>;
  /** Settles a session whose deadline has come (closing answers when the timer runs out, ending an idle session). */
  onDeadline?: (sessionId: string) => Promise<void>;
  heartbeatMs?: number;
  /** Answers arrive in bursts: their counts are reloaded at most this often. */
  tallyDelayMs?: number;
  /** An empty room keeps its subscription this long, so a classroom reconnecting at once loads the session once. */
  lingerMs?: number;
  /**
   * The channel on which revoked sign-ins are announced (`{"session": id}`, `{"user": id}` or `{"everyone": true}`):
   * streams riding on one end, and the browser's reconnection is then refused.
   */
  evictChannel?: string;
}

interface Connection {
  client: HubClient;
  /** Until the client has been brought up to date on attach, broadcasts skip it. */
  ready: boolean;
  last: Uint8Array | null;
}

interface Room {
  id: string;
  connections: Map<HubClient, Connection>;
  frames: LiveFrames | null;
  loaded: Promise<void>;
  loading: boolean;
  dirty: boolean;
  unsubscribe: Unsubscribe;
  tally: ReturnType<typeof setTimeout> | null;
  deadline: ReturnType<typeof setTimeout> | null;
  linger: ReturnType<typeof setTimeout> | null;
}

const encoder = new TextEncoder();
const HEARTBEAT_BYTES = encoder.encode(HEARTBEAT);
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);

/**
 * Keeps the previous frame of an audience whose content did not change (an answer moves the presenter's counts, not
 * what trainees see), so the clients of that audience are not sent it again.
 */
function reuseUnchanged(previous: LiveFrames | null, next: LiveFrames | null): LiveFrames | null {
  if (!previous || !next) return next;
  const frames = { ...next.frames };
  for (const audience of Object.keys(frames) as Audience[]) {
    if (sameBytes(previous.frames[audience], frames[audience])) frames[audience] = previous.frames[audience];
  }
  return { ...next, frames };
}

export class LiveHub {
  private readonly rooms = new Map<string, Room>();
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private stopEvictions: Unsubscribe | null = null;

  constructor(private readonly options: HubOptions) {}

  /**
   * Attaches a client to a session and sends what it lacks: every audience but trainees always gets the current frame
   * (their counts move between versions); a trainee who already holds the current version (`since`) gets nothing.
   * Returns the frames it was brought up to, or null when there is no such session (the client is not kept).
   */
  async attach(sessionId: string, client: HubClient, since: number | null): Promise<LiveFrames | null> {
    const room = this.rooms.get(sessionId) ?? this.open(sessionId);
    if (room.linger) clearTimeout(room.linger);
    room.linger = null;
    const connection: Connection = { client, ready: false, last: null };
    room.connections.set(client, connection);
    this.startHeartbeat();
    this.followEvictions();
    await room.loaded;
    const frames = room.frames;
    if (!frames || !room.connections.has(client)) {
      this.detach(sessionId, client);
      return null;
    }
    connection.ready = true;
    if (client.audience !== "trainee" || since === null || since < frames.version) this.deliver(room, connection);
    else connection.last = frames.frames.trainee;
    if (frames.ended) {
      this.detach(sessionId, client);
      client.close();
    }
    return frames;
  }

  detach(sessionId: string, client: HubClient): void {
    const room = this.rooms.get(sessionId);
    if (!room || !room.connections.delete(client)) return;
    if (room.connections.size === 0 && !room.linger) {
      room.linger = setTimeout(() => this.dispose(room), this.options.lingerMs ?? 5000);
      room.linger.unref?.();
    }
  }

  /** Connected clients in this process, by session: for tests and monitoring. */
  counts(): Map<string, number> {
    return new Map([...this.rooms].map(([id, room]) => [id, room.connections.size]));
  }

  /** Ends every stream and subscription; resolves once reads in flight are done. */
  async close(): Promise<void> {
    const loads: Promise<void>[] = [];
    for (const room of this.rooms.values()) {
      for (const { client } of room.connections.values()) client.close();
      room.connections.clear();
      loads.push(room.loaded);
      this.dispose(room);
    }
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.stopEvictions?.();
    this.stopEvictions = null;
    await Promise.allSettled(loads);
  }

  private open(sessionId: string): Room {
    const room: Room = {
      id: sessionId,
      connections: new Map(),
      frames: null,
      loaded: Promise.resolve(),
      loading: false,
      dirty: false,
      unsubscribe: () => undefined,
      tally: null,
      deadline: null,
      linger: null,
    };
    this.rooms.set(sessionId, room);
    // Subscribe before the first read, so a change committed in between is not missed: it triggers another read.
    room.unsubscribe = this.options.notifier.subscribe(this.options.channel(sessionId), (payload) =>
      this.onAnnouncement(room, payload),
    );
    room.loaded = this.refresh(room);
    return room;
  }

  private onAnnouncement(room: Room, payload: string): void {
    const version = parseAnnouncement(payload);
    if (version === null) {
      room.tally ??= setTimeout(() => {
        room.tally = null;
        room.loaded = this.refresh(room);
      }, this.options.tallyDelayMs ?? 250);
      return;
    }
    if (room.frames && version <= room.frames.version) return;
    room.loaded = this.refresh(room);
  }

  /** Loads the session once for every client of this process; a change during a load is loaded right after it. */
  private refresh(room: Room): Promise<void> {
    if (this.rooms.get(room.id) !== room) return Promise.resolve();
    if (room.loading) {
      room.dirty = true;
      return room.loaded;
    }
    room.loading = true;
    return (async () => {
      try {
        do {
          room.dirty = false;
          try {
            room.frames = reuseUnchanged(room.frames, await this.options.load(room.id));
          } catch (error) {
            // Keep the last good frames: a failed read (a locked database, a restart) must not cut every client off.
            console.error(`Could not load live session ${room.id}:`, error);
          }
          this.broadcast(room);
        } while (room.dirty);
      } finally {
        room.loading = false;
      }
    })();
  }

  private broadcast(room: Room): void {
    const frames = room.frames;
    if (!frames) return;
    for (const connection of room.connections.values()) if (connection.ready) this.deliver(room, connection);
    this.scheduleDeadline(room, frames);
    if (frames.ended) {
      // The last frame is out; each stream ends, and the browser, having seen the end, does not reconnect. A client
      // still attaching gets the last frame from attach(), which then lets it go.
      for (const connection of room.connections.values()) {
        if (!connection.ready) continue;
        room.connections.delete(connection.client);
        connection.client.close();
      }
      this.dispose(room);
    }
  }

  private deliver(room: Room, connection: Connection): void {
    const bytes = room.frames!.frames[connection.client.audience];
    if (bytes === connection.last) return;
    connection.last = bytes;
    if (!connection.client.send(bytes)) {
      room.connections.delete(connection.client);
      connection.client.close();
    }
  }

  private scheduleDeadline(room: Room, frames: LiveFrames): void {
    if (room.deadline) clearTimeout(room.deadline);
    room.deadline = null;
    const { onDeadline } = this.options;
    if (frames.deadline === null || !onDeadline) return;
    const delay = Math.min(MAX_TIMEOUT_MS, Math.max(0, frames.deadline - Date.now()) + 50);
    room.deadline = setTimeout(() => {
      room.deadline = null;
      void onDeadline(room.id)
        .catch((error: unknown) => console.error(`Could not settle live session ${room.id}:`, error))
        .then(() => {
          if (this.rooms.get(room.id) === room) room.loaded = this.refresh(room);
        });
    }, delay);
    room.deadline.unref?.();
  }

  private dispose(room: Room): void {
    if (this.rooms.get(room.id) !== room) return;
    if (room.connections.size > 0) return;
    room.unsubscribe();
    for (const timer of [room.tally, room.deadline, room.linger]) if (timer) clearTimeout(timer);
    this.rooms.delete(room.id);
    if (this.rooms.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  private followEvictions(): void {
    const channel = this.options.evictChannel;
    if (!channel || this.stopEvictions) return;
    this.stopEvictions = this.options.notifier.subscribe(channel, (payload) => this.evict(payload));
  }

  /** Ends the streams of a revoked sign-in (one session, every session of an account, or everyone's). */
  private evict(payload: string): void {
    let eviction: { session?: unknown; user?: unknown; everyone?: unknown };
    try {
      eviction = JSON.parse(payload) as typeof eviction;
    } catch {
      return;
    }
    const revoked = (owner: HubClient["owner"]) =>
      eviction.everyone === true ||
      (owner !== undefined && (owner.authSessionId === eviction.session || owner.userId === eviction.user));
    for (const room of this.rooms.values()) {
      for (const connection of [...room.connections.values()]) {
        if (!revoked(connection.client.owner)) continue;
        room.connections.delete(connection.client);
        connection.client.close();
      }
    }
  }

  private startHeartbeat(): void {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => {
      for (const room of this.rooms.values()) {
        // A notification can be lost (a transport reconnecting drops what was published meanwhile): re-reading each
        // session once per heartbeat bounds how long a screen can lag; unchanged frames are not sent again.
        room.loaded = this.refresh(room);
        for (const connection of room.connections.values()) {
          if (!connection.client.send(HEARTBEAT_BYTES)) {
            room.connections.delete(connection.client);
            connection.client.close();
          }
        }
      }
    }, this.options.heartbeatMs ?? HEARTBEAT_MS);
    this.heartbeat.unref?.();
  }
}
