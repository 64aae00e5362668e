// typescript (the generic generator): every answer through ObjectSerializer.deserialize, as the
// generated API reads a response, and back through ObjectSerializer.serialize.
import { ObjectSerializer } from "../typescript/models/ObjectSerializer";
import { roundTripAll } from "./io";

roundTripAll((answer) => {
  const type = answer.array ? `Array<${answer.model}>` : answer.model;
  return ObjectSerializer.serialize(ObjectSerializer.deserialize(answer.body, type, ""), type, "");
});
