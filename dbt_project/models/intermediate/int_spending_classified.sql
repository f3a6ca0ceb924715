-- Spending lines with functional classification codes (类/款/项): the code the document prints, else
-- looked up by name in the code list (the editable seed grown by the codes documents print); names drift between years (群团事务 / 群众团体事务), codes don't.
with named as (
    select
        s.*,
        coalesce(a1.name, s.level1_name) as class_name,
        coalesce(a2.name, s.level2_name) as section_name,
        coalesce(a3.name, s.level3_name) as item_name
    from {{ ref('stg_spending') }} s
    left join {{ ref('functional_aliases') }} a1 on s.classification = 'functional' and a1.alias = s.level1_name
    left join {{ ref('functional_aliases') }} a2 on s.classification = 'functional' and a2.alias = s.level2_name
    left join {{ ref('functional_aliases') }} a3 on s.classification = 'functional' and a3.alias = s.level3_name
)
select
    n.*,
    coalesce(f.printed_code[1:3], c1.code::varchar) as class_code,
    coalesce(case when length(f.printed_code) >= 5 then f.printed_code[1:5] end, c2.code::varchar) as section_code,
    coalesce(case when length(f.printed_code) >= 7 then f.printed_code[1:7] end, c3.code::varchar) as item_code,
    -- the code the document prints wins; the seeds name the lines of documents that print none
    coalesce(f.printed_code, (coalesce(c3.code, c2.code, c1.code))::varchar) as functional_code
from named n
left join (select spending_id, printed_code from named where classification = 'functional') f using (spending_id)
left join {{ ref('int_functional_codes') }} c1
    on n.classification = 'functional' and c1.level = '类' and c1.name = n.class_name
left join {{ ref('int_functional_codes') }} c2
    on n.classification = 'functional' and c2.level = '款' and c2.name = n.section_name
    and n.depth >= 2 and starts_with(c2.code, c1.code)
left join {{ ref('int_functional_codes') }} c3
    on n.classification = 'functional' and c3.level = '项' and c3.name = n.item_name
    and n.depth >= 3 and starts_with(c3.code, c2.code)
