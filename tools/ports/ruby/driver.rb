# openapi-generator ruby: every answer through the gem's own ApiClient, as it reads a response
# (JSON parsed with symbol keys, then convert_to_type) and writes a body (object_to_http_body).
#
#   ruby driver.rb GEM_DIR ANSWERS RESULTS
$LOAD_PATH.unshift(File.join(ARGV[0], "lib"))
require "json"
require "openapi_client"

client = OpenapiClient::ApiClient.new
results = JSON.parse(File.read(ARGV[1])).map do |answer|
  model = { "string" => "String", "any" => "Object" }.fetch(answer["model"], answer["model"])
  type = answer["array"] ? "Array<#{model}>" : model
  begin
    body = JSON.parse(JSON.generate([answer["body"]]), symbolize_names: true)[0]
    value = client.convert_to_type(body, type)
    written = value.is_a?(String) ? value.to_json : client.object_to_http_body(value)
    { label: answer["label"], json: JSON.parse(written) }
  rescue StandardError, ScriptError => e
    { label: answer["label"], error: "#{e.class}: #{e.message}" }
  end
end
File.write(ARGV[2], JSON.generate(results))
