"""Synthetic job-board data and timed scenarios for `make bench` (see __main__ for usage)."""
