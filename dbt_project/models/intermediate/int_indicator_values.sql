-- Indicator targets and actuals parsed into comparator, number and unit where they are numeric.
with parsed as (
    select
        i.*,
        coalesce(
            nullif(regexp_extract(coalesce(i.nature, '') || ' ' || coalesce(i.target, ''),
                   '(≥|≤|>=|<=|＞|＜|>|<|＝|=|不低于|不少于|不超过|不高于|大于等于|小于等于|以上|以下)', 1), ''),
            '') as comparator_text,
        try_cast(nullif(regexp_extract(replace(coalesce(i.target, ''), ',', ''), '(-?\d+(?:\.\d+)?)', 1), '')
                 as double) as target_number,
        try_cast(nullif(regexp_extract(replace(coalesce(i.actual, ''), ',', ''), '(-?\d+(?:\.\d+)?)', 1), '')
                 as double) as actual_number,
        coalesce(nullif(i.measure_unit, ''), nullif(regexp_extract(coalesce(i.target, ''),
                 '\d+(?:\.\d+)?\s*(%|％|万元|元|人次|人|次|场次|场|个|户|本|天|月|年|项|家|批|期|分)', 1), ''))
            as target_unit,
        nullif(regexp_extract(coalesce(i.actual, ''),
               '\d+(?:\.\d+)?\s*(%|％|万元|元|人次|人|次|场次|场|个|户|本|天|月|年|项|家|批|期|分)', 1), '')
            as actual_unit
    from {{ ref('stg_indicators') }} i
),
typed as (
    select
        *,
        case
            when comparator_text in ('≥', '>=', '不低于', '不少于', '大于等于', '以上') then '>='
            when comparator_text in ('≤', '<=', '不超过', '不高于', '小于等于', '以下') then '<='
            when comparator_text in ('>', '＞') then '>'
            when comparator_text in ('<', '＜') then '<'
            when target_number is not null then '='
        end as comparator,
        (target_number is null or coalesce(nature, '') = '定性') as is_qualitative,
        (weight is not null and score is not null and score >= weight) as is_full_marks
    from parsed
)
select
    *,
    case
        when is_qualitative or actual_number is null then null
        when target_unit is not null and actual_unit is not null
             and replace(target_unit, '％', '%') <> replace(actual_unit, '％', '%') then null
        when comparator = '>=' then actual_number < target_number
        when comparator = '<=' then actual_number > target_number
        when comparator = '>' then actual_number <= target_number
        when comparator = '<' then actual_number >= target_number
        else actual_number <> target_number
    end as misses_target,
    -- Evidence credit: a full-mark indicator whose numeric actual misses its target keeps only the
    -- share of the target it reached; every other indicator keeps its printed score.
    case
        when score is null then null
        when not is_full_marks or is_qualitative or actual_number is null then score
        when comparator in ('>=', '>', '=') and target_number > 0 and actual_number < target_number
            then round(weight * greatest(least(actual_number / target_number, 1), 0), 4)
        when comparator in ('<=', '<') and actual_number > 0 and actual_number > target_number
            then round(weight * greatest(least(target_number / actual_number, 1), 0), 4)
        else score
    end as evidence_score
from typed
