-- Documents that failed to parse, newest first, for the data-freshness view.
select path, error_kind, error, failed_at from {{ ref('stg_ingest_errors') }}
