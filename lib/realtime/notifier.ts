export type Unsubscribe = () => void;

/** Delivers small text payloads (≤ 4 kB) to every subscriber of a channel, in every process and instance, this one included. */
export interface Notifier {
  publish(channel: string, payload: string): Promise<void>;
  subscribe(channel: string, onMessage: (payload: string) => void): Unsubscribe;
  close(): Promise<void>;
}
