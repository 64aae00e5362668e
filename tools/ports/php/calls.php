<?php
// openapi-generator php: a database's life through the client's own API class (Guzzle), against
// the served fake at ASTRA_DEVOPS_BASE_URL with ASTRA_DB_APPLICATION_TOKEN (tools/ports/ports.py
// serves it): create (the id from Location), read, list, add a keyspace, terminate. The client
// decodes each answer into its models (ObjectSerializer); an error or an unexpected answer exits
// non-zero.
//
//   php calls.php CLIENT_DIR
require __DIR__ . '/autoload.php';
require 'GuzzleHttp/autoload.php';
register_client($argv[1]);

use OpenAPI\Client\Api\DatabaseOperationsApi;
use OpenAPI\Client\Configuration;
use OpenAPI\Client\Model\Database;
use OpenAPI\Client\Model\DatabaseInfoCreate;

// Each read moves the fake's lifecycle one step: a few suffice.
const READS = 20;

function expect(bool $condition, string $problem): void
{
    if (!$condition) {
        throw new RuntimeException("calls: $problem");
    }
}

function readUntil(DatabaseOperationsApi $api, string $id, string $status): Database
{
    for ($read = 0; $read < READS; $read++) {
        $database = $api->getDatabase($id);
        expect($database instanceof Database, 'read a ' . get_debug_type($database));
        if ($database->getStatus() === $status) {
            return $database;
        }
    }
    throw new RuntimeException("calls: $id is not $status after " . READS . ' reads');
}

$config = Configuration::getDefaultConfiguration()
    ->setHost(getenv('ASTRA_DEVOPS_BASE_URL'))
    ->setAccessToken(getenv('ASTRA_DB_APPLICATION_TOKEN'))
    // By default a boolean query parameter is sent as 0 or 1; the contract's booleans are words.
    ->setBooleanFormatForQueryString(Configuration::BOOLEAN_FORMAT_STRING);
$api = new DatabaseOperationsApi(null, $config);
$body = (new DatabaseInfoCreate())
    ->setName('port')
    ->setCloudProvider(DatabaseInfoCreate::CLOUD_PROVIDER_AWS)
    ->setTier(DatabaseInfoCreate::TIER_SERVERLESS)
    ->setCapacityUnits(1)
    ->setRegion('us-east-1');
[, $status, $headers] = $api->createDatabaseWithHttpInfo($body);
expect($status === 201, "create answered $status");
$id = array_change_key_case($headers)['location'][0];
expect(readUntil($api, $id, 'ACTIVE')->getId() === $id, 'the database read is another');
$listed = $api->listDatabases();
expect(count($listed) === 1 && $listed[0] instanceof Database && $listed[0]->getId() === $id,
    'the list holds ' . count($listed) . ' databases');
[, $status] = $api->addKeyspaceWithHttpInfo($id, 'second');
expect($status === 201, "adding a keyspace answered $status");
$extra = readUntil($api, $id, 'ACTIVE')->getInfo()->getAdditionalKeyspaces();
expect($extra === ['second'], 'the keyspaces after adding one: ' . json_encode($extra));
[, $status] = $api->terminateDatabaseWithHttpInfo($id);
expect($status === 202, "terminate answered $status");
readUntil($api, $id, 'TERMINATED');
echo "calls: $id created, read, listed, given a keyspace and terminated\n";
