"""Entry point for ``spark-submit`` on a cluster: the master comes from spark-submit.

spark-submit --master yarn ghatna/cli/spark_submit.py hdfs:///news/*.jsonl hdfs:///ghatna/out
"""

from __future__ import annotations

import argparse
import sys

from ghatna.cli.spark import add_arguments, run_and_report


def main(argv: list[str] | None = None) -> int:
    from pyspark.sql import SparkSession

    parser = argparse.ArgumentParser(prog="ghatna-spark-submit", description=__doc__)
    add_arguments(parser)
    args = parser.parse_args(argv)
    return run_and_report(args, SparkSession.builder.appName("ghatna").getOrCreate())


if __name__ == "__main__":
    sys.exit(main())
