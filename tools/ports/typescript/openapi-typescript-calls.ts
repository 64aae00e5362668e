// openapi-typescript (types only): a database's life through fetch typed by the generated schema,
// against the served fake at ASTRA_DEVOPS_BASE_URL with ASTRA_DB_APPLICATION_TOKEN
// (tools/ports/ports.py serves it): create (the id from Location), read, list, add a keyspace,
// terminate. Each body sent and read has the port's types; an error or an unexpected answer exits
// non-zero.
import type { components } from "../openapi-typescript/schema";

type Database = components["schemas"]["Database"];
type DatabaseInfoCreate = components["schemas"]["DatabaseInfoCreate"];

// Each read moves the fake's lifecycle one step: a few suffice.
const READS = 20;
const BASE = process.env.ASTRA_DEVOPS_BASE_URL ?? "";
const HEADERS = { Authorization: `Bearer ${process.env.ASTRA_DB_APPLICATION_TOKEN ?? ""}` };

function expect(condition: boolean, problem: string): void {
  if (!condition) {
    throw new Error(`calls: ${problem}`);
  }
}

async function call(method: string, path: string, status: number, body?: DatabaseInfoCreate): Promise<Response> {
  const headers = body === undefined ? HEADERS : { ...HEADERS, "Content-Type": "application/json" };
  const response = await fetch(`${BASE}${path}`, { method, headers, body: JSON.stringify(body) });
  expect(response.status === status, `${method} ${path} answered ${response.status}, not ${status}`);
  return response;
}

async function readUntil(databaseID: string, status: string): Promise<Database> {
  for (let read = 0; read < READS; read++) {
    const database: Database = await (await call("GET", `/v2/databases/${databaseID}`, 200)).json();
    if (database.status === status) {
      return database;
    }
  }
  throw new Error(`calls: ${databaseID} is not ${status} after ${READS} reads`);
}

async function main(): Promise<void> {
  const body: DatabaseInfoCreate = {
    name: "port",
    cloudProvider: "AWS",
    tier: "serverless",
    capacityUnits: 1,
    region: "us-east-1",
  };
  const databaseID = (await call("POST", "/v2/databases", 201, body)).headers.get("Location") ?? "";
  expect((await readUntil(databaseID, "ACTIVE")).id === databaseID, "the database read is another");
  const listed: Database[] = await (await call("GET", "/v2/databases", 200)).json();
  expect(listed.length === 1 && listed[0].id === databaseID, `the list holds ${listed.length} databases`);
  await call("POST", `/v2/databases/${databaseID}/keyspaces/second`, 201);
  const extra = (await readUntil(databaseID, "ACTIVE")).info.additionalKeyspaces;
  expect(JSON.stringify(extra) === '["second"]', `the keyspaces after adding one: ${JSON.stringify(extra)}`);
  await call("POST", `/v2/databases/${databaseID}/terminate`, 202);
  await readUntil(databaseID, "TERMINATED");
  console.log(`calls: ${databaseID} created, read, listed, given a keyspace and terminated`);
}

main().catch((error: unknown) => {
  console.error(String(error));
  process.exit(1);
});
