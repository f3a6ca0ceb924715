"""Parse results between the parse steps and the load: the facts store, one Parquet file per batch.

A parse step never opens the DuckDB file. It writes its batch's results as they come, one row per
document (its facts in the contract's JSON, or its error), a row group every few documents so memory
does not grow with the batch, to a temporary name, renamed when the batch is done: a reader sees a whole
batch or none of it, and re-running a batch replaces its file. The store is a path every host can read
(``FACTS_STORE``: a local folder, or NFS; object storage through a mounted path). The load, the one
writer of the warehouse, reads the run's batch files a row group at a time, one document per
transaction, then removes them. A run that dies leaves at most files nobody loaded: the next run parses
those documents again and clears the store first.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from pipelines.inventory import DocumentFile
from pipelines.parse import ParseResult

ROWS_PER_GROUP = 20  # documents held in memory before they are written


@dataclass(frozen=True)
class StagedBatch:
    batch_id: str
    file: str  # the batch's Parquet file in the store
    documents: int
    failed: int  # documents without facts (an error, or no report)


def _schema():
    import pyarrow as pa

    return pa.schema([("document", pa.string()), ("ok", pa.bool_()), ("result", pa.string())])


def write_batch(store: Path, batch_id: str, results: Iterable[tuple[DocumentFile, ParseResult]]) -> StagedBatch:
    import pyarrow as pa
    import pyarrow.parquet as pq

    store.mkdir(parents=True, exist_ok=True)
    target = store / f"{batch_id}.parquet"
    tmp = store / f".{batch_id}.{os.getpid()}.tmp"
    documents = failed = 0
    rows: list[dict] = []
    try:
        with pq.ParquetWriter(tmp, _schema(), compression="zstd") as writer:
            for document, result in results:
                rows.append({"document": json.dumps(asdict(document), ensure_ascii=False),
                             "ok": result.facts is not None,
                             "result": json.dumps(asdict(result), ensure_ascii=False)})
                documents += 1
                failed += result.facts is None
                if len(rows) >= ROWS_PER_GROUP:
                    writer.write_table(pa.Table.from_pylist(rows, _schema()))
                    rows = []
            if rows or not documents:
                writer.write_table(pa.Table.from_pylist(rows, _schema()))
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return StagedBatch(batch_id, str(target), documents, failed)


def read_batch(file: str | Path) -> Iterator[tuple[DocumentFile, ParseResult]]:
    """The batch's documents in the order written, one row group in memory at a time."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(file)
    for group in range(parquet.num_row_groups):
        for row in parquet.read_row_group(group).to_pylist():
            document = json.loads(row["document"])
            document["urls"] = tuple(tuple(u) for u in document.get("urls") or ())
            yield DocumentFile(**document), ParseResult(**json.loads(row["result"]))


def keep_facts(cache: Path, document_id: str, facts: dict) -> None:
    """The loaded facts beside the warehouse, for reading a figure in context."""
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"{document_id}.json"
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)


def clear(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
