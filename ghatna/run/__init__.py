"""Every way of running the pipeline over sources: one article (``extract``), a batch
(``batch``), a parallel ingest into the store (``parallel``, ``ingest``), feeds watched
(``watch``) and the Spark job (``spark``)."""
