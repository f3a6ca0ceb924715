"""S05 (TXT saved from Word), S06 (HTML, nested layout tables), S07 (HTML 部门预算), S08 (XLSX 部门决算)."""
import os

from parts_common import dept, fund, gold_doc, ind, project, sp


# ====================================================================== S05
def s05(out):
    file = "S05_pingyao_slj_2020_yinshui.txt"
    unit_name = "平遥县水利局"
    unit = (unit_name, "山西省", "晋中市", "平遥县", "140728")
    name = "2020年农村饮水安全工程维修养护项目"
    goal_e = "完成全县12个乡镇农村集中供水工程维修养护，保障农村饮水安全，农村自来水普及率达到95%以上。"
    goal_a = "完成12个乡镇集中供水工程维修养护48处，维修管网18.6公里，更换水泵21台，农村自来水普及率达到96.2%。"
    inds = [
        ("产出指标", "数量指标", "维修养护集中供水工程", "≥45处", "48处", "10", "10", ""),
        ("", "", "维修更换供水管网", "≥15公里", "18.6公里", "10", "10", ""),
        ("", "质量指标", "维修工程验收合格率", "≥95%", "100%", "10", "10", ""),
        ("", "时效指标", "维修养护完成时间", "2020年10月31日前", "2020年10月15日", "10", "10", ""),
        ("", "成本指标", "单处工程维修平均成本", "≤2.1万元", "1.94万元", "10", "10", ""),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥95%", "96.2%", "15", "15", ""),
        ("", "可持续影响指标", "工程运行管护机制", "健全", "基本健全", "10", "8",
         "部分村级管水员报酬落实不到位，下一步落实管护经费"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "91%", "15", "14", "个别村供水时段不稳定"),
    ]
    lines = [
        "附件2",
        "",
        "项目支出绩效自评表",
        "（2020年度）",
        "",
        f"单位名称：{unit_name}\t\t\t\t\t金额单位：万元",
        f"项目名称\t{name}",
        f"主管部门\t{unit_name}\t实施单位\t{unit_name}",
        "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额\t80.00\t95.50\t93.18\t10\t97.57%\t9.76",
        "\t其中：当年财政拨款\t80.00\t80.00\t77.68\t—\t97.10%\t—",
        "\t上年结转资金\t—\t15.50\t15.50\t—\t100.00%\t—",
        "\t其他资金\t—\t—\t—\t—\t—\t—",
        "年度总体目标\t预期目标\t实际完成情况",
        f"\t{goal_e}\t{goal_a}",
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    ]
    for row in inds:
        lines.append("\t" + "\t".join(row))
    lines += [
        "总分\t100\t96.76\t",
        "",
        "说明：1.执行率=全年执行数/全年预算数；2.偏差原因分析及改进措施栏未填写的表示无偏差。",
        "填表人：王建军    联系电话：0354-5682xxx    填报日期：2021年3月10日",
        "",
    ]
    with open(os.path.join(out, file), "wb") as fh:
        fh.write("\r\n".join(lines).encode("gb18030"))

    indicators, l1, l2 = [], None, None
    for a, b, c, d, e, f, g, h in inds:
        l1, l2 = a or l1, b or l2
        indicators.append(ind(l1, l2, c, d, e, float(f), float(g), h or None))
    proj = project(name, unit_name, unit_name,
                   {"total": fund(80.00, 95.50, 93.18, 10, 97.57, 9.76),
                    "current_appropriation": fund(80.00, 80.00, 77.68, None, 97.10, None),
                    "carryover": fund(None, 15.50, 15.50, None, 100.0, None)},
                   goal_e, goal_a, indicators, 100.0, 96.76, None)
    return gold_doc(file, "txt", unit, 2020, projects=[proj])


# ====================================================================== S06
def s06(out):
    file = "S06_meihekou_mzj_2022_dibao.html"
    unit_name = "梅河口市民政局"
    unit = (unit_name, "吉林省", "通化市", "梅河口市", "220581")
    name = "城乡居民最低生活保障资金"
    # (level1 html, level2 html, name html, target, actual, weight, score, dev) ; gold cleans the <br>
    rows = [
        ("产出<br>指标", "数量<br>指标", "城市低保<br>保障人数", "≥2800人", "2856人", "10", "10", ""),
        (None, None, "农村低保<br>保障人数", "≥6500人", "6612人", "10", "10", ""),
        (None, "质量<br>指标", "低保对象<br>认定准确率", "≥95%", "98%", "10", "10", ""),
        (None, "时效<br>指标", "低保金按月<br>发放及时率", "100%", "100%", "10", "10", ""),
        (None, "成本<br>指标", "城市低保标准", "≥640元/人·月", "660元/人·月", "5", "5", ""),
        (None, None, "农村低保标准", "≥5000元/人·年", "5400元/人·年", "5", "5", ""),
        ("效益<br>指标", "社会效益<br>指标", "困难群众基本<br>生活得到保障", "有效保障", "有效保障", "20", "20", ""),
        (None, "可持续影响<br>指标", "低保动态<br>管理机制", "长期", "长期", "10", "10", ""),
        ("满意度<br>指标", "服务对象<br>满意度指标", "低保对象<br>满意度", "≥90%", "96%", "10", "10", ""),
    ]
    goal_e_html = "1.保障城乡低保对象基本生活，做到应保尽保；<br>2.按月足额发放低保金，城乡低保标准逐步提高。"
    goal_a_html = ("1.全年累计保障城市低保对象2856人、农村低保对象6612人；<br>"
                   "2.低保金按月足额发放，城市低保标准提高到660元/人·月。")

    def span_count(idx, k):
        n = 1
        while k + n < len(rows) and rows[k + n][idx] is None:
            n += 1
        return n

    trs = []
    for k, r in enumerate(rows):
        cells = []
        if r[0] is not None:
            cells.append(f'<td rowspan="{span_count(0, k)}">{r[0]}</td>')
        if r[1] is not None:
            cells.append(f'<td rowspan="{span_count(1, k)}">{r[1]}</td>')
        cells.append(f'<td colspan="3">{r[2]}</td>')
        for v in r[3:]:
            cells.append(f"<td>{v if v else '&nbsp;'}</td>")
        trs.append("<tr>" + "".join(cells) + "</tr>")
    content = f"""<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="3" width="100%" style="border-collapse:collapse;font-size:13px;text-align:center">
<tr><td colspan="11" style="font-size:18px;font-weight:bold;border:none">项目支出绩效自评表</td></tr>
<tr><td colspan="11" style="border:none">（2022年度）</td></tr>
<tr><td colspan="3">项目名称</td><td colspan="8">{name}</td></tr>
<tr><td colspan="3">主管部门</td><td colspan="3">{unit_name}</td><td colspan="2">实施单位</td><td colspan="3">{unit_name}</td></tr>
<tr><td colspan="2" rowspan="5">项目资金<br>（万元）</td><td colspan="3">&nbsp;</td><td>年初<br>预算数</td><td>全年<br>预算数</td><td>全年<br>执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
<tr><td colspan="3">年度资金总额</td><td>3,862.50</td><td>4,105.32</td><td>4,098.76</td><td>10</td><td>99.84%</td><td>9.98</td></tr>
<tr><td colspan="3">其中：当年财政拨款</td><td>3,862.50</td><td>4,105.32</td><td>4,098.76</td><td>—</td><td>—</td><td>—</td></tr>
<tr><td colspan="3">上年结转资金</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>—</td><td>&nbsp;</td><td>—</td></tr>
<tr><td colspan="3">其他资金</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>—</td><td>&nbsp;</td><td>—</td></tr>
<tr><td rowspan="2">年度<br>总体<br>目标</td><td colspan="5">预期目标</td><td colspan="5">实际完成情况</td></tr>
<tr><td colspan="5" style="text-align:left">{goal_e_html}</td><td colspan="5" style="text-align:left">{goal_a_html}</td></tr>
<tr><td rowspan="{len(rows) + 1}" width="40">绩效<br>指标</td><td>一级<br>指标</td><td>二级<br>指标</td><td colspan="3">三级指标</td><td>年度<br>指标值</td><td>实际<br>完成值</td><td>分值</td><td>得分</td><td>偏差原因分析<br>及改进措施</td></tr>
{chr(10).join(trs)}
<tr><td colspan="8">总分</td><td>100</td><td>99.98</td><td>&nbsp;</td></tr>
</table>"""
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>梅河口市民政局2022年度城乡居民最低生活保障资金项目支出绩效自评表_梅河口市人民政府</title>
<style>body{{margin:0;font-family:"微软雅黑";background:#f2f2f2}} .layout td{{vertical-align:top}} .nav a{{display:block;padding:6px 10px;color:#234}}</style>
</head>
<body>
<table class="layout" width="1000" align="center" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff">
 <tr><td colspan="2" style="background:#b3121b;color:#fff;font-size:28px;height:90px;padding-left:30px">梅河口市人民政府</td></tr>
 <tr><td colspan="2" style="padding:6px 10px;border-bottom:1px solid #ddd">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政信息</a> &gt; 预算绩效</td></tr>
 <tr>
  <td width="200" class="nav">
   <table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr><td style="background:#b3121b;color:#fff;padding:8px">财政信息</td></tr>
    <tr><td><a href="#">财政预决算</a></td></tr>
    <tr><td><a href="#">预算绩效</a></td></tr>
    <tr><td><a href="#">政府采购</a></td></tr>
   </table>
  </td>
  <td width="800" style="padding:12px 16px">
   <table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr><td style="text-align:center;font-size:20px;font-weight:bold;color:#b3121b;padding:10px 0">梅河口市民政局2022年度城乡居民最低生活保障资金项目支出绩效自评表</td></tr>
    <tr><td style="text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:6px">发布时间：2023-04-12 09:30 &nbsp; 来源：梅河口市民政局 &nbsp; 浏览次数：286</td></tr>
    <tr><td style="padding-top:12px">
     <p style="text-indent:2em">根据梅河口市财政局《关于开展2022年度市级预算绩效自评工作的通知》（梅财绩〔2023〕4号）要求，现将我局城乡居民最低生活保障资金项目绩效自评结果公开如下：</p>
     {content}
     <p>填报人：刘洋 &nbsp; 联系电话：0435-4221xxx &nbsp; 填报日期：2023年3月20日</p>
    </td></tr>
   </table>
  </td>
 </tr>
 <tr><td colspan="2" style="text-align:center;background:#333;color:#ccc;padding:12px">主办：梅河口市人民政府办公室 &nbsp; 吉ICP备05002xxx号 &nbsp; 网站标识码：2205810001</td></tr>
</table>
</body>
</html>
"""
    with open(os.path.join(out, file), "w", encoding="utf-8") as fh:
        fh.write(html)

    def clean(s):
        return s.replace("<br>", "")

    indicators, l1, l2 = [], None, None
    for r in rows:
        l1 = clean(r[0]) if r[0] is not None else l1
        l2 = clean(r[1]) if r[1] is not None else l2
        indicators.append(ind(l1, l2, clean(r[2]), r[3], r[4], float(r[5]), float(r[6]), r[7] or None))
    proj = project(name, unit_name, unit_name,
                   {"total": fund(3862.50, 4105.32, 4098.76, 10, 99.84, 9.98),
                    "current_appropriation": fund(3862.50, 4105.32, 4098.76, None, None, None)},
                   clean(goal_e_html), clean(goal_a_html), indicators, 100.0, 99.98, None)
    return gold_doc(file, "html", unit, 2022, projects=[proj])


# ====================================================================== S07
def s07(out):
    file = "S07_liuyang_dag_2024_yusuan.html"
    unit_name = "浏阳市档案馆"
    unit = (unit_name, "湖南省", "长沙市", "浏阳市", "430181")
    total_rows = [
        ("一、一般公共预算拨款收入", "486.32", "一、一般公共服务支出", "402.18"),
        ("二、政府性基金预算拨款收入", "0.00", "二、社会保障和就业支出", "41.26"),
        ("三、国有资本经营预算拨款收入", "0.00", "三、卫生健康支出", "14.65"),
        ("四、财政专户管理资金收入", "0.00", "四、住房保障支出", "28.23"),
        ("五、单位资金收入", "0.00", "", ""),
        ("", "", "", ""),
        ("本年收入合计", "486.32", "本年支出合计", "486.32"),
        ("上年结转结余", "0.00", "结转下年", "0.00"),
        ("收入总计", "486.32", "支出总计", "486.32"),
    ]
    gp_rows = [
        ("", "", "", "合计", "486.32", "421.32", "65.00"),
        ("201", "", "", "一般公共服务支出", "402.18", "337.18", "65.00"),
        ("201", "26", "", "档案事务", "402.18", "337.18", "65.00"),
        ("201", "26", "01", "行政运行", "337.18", "337.18", ""),
        ("201", "26", "04", "档案馆", "65.00", "", "65.00"),
        ("208", "", "", "社会保障和就业支出", "41.26", "41.26", ""),
        ("208", "05", "", "行政事业单位养老支出", "41.26", "41.26", ""),
        ("208", "05", "05", "机关事业单位基本养老保险缴费支出", "27.50", "27.50", ""),
        ("208", "05", "06", "机关事业单位职业年金缴费支出", "13.76", "13.76", ""),
        ("210", "", "", "卫生健康支出", "14.65", "14.65", ""),
        ("210", "11", "", "行政事业单位医疗", "14.65", "14.65", ""),
        ("210", "11", "01", "行政单位医疗", "14.65", "14.65", ""),
        ("221", "", "", "住房保障支出", "28.23", "28.23", ""),
        ("221", "02", "", "住房改革支出", "28.23", "28.23", ""),
        ("221", "02", "01", "住房公积金", "28.23", "28.23", ""),
    ]
    t1 = ['<table border="1" cellspacing="0" cellpadding="4" width="90%" align="center" style="border-collapse:collapse">',
          '<tr><td colspan="2" align="center"><b>收入</b></td><td colspan="2" align="center"><b>支出</b></td></tr>',
          '<tr><td align="center">项目</td><td align="center">预算数</td><td align="center">项目</td><td align="center">预算数</td></tr>']
    for a, b, c, d in total_rows:
        t1.append(f"<tr><td>{a or '&nbsp;'}</td><td align=\"right\">{b or '&nbsp;'}</td>"
                  f"<td>{c or '&nbsp;'}</td><td align=\"right\">{d or '&nbsp;'}</td></tr>")
    t1.append("</table>")
    t2 = ['<table border="1" cellspacing="0" cellpadding="4" width="90%" align="center" style="border-collapse:collapse">',
          '<tr><td colspan="3" align="center">科目编码</td><td rowspan="2" align="center">科目名称</td>'
          '<td rowspan="2" align="center">合计</td><td rowspan="2" align="center">基本支出</td>'
          '<td rowspan="2" align="center">项目支出</td></tr>',
          '<tr><td align="center">类</td><td align="center">款</td><td align="center">项</td></tr>']
    for a, b, c, d, e, f, g in gp_rows:
        t2.append("<tr>" + "".join(f"<td>{v or '&nbsp;'}</td>" for v in (a, b, c, d))
                  + "".join(f"<td align=\"right\">{v or '&nbsp;'}</td>" for v in (e, f, g)) + "</tr>")
    t2.append("</table>")
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>浏阳市档案馆2024年部门预算公开_浏阳市人民政府</title>
</head>
<body>
<div class="header" style="background:#0d5fa8;color:#fff;font-size:26px;padding:24px">浏阳市人民政府 <span style="font-size:14px">www.liuyang.gov.cn</span></div>
<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 部门信息公开 &gt; 浏阳市档案馆 &gt; 财政预决算</div>
<div class="article">
<h1 style="text-align:center;font-size:22px">浏阳市档案馆2024年部门预算公开</h1>
<div class="info" style="text-align:center;color:#999">信息来源：浏阳市档案馆 &nbsp; 发布日期：2024-02-06 &nbsp; 索引号：4301810017/2024-00123</div>
<div class="content">
<p style="text-align:center"><b>第一部分 浏阳市档案馆2024年部门预算说明</b></p>
<p>一、部门基本情况</p>
<p style="text-indent:2em">浏阳市档案馆为市委直属参照公务员法管理的事业单位，内设科室5个，核定编制18人，其中参公编制15人，年末实有人员17人，退休人员9人。</p>
<p>二、收支预算总体情况</p>
<p style="text-indent:2em">2024年部门预算收入486.32万元，全部为一般公共预算拨款收入；支出486.32万元，其中基本支出421.32万元，占86.63%；项目支出65.00万元，占13.37%。收支总预算较上年增加23.57万元，增长5.09%，主要原因是人员增资和档案数字化项目续建。</p>
<p style="text-indent:2em">基本支出中，人员经费389.66万元，公用经费31.66万元。</p>
<p>三、“三公”经费预算情况</p>
<p style="text-indent:2em">2024年“三公”经费预算3.20万元，其中公务接待费1.20万元，公务用车运行维护费2.00万元，因公出国（境）费0万元，公务用车购置费0万元。“三公”经费预算与上年持平。</p>
<p>四、其他重要事项说明</p>
<p style="text-indent:2em">（一）机关运行经费：2024年机关运行经费预算31.66万元，较上年减少1.20万元。</p>
<p style="text-indent:2em">（二）政府采购情况：2024年政府采购预算18.60万元，其中货物类12.60万元、服务类6.00万元。</p>
<p style="text-indent:2em">（三）国有资产占用情况：截至2023年12月31日，本单位共有车辆1辆，单位价值50万元以上通用设备0台（套）。</p>
<p style="text-indent:2em">（四）绩效目标设置情况：2024年项目支出65.00万元全部编制了绩效目标，档案数字化加工完成率目标值≥95%。</p>
<p style="text-align:center"><b>第二部分 2024年部门预算表</b></p>
<p style="text-align:center"><b>表1 部门收支总表</b></p>
<p style="text-align:right">单位：万元</p>
{chr(10).join(t1)}
<p style="text-align:center"><b>表2 一般公共预算支出表</b></p>
<p style="text-align:right">单位：万元</p>
{chr(10).join(t2)}
<p>注：本单位2024年无政府性基金预算支出、国有资本经营预算支出，相关表格为空表，不再公开。</p>
</div>
</div>
<div class="footer" style="text-align:center;color:#777">主办单位：浏阳市人民政府办公室 &nbsp; 湘ICP备05004xxx号</div>
</body>
</html>
"""
    with open(os.path.join(out, file), "w", encoding="utf-8") as fh:
        fh.write(html)

    Y, B = 2024, "initial_budget"
    spending = [
        sp("income", ["一般公共预算拨款收入"], B, Y, 486.32),
        sp("income", ["政府性基金预算拨款收入"], B, Y, 0.0),
        sp("income", ["国有资本经营预算拨款收入"], B, Y, 0.0),
        sp("income", ["财政专户管理资金收入"], B, Y, 0.0),
        sp("income", ["单位资金收入"], B, Y, 0.0),
        sp("income", ["本年收入合计"], B, Y, 486.32),
        sp("income", ["收入总计"], B, Y, 486.32),
        sp("expenditure_type", ["本年支出合计"], B, Y, 486.32),
        sp("expenditure_type", ["支出总计"], B, Y, 486.32),
        sp("expenditure_type", ["基本支出"], B, Y, 421.32),
        sp("expenditure_type", ["项目支出"], B, Y, 65.00),
        sp("functional", ["一般公共服务支出"], B, Y, 402.18),
        sp("functional", ["社会保障和就业支出"], B, Y, 41.26),
        sp("functional", ["卫生健康支出"], B, Y, 14.65),
        sp("functional", ["住房保障支出"], B, Y, 28.23),
        sp("functional", ["一般公共服务支出", "档案事务"], B, Y, 402.18),
        sp("functional", ["一般公共服务支出", "档案事务", "行政运行"], B, Y, 337.18),
        sp("functional", ["一般公共服务支出", "档案事务", "档案馆"], B, Y, 65.00),
        sp("functional", ["社会保障和就业支出", "行政事业单位养老支出"], B, Y, 41.26),
        sp("functional", ["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"], B, Y, 27.50),
        sp("functional", ["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位职业年金缴费支出"], B, Y, 13.76),
        sp("functional", ["卫生健康支出", "行政事业单位医疗"], B, Y, 14.65),
        sp("functional", ["卫生健康支出", "行政事业单位医疗", "行政单位医疗"], B, Y, 14.65),
        sp("functional", ["住房保障支出", "住房改革支出"], B, Y, 28.23),
        sp("functional", ["住房保障支出", "住房改革支出", "住房公积金"], B, Y, 28.23),
        sp("economic", ["人员经费"], B, Y, 389.66),
        sp("economic", ["公用经费"], B, Y, 31.66),
        sp("economic", ["机关运行经费"], B, Y, 31.66),
        sp("three_public", ["三公经费"], B, Y, 3.20),
        sp("three_public", ["三公经费", "公务接待费"], B, Y, 1.20),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], B, Y, 2.00),
        sp("three_public", ["三公经费", "因公出国（境）费"], B, Y, 0.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], B, Y, 0.0),
    ]
    department = dept(fund(486.32, None, None, None, None, None))
    return gold_doc(file, "html", unit, 2024, department=department, spending=spending)


# ====================================================================== S08
def s08(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    file = "S08_jingan_tyj_2022_juesuan.xlsx"
    unit_name = "上海市静安区体育局"
    unit = (unit_name, "上海市", "上海市", "静安区", "310106")
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    ws = wb.active
    ws.title = "收入支出决算总表"
    for col, w in zip("ABCDEF", [34, 6, 14, 34, 6, 14]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:F1")
    ws["A1"] = "收入支出决算总表"
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["F2"] = "公开01表"
    ws.merge_cells("A3:C3")
    ws["A3"] = f"编制单位：{unit_name}"
    ws["D3"] = "2022年度"
    ws["F3"] = "单位：万元"
    data = [
        ["收入", None, None, "支出", None, None],
        ["项目", "行次", "金额", "项目", "行次", "金额"],
        ["栏次", None, "1", "栏次", None, "2"],
        ["一、一般公共预算财政拨款收入", 1, 3125.64, "一、文化旅游体育与传媒支出", 32, 2876.40],
        ["二、政府性基金预算财政拨款收入", 2, 0.00, "二、社会保障和就业支出", 33, 168.32],
        ["三、国有资本经营预算财政拨款收入", 3, 0.00, "三、卫生健康支出", 34, 52.18],
        ["四、上级补助收入", 4, 0.00, "四、住房保障支出", 35, 96.74],
        ["五、事业收入", 5, 68.00, None, 36, None],
        ["六、经营收入", 6, 0.00, None, 37, None],
        ["七、附属单位上缴收入", 7, 0.00, None, 38, None],
        ["八、其他收入", 8, 12.50, None, 39, None],
        ["本年收入合计", 9, 3206.14, "本年支出合计", 40, 3193.64],
        ["使用非财政拨款结余", 10, 0.00, "结余分配", 41, 0.00],
        ["年初结转和结余", 11, 45.20, "年末结转和结余", 42, 57.70],
        ["收入总计", 12, 3251.34, "支出总计", 43, 3251.34],
    ]
    r0 = 4
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            c = ws.cell(r0 + i, 1 + j, v)
            c.border = border
            if isinstance(v, float):
                c.number_format = "#,##0.00"
    ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=3)
    ws.merge_cells(start_row=r0, start_column=4, end_row=r0, end_column=6)
    ws.cell(r0 + len(data) + 1, 1, "注：本表反映部门本年度的总收支和年末结转结余情况。本年支出合计较上年增加156.28万元，增长5.15%。")

    ws2 = wb.create_sheet("“三公”经费")
    for col, w in zip("ABCDEFG", [10, 10, 14, 14, 14, 14, 12]):
        ws2.column_dimensions[col].width = w
    ws2.merge_cells("A1:G1")
    ws2["A1"] = "一般公共预算财政拨款“三公”经费支出决算表"
    ws2["A1"].font = Font(size=14, bold=True)
    ws2["G2"] = "公开07表"
    ws2.merge_cells("A3:D3")
    ws2["A3"] = f"编制单位：{unit_name}"
    ws2["E3"] = "2022年度"
    ws2["G3"] = "单位：万元"
    head1 = ["项目", "合计", "因公出国（境）费", "公务用车购置及运行费", None, None, "公务接待费"]
    head2 = [None, None, None, "小计", "公务用车购置费", "公务用车运行费", None]
    rows = [
        ["预算数", 8.60, 0.00, 6.00, 0.00, 6.00, 2.60],
        ["决算数", 7.35, 0.00, 5.42, 0.00, 5.42, 1.93],
    ]
    for j, v in enumerate(head1):
        ws2.cell(4, 1 + j, v)
    for j, v in enumerate(head2):
        ws2.cell(5, 1 + j, v)
    ws2.merge_cells("A4:A5")
    ws2.merge_cells("B4:B5")
    ws2.merge_cells("C4:C5")
    ws2.merge_cells("D4:F4")
    ws2.merge_cells("G4:G5")
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ws2.cell(6 + i, 1 + j, v)
            if isinstance(v, float):
                c.number_format = "0.00"
    for row in ws2.iter_rows(min_row=4, max_row=7, min_col=1, max_col=7):
        for c in row:
            c.border = border
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws2.merge_cells("A9:G9")
    ws2["A9"] = ("注：2022年度“三公”经费决算数比预算数减少1.25万元，主要原因是严格执行公务接待标准；"
                 "本单位2022年未发生因公出国（境）和公务用车购置支出，年末公务用车保有量2辆。")
    wb.save(os.path.join(out, file))

    Y, F, B = 2022, "final", "initial_budget"
    spending = [
        sp("income", ["一般公共预算财政拨款收入"], F, Y, 3125.64),
        sp("income", ["政府性基金预算财政拨款收入"], F, Y, 0.0),
        sp("income", ["国有资本经营预算财政拨款收入"], F, Y, 0.0),
        sp("income", ["上级补助收入"], F, Y, 0.0),
        sp("income", ["事业收入"], F, Y, 68.00),
        sp("income", ["经营收入"], F, Y, 0.0),
        sp("income", ["附属单位上缴收入"], F, Y, 0.0),
        sp("income", ["其他收入"], F, Y, 12.50),
        sp("income", ["本年收入合计"], F, Y, 3206.14),
        sp("income", ["收入总计"], F, Y, 3251.34),
        sp("expenditure_type", ["本年支出合计"], F, Y, 3193.64),
        sp("expenditure_type", ["支出总计"], F, Y, 3251.34),
        sp("functional", ["文化旅游体育与传媒支出"], F, Y, 2876.40),
        sp("functional", ["社会保障和就业支出"], F, Y, 168.32),
        sp("functional", ["卫生健康支出"], F, Y, 52.18),
        sp("functional", ["住房保障支出"], F, Y, 96.74),
        sp("three_public", ["三公经费"], B, Y, 8.60),
        sp("three_public", ["三公经费", "因公出国（境）费"], B, Y, 0.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费"], B, Y, 6.00),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], B, Y, 0.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], B, Y, 6.00),
        sp("three_public", ["三公经费", "公务接待费"], B, Y, 2.60),
        sp("three_public", ["三公经费"], F, Y, 7.35),
        sp("three_public", ["三公经费", "因公出国（境）费"], F, Y, 0.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费"], F, Y, 5.42),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], F, Y, 0.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], F, Y, 5.42),
        sp("three_public", ["三公经费", "公务接待费"], F, Y, 1.93),
    ]
    department = dept(fund(None, None, 3193.64, None, None, None))
    return gold_doc(file, "xlsx", unit, Y, department=department, spending=spending)


BUILDERS = [s05, s06, s07, s08]
