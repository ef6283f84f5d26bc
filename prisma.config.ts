import path from "node:path";
import { defineConfig } from "prisma/config";
import { createSQLiteAdapter } from "./lib/db/sqlite-adapter";

// The JavaScript schema engine works offline; the adapter's database wins over the schema's url.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return createSQLiteAdapter();
  },
});
