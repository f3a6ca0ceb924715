-- One row: when the warehouse was last built, how many documents, how many failed, the last fetch.
with docs as (
    select
        max(loaded_at) as last_loaded_at,
        count(*) filter (where status = 'parsed') as documents_parsed,
        count(*) filter (where status = 'failed') as documents_failed,
        count(*) filter (where status = 'no_report') as documents_without_report,
        count(*) filter (where status = 'retired') as documents_retired
    from {{ source('facts', 'documents') }}
),
fetches as (
    select
        max(fetched_at) as last_fetch_at,
        count(*) filter (where run_id = (select arg_max(run_id, fetched_at) from {{ source('facts', 'fetch_log') }}))
            as last_fetch_requests,
        count(*) filter (where run_id = (select arg_max(run_id, fetched_at) from {{ source('facts', 'fetch_log') }})
                         and outcome = 'stored') as last_fetch_stored,
        count(*) filter (where run_id = (select arg_max(run_id, fetched_at) from {{ source('facts', 'fetch_log') }})
                         and outcome in ('http_error', 'timeout', 'error', 'too_large', 'source_failed'))
            as last_fetch_failed
    from {{ source('facts', 'fetch_log') }}
)
select
    current_timestamp as built_at,
    docs.*,
    (select count(*) from {{ ref('stg_document_versions') }} where duplicate_of is not null) as documents_duplicate,
    (select count(*) from {{ source('facts', 'ingest_errors') }}) as ingest_errors,
    (select count(*) from {{ source('facts', 'dq_findings') }} where not starts_with(rule_id, 'dbt:')) as dq_findings,
    fetches.*
from docs, fetches
