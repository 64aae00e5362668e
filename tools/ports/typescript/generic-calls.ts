// typescript (the generic generator): a database's life through the generated API's own calls,
// against the served fake at ASTRA_DEVOPS_BASE_URL with ASTRA_DB_APPLICATION_TOKEN
// (tools/ports/ports.py serves it): create (the id from Location), read, list, add a keyspace,
// terminate. Each answer goes through the client's ObjectSerializer; an error or an unexpected
// answer exits non-zero.
import {
  createConfiguration,
  Database,
  DatabaseInfoCreate,
  DatabaseInfoCreateCloudProviderEnum,
  DatabaseInfoCreateTierEnum,
  DatabaseOperationsApi,
  ServerConfiguration,
} from "../typescript/index";

// Each read moves the fake's lifecycle one step: a few suffice.
const READS = 20;

function expect(condition: boolean, problem: string): void {
  if (!condition) {
    throw new Error(`calls: ${problem}`);
  }
}

async function readUntil(api: DatabaseOperationsApi, databaseID: string, status: string): Promise<Database> {
  for (let read = 0; read < READS; read++) {
    const database = await api.getDatabase(databaseID);
    if (database.status === status) {
      return database;
    }
  }
  throw new Error(`calls: ${databaseID} is not ${status} after ${READS} reads`);
}

async function main(): Promise<void> {
  const token = process.env.ASTRA_DB_APPLICATION_TOKEN ?? "";
  const api = new DatabaseOperationsApi(
    createConfiguration({
      baseServer: new ServerConfiguration(process.env.ASTRA_DEVOPS_BASE_URL ?? "", {}),
      authMethods: { BearerAuth: { tokenProvider: { getToken: () => token } } },
    }),
  );
  const body = new DatabaseInfoCreate();
  body.name = "port";
  body.cloudProvider = DatabaseInfoCreateCloudProviderEnum.Aws;
  body.tier = DatabaseInfoCreateTierEnum.Serverless;
  body.capacityUnits = 1;
  body.region = "us-east-1";
  const created = await api.createDatabaseWithHttpInfo(body);
  expect(created.httpStatusCode === 201, `create answered ${created.httpStatusCode}`);
  const databaseID = created.headers["location"] ?? "";
  expect((await readUntil(api, databaseID, "ACTIVE")).id === databaseID, "the database read is another");
  const listed = await api.listDatabases();
  expect(listed.length === 1 && listed[0]?.id === databaseID, `the list holds ${listed.length} databases`);
  const added = await api.addKeyspaceWithHttpInfo(databaseID, "second");
  expect(added.httpStatusCode === 201, `adding a keyspace answered ${added.httpStatusCode}`);
  const extra = (await readUntil(api, databaseID, "ACTIVE")).info.additionalKeyspaces;
  expect(JSON.stringify(extra) === '["second"]', `the keyspaces after adding one: ${JSON.stringify(extra)}`);
  const terminated = await api.terminateDatabaseWithHttpInfo(databaseID);
  expect(terminated.httpStatusCode === 202, `terminate answered ${terminated.httpStatusCode}`);
  await readUntil(api, databaseID, "TERMINATED");
  console.log(`calls: ${databaseID} created, read, listed, given a keyspace and terminated`);
}

main().catch((error: unknown) => {
  console.error(String(error));
  process.exit(1);
});
