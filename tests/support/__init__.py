"""Real parts for tests: a throwaway PostgreSQL cluster and the live reference server."""
