-- Spending per unit-year by category: basic vs project spending, functional classification
-- (类/款/项 with codes), 三公经费 and its parts, economic lines, and projects grouped into themes.
with staff as (
    select unit_key, fiscal_year, max(coalesce(staff_actual, staff_authorized)) as staff
    from {{ ref('stg_documents') }} group by unit_key, fiscal_year
),
department_lines as (
    select document_id, unit_key, fiscal_year, '基本支出' as category, basic_expenditure as amount
    from {{ ref('stg_department_figures') }}
    union all
    select document_id, unit_key, fiscal_year, '项目支出', project_expenditure
    from {{ ref('stg_department_figures') }}
),
lines as (
    select unit_key, year as fiscal_year, classification as category_type,
           path_text as category, functional_code as code, depth, phase, amount
    from {{ ref('int_spending_classified') }}
    where classification in ('expenditure_type', 'functional', 'three_public', 'economic')
    union all
    -- 基本/项目支出 that a department table states and no spending line repeats
    select d.unit_key, d.fiscal_year, 'expenditure_type', d.category, null, 1, 'final', d.amount
    from department_lines d
    where d.amount is not null and not exists (
        select 1 from {{ ref('stg_spending') }} s
        where s.document_id = d.document_id and s.classification = 'expenditure_type' and s.phase = 'final'
          and s.path_text = d.category and s.year = d.fiscal_year)
    union all
    select unit_key, fiscal_year, 'theme', theme, null, 1, 'final', sum(amount)
    from {{ ref('int_project_themes') }} where amount is not null
    group by unit_key, fiscal_year, theme
),
with_totals as (
    select
        l.*,
        -- the whole a share is of: 三公经费 for its parts, the sum of first-level lines otherwise
        -- (totals such as 支出总计 / 本年支出合计 are lines of their own, not parts)
        sum(amount) filter (where (category_type = 'three_public' and category = '三公经费')
                            or (category_type <> 'three_public' and depth = 1
                                and not (category like '%总计' or category like '%合计'))) over (
            partition by unit_key, fiscal_year, category_type, phase) as category_total
    from lines l
)
select
    u.unit_name, u.unit_label, u.unit_kind, u.province, u.city, u.county, u.adcode,
    w.unit_key, w.fiscal_year, w.category_type, w.category, w.code, w.depth, w.phase, w.amount,
    case when not (w.category like '%总计' or w.category like '%合计')
         then round(w.amount / nullif(w.category_total, 0), 4) end as share_of_category,
    round(w.amount / nullif(s.staff, 0), 4) as amount_per_staff,
    s.staff
from with_totals w
join {{ ref('dim_unit') }} u using (unit_key)
left join staff s using (unit_key, fiscal_year)
