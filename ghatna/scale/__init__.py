"""Scale: a bounded-memory process pool on one machine, and a Spark job beyond it."""
