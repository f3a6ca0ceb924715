select run_id, fetched_at, source, url, status, bytes, outcome, error, path, seconds
from {{ source('facts', 'fetch_log') }}
