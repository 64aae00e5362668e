// openapi-generator kotlin (gson): every answer through the client's own Serializer.gson, as its
// ApiClient reads a response (fromJson to the response type) and writes a body (toJson).
//
//   kotlin -cp ... DriverKt ANSWERS RESULTS
import com.google.gson.JsonArray
import com.google.gson.JsonElement
import com.google.gson.JsonObject
import com.google.gson.JsonParser
import com.google.gson.reflect.TypeToken
import java.io.File
import java.lang.reflect.Type
import org.openapitools.client.infrastructure.Serializer

fun itemClass(model: String): Class<*> = when (model) {
    "string" -> String::class.java
    "any" -> Any::class.java
    else -> Class.forName("org.openapitools.client.models.$model")
}

// What gson returns must be the model itself: a model generated as a map (a HashMap subclass, as
// `additionalProperties: true` makes it) comes back as a plain map (LinkedTreeMap), which the
// round trip alone would not show but a caller's cast to the model would (ClassCastException).
fun checkRead(value: Any?, item: Class<*>, array: Boolean) {
    val items = if (array) value as List<*> else listOf(value)
    for (read in items) {
        if (read != null && !item.isInstance(read)) {
            throw ClassCastException("${read.javaClass.name} read instead of ${item.simpleName}")
        }
    }
}

fun roundTrip(answer: JsonObject): JsonElement {
    val item = itemClass(answer.get("model").asString)
    val array = answer.get("array").asBoolean
    val type: Type = if (array) TypeToken.getParameterized(List::class.java, item).type else item
    val value: Any? = Serializer.gson.fromJson(answer.get("body"), type)
    checkRead(value, item, array)
    return JsonParser.parseString(Serializer.gson.toJson(value))
}

fun main(args: Array<String>) {
    val answers = JsonParser.parseString(File(args[0]).readText()).asJsonArray
    val results = JsonArray()
    for (element in answers) {
        val answer = element.asJsonObject
        val result = JsonObject()
        result.add("label", answer.get("label"))
        try {
            result.add("json", roundTrip(answer))
        } catch (error: Exception) {
            result.addProperty("error", "${error.javaClass.name}: ${error.message}")
        }
        results.add(result)
    }
    File(args[1]).writeText(results.toString())
}
