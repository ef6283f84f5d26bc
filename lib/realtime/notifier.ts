export type Unsubscribe = () => void;

/** Delivers small text payloads (≤ 4 kB) to every subscriber of a channel, in every process and instance, this one included. */
export interface Notifier {
  publish(channel: string, payload: string): Promise<void>;
  subscribe(channel: string, onMessage: (payload: string) => void): Unsubscribe;
  close(): Promise<void>;
}

export const MAX_PAYLOAD_BYTES = 4096;

/** Subscribers of this process, by channel: the part every transport shares. */
export class LocalSubscribers {
  private readonly byChannel = new Map<string, Set<(payload: string) => void>>();

  add(channel: string, onMessage: (payload: string) => void): Unsubscribe {
    let set = this.byChannel.get(channel);
    if (!set) {
      set = new Set();
      this.byChannel.set(channel, set);
    }
    set.add(onMessage);
    return () => {
      set.delete(onMessage);
      if (set.size === 0) this.byChannel.delete(channel);
    };
  }

  deliver(channel: string, payload: string): void {
    for (const onMessage of this.byChannel.get(channel) ?? []) {
      try {
        onMessage(payload);
      } catch (error) {
        // One subscriber's failure must not keep the message from the others.
        console.error(`Notifier subscriber on ${channel} failed:`, error);
      }
    }
  }

  channels(): string[] {
    return [...this.byChannel.keys()];
  }

  clear(): void {
    this.byChannel.clear();
  }
}

export function checkPayload(payload: string): void {
  if (Buffer.byteLength(payload, "utf8") > MAX_PAYLOAD_BYTES) {
    throw new Error(`Notifier payloads must be at most ${MAX_PAYLOAD_BYTES} bytes`);
  }
}
