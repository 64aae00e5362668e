// openapi-zod-client (--export-schemas): every answer through its schema's parse, as the generated
// Zodios client validates a response, and back through JSON.stringify, as it sends a body.
import { z } from "zod";
import { schemas } from "../openapi-zod-client/client";
import { roundTripAll } from "./io";

const library = schemas as unknown as Record<string, z.ZodTypeAny | undefined>;

function schemaOf(model: string): z.ZodTypeAny {
  if (model === "string") {
    return z.string();
  }
  if (model === "any") {
    return z.unknown();
  }
  const found = library[model];
  if (found === undefined) {
    throw new Error(`no schema named ${model}`);
  }
  return found;
}

roundTripAll((answer) => {
  const item = schemaOf(answer.model);
  const schema = answer.array ? z.array(item) : item;
  return JSON.parse(JSON.stringify(schema.parse(answer.body)));
});
