// typescript-fetch: a database's life through the generated API's own calls, against the served
// fake at ASTRA_DEVOPS_BASE_URL with ASTRA_DB_APPLICATION_TOKEN (tools/ports/ports.py serves it):
// create (the id from Location), read, list, add a keyspace, terminate. Each answer goes through
// the client's own models (FromJSON); an error or an unexpected answer exits non-zero.
import { DatabaseOperationsApi } from "../typescript-fetch/apis/index";
import type { Database } from "../typescript-fetch/models/index";
import { Configuration } from "../typescript-fetch/runtime";

// Each read moves the fake's lifecycle one step: a few suffice.
const READS = 20;

function expect(condition: boolean, problem: string): void {
  if (!condition) {
    throw new Error(`calls: ${problem}`);
  }
}

async function readUntil(api: DatabaseOperationsApi, databaseID: string, status: string): Promise<Database> {
  for (let read = 0; read < READS; read++) {
    const database = await api.getDatabase({ databaseID });
    if (database.status === status) {
      return database;
    }
  }
  throw new Error(`calls: ${databaseID} is not ${status} after ${READS} reads`);
}

async function main(): Promise<void> {
  const api = new DatabaseOperationsApi(
    new Configuration({
      basePath: process.env.ASTRA_DEVOPS_BASE_URL,
      accessToken: process.env.ASTRA_DB_APPLICATION_TOKEN,
    }),
  );
  const created = await api.createDatabaseRaw({
    databaseInfoCreate: { name: "port", cloudProvider: "AWS", tier: "serverless", capacityUnits: 1, region: "us-east-1" },
  });
  expect(created.raw.status === 201, `create answered ${created.raw.status}`);
  const databaseID = created.raw.headers.get("Location") ?? "";
  expect((await readUntil(api, databaseID, "ACTIVE")).id === databaseID, "the database read is another");
  const listed = await api.listDatabases();
  expect(listed.length === 1 && listed[0].id === databaseID, `the list holds ${listed.length} databases`);
  const added = await api.addKeyspaceRaw({ databaseID, keyspaceName: "second" });
  expect(added.raw.status === 201, `adding a keyspace answered ${added.raw.status}`);
  const extra = (await readUntil(api, databaseID, "ACTIVE")).info.additionalKeyspaces;
  expect(JSON.stringify(extra) === '["second"]', `the keyspaces after adding one: ${JSON.stringify(extra)}`);
  const terminated = await api.terminateDatabaseRaw({ databaseID });
  expect(terminated.raw.status === 202, `terminate answered ${terminated.raw.status}`);
  await readUntil(api, databaseID, "TERMINATED");
  console.log(`calls: ${databaseID} created, read, listed, given a keyspace and terminated`);
}

main().catch((error: unknown) => {
  console.error(String(error));
  process.exit(1);
});
