"""Events: the PLOVER coder."""
