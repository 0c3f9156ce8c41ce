"""Places: a GeoNames gazetteer with Hindi names, and the geocoder that reads place mentions."""
