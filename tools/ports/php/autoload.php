<?php
// The client's composer.json maps OpenAPI\Client\ to lib/ (PSR-4); no composer here, so the same
// mapping is registered by hand. Its HTTP dependency, Guzzle 7, is Debian's php-guzzlehttp-guzzle,
// whose autoloader is on PHP's include path.
function register_client(string $client): void
{
    spl_autoload_register(function (string $class) use ($client): void {
        $prefix = 'OpenAPI\\Client\\';
        if (strncmp($class, $prefix, strlen($prefix)) === 0) {
            $file = $client . '/lib/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
        }
    });
}
