#!/usr/bin/env python3
"""Blind test set, P-documents: 部门决算/预算 publications and narrative self-evaluation reports.

Writes ten invented documents (P01..P10) into tests/blind/docs/ and their hand-labelled gold
into tests/blind/gold/. The figures are invented but internally consistent; the gold below is
written by hand from the printed text, following the labelling calls of the development
corpus (../../shared/corpus/MANIFEST.md, "Judgement calls in the gold").

usage: .venv/bin/python tests/blind/make_prose.py
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
GOLD = os.path.join(HERE, "gold")
LO_PROFILE = "file:///tmp/lo_profile_make_prose"


# ----------------------------------------------------------------------------- gold helpers
def S(cls, path, phase, year, amount):
    return {"classification": cls, "path": list(path), "phase": phase, "year": year, "amount": amount}


def FUNDS(initial=None, adjusted=None, executed=None, weight=None, rate=None, score=None):
    return {"initial_budget": initial, "adjusted_budget": adjusted, "executed": executed,
            "weight": weight, "execution_rate": rate, "score": score}


def DEPT(funds=None, basic=None, project=None, personnel=None, public=None, score=None, grade=None):
    return {"funds": funds, "basic_expenditure": basic, "project_expenditure": project,
            "personnel_expenditure": personnel, "public_expenditure": public,
            "score": score, "grade": grade, "indicators": []}


def PROJ(name, funds, supervising=None, implementing=None, goal_expected=None, goal_actual=None,
         total_weight=None, total_score=None, grade=None):
    return {"name": name, "supervising_dept": supervising, "implementing_unit": implementing,
            "funds": funds, "goal_expected": goal_expected, "goal_actual": goal_actual,
            "indicators": [], "total_weight": total_weight, "total_score": total_score, "grade": grade}


def UNIT(name, province, city, county, adcode):
    return {"name": name, "province": province, "city": city, "county": county, "adcode": adcode}


def write_gold(stem, filename, fmt, unit, year, projects, department, spending):
    path = os.path.join(DOCS, filename)
    with open(path, "rb") as fh:
        sha = hashlib.sha256(fh.read()).hexdigest()
    gold = {
        "contract": "self-eval-facts/1",
        "source": {"file": filename, "sha256": sha, "format": fmt},
        "unit": unit,
        "fiscal_year": year,
        "projects": projects,
        "department": department,
        "summary_rows": [],
        "spending": spending,
        "partial": False,
    }
    with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


# ----------------------------------------------------------------------------- writers
def lo_convert(src, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, capture_output=True, timeout=300)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt)
    if not os.path.exists(out):
        raise RuntimeError(f"soffice did not write {out}")
    return out


def new_docx():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return doc


def dx_title(doc, text, size=18):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def dx_head(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    return p


def dx_para(doc, text, indent=True, align=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(24)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(text)
    return p


class RL:
    """A4 pages drawn with reportlab's CID font; text wrapped by width, figures never split."""

    FONT = "STSong-Light"
    NO_START = set("，。；：、）》”％%")

    def __init__(self, path, footer="— {n} —"):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas
        pdfmetrics.registerFont(UnicodeCIDFont(self.FONT))
        self.pm = pdfmetrics
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.w, self.h = A4
        self.mx, self.my = 64, 70
        self.y = self.h - self.my
        self.n = 1
        self.footer = footer

    def width(self, s, size):
        return self.pm.stringWidth(s, self.FONT, size)

    def newpage(self):
        if self.footer:
            self.c.setFont(self.FONT, 9)
            self.c.drawCentredString(self.w / 2, 36, self.footer.format(n=self.n))
        self.c.showPage()
        self.n += 1
        self.y = self.h - self.my

    def wrap(self, text, size, avail, indent):
        tokens = re.findall(r"[0-9A-Za-z.,%]+|\n|.", text)
        lines, cur, curw, first = [], "", indent, True
        for t in tokens:
            if t == "\n":
                lines.append((cur, first))
                cur, curw, first = "", 0, False
                continue
            tw = self.width(t, size)
            if cur and curw + tw > avail and t[0] not in self.NO_START:
                lines.append((cur, first))
                cur, curw, first = "", 0, False
            cur += t
            curw += tw
        if cur:
            lines.append((cur, first))
        return lines

    def para(self, text, size=11.5, indent=2, lead=1.75, center=False, space_after=2):
        avail = self.w - 2 * self.mx
        ind = indent * size
        for line, first in self.wrap(text, size, avail, ind if not center else 0):
            if self.y < self.my + 10:
                self.newpage()
            self.c.setFont(self.FONT, size)
            if center:
                self.c.drawCentredString(self.w / 2, self.y, line)
            else:
                self.c.drawString(self.mx + (ind if first else 0), self.y, line)
            self.y -= size * lead
        self.y -= space_after

    def title(self, text, size=16):
        self.para(text, size=size, indent=0, lead=1.6, center=True, space_after=8)

    def head(self, text, size=11.5):
        self.para(text, size=size, indent=0, space_after=1)

    def space(self, pts):
        self.y -= pts

    def cell_text(self, x, y, w, h, text, size):
        if not text:
            return
        lines = [ln for ln, _ in self.wrap(text, size, w - 4, 0)]
        total = len(lines) * size * 1.25
        yy = y + h / 2 + total / 2 - size * 1.0
        self.c.setFont(self.FONT, size)
        for ln in lines:
            self.c.drawCentredString(x + w / 2, yy, ln)
            yy -= size * 1.25

    def grid(self, colw, rowh, cells, size=8.5):
        """cells: (row, col, rowspan, colspan, text)."""
        x0 = (self.w - sum(colw)) / 2
        top = self.y
        if top - sum(rowh) < self.my:
            self.newpage()
            top = self.y
        self.c.setLineWidth(0.6)
        for r, col, rs, cs, text in cells:
            x = x0 + sum(colw[:col])
            w = sum(colw[col:col + cs])
            ytop = top - sum(rowh[:r])
            h = sum(rowh[r:r + rs])
            self.c.rect(x, ytop - h, w, h)
            self.cell_text(x, ytop - h, w, h, text, size)
        self.y = top - sum(rowh) - 14

    def save(self):
        if self.footer:
            self.c.setFont(self.FONT, 9)
            self.c.drawCentredString(self.w / 2, 36, self.footer.format(n=self.n))
        self.c.save()


# ============================================================================= P01
def p01():
    """HTML (GBK) portal page: township government 部门决算 情况说明, county site header."""
    stem, fn = "P01_lingshan_lwz_2023_juesuan", "P01_lingshan_lwz_2023_juesuan.html"
    paras = [
        ("h", "第一部分 陆屋镇人民政府概况"),
        ("h", "一、主要职能"),
        ("p", "陆屋镇人民政府是基层一级人民政府，主要职能是：执行本级人民代表大会的决议和上级国家行政机关的决定和命令；执行本行政区域内的经济和社会发展计划、预算，管理本行政区域内的经济、教育、科学、文化、卫生、体育事业和财政、民政、公安、司法行政、计划生育等行政工作；保护社会主义的全民所有的财产和劳动群众集体所有的财产；办理上级人民政府交办的其他事项。"),
        ("h", "二、部门决算单位构成及人员情况"),
        ("p", "纳入陆屋镇人民政府2023年度部门决算编制范围的单位只有本级，无下属二级预算单位。截至2023年末，本部门编制人数68人，实有在职人员63人，离退休人员41人。"),
        ("h", "第二部分 2023年度部门决算表"),
        ("p", "详见附件。"),
        ("h", "第三部分 2023年度部门决算情况说明"),
        ("h", "一、收入支出决算总体情况说明"),
        ("p", "2023年度收、支总计均为3,186.42万元。与2022年度相比，收、支总计各增加215.37万元，增长7.25%。主要原因是：乡村振兴衔接资金和防汛救灾资金增加。"),
        ("h", "二、收入决算情况说明"),
        ("p", "2023年度本年收入合计3,102.85万元，其中：财政拨款收入3,035.60万元，占97.83%；上级补助收入0万元，占0%；事业收入0万元，占0%；经营收入0万元，占0%；附属单位上缴收入0万元，占0%；其他收入67.25万元，占2.17%。此外，年初结转和结余83.57万元。"),
        ("h", "三、支出决算情况说明"),
        ("p", "2023年度本年支出合计3,058.19万元，其中：基本支出1,426.73万元，占46.65%；项目支出1,631.46万元，占53.35%；上缴上级支出0万元，占0%；经营支出0万元，占0%；对附属单位补助支出0万元，占0%。年末结转和结余128.23万元，主要是其他收入及跨年度实施的项目资金。"),
        ("h", "四、财政拨款收入支出决算总体情况说明"),
        ("p", "2023年度财政拨款支出年初预算为2,756.30万元，支出决算为3,058.19万元，完成年初预算的110.95%。决算数大于年初预算数的主要原因是：年中追加乡村振兴衔接资金和防汛救灾资金。与2022年度相比，财政拨款支出增加186.52万元，增长6.50%。"),
        ("h", "五、一般公共预算财政拨款支出决算情况说明"),
        ("h", "（一）一般公共预算财政拨款支出决算总体情况"),
        ("p", "2023年度一般公共预算财政拨款支出3,058.19万元，占本年支出合计的100%。"),
        ("h", "（二）一般公共预算财政拨款支出决算结构情况"),
        ("p", "2023年度一般公共预算财政拨款支出3,058.19万元，主要用于以下方面：一般公共服务支出（类）1,102.36万元，占36.05%；社会保障和就业支出（类）398.47万元，占13.03%；卫生健康支出（类）121.58万元，占3.98%；农林水支出（类）1,285.92万元，占42.05%；住房保障支出（类）149.86万元，占4.90%。"),
        ("h", "（三）一般公共预算财政拨款支出决算具体情况"),
        ("p", "主要项目如下："),
        ("p", "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：支出决算为856.42万元，较上年增加32.18万元，增长3.90%，主要原因是人员工资调标。"),
        ("p", "2.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）：支出决算为245.94万元，较上年减少18.60万元，下降7.03%，主要原因是压减一般性支出。"),
        ("p", "3.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为186.35万元，主要用于在职人员基本养老保险缴费。"),
        ("p", "4.社会保障和就业支出（类）民政管理事务（款）基层政权建设和社区治理（项）：支出决算为95.20万元，主要用于村（社区）干部报酬及村级组织运转经费。"),
        ("p", "5.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：支出决算为121.58万元。"),
        ("p", "6.农林水支出（类）农业农村（款）事业运行（项）：支出决算为312.64万元，主要用于镇农业服务中心运转。"),
        ("p", "7.农林水支出（类）巩固脱贫攻坚成果衔接乡村振兴（款）其他巩固脱贫攻坚成果衔接乡村振兴支出（项）：支出决算为735.50万元，主要用于村级道路硬化、产业帮扶等项目。"),
        ("p", "8.农林水支出（类）水利（款）防汛（项）：支出决算为82.16万元，较上年增加82.16万元，主要原因是2023年汛期灾后修复。"),
        ("p", "9.住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为149.86万元。"),
        ("h", "六、一般公共预算财政拨款基本支出决算情况说明"),
        ("p", "2023年度一般公共预算财政拨款基本支出1,426.73万元，其中：人员经费1,218.56万元，主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费等；公用经费208.17万元，主要包括办公费、印刷费、水电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、公务用车运行维护费、其他交通费用等。"),
        ("h", "七、财政拨款“三公”经费支出决算情况说明"),
        ("h", "（一）“三公”经费财政拨款支出决算总体情况说明"),
        ("p", "2023年度“三公”经费财政拨款支出年初预算为18.60万元，支出决算为15.37万元，完成年初预算的82.63%。较上年减少2.14万元，下降12.22%。决算数小于年初预算数的主要原因是严格落实过紧日子要求，压减公务接待和公务用车运行支出。"),
        ("h", "（二）“三公”经费财政拨款支出决算具体情况说明"),
        ("p", "1.因公出国（境）费年初预算为0万元，支出决算为0万元，全年未安排因公出国（境）团组。"),
        ("p", "2.公务用车购置及运行维护费年初预算为14.20万元，支出决算为11.85万元，完成年初预算的83.45%。其中：公务用车购置费支出决算为0万元，本年未购置公务用车；公务用车运行维护费支出决算为11.85万元，主要用于防汛巡查、乡村振兴督查等工作所需公务用车的燃料费、维修费、过路过桥费、保险费等。截至2023年12月31日，开支财政拨款的公务用车保有量为3辆。"),
        ("p", "3.公务接待费年初预算为4.40万元，支出决算为3.52万元，完成年初预算的80.00%。全年国内公务接待38批次、412人次，主要用于接待上级部门检查指导工作。"),
        ("h", "八、政府性基金预算财政拨款收入支出决算情况说明"),
        ("p", "陆屋镇人民政府2023年度无政府性基金预算财政拨款收入和支出。"),
        ("h", "九、国有资本经营预算财政拨款支出决算情况说明"),
        ("p", "陆屋镇人民政府2023年度无国有资本经营预算财政拨款支出。"),
        ("h", "十、其他重要事项的情况说明"),
        ("h", "（一）机关运行经费支出情况"),
        ("p", "2023年度陆屋镇人民政府机关运行经费支出208.17万元，比上年减少9.85万元，下降4.52%。主要原因是压减办公费和差旅费。"),
        ("h", "（二）政府采购支出情况"),
        ("p", "2023年度政府采购支出总额126.80万元，其中：政府采购货物支出38.60万元、政府采购工程支出65.00万元、政府采购服务支出23.20万元。授予中小企业合同金额126.80万元，占政府采购支出总额的100%。"),
        ("h", "（三）国有资产占有使用情况"),
        ("p", "截至2023年12月31日，陆屋镇人民政府共有车辆3辆，其中：一般公务用车2辆、应急保障用车1辆；单位价值50万元以上通用设备0台（套）。"),
        ("h", "（四）预算绩效管理情况"),
        ("p", "根据预算绩效管理要求，本部门组织对2023年度一般公共预算项目支出全面开展绩效自评，共涉及项目6个，资金1,631.46万元，占一般公共预算项目支出总额的100%，平均自评得分92.6分。"),
        ("h", "第四部分 名词解释"),
        ("p", "1.财政拨款收入：指本级财政当年拨付的资金。"),
        ("p", "2.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。"),
    ]
    body = []
    for kind, text in paras:
        if kind == "h":
            body.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        else:
            body.append(f'<p style="text-indent:2em;">{text}</p>')
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>陆屋镇人民政府2023年度部门决算公开说明 - 灵山县人民政府门户网站</title>
<meta name="SiteName" content="灵山县人民政府门户网站">
<meta name="ColumnName" content="乡镇预决算">
<style>
body{{margin:0;background:#f2f2f2;font-family:"微软雅黑","宋体";}}
.header{{background:#b5121b;color:#fff;height:96px;line-height:96px;font-size:32px;padding-left:40px;}}
.nav{{background:#8c0d14;height:38px;line-height:38px;}} .nav a{{color:#fff;margin:0 18px;text-decoration:none;}}
.crumb{{width:1100px;margin:10px auto;color:#555;font-size:13px;}}
.article{{width:1060px;margin:0 auto;background:#fff;padding:20px;}}
.article h1{{text-align:center;font-size:22px;color:#222;}}
.info{{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:10px;}}
.content p{{font-size:16px;line-height:30px;margin:6px 0;}}
.footer{{text-align:center;color:#666;font-size:12px;line-height:22px;padding:16px;}}
</style>
</head>
<body>
<div class="header">灵山县人民政府门户网站</div>
<div class="nav"><a href="#">首页</a><a href="#">走进灵山</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">专题专栏</a></div>
<div class="crumb">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政预决算</a> &gt; 乡镇预决算</div>
<div class="article">
<h1>陆屋镇人民政府2023年度部门决算公开说明</h1>
<div class="info">发布时间：2024-09-20 10:32　　信息来源：陆屋镇　　浏览次数：<span>1286</span>　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
{chr(10).join(body)}
<p>附件：<a href="#">陆屋镇人民政府2023年度部门决算公开表.xls</a></p>
</div>
</div>
<div class="footer">主办：灵山县人民政府办公室　　承办：灵山县大数据发展中心<br>网站标识码：4507210001　　桂ICP备12003456号-1　　桂公网安备45072102000123号</div>
</body>
</html>
"""
    with open(os.path.join(DOCS, fn), "wb") as fh:
        fh.write(html.encode("gbk"))

    y = 2023
    sp = [
        S("income", ["收入总计"], "final", y, 3186.42),
        S("expenditure_type", ["支出总计"], "final", y, 3186.42),
        S("income", ["本年收入合计"], "final", y, 3102.85),
        S("income", ["财政拨款收入"], "final", y, 3035.60),
        S("income", ["上级补助收入"], "final", y, 0.0),
        S("income", ["事业收入"], "final", y, 0.0),
        S("income", ["经营收入"], "final", y, 0.0),
        S("income", ["附属单位上缴收入"], "final", y, 0.0),
        S("income", ["其他收入"], "final", y, 67.25),
        S("expenditure_type", ["本年支出合计"], "final", y, 3058.19),
        S("expenditure_type", ["基本支出"], "final", y, 1426.73),
        S("expenditure_type", ["项目支出"], "final", y, 1631.46),
        S("expenditure_type", ["上缴上级支出"], "final", y, 0.0),
        S("expenditure_type", ["经营支出"], "final", y, 0.0),
        S("expenditure_type", ["对附属单位补助支出"], "final", y, 0.0),
        S("functional", ["一般公共服务支出"], "final", y, 1102.36),
        S("functional", ["社会保障和就业支出"], "final", y, 398.47),
        S("functional", ["卫生健康支出"], "final", y, 121.58),
        S("functional", ["农林水支出"], "final", y, 1285.92),
        S("functional", ["住房保障支出"], "final", y, 149.86),
        S("functional", ["一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行"], "final", y, 856.42),
        S("functional", ["一般公共服务支出", "政府办公厅（室）及相关机构事务", "一般行政管理事务"], "final", y, 245.94),
        S("functional", ["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"], "final", y, 186.35),
        S("functional", ["社会保障和就业支出", "民政管理事务", "基层政权建设和社区治理"], "final", y, 95.20),
        S("functional", ["卫生健康支出", "行政事业单位医疗", "行政单位医疗"], "final", y, 121.58),
        S("functional", ["农林水支出", "农业农村", "事业运行"], "final", y, 312.64),
        S("functional", ["农林水支出", "巩固脱贫攻坚成果衔接乡村振兴", "其他巩固脱贫攻坚成果衔接乡村振兴支出"], "final", y, 735.50),
        S("functional", ["农林水支出", "水利", "防汛"], "final", y, 82.16),
        S("functional", ["住房保障支出", "住房改革支出", "住房公积金"], "final", y, 149.86),
        S("economic", ["人员经费"], "final", y, 1218.56),
        S("economic", ["公用经费"], "final", y, 208.17),
        S("economic", ["机关运行经费"], "final", y, 208.17),
        S("three_public", ["三公经费"], "initial_budget", y, 18.60),
        S("three_public", ["三公经费"], "final", y, 15.37),
        S("three_public", ["三公经费", "因公出国（境）费"], "initial_budget", y, 0.0),
        S("three_public", ["三公经费", "因公出国（境）费"], "final", y, 0.0),
        S("three_public", ["三公经费", "公务用车购置及运行维护费"], "initial_budget", y, 14.20),
        S("three_public", ["三公经费", "公务用车购置及运行维护费"], "final", y, 11.85),
        S("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], "final", y, 0.0),
        S("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], "final", y, 11.85),
        S("three_public", ["三公经费", "公务接待费"], "initial_budget", y, 4.40),
        S("three_public", ["三公经费", "公务接待费"], "final", y, 3.52),
    ]
    dept = DEPT(funds=FUNDS(initial=2756.30, executed=3058.19, rate=110.95),
                basic=1426.73, project=1631.46, personnel=1218.56, public=208.17)
    write_gold(stem, fn, "html", UNIT("陆屋镇人民政府", "广西壮族自治区", "钦州市", "灵山县", "450721"),
               y, [], dept, sp)


# ============================================================================= P02
def p02():
    """HTML (UTF-8) page with a 收入支出决算总表 (行次/栏次, blanks vs printed 0.00)."""
    stem, fn = "P02_yuzhong_dermyy_2022_zongbiao", "P02_yuzhong_dermyy_2022_zongbiao.html"
    left = [
        ("一、一般公共预算财政拨款收入", "1", "1,286.45"),
        ("二、政府性基金预算财政拨款收入", "2", "0.00"),
        ("三、国有资本经营预算财政拨款收入", "3", ""),
        ("四、上级补助收入", "4", "35.00"),
        ("五、事业收入", "5", "4,872.36"),
        ("六、经营收入", "6", "0.00"),
        ("七、附属单位上缴收入", "7", ""),
        ("八、其他收入", "8", "126.83"),
    ]
    right_names = ["一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
                   "文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出",
                   "城乡社区支出", "农林水支出", "交通运输支出", "资源勘探工业信息等支出",
                   "商业服务业等支出", "金融支出", "援助其他地区支出", "自然资源海洋气象等支出",
                   "住房保障支出", "粮油物资储备支出", "国有资本经营预算支出", "灾害防治及应急管理支出",
                   "其他支出", "债务还本支出", "债务付息支出", "抗疫特别国债安排的支出"]
    nums = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
            "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四",
            "二十五", "二十六"]
    values = {"教育支出": "0.00", "社会保障和就业支出": "268.74", "卫生健康支出": "5,689.12",
              "节能环保支出": "0.00", "住房保障支出": "172.40", "其他支出": "0.00"}
    rows = []
    for i in range(26):
        if i < len(left):
            l = left[i]
        else:
            l = ("", str(i + 1), "")
        name = right_names[i]
        r = (f"{nums[i]}、{name}", str(i + 27), values.get(name, ""))
        rows.append(l + r)
    rows += [
        ("本年收入合计", "53", "6,320.64", "本年支出合计", "57", "6,130.26"),
        ("使用非财政拨款结余", "54", "0.00", "结余分配", "58", "0.00"),
        ("年初结转和结余", "55", "412.58", "年末结转和结余", "59", "602.96"),
        ("总计", "56", "6,733.22", "总计", "60", "6,733.22"),
    ]
    trs = []
    for a, b, c, d, e, f in rows:
        def lab(t):
            return t or "&nbsp;"
        trs.append(
            f'<tr height="22"><td class="xl70">{lab(a)}</td><td class="xl71">{b}</td>'
            f'<td class="xl72">{c or "&nbsp;"}</td><td class="xl70">{lab(d)}</td>'
            f'<td class="xl71">{e}</td><td class="xl72">{f or "&nbsp;"}</td></tr>')
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>榆中县第二人民医院2022年度部门决算公开（收入支出决算总表）_榆中县人民政府</title>
<style>
body{{font-family:"宋体";background:#eaf0f6;margin:0}}
.top{{background:#1b4f8f;color:#fff;font-size:30px;height:90px;line-height:90px;padding-left:36px}}
.menu{{background:#123c6e;height:36px;line-height:36px}} .menu a{{color:#fff;margin:0 15px;text-decoration:none}}
.pos{{width:1000px;margin:8px auto;font-size:13px}}
.main{{width:980px;margin:0 auto;background:#fff;padding:20px}}
.main h2{{text-align:center;color:#b00;font-size:21px}}
.meta{{text-align:center;color:#777;font-size:12px;border-bottom:1px solid #ddd;padding-bottom:8px}}
table.x{{border-collapse:collapse;margin:0 auto;font-size:12px}}
table.x td{{border:1px solid #000;padding:2px 4px}}
td.xl70{{text-align:left;width:240px}} td.xl71{{text-align:center;width:40px}} td.xl72{{text-align:right;width:100px}}
td.xlh{{text-align:center;font-weight:bold}}
.foot{{text-align:center;color:#555;font-size:12px;line-height:22px;padding:14px}}
</style>
</head>
<body>
<div class="top">榆中县人民政府</div>
<div class="menu"><a href="#">首页</a><a href="#">政务动态</a><a href="#">信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进榆中</a></div>
<div class="pos">当前位置：首页 &gt; 信息公开 &gt; 财政信息 &gt; 部门决算 &gt; 县卫生健康局</div>
<div class="main">
<h2>榆中县第二人民医院2022年度部门决算公开（收入支出决算总表）</h2>
<div class="meta">发布日期：2023-09-08　来源：榆中县卫生健康局　阅读次数：417</div>
<div class="TRS_Editor">
<p style="text-indent:2em">根据预决算公开有关要求，现将榆中县第二人民医院2022年度部门决算收入支出决算总表公开如下：</p>
<p align="center"><b>收入支出决算总表</b></p>
<table width="940" style="margin:0 auto;font-size:12px"><tr><td align="left">部门：榆中县第二人民医院</td><td align="center">2022年度</td><td align="right">公开01表<br>单位：万元</td></tr></table>
<table class="x" border="1" cellspacing="0" cellpadding="0" width="940">
<tr><td class="xlh" colspan="3">收入</td><td class="xlh" colspan="3">支出</td></tr>
<tr><td class="xlh">项目</td><td class="xlh">行次</td><td class="xlh">金额</td><td class="xlh">项目</td><td class="xlh">行次</td><td class="xlh">金额</td></tr>
<tr><td class="xlh">栏次</td><td class="xlh">&nbsp;</td><td class="xlh">1</td><td class="xlh">栏次</td><td class="xlh">&nbsp;</td><td class="xlh">2</td></tr>
{chr(10).join(trs)}
</table>
<p>注：1.本表反映部门本年度的总收支和年末结转结余情况。</p>
<p>2.本表金额转换为万元时，因四舍五入可能存在尾差。</p>
</div>
</div>
<div class="foot">主办单位：榆中县人民政府办公室　　联系电话：0931-5222301<br>甘ICP备05001234号　　网站标识码：6201230003</div>
</body>
</html>
"""
    with open(os.path.join(DOCS, fn), "w", encoding="utf-8") as fh:
        fh.write(html)

    y = 2022
    sp = [
        S("income", ["一般公共预算财政拨款收入"], "final", y, 1286.45),
        S("income", ["政府性基金预算财政拨款收入"], "final", y, 0.0),
        S("income", ["上级补助收入"], "final", y, 35.00),
        S("income", ["事业收入"], "final", y, 4872.36),
        S("income", ["经营收入"], "final", y, 0.0),
        S("income", ["其他收入"], "final", y, 126.83),
        S("income", ["本年收入合计"], "final", y, 6320.64),
        S("income", ["收入总计"], "final", y, 6733.22),
        S("functional", ["教育支出"], "final", y, 0.0),
        S("functional", ["社会保障和就业支出"], "final", y, 268.74),
        S("functional", ["卫生健康支出"], "final", y, 5689.12),
        S("functional", ["节能环保支出"], "final", y, 0.0),
        S("functional", ["住房保障支出"], "final", y, 172.40),
        S("functional", ["其他支出"], "final", y, 0.0),
        S("expenditure_type", ["本年支出合计"], "final", y, 6130.26),
        S("expenditure_type", ["支出总计"], "final", y, 6733.22),
    ]
    dept = DEPT(funds=FUNDS(executed=6130.26))
    write_gold(stem, fn, "html", UNIT("榆中县第二人民医院", "甘肃省", "兰州市", "榆中县", "620123"),
               y, [], dept, sp)


# ============================================================================= P03
def p03(tmp):
    """PDF exported by LibreOffice from DOCX: 部门整体支出绩效自评报告 in prose."""
    stem, fn = "P03_luochuan_zrzyj_2023_zhengti", "P03_luochuan_zrzyj_2023_zhengti.pdf"
    doc = new_docx()
    dx_title(doc, "洛川县自然资源局2023年度部门整体支出绩效自评报告")
    dx_head(doc, "一、部门基本情况")
    dx_head(doc, "（一）部门职责")
    dx_para(doc, "洛川县自然资源局主要负责全县自然资源调查监测评价、自然资源统一确权登记、国土空间规划编制和监督实施、耕地保护和土地执法监察、地质灾害防治、不动产登记等工作。")
    dx_head(doc, "（二）机构设置及人员情况")
    dx_para(doc, "我局内设办公室、国土空间规划股、耕地保护监督股、不动产登记股等9个股室，下属洛川县不动产登记服务中心、洛川县自然资源执法监察大队2个事业单位。核定编制58人，其中行政编制21人、事业编制37人；2023年末实有在职人员54人，退休人员27人。")
    dx_head(doc, "（三）部门年度绩效目标")
    dx_para(doc, "根据《洛川县财政局关于做好2023年度部门整体支出绩效目标编报工作的通知》（洛财预〔2023〕5号），我局2023年度整体绩效目标为：守住耕地保护红线，全县耕地保有量不低于62.8万亩；卫片执法图斑按期整改率≥95%；不动产登记业务按时办结率≥98%；地质灾害隐患点巡查覆盖率100%；服务对象满意度≥90%。")
    dx_head(doc, "二、部门整体支出及预算执行情况")
    dx_head(doc, "（一）预算安排情况")
    dx_para(doc, "2023年度我局部门整体年初预算为1,846.37万元，其中：基本支出年初预算1,102.58万元，项目支出年初预算743.79万元。年中根据《关于下达2023年度地质灾害防治专项资金的通知》（延财资环〔2023〕47号）等文件追加预算，调整后预算为2,315.62万元。")
    dx_head(doc, "（二）预算执行情况")
    dx_para(doc, "截至2023年12月31日，我局全年执行2,276.84万元，预算执行率为98.33%。其中：基本支出1,148.26万元，占50.43%；项目支出1,128.58万元，占49.57%。基本支出中，人员经费1,012.44万元，公用经费135.82万元。")
    dx_head(doc, "（三）“三公”经费控制情况")
    dx_para(doc, "2023年度“三公”经费支出9.86万元，较年初预算减少1.14万元，较上年下降6.2%。全年未发生因公出国（境）费用。")
    dx_head(doc, "三、绩效目标完成情况")
    dx_head(doc, "（一）产出情况")
    dx_para(doc, "1.数量指标：全年完成卫片执法图斑核查412个，完成不动产登记办件18,346件，巡查地质灾害隐患点136处（次）。")
    dx_para(doc, "2.质量指标：卫片执法图斑按期整改率96.8%，不动产登记按时办结率99.2%，均达到年度目标值。")
    dx_para(doc, "3.时效指标：各项目资金支付进度基本符合序时要求。")
    dx_para(doc, "4.成本指标：各项支出均控制在预算范围内，无超预算支出。")
    dx_head(doc, "（二）效益情况")
    dx_para(doc, "全年未发生因地质灾害造成人员伤亡事件；耕地保有量、永久基本农田保护面积均完成上级下达任务，国土空间规划“一张图”实施监督系统上线运行。")
    dx_head(doc, "（三）满意度情况")
    dx_para(doc, "全年发放满意度调查问卷300份，收回有效问卷286份，服务对象满意度为93.5%。")
    dx_head(doc, "四、自评结论")
    dx_para(doc, "按照《洛川县部门整体支出绩效评价指标体系（2023年版）》，经自评小组综合评定，我局2023年度部门整体支出绩效自评得分为94.5分，评价等级为“优秀”。")
    dx_head(doc, "五、存在的问题及原因分析")
    dx_para(doc, "预算执行率未达到100%，主要原因是部分地质灾害治理项目年末未完成验收，结余资金38.78万元已按规定收回财政。")
    dx_head(doc, "六、下一步改进措施")
    dx_para(doc, "一是提高预算编制的科学性和准确性；二是加快项目实施和资金支付进度；三是强化绩效评价结果运用。")
    dx_para(doc, "洛川县自然资源局", indent=False, align="right")
    dx_para(doc, "2024年3月15日", indent=False, align="right")
    src = os.path.join(tmp, stem + ".docx")
    doc.save(src)
    shutil.copy(lo_convert(src, "pdf", tmp), os.path.join(DOCS, fn))

    y = 2023
    sp = [
        S("expenditure_type", ["基本支出"], "initial_budget", y, 1102.58),
        S("expenditure_type", ["项目支出"], "initial_budget", y, 743.79),
        S("expenditure_type", ["基本支出"], "final", y, 1148.26),
        S("expenditure_type", ["项目支出"], "final", y, 1128.58),
        S("economic", ["人员经费"], "final", y, 1012.44),
        S("economic", ["公用经费"], "final", y, 135.82),
        S("three_public", ["三公经费"], "final", y, 9.86),
    ]
    dept = DEPT(funds=FUNDS(initial=1846.37, adjusted=2315.62, executed=2276.84, rate=98.33),
                basic=1148.26, project=1128.58, personnel=1012.44, public=135.82, score=94.5, grade="优")
    write_gold(stem, fn, "pdf", UNIT("洛川县自然资源局", "陕西省", "延安市", "洛川县", "610629"),
               y, [], dept, sp)


# ============================================================================= P04
def p04():
    """DOCX: 部门预算 publication with a 目录 of tables (no figures) and a page break."""
    stem, fn = "P04_yongchun_dag_2024_yusuan", "P04_yongchun_dag_2024_yusuan.docx"
    doc = new_docx()
    dx_title(doc, "永春县档案馆2024年部门预算公开说明")
    dx_title(doc, "目  录", size=14)
    toc = ["第一部分 部门概况", "一、主要职能", "二、部门预算单位构成",
           "第二部分 2024年部门预算情况说明", "一、收支预算总体情况", "二、财政拨款收支预算情况",
           "三、一般公共预算拨款支出预算情况", "四、一般公共预算基本支出预算情况", "五、“三公”经费预算情况",
           "六、其他重要事项的情况说明",
           "第三部分 2024年部门预算表", "一、2024年收支预算总表", "二、2024年收入预算表", "三、2024年支出预算表",
           "四、2024年财政拨款收支预算总表", "五、2024年一般公共预算支出预算表",
           "六、2024年一般公共预算基本支出预算表", "七、2024年一般公共预算“三公”经费支出预算表",
           "八、2024年政府性基金预算支出预算表", "九、2024年国有资本经营预算支出预算表",
           "十、2024年项目支出绩效目标表"]
    for t in toc:
        dx_para(doc, t, indent=not t.startswith("第"))
    doc.add_page_break()
    dx_head(doc, "第一部分 部门概况")
    dx_head(doc, "一、主要职能")
    dx_para(doc, "永春县档案馆负责接收、征集、整理、保管和提供利用全县党政机关、企事业单位及社会组织形成的具有永久和长期保存价值的档案资料，开展档案信息化建设和档案编研工作。")
    dx_head(doc, "二、部门预算单位构成")
    dx_para(doc, "本部门预算仅包括本级预算，无下属单位。现有编制15人，实有人员14人，退休人员9人。")
    dx_head(doc, "第二部分 2024年部门预算情况说明")
    dx_head(doc, "一、收支预算总体情况")
    dx_para(doc, "按照全口径预算的原则，2024年本部门收入预算386.52万元，其中：一般公共预算拨款收入364.12万元，政府性基金预算拨款收入0万元，国有资本经营预算拨款收入0万元，事业收入22.40万元，上年结转0万元。支出预算386.52万元，其中：基本支出312.86万元，项目支出73.66万元。收支预算总计较2023年增加12.35万元，增长3.30%，主要原因是馆藏档案数字化经费增加。")
    dx_head(doc, "二、财政拨款收支预算情况")
    dx_para(doc, "2024年本部门财政拨款收支预算均为一般公共预算拨款，无政府性基金预算拨款和国有资本经营预算拨款安排的支出。")
    dx_head(doc, "三、一般公共预算拨款支出预算情况")
    dx_para(doc, "2024年一般公共预算拨款安排的支出按功能分类科目，主要用于以下方面：")
    dx_para(doc, "（一）一般公共服务支出（类）档案事务（款）档案馆（项）254.18万元，主要用于保障档案馆正常运转及人员支出。")
    dx_para(doc, "（二）一般公共服务支出（类）档案事务（款）其他档案事务支出（项）36.50万元，主要用于馆藏档案数字化加工。")
    dx_para(doc, "（三）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）28.64万元。")
    dx_para(doc, "（四）卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）16.42万元。")
    dx_para(doc, "（五）住房保障支出（类）住房改革支出（款）住房公积金（项）28.38万元。")
    dx_head(doc, "四、一般公共预算基本支出预算情况")
    dx_para(doc, "2024年一般公共预算拨款安排的基本支出中，人员经费262.58万元，主要包括基本工资、津贴补贴、绩效工资、社会保障缴费、住房公积金等；公用经费27.88万元，主要包括办公费、印刷费、水电费、邮电费、差旅费、维修（护）费、工会经费等。")
    dx_head(doc, "五、“三公”经费预算情况")
    dx_para(doc, "2024年“三公”经费预算3.20万元，比上年减少0.30万元，下降8.57%。其中：因公出国（境）费0万元；公务用车购置及运行维护费2.00万元（其中：公务用车购置费0万元，公务用车运行维护费2.00万元），主要用于1辆公务用车的燃油、维修、保险等；公务接待费1.20万元。")
    dx_head(doc, "六、其他重要事项的情况说明")
    dx_para(doc, "（一）机关运行经费：2024年本部门机关运行经费预算27.88万元，与上年持平。")
    dx_para(doc, "（二）政府采购情况：2024年政府采购预算12.60万元，其中：货物类8.60万元、服务类4.00万元。")
    dx_para(doc, "（三）国有资产占有使用情况：截至2023年12月31日，本部门共有车辆1辆，单位价值50万元以上通用设备0台（套）。")
    dx_para(doc, "（四）预算绩效目标设置情况：2024年本部门实行绩效目标管理的项目3个，涉及一般公共预算拨款73.66万元。")
    dx_head(doc, "第三部分 2024年部门预算表")
    dx_para(doc, "详见附件《永春县档案馆2024年部门预算公开表》。")
    doc.save(os.path.join(DOCS, fn))

    y = 2024
    ib = "initial_budget"
    sp = [
        S("income", ["收入合计"], ib, y, 386.52),
        S("income", ["一般公共预算拨款收入"], ib, y, 364.12),
        S("income", ["政府性基金预算拨款收入"], ib, y, 0.0),
        S("income", ["国有资本经营预算拨款收入"], ib, y, 0.0),
        S("income", ["事业收入"], ib, y, 22.40),
        S("expenditure_type", ["支出合计"], ib, y, 386.52),
        S("expenditure_type", ["基本支出"], ib, y, 312.86),
        S("expenditure_type", ["项目支出"], ib, y, 73.66),
        S("functional", ["一般公共服务支出", "档案事务", "档案馆"], ib, y, 254.18),
        S("functional", ["一般公共服务支出", "档案事务", "其他档案事务支出"], ib, y, 36.50),
        S("functional", ["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"], ib, y, 28.64),
        S("functional", ["卫生健康支出", "行政事业单位医疗", "事业单位医疗"], ib, y, 16.42),
        S("functional", ["住房保障支出", "住房改革支出", "住房公积金"], ib, y, 28.38),
        S("economic", ["人员经费"], ib, y, 262.58),
        S("economic", ["公用经费"], ib, y, 27.88),
        S("economic", ["机关运行经费"], ib, y, 27.88),
        S("three_public", ["三公经费"], ib, y, 3.20),
        S("three_public", ["三公经费", "因公出国（境）费"], ib, y, 0.0),
        S("three_public", ["三公经费", "公务用车购置及运行维护费"], ib, y, 2.00),
        S("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], ib, y, 0.0),
        S("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], ib, y, 2.00),
        S("three_public", ["三公经费", "公务接待费"], ib, y, 1.20),
    ]
    dept = DEPT(funds=FUNDS(initial=386.52))
    write_gold(stem, fn, "docx", UNIT("永春县档案馆", "福建省", "泉州市", "永春县", "350525"),
               y, [], dept, sp)


# ============================================================================= P05
def p05(tmp):
    """Legacy .doc (converted by LibreOffice): one project, money in 元, labelled 年度目标."""
    stem, fn = "P05_yishui_gqwsy_2022_gongwei", "P05_yishui_gqwsy_2022_gongwei.doc"
    goal = ("为辖区常住居民免费提供12类国家基本公共卫生服务，居民规范化电子健康档案覆盖率达到62%以上，"
            "65岁及以上老年人城乡社区规范健康管理服务率达到62%以上，高血压、2型糖尿病患者基层规范管理服务率均达到62%以上。")
    doc = new_docx()
    dx_title(doc, "沂水县高桥镇卫生院2022年度基本公共卫生服务项目支出绩效自评报告", size=16)
    dx_head(doc, "一、项目基本情况")
    dx_head(doc, "（一）项目概况")
    dx_para(doc, "项目名称：基本公共卫生服务项目", indent=False)
    dx_para(doc, "项目主管部门：沂水县卫生健康局", indent=False)
    dx_para(doc, "项目实施单位：沂水县高桥镇卫生院", indent=False)
    dx_para(doc, "高桥镇辖46个行政村，常住人口46,218人。2022年，按照人均基本公共卫生服务经费补助标准84元，县卫生健康局按服务人口和绩效考核结果核拨资金，扣除村卫生室承担部分后下达我院。我院为辖区居民免费提供居民健康档案管理、健康教育、预防接种、0～6岁儿童健康管理、孕产妇健康管理、老年人健康管理、慢性病患者健康管理等服务。")
    dx_head(doc, "（二）年度目标")
    dx_para(doc, "年度目标：" + goal)
    dx_head(doc, "（三）项目资金情况")
    dx_para(doc, "2022年度该项目资金总额1,386,450.00元，其中：中央补助资金831,870.00元，省级补助资金277,290.00元，县级配套资金277,290.00元。资金已于2022年11月底前全部拨付到位。")
    dx_head(doc, "二、项目资金使用及管理情况")
    dx_para(doc, "截至2022年12月31日，项目实际支出1,352,086.37元，预算执行率为97.52%。资金主要用于乡村医生及公卫人员劳务补助、老年人健康体检、健康教育宣传资料印刷、预防接种耗材等。项目资金实行专账核算，严格按照《基本公共卫生服务补助资金管理办法》（财社〔2022〕31号）使用。")
    dx_head(doc, "三、绩效目标完成情况")
    dx_para(doc, "（一）产出指标：全年规范化电子健康档案覆盖率65.3%，65岁及以上老年人健康管理率66.8%，高血压患者规范管理率64.1%，2型糖尿病患者规范管理率63.5%，适龄儿童国家免疫规划疫苗接种率99.1%。")
    dx_para(doc, "（二）效益指标：居民健康素养水平稳步提高，重点人群健康管理水平明显提升。")
    dx_para(doc, "（三）满意度指标：服务对象满意度95.2%，达到年度目标值（≥90%）。")
    dx_head(doc, "四、自评结论")
    dx_para(doc, "经自评，该项目2022年度绩效自评得分88.5分，评价等级为“良”。")
    dx_head(doc, "五、存在的问题及改进措施")
    dx_para(doc, "1.部分资金支付滞后，年末结余34,363.63元，已按规定结转下年使用。2.村级公卫人员业务能力有待提高，下一步将加强培训，提升服务质量。")
    dx_para(doc, "沂水县高桥镇卫生院", indent=False, align="right")
    dx_para(doc, "2023年3月10日", indent=False, align="right")
    src = os.path.join(tmp, stem + ".docx")
    doc.save(src)
    shutil.copy(lo_convert(src, "doc", tmp), os.path.join(DOCS, fn))

    y = 2022
    proj = PROJ("基本公共卫生服务项目",
                {"total": FUNDS(adjusted=138.645, executed=135.208637, rate=97.52)},
                supervising="沂水县卫生健康局", implementing="沂水县高桥镇卫生院",
                goal_expected=goal, total_score=88.5, grade="良")
    sp = [
        S("income", ["中央补助资金"], "adjusted_budget", y, 83.187),
        S("income", ["省级补助资金"], "adjusted_budget", y, 27.729),
        S("income", ["县级配套资金"], "adjusted_budget", y, 27.729),
    ]
    write_gold(stem, fn, "doc", UNIT("沂水县高桥镇卫生院", "山东省", "临沂市", "沂水县", "371323"),
               y, [proj], None, sp)


# ============================================================================= P06
def p06():
    """PDF drawn with reportlab: horizontal 三公 决算表 with blank cells, and its explanation."""
    stem, fn = "P06_shuyang_jtysj_2022_sangong", "P06_shuyang_jtysj_2022_sangong.pdf"
    d = RL(os.path.join(DOCS, fn))
    d.title("沭阳县交通运输局2022年度一般公共预算财政拨款“三公”经费支出决算表", size=14)
    d.c.setFont(d.FONT, 9)
    d.c.drawString(d.mx - 20, d.y, "部门：沭阳县交通运输局")
    d.c.drawRightString(d.w - d.mx + 20, d.y, "公开09表    单位：万元")
    d.y -= 10
    colw = [43] * 12
    rowh = [26, 30, 20, 22]
    cells = [
        (0, 0, 2, 2, "合计"), (0, 2, 2, 2, "因公出国（境）费"), (0, 4, 1, 6, "公务用车购置及运行维护费"),
        (0, 10, 2, 2, "公务接待费"),
        (1, 4, 1, 2, "小计"), (1, 6, 1, 2, "公务用车购置费"), (1, 8, 1, 2, "公务用车运行维护费"),
    ]
    for i in range(6):
        cells.append((2, 2 * i, 1, 1, "预算数"))
        cells.append((2, 2 * i + 1, 1, 1, "决算数"))
    data = ["28.50", "24.16", "", "", "22.00", "19.73", "", "", "22.00", "19.73", "6.50", "4.43"]
    for i, v in enumerate(data):
        cells.append((3, i, 1, 1, v))
    d.grid(colw, rowh, cells, size=8.5)
    d.para("注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", size=9, indent=0)
    d.space(10)
    d.title("沭阳县交通运输局2022年度“三公”经费支出决算情况说明", size=14)
    d.head("一、“三公”经费财政拨款支出决算总体情况说明")
    d.para("2022年度一般公共预算财政拨款“三公”经费支出预算为28.50万元，支出决算为24.16万元，完成预算的84.77%，较上年减少3.62万元，下降13.03%。决算数小于预算数的主要原因是认真落实中央八项规定精神，严控公务用车运行和公务接待支出。")
    d.head("二、“三公”经费财政拨款支出决算具体情况说明")
    d.para("1.因公出国（境）费。本年度无因公出国（境）团组，未发生因公出国（境）费支出，与上年持平。")
    d.para("2.公务用车购置及运行维护费支出决算为19.73万元，完成预算的89.68%，占“三公”经费的81.66%。其中：公务用车购置费：本年度未购置公务用车；公务用车运行维护费19.73万元，主要用于保障路政巡查、工程质量监督等工作所需8辆一般公务用车的燃料费、维修费、过路过桥费、保险费等。截至2022年12月31日，公务用车保有量8辆。")
    d.para("3.公务接待费支出决算为4.43万元，完成预算的68.15%，占“三公”经费的18.34%。全年国内公务接待52批次、468人次，主要用于接待省市交通运输部门检查指导、兄弟县区考察交流等。")
    d.head("三、机关运行经费支出情况说明")
    d.para("2022年度本部门机关运行经费支出156.32万元，比上年减少4.25万元，下降2.65%，主要原因是压减会议费、培训费等一般性支出。")
    d.save()

    y = 2022
    ib = "initial_budget"
    sp = [
        S("three_public", ["三公经费"], ib, y, 28.50),
        S("three_public", ["三公经费"], "final", y, 24.16),
        S("three_public", ["三公经费", "公务用车购置及运行维护费"], ib, y, 22.00),
        S("three_public", ["三公经费", "公务用车购置及运行维护费"], "final", y, 19.73),
        S("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], ib, y, 22.00),
        S("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], "final", y, 19.73),
        S("three_public", ["三公经费", "公务接待费"], ib, y, 6.50),
        S("three_public", ["三公经费", "公务接待费"], "final", y, 4.43),
        S("economic", ["机关运行经费"], "final", y, 156.32),
    ]
    write_gold(stem, fn, "pdf", UNIT("沭阳县交通运输局", "江苏省", "宿迁市", "沭阳县", "321322"),
               y, [], None, sp)


# ============================================================================= P07
def p07():
    """DOCX: report listing three projects with 预算/实际支付/执行率, score and grade each."""
    stem, fn = "P07_shexian_yz_2023_xiangmu", "P07_shexian_yz_2023_xiangmu.docx"
    doc = new_docx()
    dx_title(doc, "涉县第一中学2023年度项目支出绩效自评报告")
    dx_para(doc, "为加强预算绩效管理，提高财政资金使用效益，根据《涉县财政局关于开展2023年度预算绩效自评工作的通知》（涉财绩〔2024〕3号）要求，我校对2023年度项目支出开展了绩效自评，现将有关情况报告如下：")
    dx_head(doc, "一、项目基本情况")
    dx_para(doc, "我校是河北省示范性普通高中，现有教学班62个，在校学生3,562人，教职工286人。2023年纳入绩效自评范围的项目共3个，涉及预算资金1,511.80万元。")
    dx_head(doc, "二、项目资金使用及绩效情况")
    dx_head(doc, "（一）普通高中生均公用经费项目")
    dx_para(doc, "该项目预算资金1,186.40万元，全年实际支付1,162.87万元，执行率98.02%。资金主要用于保障学校水电暖、教学耗材、实验器材、设备维护及教师培训等日常运转支出，保障了正常教育教学秩序。经自评，该项目得分95分，评价等级为“优”。")
    dx_head(doc, "（二）高中国家助学金项目")
    dx_para(doc, "该项目预算资金248.00万元，全年实际支付248.00万元，执行率100%。全年资助家庭经济困难学生1,240人，资助标准为每生每年2,000元，资金通过学生资助卡按学期足额发放，做到应助尽助。经自评，该项目得分98分，评价等级为“优”。")
    dx_head(doc, "（三）校舍维修改造项目")
    dx_para(doc, "该项目预算资金77.40万元，全年实际支付69.66万元，执行率90.00%。完成教学楼屋面防水2,300平方米、学生宿舍卫生间改造48间。因部分工程尾款需待审计结算后支付，执行率偏低。经自评，该项目得分86分，评价等级为“良”。")
    dx_head(doc, "三、存在的问题")
    dx_para(doc, "一是个别项目预算编制不够精准，维修改造项目资金支付滞后；二是绩效目标设置不够细化，部分指标难以量化。")
    dx_head(doc, "四、改进措施")
    dx_para(doc, "进一步加强项目前期论证，科学编制预算；加快工程结算审计进度，及时支付资金；细化量化绩效指标，强化绩效监控。")
    dx_para(doc, "涉县第一中学", indent=False, align="right")
    dx_para(doc, "2024年4月8日", indent=False, align="right")
    doc.save(os.path.join(DOCS, fn))

    projs = [
        PROJ("普通高中生均公用经费项目", {"total": FUNDS(adjusted=1186.40, executed=1162.87, rate=98.02)},
             total_score=95, grade="优"),
        PROJ("高中国家助学金项目", {"total": FUNDS(adjusted=248.00, executed=248.00, rate=100.0)},
             total_score=98, grade="优"),
        PROJ("校舍维修改造项目", {"total": FUNDS(adjusted=77.40, executed=69.66, rate=90.0)},
             total_score=86, grade="良"),
    ]
    write_gold(stem, fn, "docx", UNIT("涉县第一中学", "河北省", "邯郸市", "涉县", "130426"),
               2023, projs, None, [])


# ============================================================================= P08
def p08(tmp):
    """PDF exported by LibreOffice: 转移支付 self-evaluation, money by level not summed."""
    stem, fn = "P08_tongyu_nyncj_2022_zhuanyi", "P08_tongyu_nyncj_2022_zhuanyi.pdf"
    goal = ("2022年新建高标准农田8.5万亩，同步发展高效节水灌溉2.1万亩，项目区耕地质量等级平均提升0.5个等级以上，"
            "粮食综合生产能力稳步提升。")
    doc = new_docx()
    dx_title(doc, "通榆县农业农村局关于2022年度农田建设补助资金绩效自评报告", size=16)
    dx_head(doc, "一、转移支付基本情况")
    dx_para(doc, "转移支付项目名称：农田建设补助资金", indent=False)
    dx_head(doc, "（一）资金下达情况")
    dx_para(doc, "2022年，我局共收到农田建设补助资金下达文件5个。其中：中央财政下达资金6,420万元（吉财农〔2022〕112号、吉财农〔2021〕865号）；省级财政下达资金1,605万元（吉财农〔2022〕356号）；市县配套资金802.50万元（白财农〔2022〕41号、通财农〔2022〕18号）。")
    dx_head(doc, "（二）年度目标")
    dx_para(doc, "年度总体目标：" + goal)
    dx_head(doc, "（三）项目实施情况")
    dx_para(doc, "项目涉及开通镇、瞻榆镇、边昭镇等6个乡镇42个行政村，亩均财政投入约1,039元，主要建设内容包括土地平整、灌溉与排水、田间道路、农田防护与生态环境保护等工程。项目于2022年4月开工，2022年10月底全部完工。")
    dx_head(doc, "二、资金使用情况")
    dx_para(doc, "截至2022年12月31日，项目已支出7,936.82万元，执行率为89.91%。未支出资金主要为工程质量保证金和尾款，将于竣工决算审计后支付。")
    dx_head(doc, "三、绩效目标完成情况")
    dx_para(doc, "（一）产出指标：完成新建高标准农田8.5万亩，完成率100%；完成高效节水灌溉2.1万亩；工程质量合格率100%（目标值≥95%）。")
    dx_para(doc, "（二）效益指标：项目区亩均粮食产能提高约100斤，农田灌排条件明显改善。")
    dx_para(doc, "（三）满意度指标：受益群众满意度96.3%（目标值≥90%）。")
    dx_head(doc, "四、自评结论")
    dx_para(doc, "经自评，该转移支付资金绩效自评得分92分，评价等级为“优”。")
    dx_head(doc, "五、存在的问题及下一步工作")
    dx_para(doc, "部分项目竣工验收和决算审计进度偏慢，影响资金支付进度。下一步将督促施工单位及时完成结算，加快资金拨付，并加强建后管护。")
    dx_para(doc, "通榆县农业农村局", indent=False, align="right")
    dx_para(doc, "2023年4月20日", indent=False, align="right")
    src = os.path.join(tmp, stem + ".docx")
    doc.save(src)
    shutil.copy(lo_convert(src, "pdf", tmp), os.path.join(DOCS, fn))

    y = 2022
    proj = PROJ("农田建设补助资金", {"total": FUNDS(executed=7936.82, rate=89.91)},
                goal_expected=goal, total_score=92, grade="优")
    sp = [
        S("income", ["中央财政下达资金"], "adjusted_budget", y, 6420),
        S("income", ["省级财政下达资金"], "adjusted_budget", y, 1605),
        S("income", ["市县配套资金"], "adjusted_budget", y, 802.50),
    ]
    write_gold(stem, fn, "pdf", UNIT("通榆县农业农村局", "吉林省", "白城市", "通榆县", "220822"),
               y, [proj], None, sp)


# ============================================================================= P09
def p09():
    """PDF drawn with reportlab: party organ 部门决算 说明; figures split from 万元 by line breaks."""
    stem, fn = "P09_qijiang_zzb_2023_juesuan", "P09_qijiang_zzb_2023_juesuan.pdf"
    d = RL(os.path.join(DOCS, fn), footer="- {n} -")
    d.title("中共重庆市綦江区委组织部", size=16)
    d.title("2023年度部门决算情况说明", size=16)
    d.head("一、部门概况")
    d.para("中共重庆市綦江区委组织部是区委主管组织工作的职能部门，主要负责全区党的组织建设、干部队伍建设、人才队伍建设和公务员管理等工作。内设办公室、组织科、干部科、人才科等8个科室，核定行政编制45名，年末实有人员43名。")
    d.head("二、收入支出决算总体情况说明")
    d.para("2023年度收入总计1,968.74万元，其中：本年收入合计1,902.16万元，年初结转和结余66.58万元。支出总计1,968.74万元，其中：本年支出合计1,921.35万元，年末结转和结余47.39万元。收支总计较上年增加124.51万元，增长6.75%，主要原因是人才工作专项经费增加。")
    d.head("三、收入决算情况说明")
    d.para("本年收入合计1,902.16万元，其中：财政拨款收入1,896.16万元（其中：一般公共预算财政拨款1,896.16万元，政府性基金预算财政拨款0万元），占99.68%；其他收入6.00万元，占0.32%。")
    d.head("四、支出决算情况说明")
    d.para("本年支出合计1,921.35\n万元，其中：基本支出1,037.82万元，占54.02%；项目支出883.53万元，占45.98%。")
    d.head("五、财政拨款收入支出决算总体情况说明")
    d.para("2023年度财政拨款支出年初预算为1,654.20万元，支出决算为1,921.35万元，完成年初预算的116.15%，决算数大于年初预算数的主要原因是年中追加人才发展专项资金。")
    d.head("六、一般公共预算财政拨款支出决算情况说明")
    d.head("（一）总体情况")
    d.para("2023年度一般公共预算财政拨款支出1,921.35万元，占本年支出合计的100%，较上年增加96.82万元，增长5.31%。")
    d.head("（二）结构情况")
    d.para("一般公共服务支出（类）1,612.48万元，占83.92%；社会保障和就业支出（类）152.36万元，占7.93%；卫生健康支出（类）58.27万元，占3.03%；住房保障支出（类）98.24万元，占5.11%。")
    d.newpage()
    d.head("（三）具体情况")
    d.para("1.一般公共服务支出（类）组织事务（款）行政运行（项）：支出决算为612.35万元，较上年增加21.40万元，主要原因是人员调资。")
    d.para("2.一般公共服务支出（类）组织事务（款）一般行政管理事务（项）：支出决算为405.63\n万元，主要用于党员教育培训、干部考察等工作。")
    d.para("3.一般公共服务支出（类）组织事务（款）其他组织事务支出（项）：支出决算为594.50万元，主要用于人才引进和基层党组织建设。")
    d.para("4.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为101.58万元。")
    d.para("5.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）：支出决算为50.78万元。")
    d.para("6.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：支出决算为58.27万元。")
    d.para("7.住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为98.24万元。")
    d.head("七、一般公共预算财政拨款基本支出决算情况说明")
    d.para("2023年度一般公共预算财政拨款基本支出1,037.82万元，其中：人员经费906.45万元，主要包括基本工资、津贴补贴、奖金、社会保障缴费、住房公积金等；公用经费131.37\n万元，主要包括办公费、印刷费、邮电费、差旅费、会议费、培训费、公务接待费、公务用车运行维护费等。")
    d.head("八、“三公”经费财政拨款支出决算情况说明")
    d.para("2023年度“三公”经费财政拨款支出年初预算为12.80万元，支出决算为9.64万元，完成年初预算的75.31%。其中：因公出国（境）费年初预算0万元，支出决算0万元；公车购置费支出决算0万元，本年未购置公务用车；公车运行维护费年初预算8.80万元，支出决算7.92万元，主要用于2辆公务用车的燃修费、保险费等；公务接待费年初预算4.00万元，支出决算1.72万元，全年国内公务接待21批次、186人次。")
    d.head("九、其他重要事项的情况说明")
    d.para("（一）机关运行经费：2023年度本部门机关运行经费支出131.37万元，比上年减少3.26万元，下降2.42%。")
    d.para("（二）政府采购：2023年度政府采购支出总额86.42万元，全部为服务类采购，授予中小企业合同金额86.42万元。")
    d.para("（三）国有资产占有使用情况：截至2023年12月31日，本部门共有车辆2辆，其中：机要通信用车1辆、一般公务用车1辆。")
    d.para("（四）预算绩效管理情况：本部门对2023年度10个项目开展绩效自评，涉及资金883.53万元。")
    d.save()

    y = 2023
    ib = "initial_budget"
    sp = [
        S("income", ["收入总计"], "final", y, 1968.74),
        S("income", ["本年收入合计"], "final", y, 1902.16),
        S("income", ["财政拨款收入"], "final", y, 1896.16),
        S("income", ["财政拨款收入", "一般公共预算财政拨款"], "final", y, 1896.16),
        S("income", ["财政拨款收入", "政府性基金预算财政拨款"], "final", y, 0.0),
        S("income", ["其他收入"], "final", y, 6.00),
        S("expenditure_type", ["支出总计"], "final", y, 1968.74),
        S("expenditure_type", ["本年支出合计"], "final", y, 1921.35),
        S("expenditure_type", ["基本支出"], "final", y, 1037.82),
        S("expenditure_type", ["项目支出"], "final", y, 883.53),
        S("functional", ["一般公共服务支出"], "final", y, 1612.48),
        S("functional", ["社会保障和就业支出"], "final", y, 152.36),
        S("functional", ["卫生健康支出"], "final", y, 58.27),
        S("functional", ["住房保障支出"], "final", y, 98.24),
        S("functional", ["一般公共服务支出", "组织事务", "行政运行"], "final", y, 612.35),
        S("functional", ["一般公共服务支出", "组织事务", "一般行政管理事务"], "final", y, 405.63),
        S("functional", ["一般公共服务支出", "组织事务", "其他组织事务支出"], "final", y, 594.50),
        S("functional", ["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"], "final", y, 101.58),
        S("functional", ["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位职业年金缴费支出"], "final", y, 50.78),
        S("functional", ["卫生健康支出", "行政事业单位医疗", "行政单位医疗"], "final", y, 58.27),
        S("functional", ["住房保障支出", "住房改革支出", "住房公积金"], "final", y, 98.24),
        S("economic", ["人员经费"], "final", y, 906.45),
        S("economic", ["公用经费"], "final", y, 131.37),
        S("economic", ["机关运行经费"], "final", y, 131.37),
        S("three_public", ["三公经费"], ib, y, 12.80),
        S("three_public", ["三公经费"], "final", y, 9.64),
        S("three_public", ["三公经费", "因公出国（境）费"], ib, y, 0.0),
        S("three_public", ["三公经费", "因公出国（境）费"], "final", y, 0.0),
        S("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], "final", y, 0.0),
        S("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], ib, y, 8.80),
        S("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], "final", y, 7.92),
        S("three_public", ["三公经费", "公务接待费"], ib, y, 4.00),
        S("three_public", ["三公经费", "公务接待费"], "final", y, 1.72),
    ]
    dept = DEPT(funds=FUNDS(initial=1654.20, executed=1921.35, rate=116.15),
                basic=1037.82, project=883.53, personnel=906.45, public=131.37)
    write_gold(stem, fn, "pdf", UNIT("中共重庆市綦江区委组织部", "重庆市", "重庆市", "綦江区", "500110"),
               y, [], dept, sp)


# ============================================================================= P10
def p10():
    """HTML (UTF-8) portal page: health centre 部门整体 self-evaluation, all money in 元."""
    stem, fn = "P10_lianjiang_apwsy_2023_zhengti", "P10_lianjiang_apwsy_2023_zhengti.html"
    paras = [
        ("h", "一、部门基本情况"),
        ("h", "（一）单位职能"),
        ("p", "廉江市安铺镇中心卫生院是政府举办的公益一类事业单位，承担安铺镇及周边约12万群众的基本医疗、公共卫生服务和辖区村卫生站的业务指导工作。"),
        ("h", "（二）人员及资产情况"),
        ("p", "本院核定编制186人，2023年末在岗职工213人；开放床位150张；年末固定资产原值52,368,412.50元。"),
        ("h", "二、部门整体收支情况"),
        ("h", "（一）收入情况"),
        ("p", "2023年度收入合计38,652,417.86元，其中：财政拨款收入9,816,240.00元，占25.40%；事业收入27,934,566.42元，占72.27%；其他收入901,611.44元，占2.33%。"),
        ("h", "（二）支出情况"),
        ("p", "2023年度支出合计37,985,203.15元，其中：基本支出34,216,480.27元（人员经费28,654,320.15元，公用经费5,562,160.12元），项目支出3,768,722.88元。"),
        ("h", "（三）预算执行情况"),
        ("p", "2023年度部门整体支出年初预算36,500,000.00元，全年预算38,120,000.00元，实际支出37,985,203.15元，预算执行率99.65%。"),
        ("h", "三、绩效目标完成情况"),
        ("p", "年初设定的绩效目标为：门诊服务量≥18万人次，家庭医生签约服务覆盖率≥65%，孕产妇系统管理率≥90%，群众满意度≥90%。2023年实际完成门诊186,432人次、住院4,218人次，家庭医生签约服务覆盖率67.4%，孕产妇系统管理率93.2%，群众满意度94.1%。通过政府采购购置DR、彩超等医疗设备，合同金额1,286,000.00元，诊疗能力进一步提升。"),
        ("h", "四、自评结论"),
        ("p", "根据《湛江市部门整体支出绩效自评指标体系》（湛财绩〔2022〕9号），经自评，本单位2023年度部门整体支出绩效自评得分为87.6分，绩效等级为“良”。"),
        ("h", "五、存在的问题及改进措施"),
        ("p", "一是医疗收入受就诊人数波动影响较大，收支平衡压力大；二是部分绩效指标设置不够科学。下一步将加强预算编制与绩效目标的衔接，提高资金使用效益。"),
        ("r", "廉江市安铺镇中心卫生院"),
        ("r", "2024年4月25日"),
    ]
    body = []
    for kind, text in paras:
        if kind == "h":
            body.append(f"<p><b>{text}</b></p>")
        elif kind == "r":
            body.append(f'<p style="text-align:right">{text}</p>')
        else:
            body.append(f'<p style="text-indent:2em">{text}</p>')
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>廉江市安铺镇中心卫生院2023年度部门整体支出绩效自评报告-廉江市人民政府门户网站</title>
<meta name="ArticleTitle" content="廉江市安铺镇中心卫生院2023年度部门整体支出绩效自评报告">
<meta name="ContentSource" content="廉江市卫生健康局">
<style>
body{{margin:0;font-family:"Microsoft YaHei",sans-serif;background:#f5f7fa}}
.hd{{background:linear-gradient(#0b5cad,#094c8f);color:#fff;padding:24px 40px;font-size:28px}}
.nav a{{display:inline-block;padding:10px 18px;color:#094c8f;text-decoration:none}}
.bread{{max-width:1100px;margin:0 auto;padding:10px;font-size:13px;color:#666}}
.detail{{max-width:1060px;margin:0 auto;background:#fff;padding:30px}}
.detail h1{{font-size:22px;text-align:center}}
.attr{{text-align:center;font-size:13px;color:#999;margin-bottom:18px}}
.detail p{{font-size:16px;line-height:1.9;margin:6px 0}}
.ft{{text-align:center;font-size:12px;color:#666;padding:20px;line-height:22px}}
</style>
</head>
<body>
<div class="hd">廉江市人民政府门户网站</div>
<div class="nav"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">走进廉江</a></div>
<div class="bread">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政信息</a> &gt; 绩效信息</div>
<div class="detail">
<h1>廉江市安铺镇中心卫生院2023年度部门整体支出绩效自评报告</h1>
<div class="attr">发布时间：2024-05-11 16:20:35　来源：廉江市卫生健康局　【字号：大 中 小】　分享到：</div>
<div class="article-content">
{chr(10).join(body)}
</div>
</div>
<div class="ft">主办：廉江市人民政府办公室　承办：廉江市政务服务数据管理局<br>粤ICP备05012345号　粤公网安备44088102000201号　网站标识码：4408810001</div>
</body>
</html>
"""
    with open(os.path.join(DOCS, fn), "w", encoding="utf-8") as fh:
        fh.write(html)

    y = 2023
    sp = [
        S("income", ["收入合计"], "final", y, 3865.241786),
        S("income", ["财政拨款收入"], "final", y, 981.624),
        S("income", ["事业收入"], "final", y, 2793.456642),
        S("income", ["其他收入"], "final", y, 90.161144),
        S("expenditure_type", ["支出合计"], "final", y, 3798.520315),
        S("expenditure_type", ["基本支出"], "final", y, 3421.648027),
        S("expenditure_type", ["项目支出"], "final", y, 376.872288),
        S("economic", ["人员经费"], "final", y, 2865.432015),
        S("economic", ["公用经费"], "final", y, 556.216012),
    ]
    dept = DEPT(funds=FUNDS(initial=3650, adjusted=3812, executed=3798.520315, rate=99.65),
                basic=3421.648027, project=376.872288, personnel=2865.432015, public=556.216012,
                score=87.6, grade="良")
    write_gold(stem, fn, "html", UNIT("廉江市安铺镇中心卫生院", "广东省", "湛江市", "廉江市", "440881"),
               y, [], dept, sp)


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="make_prose_")
    try:
        p01()
        p02()
        p03(tmp)
        p04()
        p05(tmp)
        p06()
        p07()
        p08(tmp)
        p09()
        p10()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("wrote P01..P10 into", DOCS, "and", GOLD)


if __name__ == "__main__":
    main()
