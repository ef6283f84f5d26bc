// npm run db:migrate: applies the committed migrations of the engine DATABASE_URL names (the deploy step).
import { describeDatabase } from "@/lib/db/engine";
import { migrateDatabase } from "@/scripts/lib/prepare-database";

console.log(`Database: ${describeDatabase()}`);
migrateDatabase()
  .then(() => console.log("Migrations are up to date."))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
