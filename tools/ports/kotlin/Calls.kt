// openapi-generator kotlin (gson): a database's life against the served fake at
// ASTRA_DEVOPS_BASE_URL with ASTRA_DB_APPLICATION_TOKEN (tools/ports/ports.py serves it): create
// (the id from Location), read, list, add a keyspace, terminate. The client's ApiClient needs
// okhttp 5, which no registry reachable here ships, so the requests go through Java's HttpClient
// on the paths the generated API classes use; each body is the client's own model written by its
// Serializer.gson, and each answer is read into the client's models by the same Serializer, as its
// ApiClient does. An error or an unexpected answer exits non-zero.
//
//   kotlin -cp ... calls.CallsKt
package calls

import com.google.gson.reflect.TypeToken
import java.lang.reflect.Type
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import org.openapitools.client.infrastructure.Serializer
import org.openapitools.client.models.Database
import org.openapitools.client.models.DatabaseInfoCreate

// Each read moves the fake's lifecycle one step: a few suffice.
const val READS = 20

class Fake(private val url: String, private val token: String) {
    private val http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()

    fun send(method: String, path: String, body: Any? = null): HttpResponse<String> {
        val publisher = if (body == null) HttpRequest.BodyPublishers.noBody()
            else HttpRequest.BodyPublishers.ofString(Serializer.gson.toJson(body))
        val request = HttpRequest.newBuilder(URI.create(url + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer $token")
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .method(method, publisher)
            .build()
        return http.send(request, HttpResponse.BodyHandlers.ofString())
    }

    fun <T> read(path: String, type: Type, item: Class<*>): T {
        val answer = send("GET", path)
        expect(answer.statusCode() == 200, "GET $path answered ${answer.statusCode()}")
        val value: Any? = Serializer.gson.fromJson(answer.body(), type)
        val items = if (value is List<*>) value else listOf(value)
        items.forEach { expect(item.isInstance(it), "GET $path read a ${it?.javaClass?.name}") }
        @Suppress("UNCHECKED_CAST")
        return value as T
    }
}

fun expect(condition: Boolean, problem: String) {
    if (!condition) {
        throw IllegalStateException("calls: $problem")
    }
}

fun readUntil(fake: Fake, id: String, status: String): Database {
    repeat(READS) {
        val database: Database = fake.read("/v2/databases/$id", Database::class.java, Database::class.java)
        if (database.status == status) {
            return database
        }
    }
    throw IllegalStateException("calls: $id is not $status after $READS reads")
}

fun main() {
    val fake = Fake(System.getenv("ASTRA_DEVOPS_BASE_URL"), System.getenv("ASTRA_DB_APPLICATION_TOKEN"))
    val body = DatabaseInfoCreate(
        name = "port",
        cloudProvider = DatabaseInfoCreate.CloudProvider.AWS,
        tier = DatabaseInfoCreate.Tier.serverless,
        capacityUnits = 1,
        region = "us-east-1"
    )
    val created = fake.send("POST", "/v2/databases", body)
    expect(created.statusCode() == 201, "create answered ${created.statusCode()}")
    val id = created.headers().firstValue("location").orElse("")
    expect(readUntil(fake, id, "ACTIVE").id == id, "the database read is another")
    val listType = TypeToken.getParameterized(List::class.java, Database::class.java).type
    val listed: List<Database> = fake.read("/v2/databases", listType, Database::class.java)
    expect(listed.size == 1 && listed[0].id == id, "the list holds ${listed.size} databases")
    val added = fake.send("POST", "/v2/databases/$id/keyspaces/second")
    expect(added.statusCode() == 201, "adding a keyspace answered ${added.statusCode()}")
    val extra = readUntil(fake, id, "ACTIVE").info.additionalKeyspaces
    expect(extra == listOf("second"), "the keyspaces after adding one: $extra")
    val terminated = fake.send("POST", "/v2/databases/$id/terminate")
    expect(terminated.statusCode() == 202, "terminate answered ${terminated.statusCode()}")
    readUntil(fake, id, "TERMINATED")
    println("calls: $id created, read, listed, given a keyspace and terminated")
}
