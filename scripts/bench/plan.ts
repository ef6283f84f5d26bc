// How much each part of the benchmark measures: the full run, or a quick one (under two minutes once built).
export interface BenchPlan {
  trainees: number;
  items: number;
  tiers: number[];
  warmupSeconds: number;
  tierSeconds: number;
  rate: number;
  rateConnections: number;
  rateWarmupSeconds: number;
  rateSeconds: number;
  durability: number;
  dashboardSizes: number[];
  dashboardRuns: number;
  liveClients: number;
  /** How long the connected clients sit idle while the server's CPU is measured (a heartbeat goes out every 25 s). */
  liveIdleSeconds: number;
  postgres: boolean;
  lighthouse: "all" | "sample";
}

export const FULL_PLAN: BenchPlan = {
  trainees: 100,
  items: 2500,
  tiers: [50, 300, 2000],
  warmupSeconds: 3,
  tierSeconds: 10,
  rate: 1000,
  rateConnections: 2000,
  rateWarmupSeconds: 5,
  rateSeconds: 30,
  durability: 4000,
  dashboardSizes: [100_000, 1_000_000, 10_000_000],
  dashboardRuns: 20,
  liveClients: 2000,
  liveIdleSeconds: 30,
  postgres: true,
  lighthouse: "all",
};

export const QUICK_PLAN: BenchPlan = {
  trainees: 40,
  items: 1500,
  tiers: [50, 300, 2000],
  warmupSeconds: 1,
  tierSeconds: 2,
  rate: 1000,
  rateConnections: 2000,
  rateWarmupSeconds: 2,
  rateSeconds: 4,
  durability: 1500,
  dashboardSizes: [100_000],
  dashboardRuns: 5,
  liveClients: 500,
  liveIdleSeconds: 5,
  postgres: false,
  lighthouse: "sample",
};
