// Type-level proof, checked by `npm run typecheck`, that the PostgreSQL client can stand in for the SQLite one:
// for every model and operation, the arguments the SQLite types accept are accepted by the PostgreSQL client
// (which adds a few PostgreSQL-only options, such as `mode: "insensitive"`) and the results are identical.
// A schema change that made them differ names the model and operation in the type error below.
import type { Prisma as Sqlite } from "@prisma/client";
import type { Prisma as Postgres } from "@/lib/db/generated/postgres/client";

type Operation = { args: unknown; result: unknown };
type OperationsOf<Models, M> = M extends keyof Models ? (Models[M] extends { operations: infer O } ? O : never) : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Substitutes<S, P> = S extends Operation
  ? P extends Operation
    ? [S["args"]] extends [P["args"]]
      ? Same<S["result"], P["result"]>
      : false
    : false
  : false;

type SqliteModels = Sqlite.TypeMap["model"];
type PostgresModels = Postgres.TypeMap["model"];
type Differences = {
  [M in keyof SqliteModels]: {
    [O in keyof OperationsOf<SqliteModels, M>]: Substitutes<
      OperationsOf<SqliteModels, M>[O],
      O extends keyof OperationsOf<PostgresModels, M> ? OperationsOf<PostgresModels, M>[O] : never
    > extends true
      ? never
      : `${M & string}.${O & string}`;
  }[keyof OperationsOf<SqliteModels, M>];
}[keyof SqliteModels];

export const sameModels: Same<keyof SqliteModels, keyof PostgresModels> = true;
export const noDifferences: [Differences] extends [never] ? true : Differences = true;
