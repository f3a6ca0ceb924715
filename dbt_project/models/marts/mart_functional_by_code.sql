-- Functional spending (类/款/项) per unit-year and phase, keyed by code so units compare whatever
-- they call a line; each line's share of the unit's total at its level.
with stated as (
    -- a unit-year's line stated by several documents (a report and its corrected copy, a 决算 restating
    -- last year's) is one figure: the latest loaded document's
    select s.unit_key, s.year as fiscal_year, s.phase, s.functional_code as code, s.document_id, sum(s.amount) as amount,
           max(d.loaded_at) as loaded_at
    from {{ ref('int_spending_classified') }} s
    join {{ ref('stg_documents') }} d using (document_id)
    where s.classification = 'functional' and s.functional_code is not null and s.year is not null
    group by all
),
lines as (
    select unit_key, fiscal_year, phase, code, arg_max(amount, loaded_at) as amount
    from stated group by all
)
select
    u.unit_name, u.unit_label, u.unit_kind, u.province, u.city, u.county, u.adcode,
    l.unit_key, l.fiscal_year, l.phase,
    c.level as code_level, l.code, c.name as code_name,
    l.amount,
    round(l.amount / nullif(sum(l.amount) over (partition by l.unit_key, l.fiscal_year, l.phase, c.level), 0), 4)
        as share_of_level
from lines l
join {{ ref('dim_unit') }} u using (unit_key)
left join {{ ref('int_functional_codes') }} c using (code)
