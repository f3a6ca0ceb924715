-- The functional classification code list (类/款/项): the editable seed, grown by every code the
-- documents print, with the names printed for it per year. Names drift between years and
-- provinces; codes do not, so marts compare units by code.
with printed as (
    select printed_code as code, year, path[len(path)] as name, count(*) as n
    from {{ ref('stg_spending') }}
    where classification = 'functional' and printed_code is not null
    group by all
),
codes as (
    select code::varchar as code from {{ ref('functional_codes') }}
    union
    select code from printed
)
select
    c.code,
    case length(c.code) when 3 then '类' when 5 then '款' when 7 then '项' end as level,
    coalesce(s.name, (select p.name from printed p where p.code = c.code order by p.n desc, p.year desc limit 1))
        as name,
    s.name is not null as in_seed,
    (select list(distinct p.year || ':' || p.name order by p.year || ':' || p.name) from printed p
     where p.code = c.code) as printed_names
from codes c
left join {{ ref('functional_codes') }} s on s.code::varchar = c.code
