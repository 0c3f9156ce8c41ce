"""The actor knowledge base: who is who, with English names, countries, sectors and dates in office."""
