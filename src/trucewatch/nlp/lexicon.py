"""Loading our data files (actors, triggers, statuses, places) once per process."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """A data file from `trucewatch/data/`, parsed; `name` without the `.json`."""
    return json.loads(resources.files("trucewatch.data").joinpath(f"{name}.json").read_text("utf-8"))
