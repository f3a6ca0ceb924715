"""Where the run reads and writes, configured in one place."""


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
    chunk_size: int = 500  # documents per parse step; steps spread over workers with a multi-machine executor

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
    def staging(self) -> Path:
        """Parse results waiting for the load (shared storage when steps run on several machines)."""
        return Path(self.facts_dir) / ".staging"
