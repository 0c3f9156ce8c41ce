"""Property-based requests generated from the app's own OpenAPI spec (schemathesis): whatever
the input, the server answers as documented and never with a server error.

The operations are walked by hand (``schemathesis.pytest.from_fixture`` does not run on the
pytest this project pins), each with a bounded number of Hypothesis examples.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from tests.web_fixtures import Server

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 25


def test_api_conforms_to_its_openapi_spec(api_server: Server) -> None:
    schema = schemathesis.openapi.from_url(f"{api_server.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        )
        def run(case: schemathesis.Case) -> None:
            case.call_and_validate(base_url=api_server.url, checks=CHECKS)

        try:
            run()
        except Exception as e:
            pytest.fail(f"{operation.label}: {e}")
