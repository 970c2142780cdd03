"""trucewatch: a verified, queryable record of ceasefires and peace talks, built from news."""

__version__ = "0.1.0"
