-- One row per reporting unit: its region from the gazetteer, the kind of unit it is (unit_kinds seed: the
-- keyword of its name with the highest priority) and a label that tells apart units sharing a name.
with units as (
    select
        unit_key,
        any_value(unit_name order by loaded_at desc) as unit_name,
        any_value(province order by loaded_at desc) as province,
        any_value(city order by loaded_at desc) as city,
        any_value(county order by loaded_at desc) as county,
        any_value(adcode order by loaded_at desc) as adcode,
        any_value(path order by loaded_at desc) as latest_path,
        count(*) as n_documents,
        min(fiscal_year) as first_year,
        max(fiscal_year) as last_year
    from {{ ref('stg_documents') }}
    group by unit_key
),
kinds as (
    select u.unit_key, arg_max(k.unit_kind, k.priority * 100 + length(k.keyword)) as unit_kind
    from units u join {{ ref('unit_kinds') }} k on contains(u.unit_name, k.keyword)
    group by u.unit_key
)
select
    u.unit_key,
    u.unit_name,
    u.province,
    u.city,
    u.county,
    u.adcode,
    coalesce(k.unit_kind, case when u.unit_name is null then '未识别' else '其他' end) as unit_kind,
    -- 「名称（省·市）」; a unit the extractor could not name is listed by its file until it can
    coalesce(u.unit_name, '未识别单位：' || regexp_extract(u.latest_path, '[^/]+$'))
        || coalesce('（' || nullif(concat_ws('·', u.province, nullif(u.city, u.province)), '') || '）', '')
        as unit_label,
    u.n_documents,
    u.first_year,
    u.last_year
from units u
left join kinds k using (unit_key)
