-- One row per reporting unit, with its region from the gazetteer.
select
    unit_key,
    any_value(unit_name order by loaded_at desc) as unit_name,
    any_value(province order by loaded_at desc) as province,
    any_value(city order by loaded_at desc) as city,
    any_value(county order by loaded_at desc) as county,
    any_value(adcode order by loaded_at desc) as adcode,
    count(*) as n_documents,
    min(fiscal_year) as first_year,
    max(fiscal_year) as last_year
from {{ ref('stg_documents') }}
group by unit_key
