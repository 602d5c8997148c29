"""Wire protocol, HTTP client and auth, the sync engine, credentials."""
