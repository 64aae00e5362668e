# openapi-generator ruby: a database's life through the gem's own calls (typhoeus), against the
# served fake at ASTRA_DEVOPS_BASE_URL with ASTRA_DB_APPLICATION_TOKEN (tools/ports/ports.py
# serves it): create (the id from Location), read, list, add a keyspace, terminate. The gem decodes
# each answer into its models; an error or an unexpected answer exits non-zero.
#
#   ruby calls.rb GEM_DIR
require "uri"
$LOAD_PATH.unshift(File.join(ARGV[0], "lib"))
require "openapi_client"

# Each read moves the fake's lifecycle one step: a few suffice.
READS = 20

def expect(condition, problem)
  raise "calls: #{problem}" unless condition
end

def read_until(api, id, status)
  READS.times do
    database = api.get_database(id)
    expect(database.is_a?(OpenapiClient::Database), "read a #{database.class}")
    return database if database.status == status
  end
  raise "calls: #{id} is not #{status} after #{READS} reads"
end

url = URI(ENV.fetch("ASTRA_DEVOPS_BASE_URL"))
OpenapiClient.configure do |config|
  config.scheme = url.scheme
  config.host = "#{url.host}:#{url.port}"
  config.base_path = url.path
  config.access_token = ENV.fetch("ASTRA_DB_APPLICATION_TOKEN")
end
api = OpenapiClient::DatabaseOperationsApi.new
body = OpenapiClient::DatabaseInfoCreate.new(
  name: "port", cloud_provider: "AWS", tier: "serverless", capacity_units: 1, region: "us-east-1"
)
_, status, headers = api.create_database_with_http_info(body)
expect(status == 201, "create answered #{status}")
id = headers["Location"]
expect(read_until(api, id, "ACTIVE").id == id, "the database read is another")
listed = api.list_databases
expect(listed.length == 1 && listed[0].is_a?(OpenapiClient::Database) && listed[0].id == id,
       "the list holds #{listed.length} databases")
_, status, = api.add_keyspace_with_http_info(id, "second")
expect(status == 201, "adding a keyspace answered #{status}")
extra = read_until(api, id, "ACTIVE").info.additional_keyspaces
expect(extra == ["second"], "the keyspaces after adding one: #{extra.inspect}")
_, status, = api.terminate_database_with_http_info(id)
expect(status == 202, "terminate answered #{status}")
read_until(api, id, "TERMINATED")
puts "calls: #{id} created, read, listed, given a keyspace and terminated"
