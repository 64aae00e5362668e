import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.util.List;
import org.openapitools.client.ApiClient;

/** Reads every seed answer into its response type with the stock java (native) client's models
 * and its own ObjectMapper, writes it back and records the result (tools/ports/ports.py compares
 * it). */
public final class Driver {
  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
    ObjectMapper plain = new ObjectMapper();
    ArrayNode results = plain.createArrayNode();
    for (JsonNode answer : plain.readTree(new File(args[0]))) {
      ObjectNode result = results.addObject();
      result.put("label", answer.get("label").asText());
      try {
        JavaType type = type(mapper, answer.get("model").asText(), answer.get("array").asBoolean());
        Object value = mapper.readValue(plain.writeValueAsString(answer.get("body")), type);
        result.set("json", plain.readTree(mapper.writeValueAsString(value)));
      } catch (Exception e) {
        result.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    plain.writeValue(new File(args[1]), results);
  }

  private static JavaType type(ObjectMapper mapper, String model, boolean array)
      throws ClassNotFoundException {
    Class<?> item =
        switch (model) {
          case "string" -> String.class;
          case "any" -> Object.class;
          default -> Class.forName("org.openapitools.client.model." + model);
        };
    return array
        ? mapper.getTypeFactory().constructCollectionType(List.class, item)
        : mapper.getTypeFactory().constructType(item);
  }
}
