-- Outcomes of the latest fetch run per source: what was stored and what failed.
select source, outcome, count(*) as requests, any_value(error) as example_error, max(fetched_at) as fetched_at
from {{ ref('stg_fetch_log') }}
where run_id = (select arg_max(run_id, fetched_at) from {{ ref('stg_fetch_log') }})
group by source, outcome
