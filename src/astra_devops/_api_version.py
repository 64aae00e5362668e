"""The vendor OpenAPI document generated/ comes from (written by `make update-spec`)."""

__api_version__ = "2.3.0"
__api_sha256__ = "3a025eb96dacdd9196f5c53fc79d73b880f829baa45366bbec6baf09d96e7a53"
