"""``ghatna spark``: run extraction as a PySpark job (local, or the master given by spark-submit)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ghatna.ingest.fields import COMMON_NAMES, ROLES
from ghatna.run.spark import SparkJob, local_session, run_spark_job


def register(commands: Any) -> None:
    parser = commands.add_parser("spark", help="extract a JSONL/Parquet corpus to Parquet with PySpark")
    add_arguments(parser)
    parser.set_defaults(run=run)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", help="JSONL or Parquet input: a path or any Hadoop-compatible URI")
    parser.add_argument("output", help="output folder/URI; articles/ and events/ Parquet go under it")
    parser.add_argument("--input-format", choices=("jsonl", "parquet"), default="jsonl")
    parser.add_argument("--master", default="local[2]", help="Spark master (default: %(default)s)")
    parser.add_argument("--partitions", type=int, help="repartition the input into N partitions")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing output")
    for role in ROLES:
        parser.add_argument(
            f"--{role}-field",
            metavar="NAME",
            help=f"input column holding the {role} "
            f"(default: the first of {', '.join(COMMON_NAMES[role][:4])} … present)",
        )


def job_from(args: argparse.Namespace) -> SparkJob:
    return SparkJob(
        input_uri=args.input,
        output_uri=args.output,
        input_format=args.input_format,
        text_field=args.text_field,
        id_field=args.id_field,
        title_field=args.title_field,
        date_field=args.date_field,
        url_field=args.url_field,
        partitions=args.partitions,
        mode="overwrite" if args.overwrite else "errorifexists",
    )


def run(args: argparse.Namespace) -> int:
    return run_and_report(args, local_session(args.master))


def run_and_report(args: argparse.Namespace, spark: Any) -> int:
    """Run the job on ``spark`` (stopped afterwards), print its counts as JSON, exit 1 if rows failed."""
    try:
        result = run_spark_job(job_from(args), spark)
    finally:
        spark.stop()
    print(json.dumps({"articles": result.articles, "failed": result.failed, "events": result.events}))
    return 1 if result.failed else 0
