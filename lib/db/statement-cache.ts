import type Database from "better-sqlite3";

// Prisma's better-sqlite3 adapter prepares every statement afresh (`prepare(sql).bind(args)`), and preparing cost about
// a tenth of the answer endpoint's CPU (docs/performance.md). The app sends a small, fixed set of statements, so each is
// prepared once per connection and kept; `bind` then returns a view that passes the arguments to each call instead of
// binding them to the statement for good (better-sqlite3 statements bind only once). Statements run synchronously to
// completion, so one cached statement is never in use twice at a time.

const MAX_STATEMENTS = 500;

type Statement = Database.Statement<unknown[]>;

/** What the adapter calls on a prepared statement. */
function boundView(statement: Statement, args: unknown[]) {
  return {
    reader: statement.reader,
    run: () => statement.run(args),
    all: () => statement.all(args),
    get: () => statement.get(args),
    columns: () => statement.columns(),
    raw: (toggle = true) => ({ all: () => statement.raw(toggle).all(args) }),
  };
}

export function cacheStatements(db: Database.Database): void {
  const prepare = db.prepare.bind(db) as (sql: string) => Statement;
  const cache = new Map<string, Statement>();
  const cachedPrepare = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) cache.delete(sql);
    else {
      statement = prepare(sql);
      if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
    }
    // Most recently used last, so the first key is the one to drop.
    cache.set(sql, statement);
    const unbound = statement;
    return { ...boundView(unbound, []), bind: (args: unknown[]) => boundView(unbound, args) };
  };
  (db as unknown as { prepare: typeof cachedPrepare }).prepare = cachedPrepare;
}
