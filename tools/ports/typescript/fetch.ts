// typescript-fetch: every answer through its model's FromJSON and back through ToJSON, the
// functions the generated API calls on a response.
import * as models from "../typescript-fetch/models/index";
import { roundTripAll } from "./io";

const library = models as unknown as Record<string, ((json: unknown) => unknown) | undefined>;

roundTripAll((answer) => {
  if (answer.model === "string" || answer.model === "any") {
    return answer.body;
  }
  const read = library[`${answer.model}FromJSON`];
  const write = library[`${answer.model}ToJSON`];
  if (read === undefined || write === undefined) {
    throw new Error(`no model named ${answer.model}`);
  }
  const once = (json: unknown) => write(read(json));
  return answer.array ? (answer.body as unknown[]).map(once) : once(answer.body);
});
