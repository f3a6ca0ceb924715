select document_id, path, sha256, parser_version, error_kind, error, failed_at
from {{ source('facts', 'ingest_errors') }}
