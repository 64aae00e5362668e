"""Python client for the DataStax Astra DB DevOps API."""
