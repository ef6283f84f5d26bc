import { checkPayload, LocalSubscribers, type Notifier, type Unsubscribe } from "@/lib/realtime/notifier";

/** The message a worker sends its cluster primary, which relays it to every other worker (scripts/serve.ts). */
export const CLUSTER_NOTIFY = "notifier:publish";

interface ClusterMessage {
  type: typeof CLUSTER_NOTIFY;
  channel: string;
  payload: string;
}

const isClusterMessage = (message: unknown): message is ClusterMessage =>
  typeof message === "object" &&
  message !== null &&
  (message as ClusterMessage).type === CLUSTER_NOTIFY &&
  typeof (message as ClusterMessage).channel === "string" &&
  typeof (message as ClusterMessage).payload === "string";

/**
 * One machine's transport: subscribers in this process hear a publish at once; the other node:cluster workers hear it
 * through the primary. With no cluster (tests, `next dev`) it is simply in-process.
 */
export class ClusterNotifier implements Notifier {
  private readonly local = new LocalSubscribers();
  private readonly onParentMessage = (message: unknown) => {
    if (isClusterMessage(message)) this.local.deliver(message.channel, message.payload);
  };

  constructor(private readonly processHandle: NodeJS.Process = process) {
    if (processHandle.send) processHandle.on("message", this.onParentMessage);
  }

  async publish(channel: string, payload: string): Promise<void> {
    checkPayload(payload);
    this.local.deliver(channel, payload);
    this.processHandle.send?.({ type: CLUSTER_NOTIFY, channel, payload } satisfies ClusterMessage);
  }

  subscribe(channel: string, onMessage: (payload: string) => void): Unsubscribe {
    return this.local.add(channel, onMessage);
  }

  async close(): Promise<void> {
    this.processHandle.off("message", this.onParentMessage);
    this.local.clear();
  }
}
