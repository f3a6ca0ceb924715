"""Where the run reads and writes, configured in one place."""


import os
from pathlib import Path

from dagster import ConfigurableResource

from pipelines import paths


class Warehouse(ConfigurableResource):
    """raw/ documents in, the working DuckDB file out, and the published read-only copy."""

    raw_dir: str = str(paths.raw_dir())
    db_path: str = str(paths.working_db())
    published_path: str = str(paths.published_db())
    facts_dir: str = str(paths.facts_cache_dir())
    sources_file: str = str(paths.sources_file())
    facts_store_dir: str = str(paths.facts_store())
    batch_size: int = int(os.environ.get("BATCH_SIZE", "200"))  # documents per parse step (a batch); batches
    # spread over the workers of the Celery executor

    @property
    def raw(self) -> Path:
        return Path(self.raw_dir)

    @property
    def db(self) -> Path:
        return Path(self.db_path)

    @property
    def facts_cache(self) -> Path:
        return Path(self.facts_dir)

    @property
    def store(self) -> Path:
        """Parse results waiting for the load, a Parquet file per batch (a path every host reads when steps
        run on several machines)."""
        return Path(self.facts_store_dir)
