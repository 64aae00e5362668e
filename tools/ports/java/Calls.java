import java.net.http.HttpClient;
import java.util.List;
import org.openapitools.client.ApiClient;
import org.openapitools.client.ApiResponse;
import org.openapitools.client.api.DatabaseOperationsApi;
import org.openapitools.client.model.Database;
import org.openapitools.client.model.DatabaseInfoCreate;

/** A database's life through the stock java (native) client's own calls, against the served fake
 * at ASTRA_DEVOPS_BASE_URL with ASTRA_DB_APPLICATION_TOKEN (tools/ports/ports.py serves it):
 * create (the id from Location), read, list, add a keyspace, terminate. Each answer is decoded
 * into the client's models; an error or an unexpected answer exits non-zero. */
public final class Calls {
  /** Each read moves the fake's lifecycle one step: a few suffice. */
  private static final int READS = 20;

  public static void main(String[] args) throws Exception {
    String token = System.getenv("ASTRA_DB_APPLICATION_TOKEN");
    ApiClient client =
        new ApiClient(
            HttpClient.newBuilder(),
            ApiClient.createDefaultObjectMapper(),
            System.getenv("ASTRA_DEVOPS_BASE_URL"));
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    DatabaseOperationsApi api = new DatabaseOperationsApi(client);
    DatabaseInfoCreate body =
        new DatabaseInfoCreate()
            .name("port")
            .cloudProvider(DatabaseInfoCreate.CloudProviderEnum.AWS)
            .tier(DatabaseInfoCreate.TierEnum.SERVERLESS)
            .capacityUnits(1)
            .region("us-east-1");
    ApiResponse<Void> created = api.createDatabaseWithHttpInfo(body);
    expect(created.getStatusCode() == 201, "create answered " + created.getStatusCode());
    String id = created.getHeaders().get("location").get(0);
    expect(readUntil(api, id, "ACTIVE").getId().equals(id), "the database read is another");
    List<Database> listed = api.listDatabases(null, null, null, null);
    expect(listed.size() == 1 && listed.get(0).getId().equals(id), "the list holds " + listed.size());
    expect(api.addKeyspaceWithHttpInfo(id, "second").getStatusCode() == 201, "adding a keyspace");
    List<String> extra = readUntil(api, id, "ACTIVE").getInfo().getAdditionalKeyspaces();
    expect(List.of("second").equals(extra), "the keyspaces after adding one: " + extra);
    expect(api.terminateDatabaseWithHttpInfo(id, null).getStatusCode() == 202, "terminate");
    readUntil(api, id, "TERMINATED");
    System.out.println("calls: " + id + " created, read, listed, given a keyspace and terminated");
  }

  private static Database readUntil(DatabaseOperationsApi api, String id, String status)
      throws Exception {
    for (int read = 0; read < READS; read++) {
      Database database = api.getDatabase(id);
      if (status.equals(database.getStatus())) {
        return database;
      }
    }
    throw new IllegalStateException("calls: " + id + " is not " + status + " after " + READS + " reads");
  }

  private static void expect(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalStateException("calls: " + problem);
    }
  }
}
