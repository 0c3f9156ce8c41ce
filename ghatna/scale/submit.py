"""Entry point for ``spark-submit`` on a cluster: the master comes from spark-submit.

spark-submit --master yarn ghatna/scale/submit.py hdfs:///news/*.jsonl hdfs:///ghatna/out
"""

from __future__ import annotations

import argparse
import json
import sys

from ghatna.cli.spark import add_arguments, job_from
from ghatna.scale.spark import run_spark_job


def main(argv: list[str] | None = None) -> int:
    from pyspark.sql import SparkSession

    parser = argparse.ArgumentParser(prog="ghatna-spark-submit", description=__doc__)
    add_arguments(parser)
    args = parser.parse_args(argv)
    spark = SparkSession.builder.appName("ghatna").getOrCreate()
    try:
        result = run_spark_job(job_from(args), spark)
    finally:
        spark.stop()
    print(json.dumps({"articles": result.articles, "failed": result.failed, "events": result.events}))
    return 1 if result.failed else 0


if __name__ == "__main__":
    sys.exit(main())
