"""Resource groups of the clients: one module per group, imported on first use."""
