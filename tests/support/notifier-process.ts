// A separate Node process with its own PostgresNotifier, driven over stdin/stdout as JSON lines, for
// tests/integration/postgres-notifier.test.ts. Arguments: the database URL, then the channels to subscribe to.
import readline from "node:readline";
import { createPostgresNotifier } from "@/lib/realtime/postgres-notifier";

const [url, ...channels] = process.argv.slice(2);
const send = (message: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(message)}\n`);
const notifier = createPostgresNotifier({
  url: url!,
  minBackoffMs: 50,
  maxBackoffMs: 500,
  onReconnect: () => send({ event: "reconnected" }),
});
for (const channel of channels) notifier.subscribe(channel, (payload) => send({ event: "message", channel, payload }));
await notifier.listening();
send({ event: "listening" });

for await (const line of readline.createInterface({ input: process.stdin })) {
  const command = JSON.parse(line) as { publish?: { channel: string; payload: string }; close?: true };
  if (command.publish) {
    await notifier.publish(command.publish.channel, command.publish.payload);
    send({ event: "published" });
  }
  if (command.close) break;
}
await notifier.close();
