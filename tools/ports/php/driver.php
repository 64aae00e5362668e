<?php
// openapi-generator php: every answer through the client's own ObjectSerializer, as its API
// classes read a response (json_decode, then ObjectSerializer::deserialize) and write a body
// (ObjectSerializer::sanitizeForSerialization, then JSON).
//
//   php driver.php CLIENT_DIR ANSWERS RESULTS
[, $client, $answersPath, $resultsPath] = $argv;
require __DIR__ . '/autoload.php';
register_client($client);

use OpenAPI\Client\ObjectSerializer;

$results = [];
foreach (json_decode(file_get_contents($answersPath), true) as $answer) {
    $model = ['string' => 'string', 'any' => 'mixed'][$answer['model']] ?? '\\OpenAPI\\Client\\Model\\' . $answer['model'];
    $type = $answer['array'] ? $model . '[]' : $model;
    try {
        $data = json_decode(json_encode($answer['body']));
        $value = ObjectSerializer::deserialize($data, $type, []);
        $written = json_encode(ObjectSerializer::sanitizeForSerialization($value), JSON_THROW_ON_ERROR);
        $results[] = ['label' => $answer['label'], 'json' => json_decode($written)];
    } catch (\Throwable $error) {
        $results[] = ['label' => $answer['label'], 'error' => get_class($error) . ': ' . $error->getMessage()];
    }
}
file_put_contents($resultsPath, json_encode($results));
