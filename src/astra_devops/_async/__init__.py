"""The client and every module that does its I/O (asynchronous).

The request path: `_client` (the client) -> a resource group (`databases`, `roles`, ...) builds
and checks with `.._requests.<group>` -> `_resource` -> `_transport` sends, retries, reads ->
`.._parsing` makes the models. `_poll` waits, `_pagination` walks listings, `_raw` holds the
`with_raw_response` views (generated from the groups' public methods).
"""
