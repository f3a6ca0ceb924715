-- Documents not counted because another copy of the same report is: same unit, year and figures
-- (a .doc and its .docx, a republished copy). The kept copy: a current format, then the latest loaded.
select
    v.path,
    k.path as counted_copy,
    coalesce(v.unit_name, '未识别单位') as unit_name,
    v.fiscal_year,
    v.n_figures,
    v.loaded_at
from {{ ref('stg_document_versions') }} v
join {{ ref('stg_document_versions') }} k on k.document_id = v.duplicate_of
