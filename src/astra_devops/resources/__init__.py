"""The public modules of the resource groups: each re-exports its group's classes, the async one
(written in `_async/`) and the sync one (generated into `_sync/`), and their `with_raw_response` views."""
