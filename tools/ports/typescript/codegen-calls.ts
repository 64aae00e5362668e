// openapi-typescript-codegen (the fetch client): a database's life through the generated
// services' own calls (Node's fetch), against the served fake at ASTRA_DEVOPS_BASE_URL with
// ASTRA_DB_APPLICATION_TOKEN (tools/ports/ports.py serves it): create (the id from Location, which
// the service returns), read, list, add a keyspace, terminate. The services type each answer with
// the port's models and throw ApiError on any status but 2xx; an unexpected answer exits non-zero.
import { Database, DatabaseInfoCreate, DatabaseOperationsService, OpenAPI } from "../openapi-typescript-codegen";

// Each read moves the fake's lifecycle one step: a few suffice.
const READS = 20;

function expect(condition: boolean, problem: string): void {
  if (!condition) {
    throw new Error(`calls: ${problem}`);
  }
}

async function readUntil(databaseID: string, status: string): Promise<Database> {
  for (let read = 0; read < READS; read++) {
    const database: Database = await DatabaseOperationsService.getDatabase(databaseID);
    if (database.status === status) {
      return database;
    }
  }
  throw new Error(`calls: ${databaseID} is not ${status} after ${READS} reads`);
}

async function main(): Promise<void> {
  OpenAPI.BASE = String(process.env.ASTRA_DEVOPS_BASE_URL);
  OpenAPI.TOKEN = process.env.ASTRA_DB_APPLICATION_TOKEN;
  const body: DatabaseInfoCreate = {
    name: "port",
    cloudProvider: DatabaseInfoCreate.cloudProvider.AWS,
    tier: DatabaseInfoCreate.tier.SERVERLESS,
    capacityUnits: 1,
    region: "us-east-1",
  };
  const databaseID: string = await DatabaseOperationsService.createDatabase(body);
  expect((await readUntil(databaseID, "ACTIVE")).id === databaseID, "the database read is another");
  const listed: Database[] = await DatabaseOperationsService.listDatabases();
  expect(listed.length === 1 && listed[0].id === databaseID, `the list holds ${listed.length} databases`);
  await DatabaseOperationsService.addKeyspace(databaseID, "second");
  const extra = (await readUntil(databaseID, "ACTIVE")).info.additionalKeyspaces;
  expect(JSON.stringify(extra) === '["second"]', `the keyspaces after adding one: ${JSON.stringify(extra)}`);
  await DatabaseOperationsService.terminateDatabase(databaseID);
  await readUntil(databaseID, "TERMINATED");
  console.log(`calls: ${databaseID} created, read, listed, given a keyspace and terminated`);
}

main().catch((error: unknown) => {
  console.error(String(error));
  process.exit(1);
});
