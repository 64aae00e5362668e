"""What each resource group checks, builds and parses before and after its I/O, shared by both clients."""
