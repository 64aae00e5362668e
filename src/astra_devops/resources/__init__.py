"""The public modules of the resource groups: each re-exports its group's classes, the async one
(written in `_async/`) and the sync one (generated into `_sync/`), and their `with_raw_response` views.

A method declared in one line (most of those of `cdc`, `scim`, `telemetry`...) takes the generated
operation's arguments (see `help()` on it) and returns its generated model; bodies are the generated
request models."""
