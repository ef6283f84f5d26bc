import type { Cluster } from "node:cluster";

export declare const RELAYED_MESSAGES: Set<string>;
export declare function relayBetweenWorkers(cluster: Cluster): void;
