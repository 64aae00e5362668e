// openapi-zod-client: a database's life through the generated Zodios client's own calls (axios),
// against the served fake at ASTRA_DEVOPS_BASE_URL with ASTRA_DB_APPLICATION_TOKEN
// (tools/ports/ports.py serves it): create (the id from Location), read, list, add a keyspace,
// terminate. Zodios validates each body and parses each answer with the port's zod schemas; an
// error or an unexpected answer exits non-zero. A Zodios call returns the body only: a plugin,
// Zodios's own extension point, reads the status and the Location header of each answer.
import { createApiClient, schemas } from "../openapi-zod-client/client";

// Each read moves the fake's lifecycle one step: a few suffice.
const READS = 20;

type Client = ReturnType<typeof createApiClient>;
type Database = ReturnType<typeof schemas.Database.parse>;

function expect(condition: boolean, problem: string): void {
  if (!condition) {
    throw new Error(`calls: ${problem}`);
  }
}

async function readUntil(client: Client, databaseID: string, status: string): Promise<Database> {
  for (let read = 0; read < READS; read++) {
    const database = await client.getDatabase({ params: { databaseID } });
    if (database.status === status) {
      return database;
    }
  }
  throw new Error(`calls: ${databaseID} is not ${status} after ${READS} reads`);
}

async function main(): Promise<void> {
  const client = createApiClient(String(process.env.ASTRA_DEVOPS_BASE_URL), {
    axiosConfig: { headers: { Authorization: `Bearer ${process.env.ASTRA_DB_APPLICATION_TOKEN}` } },
  });
  const last = { status: 0, location: "" };
  client.use({
    response: async (_api, _config, response) => {
      last.status = response.status;
      last.location = String(response.headers["location"] ?? "");
      return response;
    },
  });
  const body = schemas.DatabaseInfoCreate.parse({
    name: "port",
    cloudProvider: "AWS",
    tier: "serverless",
    capacityUnits: 1,
    region: "us-east-1",
  });
  await client.createDatabase(body);
  expect(last.status === 201, `create answered ${last.status}`);
  const databaseID = last.location;
  expect((await readUntil(client, databaseID, "ACTIVE")).id === databaseID, "the database read is another");
  const listed: Database[] = await client.listDatabases();
  expect(listed.length === 1 && listed[0].id === databaseID, `the list holds ${listed.length} databases`);
  await client.addKeyspace(undefined, { params: { databaseID, keyspaceName: "second" } });
  expect(last.status === 201, `adding a keyspace answered ${last.status}`);
  const extra = (await readUntil(client, databaseID, "ACTIVE")).info.additionalKeyspaces;
  expect(JSON.stringify(extra) === '["second"]', `the keyspaces after adding one: ${JSON.stringify(extra)}`);
  await client.terminateDatabase(undefined, { params: { databaseID } });
  expect(last.status === 202, `terminate answered ${last.status}`);
  await readUntil(client, databaseID, "TERMINATED");
  console.log(`calls: ${databaseID} created, read, listed, given a keyspace and terminated`);
}

main().catch((error: unknown) => {
  console.error(String(error));
  process.exit(1);
});
