"""Dagster assets, checks, sensors and schedules: thin calls into documents/, recognize/, load/ and dbt."""
