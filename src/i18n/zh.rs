//! 中文界面文字（默认语言）。

use quota_engine::apportion::{Detail, Explanation, Paradox, Reason, Rule};
use quota_engine::matrix::{CellRule, MatrixEdit, MatrixError, Place, Rounding};
use quota_engine::parse::ParseError;
use quota_engine::returns::ReplyProblem;
use quota_engine::simulate::document::MetricFacts;
use quota_engine::simulate::supervision::LightsGrid;
use quota_engine::simulate::supervision::{LightRules, PhaseError, Yardstick};
use quota_engine::simulate::Month;
use quota_engine::simulate::{Countable, Sheet};
use quota_engine::workspace::Edit;
use quota_engine::workspace::UnitsReport;
use quota_engine::{BaseError, EditError, PlanError, RulesError, SimulationError};
use quota_engine::{EngineError, Lang, Plan, Quota};

use super::{
    decimal, district_name as dn, grouped as g, lit_lists, metric_name as mn, ImportTexts,
    MatrixTexts, ReturnsTexts, StoredTexts, SupervisionTexts, Texts, UnitsTexts,
};

pub(super) const TEXTS: Texts = Texts {
    app_name: "指标分解与完成模拟",
    html_lang: "zh-CN",
    switch_lang: "English",
    switch_lang_label: "English 切换到英文界面",
    plan_table_caption: "地区指标分解数",
    district: "地区",
    city_total: "全市总计",
    city_prefix: "全市",
    lock_prefix: "锁定",
    pages: "分页",
    previous_page: "上一页",
    next_page: "下一页",
    showing_rows,
    metric: "指标",
    share: "占比",
    other_targets: "其他目标",
    issued_by: "发布机构",
    year: "年度",
    training_bases: "新建市级实训基地（个）",
    municipal_competitions: "市级技能大赛（场）",
    county_competitions: "县级各类比赛（场）",
    pilot_enterprises: "职业技能等级认定试点企业（家）",
    manufacturing_share: "取证数中制造业领域占比",
    allowance_technician: "紧缺工种技师岗位津贴",
    allowance_senior_technician: "紧缺工种高级技师岗位津贴",
    at_least: "≥ ",
    yuan_per_month: " 元/月",
    colon: "：",
    list_separator: "、",
    overflow: "数值过大，无法合计",
    undo: "撤销",
    redo: "重做",
    reset: "恢复2021年方案",
    blank: "新建空白方案",
    rules: "分配规则",
    method: "分配方法",
    base: "分配基数",
    blend_percent: "当前指标占比（%）",
    step: "取整步长",
    reapportion: "按规则重新分配",
    vs_published: "较发布方案",
    vs_previous: "较上一步",
    tie_heading: "并列提示",
    paradox_heading: "分配悖论提示",
    paradox,
    why_heading: "这个数是怎么来的",
    why_hint: "点击表格中的任一指标，查看它的计算依据。",
    published_shares: "按发布方案占比",
    current_value: "当前值",
    compare_heading: "方法对比",
    gallagher: "加拉格尔指数（百分点）",
    largest_deviation: "与精确份额的最大偏差（人）",
    disproportion_note: "加拉格尔指数衡量各地区所得份额与精确份额的总体偏离（0 为完全成比例）；最大偏差是单个地区离其精确份额最远的人数。",
    flips_heading: "什么会改变这个数",
    chart_heading: "指标分布图",
    history_heading: "修改记录",
    history_start: "初始方案",
    history_more: |n| format!("另有更早的 {n} 项修改（仍可撤销）"),
    paste_heading: "粘贴数据",
    paste_confirm: "应用可读取部分",
    paste_cancel: "取消",
    row: "行",
    column: "列",
    storage_failed:
        "浏览器无法自动保存（存储已满或被禁用）。本页仍可正常使用，但刷新后修改将丢失。",
    dismiss: "关闭",
    structure_heading: "编辑方案结构",
    title_label: "方案标题",
    add_district: "添加地区",
    add_metric: "添加指标",
    remove: "删除",
    name_of: "名称",
    new_district: "新地区",
    new_metric: "新指标",
    bounds_heading: "各地区上下限",
    minimum: "下限",
    maximum: "上限",
    toolbar_label: "方案操作",
    blank_title: "新指标分解方案",
    blank_district: "地区1",
    exceeds: "超过",
    forecast_warning,
    actual_decreases: "小于此前月份的累计数",
    actual_above_whole: "“其中”数大于所属总数",
    actual_above_whole_summary: |n| format!("有 {n} 处“其中”数大于同月所属的总数（如高技能人才数大于取证数、制造业取证数大于取证数），已在表中标出；请核对。"),
    actual_decreases_summary: |n| format!("有 {n} 处累计完成数比此前月份少（累计数不应减少），已在表中标出；请核对。计算时这些月份按新增 0 计。"),
    below_minimum: |min| format!("低于下限 {}", super::grouped(min)),
    above_maximum: |max| format!("高于上限 {}", super::grouped(max)),
    views: "视图",
    tab_plan: "指标分解",
    tab_bulletin: "月度通报",
    tab_forecast: "完成预测",
    as_of: "截至月份",
    actuals_heading: "月度累计完成数",
    load_sample: "载入示例数据",
    clear_actuals: "清空完成数",
    sample_banner: "示例数据：按季节规律生成的演示数据，并非真实统计。",
    no_actuals: "尚无完成数据。可逐月录入、从 Excel 粘贴，或载入示例数据。",
    bulletin_heading: "月度通报",
    quota: "指标数",
    done: "完成数",
    completion: "完成率",
    time_progress: "时间进度",
    gap: "与时间进度差额",
    rank: "排名",
    status: "状态",
    ahead: "超进度",
    on_pace: "符合进度",
    behind: "滞后",
    not_reported: "未报送",
    unreported_note,
    pace_changed,
    review_heading: "半年评价（6月）：时间过半、任务过半",
    passed: "达标",
    failed: "未达标",
    shortfall: "差额",
    print: "打印",
    export_csv: "导出 CSV",
    completion_chart: "完成率与时间进度",
    forecast_heading: "年末预测",
    computing: |paths| format!("正在计算（{paths} 次模拟）……"),
    run_rate: "按当前进度",
    seasonal: "按季节规律",
    p10: "P10",
    p50: "中位数",
    p90: "P90",
    probability: "完成概率",
    required_pace: "今后每月需完成",
    recent_pace: "近三月月均",
    forecast_settings: "预测设置",
    profile: "季节权重",
    flat: "平均分布",
    spring: "春节淡季、年底冲刺",
    paths: "模拟次数",
    seed: "随机种子",
    cv: "波动系数（‰）",
    city_shock: "全市共同波动（‰）",
    lost_month: "全市停摆月份",
    none: "无",
    knobs: "进度调整",
    add_knob: "添加进度调整",
    knob_from: "起始月份",
    knob_percent: "进度（%）",
    path_heading: "累计完成与目标进度",
    path_legend: "实线：累计完成；虚线：按时间均匀推进的目标；蓝色区域：年末预测 P10–P90",
    fan_legend: "蓝条：P10–P90 区间；深色竖线：中位数；虚线：全年指标",
    fan_heading: "年末预测区间（P10–P90）",
    realloc_heading: "年中调整：重新分配全年指标",
    backtest_title: "方法回测",
    backtest_heading,
    backtest_note: "用上月末已知的数据预测本月累计完成，再与本月报送数对照，以检验预测方法。方法可信时，约 80% 的地区落在区间内。",
    backtest_summary,
    backtest_range: "上月预测区间（P10–P90）",
    backtest_actual: "本月报送",
    backtest_error: "中位数误差",
    backtest_inside: "落在区间内",
    yes: "是",
    no: "否",
    realloc_note:
        "按各地区预测完成能力（中位数）重新分配全市指标，每个地区的新指标不低于已完成数。",
    apply_realloc: "采用新指标",
    old_quota: "原指标",
    new_quota: "新指标",
    old_probability: "原完成概率",
    new_probability: "新完成概率",
    allowance_heading: "岗位津贴预算",
    technicians: "新增紧缺工种技师（人）",
    seniors: "新增紧缺工种高级技师（人）",
    months_paid: "发放月数",
    per_month: "每月",
    in_total: "合计",
    yuan: "元",
    city: "全市",
    first_scenario: "我的方案",
    shared_scenario: "分享链接中的方案",
    scenarios: "方案",
    new_scenario: "新建方案",
    duplicate_scenario: "复制为新方案",
    rename_scenario: "方案名称",
    delete_scenario: "删除此方案",
    compare_with: "对比方案",
    no_compare: "不对比",
    compare_scenarios: "方案对比",
    difference: "差额",
    chance_difference: "达成概率差",
    chance_needs_actuals: "两个方案都录入（或载入示例）月度完成数后，这里同时比较达成概率之差（百分点）。",
    copy_suffix: " 副本",
    export_plan_csv: "导出指标表（CSV）",
    export_xlsx: "导出工作簿（XLSX）",
    export_json: "导出方案（JSON）",
    import_json: "导入方案（JSON）",
    file_opened: "已将方案文件作为新方案打开；原来的方案仍在“方案”列表中。",
    file_failed,
    host_loaded: "已打开主页面发送的方案（作为新方案）；原来的方案仍在“方案”列表中。",
    host_failed,
    copy_link: "复制分享链接",
    link_opened: "已将分享链接作为新方案打开；您原来的方案没有改动，仍可在“方案”列表中切换回去。",
    link_failed,
    link_copied,
    month_name,
    fewer_paths,
    methods: [
        "最大余数法",
        "最高平均数法（D'Hondt）",
        "圣拉格法（Webster）",
        "亨廷顿-希尔法",
        "亚当斯法",
        "迪恩法",
    ],
    bases: ["当前指标", "平均分配", "自定义基数", "混合基数"],
    engine_error,
    parse_error,
    explanation,
    rule,
    flips,
    change,
    tie,
    give_tie_to,
    compare_only_differences,
    paste_summary,
    import: ImportTexts {
        plan_button: "导入指标表（CSV/XLSX）",
        actuals_button: "导入月度完成数（CSV/XLSX）",
        actuals_export: "导出月度完成数（CSV）",
        heading: "确认导入",
        summary: |good, bad| format!("将导入 {good} 个数值（按地区和列名对应，顺序不限）；{bad} 处无法导入，列在下面。确认前不会改动任何数据。"),
        problem: import_problem,
        confirm: "导入可读的数值",
        cancel: "取消",
        failed: import_failed,
        district: "地区",
    },
    bad_cell,
    returns: ReturnsTexts {
        heading: "数据报送",
        note: "为每个地区和部门生成本月的报送链接，发给对方填写累计数；发回的回复链接粘贴到下方（每行一个，可带其他文字），先预览、再确认导入。",
        request_of: |name| format!("{name} 报送链接"),
        copy: "复制",
        copy_all: "复制全部报送链接",
        paste: "粘贴回复链接（每行一个）",
        summary: |returned, missing| format!("已报送 {returned} 个单位，未报送 {missing} 个。"),
        missing: |plan, units| format!("未报送：{}", super::unit_list(plan, units, L, "、")),
        change_headers: ["报送单位", "项目", "现有数", "报送数"],
        problem: returns_problem,
        apply: |n| format!("确认导入 {n} 个数（可撤销）"),
        nothing_new: "回复的数与已有数据相同，没有需要导入的。",
        form_heading: |title, district, month| format!("{title}：{district} {month}月数据报送"),
        form_note: |month| format!("请填写截至{month}月底的累计完成数，然后生成回复链接，复制发回市里。"),
        known: |v| format!("市里现有 {}", super::grouped(v)),
        make_reply: "生成回复链接",
        reply_label: "回复链接（复制后发回）",
        bad_request: "这个报送链接无法读取：请向市里重新索取。",
        nothing_typed: "请至少填写一个数，再生成回复链接。",
        part_above_whole: |part, p, whole, w| {
            format!(
                "{part}（{}）不能大于{whole}（{}）：“其中”数是总数的一部分。请核对这两个数，再生成回复链接。",
                g(p),
                g(w)
            )
        },
        above_whole: |names| format!("请核对：导入后以下“其中”数将大于同月所属的总数：{}。", names.join("、")),
    },
    steps: super::zh_steps::STEPS,
    units: UnitsTexts {
        heading: "部门与其他指标",
        tabs: ["部门", "其中制造业", "其他指标"],
        sheets: ["部门完成情况", "制造业取证占比", "其他指标完成情况"],
        notes: [
            "各部门任务数见附件2，按与地区相同的亮灯规则判断（进度要求为时间进度；按序时目标时为分月比例的累计）；绿灯还须不低于部门合计完成率。",
            "制造业取证人数占本地区取证数的比重，对照方案要求的最低占比；低于最低占比的百分点按同样的黄灯、红灯界线亮灯。须同时报送取证数和其中制造业人数。",
            "全市累计数，对照时间进度亮灯。",
        ],
        department: "部门",
        target: "指标",
        manufacturing: "其中制造业取证数",
        headers: [
            ["任务数", "累计完成", "完成率", "进度要求", "差距（百分点）", "本月", "连续月数"],
            ["取证数", "其中制造业", "占比", "最低占比", "差距（百分点）", "本月", "连续月数"],
            ["目标", "累计完成", "完成率", "时间进度", "差距（百分点）", "本月", "连续月数"],
        ],
        totals: ["部门合计", "全市"],
        nothing: |tab, month| {
            let what = ["部门完成数", "制造业取证数", "其他指标完成数"][tab.min(2)];
            format!("截至{}尚无{what}报送，无法判断进度。", month_name(usize::from(month.get())))
        },
        document_heading: "部门及其他指标",
        paragraphs: units_paragraphs,
    },
    supervision: SupervisionTexts {
        heading: "亮灯督办",
        note: lights_note,
        rules: "亮灯规则",
        presets: ["标准（时间进度，落后 10/30 点）", "从严（序时目标，落后 5/15 点）"],
        thresholds: ["黄灯起点（落后百分点）", "红灯界线（落后超过百分点）", "督办（连续黄红灯月数）", "绿灯还须不低于全市完成率", "约谈（连续红灯月数，0 为不约谈）"],
        yardstick: "对照",
        yardsticks: ["时间进度", "序时目标"],
        profile: "序时目标按",
        profiles: ["各月平均", "季节权重（同预测设置）", "自定义各月权重"],
        typed: "各月权重（12 个数，可粘贴上年各月完成数）",
        lights: ["绿", "—", "黄", "红", "未报"],
        gap: "落后（百分点）",
        streak: "连续黄红灯（月）",
        supervise: "督办",
        interview: "约谈",
        phased: "各月序时目标",
        phased_progress: "序时进度",
        lights_sheet: "亮灯",
        phase_failed,
        document: "通报文稿",
        document_fields: ["发文机关", "文号", "日期", "标题", "补充段落（每行一段）"],
        default_title: |year, month| format!("关于{year}年{}技能人才工作进展情况的通报", month_name(usize::from(month.get()))),
        metric_heading: |i, name| format!("{}、{name}", ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"].get(i).copied().unwrap_or("十")),
        paragraphs: document_paragraphs,
        print_document: "打印通报",
        download_docx: "下载 Word（DOCX）",
    },
    stored: StoredTexts {
        heading: "浏览器中保存的数据",
        index_unreadable: |n| format!("方案列表已损坏，无法读取；已从各方案的单独存储中找回 {n} 个方案（顺序和上次打开的方案可能不同）。损坏的列表已原样另存，可在下面下载。"),
        newer: |found| format!("浏览器中保存的数据来自较新版本的本工具（格式 {found}），本版本不会读取或改动它。本页的修改不会自动保存：请用“导出方案（JSON）”保存，或用较新版本打开。"),
        missing: |n| format!("方案列表中有 {n} 个方案在浏览器存储中找不到，无法恢复。"),
        current_lost: |name| format!("上次打开的方案无法读取，现打开的是“{name}”。"),
        kept_intro: "以下数据无法打开，已原样保留、未做任何改动。可下载保存为文件（可发给技术人员恢复），确认不需要后再删除：",
        kept: stored_kept,
        size: |chars| format!("{} 个字符", super::grouped(chars as u64)),
        download: "下载",
        discard: "删除",
        confirm_discard: "确定删除这份无法打开的数据吗？删除后无法恢复。",
        discard_failed: "浏览器未能删除这份数据。",
        file_name: "无法打开的数据",
        read_only: "本版本不会改动浏览器中较新版本保存的数据，因此不自动保存。请用“导出方案（JSON）”保存修改。",
        already_saved: |name| format!("该方案已保存为“{name}”，已切换到它（未重复添加）。"),
        scenario_limit: |max| format!("最多可保存 {max} 个方案，未添加新方案。请先删除不需要的方案。"),
    },
    matrix: MatrixTexts {
        tab: "部门分解",
        heading: "部门 × 区县分解",
        intro: "各部门指标层层分解至各县（市、区）：每行合计等于部门指标，每列合计等于区县指标，两边同时精确成立（双比例分配：行、列各一个除数，按舍入规则取整）。输入单元格可锁定数值或修改种子权重；“0”按钮标记该部门在该区县无任务。",
        caption: "部门 × 区县指标矩阵",
        department: "部门",
        target: "目标",
        sum: "合计",
        metric: "对应区县指标",
        rounding: "舍入规则",
        roundings: ["四舍五入（Webster / Sainte-Laguë）", "向下取整（D'Hondt）"],
        mode: "输入单元格时设定",
        mode_values: "锁定值",
        mode_seeds: "种子权重",
        seed: "种子权重",
        seed_independence: "部门指标 × 区县指标（按区县比例分布）",
        seed_prior: "自定义先验表（如上年实绩、企业数）",
        clear_seed: "恢复为按区县比例",
        zero_prefix: "结构零",
        department_quota: "部门指标",
        mismatch: |rows, columns, metric| format!(
            "部门指标合计 {} 与区县“{metric}”合计 {} 不一致，矩阵无法同时满足两边。请选择如何处理（不会自动修改）：",
            super::grouped(rows), super::grouped(columns)
        ),
        balance_row: |difference| format!("添加平衡行“人社部门及其他”（{}）", super::grouped(difference)),
        balance_name: "人社部门及其他",
        balance_task: "平衡行：区县合计与部门合计之差",
        scale: |total| format!("按比例调整各部门指标，合计为 {}", super::grouped(total)),
        error: matrix_error,
        divisors_heading: "除数与平局",
        row_divisor: "行除数",
        column_divisor: "列除数",
        no_ties: "没有单元格正好落在舍入分界点上。",
        tie: |department, district, value, alternative| format!(
            "{department} {district}：正好落在分界点上，取 {}（也可为 {}，需同行同列另一平局单元格反向调整）",
            super::grouped(value), super::grouped(alternative)
        ),
        more_ties: |n| format!("……另有 {n} 个单元格落在分界点上"),
        iterations: |rounds, transfers| format!("交替缩放 {rounds} 轮，平局转移 {transfers} 次"),
        export_csv: "导出矩阵 CSV",
        file_name: "部门分解",
        was: "上一步为",
    },
};

const L: Lang = Lang::Zh;

fn q(value: Quota) -> String {
    g(value.get())
}

fn parse_error(err: &ParseError, typed: Option<&str>) -> String {
    match err {
        ParseError::Empty => "请输入数字".to_owned(),
        ParseError::Negative => "指标不能为负数".to_owned(),
        ParseError::Fraction => "指标须为整数".to_owned(),
        ParseError::NotANumber => format!("“{}”不是数字", typed.unwrap_or("")),
        ParseError::TooLarge => "数值过大".to_owned(),
    }
}

// One arm per variant and no catch-all, in each of these functions: a new error fails to
// compile until it has a sentence.
fn engine_error(err: &EngineError, plan: &Plan) -> String {
    match err {
        EngineError::Overflow => "数值过大，无法计算".to_owned(),
        EngineError::Rules(e) => rules_error(e, plan),
        EngineError::Base(e) => base_error(e),
        EngineError::Edit(e) => edit_error(e, plan),
        EngineError::Plan(e) => plan_error(e, plan),
        EngineError::Simulation(e) => simulation_error(e, plan),
    }
}

fn rules_error(err: &RulesError, plan: &Plan) -> String {
    match err {
        RulesError::ValueNotMultipleOfStep {
            value,
            step,
            below,
            above,
            ..
        } => format!(
            "{} 不是 {} 的整数倍，可改为 {} 或 {}",
            q(*value),
            g(*step),
            q(*below),
            q(*above)
        ),
        RulesError::TotalNotMultipleOfStep {
            total,
            step,
            below,
            above,
        } => format!(
            "合计 {} 不是 {} 的整数倍，可改为 {} 或 {}",
            q(*total),
            g(*step),
            q(*below),
            q(*above)
        ),
        RulesError::LocksExceedTotal { locked, total } => {
            format!("锁定的指标合计 {}，超过总数 {}", q(*locked), q(*total))
        }
        RulesError::MinimumsExceedTotal { minimums, total } => {
            format!("下限合计 {}，超过总数 {}", q(*minimums), q(*total))
        }
        RulesError::MaximumsBelowTotal { maximums, total } => {
            format!("上限合计 {}，不足总数 {}", q(*maximums), q(*total))
        }
        RulesError::AllWeightsZero { total } => {
            format!("未锁定地区的分配基数全为 0，无法分配 {}", q(*total))
        }
        RulesError::EverythingLocked { locked, total } => {
            format!(
                "所有地区均已锁定（合计 {}），无法调整为 {}",
                q(*locked),
                q(*total)
            )
        }
        RulesError::TooLarge { limit } => {
            format!("总数过大，此步长下最多为 {}", q(*limit))
        }
        RulesError::ZeroStep => "取整步长至少为 1".to_owned(),
        RulesError::BoundsInverted { region, min, max } => format!(
            "{}的上限 {} 低于下限 {}",
            dn(plan, *region, L),
            q(*max),
            q(*min)
        ),
        RulesError::RulesLength {
            what,
            expected,
            found,
        } => format!(
            "{}有 {found} 项，与应有的 {expected} 项不一致",
            rules_part(what)
        ),
        RulesError::EmptyRegions => "没有可分配的地区".to_owned(),
        RulesError::TooManyRegions { count, limit } => {
            format!("地区数 {} 超过上限 {}", g(*count as u64), g(*limit as u64))
        }
    }
}

fn base_error(err: &BaseError) -> String {
    match err {
        BaseError::PercentOutOfRange { percent } => {
            format!("混合比例须在 0 至 100 之间，不能是 {percent}")
        }
        BaseError::InvalidWeight { region, text } => {
            format!("第 {} 个基数“{text}”不是数字", region + 1)
        }
        BaseError::NegativeWeight { region, text } => {
            format!("第 {} 个基数“{text}”为负数", region + 1)
        }
        BaseError::WeightTooLarge { region } => {
            format!("第 {} 个基数过大", region + 1)
        }
        BaseError::NestedBlend => "混合基数中不能再包含混合基数".to_owned(),
    }
}

fn edit_error(err: &EditError, plan: &Plan) -> String {
    match err {
        EditError::OutsideBounds {
            region, min, max, ..
        } => match max {
            Some(max) => format!(
                "{}须在 {} 至 {} 之间（上下限及“其中”关系）",
                dn(plan, *region, L),
                q(*min),
                q(*max)
            ),
            None => format!("{}不能少于 {}", dn(plan, *region, L), q(*min)),
        },
        EditError::RegionLocked { region, value } => {
            format!("{}已锁定为 {}，请先解锁", dn(plan, *region, L), q(*value))
        }
        EditError::NoRoomToSpread { difference, room } => format!(
            "其他未锁定地区最多只能调整 {}，消化不了差额 {}；请解锁部分地区或放宽上下限",
            q(*room),
            q(*difference)
        ),
        EditError::NoSuchRegion { region, count } => {
            format!("没有第 {} 个地区（共 {count} 个）", region + 1)
        }
        EditError::TotalChanged { before, after } => format!(
            "新指标合计为 {}，与全市合计 {} 不一致",
            q(*after),
            q(*before)
        ),
    }
}

fn plan_error(err: &PlanError, plan: &Plan) -> String {
    match err {
        PlanError::NothingToBalance {
            departments,
            districts,
        } => format!(
            "部门合计 {} 与区县合计 {}：无需平衡，或部门合计更大（平衡行不能为负，请按比例调整）",
            q(*departments),
            q(*districts)
        ),
        PlanError::NameTooLong { chars, limit } => format!(
            "名称最多 {limit} 个字符，输入的有 {} 个；未修改",
            g(*chars as u64)
        ),
        PlanError::LastOne => "方案至少需要一个地区和一个指标".to_owned(),
        PlanError::ShapeMismatch {
            metric,
            expected,
            found,
        } => format!(
            "指标“{}”有 {found} 个地区的数值，但方案有 {expected} 个地区",
            mn(plan, *metric, L)
        ),
        PlanError::InvalidParent { metric, parent } => format!(
            "指标“{}”的“其中”上级（第 {} 个指标）无效：不存在、是它自己或形成循环",
            mn(plan, *metric, L),
            parent + 1
        ),
        PlanError::InvalidRatio {
            numerator,
            denominator,
        } => format!("比例 {numerator}/{denominator} 必须在 0 到 1 之间"),
        PlanError::NoSuchMetric { metric, count } => {
            format!("没有第 {} 个指标（共 {count} 个）", metric + 1)
        }
        PlanError::TooManyMetrics { limit } => {
            format!("一个方案最多 {limit} 个指标")
        }
    }
}

fn unreported_note(plan: &Plan, districts: &[usize]) -> String {
    format!(
        "尚未报送：{}。未报送的地区不参加排名、不作判断，全市合计只含已报送的数。",
        super::name_list(plan, districts, false, L, "、")
    )
}

fn paradox(p: &Paradox, plan: &Plan) -> String {
    match *p {
        Paradox::Alabama {
            region,
            before,
            after,
        } => format!(
            "全市总数{}，{}的指标却从 {} {}为 {}（阿拉巴马悖论：按最大余数法，总数变化可能让个别地区反向变化）。",
            if after < before { "增加" } else { "减少" },
            dn(plan, region, L),
            q(before),
            if after < before { "减" } else { "增" },
            q(after)
        ),
        Paradox::Population { grew, other } => format!(
            "{}的基数相对原指标的增幅大于{}，却让给{}一个步长（人口悖论）。",
            dn(plan, grew, L),
            dn(plan, other, L),
            dn(plan, other, L)
        ),
        Paradox::QuotaRule {
            region,
            quota,
            lower,
            upper,
        } => format!(
            "{}的指标 {} 超出其精确份额取整后的范围 {}–{}（除数法可能违反份额规则，最大余数法不会）。",
            dn(plan, region, L),
            q(quota),
            q(lower),
            q(upper)
        ),
    }
}

fn permille(value: u64) -> String {
    format!("{}.{}%", value / 10, value % 10)
}

fn document_paragraphs(f: &MetricFacts, plan: &Plan) -> Vec<String> {
    let month = month_name(usize::from(f.month.get()));
    let (rate, schedule) = (f.rate_permille, f.schedule_permille);
    let yardstick = if f.phased {
        "序时进度"
    } else {
        "时间进度"
    };
    let against = if rate >= schedule {
        format!(
            "超出{yardstick}（{}）{}个百分点",
            permille(schedule),
            permille(rate - schedule).trim_end_matches('%')
        )
    } else {
        format!(
            "落后{yardstick}（{}）{}个百分点",
            permille(schedule),
            permille(schedule - rate).trim_end_matches('%')
        )
    };
    let mut out = vec![format!(
        "截至{month}底，全市累计完成{}，占年度目标任务{}的{}，{against}。",
        q(f.done),
        q(f.quota),
        permille(rate)
    )];
    if !f.ahead.is_empty() {
        let list: Vec<String> = f
            .ahead
            .iter()
            .map(|s| {
                format!(
                    "{}（{}）",
                    dn(plan, s.district, L),
                    permille(s.rate_permille)
                )
            })
            .collect();
        out.push(format!(
            "{}个地区完成进度快于{yardstick}：{}。",
            f.ahead.len(),
            list.join("、")
        ));
    }
    if !f.behind.is_empty() {
        let list: Vec<String> = f
            .behind
            .iter()
            .map(|s| {
                format!(
                    "{}（完成率{}，差{}）",
                    dn(plan, s.district, L),
                    permille(s.rate_permille),
                    g(u64::try_from(s.gap.unsigned_abs()).unwrap_or(u64::MAX))
                )
            })
            .collect();
        out.push(format!(
            "{}个地区进度滞后：{}。",
            f.behind.len(),
            list.join("、")
        ));
    }
    if f.ranking.len() >= 6 {
        let top = &f.ranking[..3];
        let bottom = &f.ranking[f.ranking.len() - 3..];
        out.push(format!(
            "完成率居前三位的是{}，居后三位的是{}。",
            names(plan, top, false),
            names(plan, bottom, false)
        ));
    }
    out.extend(lights_sentence(f, plan));
    if !f.unreported.is_empty() {
        out.push(format!(
            "{}尚未报送本月数据。",
            names(plan, &f.unreported, false)
        ));
    }
    out
}

fn sheet_name(plan: &Plan, sheet: Sheet) -> String {
    match sheet {
        Sheet::Metric(metric) => mn(plan, metric, L),
        Sheet::Departments => "部门".to_owned(),
        Sheet::Manufacturing => "制造业取证".to_owned(),
        Sheet::Countable => "其他指标".to_owned(),
    }
}

/// The document's paragraphs on the departments, the manufacturing share and the countable
/// targets, each only when something was returned.
fn units_paragraphs(r: &UnitsReport, plan: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(grid) = &r.departments {
        let month = month_name(usize::from(grid.month.get()));
        let done: u64 = grid.lines.iter().map(|l| l.done.get()).sum();
        let quota: u64 = plan.departments.iter().map(|d| d.quota.get()).sum();
        let rate = grid.city_permille.last().copied().unwrap_or_default();
        let mut sentence = format!(
            "截至{month}底，{}个部门累计完成{}{}，占部门任务{}的{}",
            plan.departments.len(),
            mn(plan, plan.department_metric, L),
            g(done),
            g(quota),
            permille(rate)
        );
        let behind: Vec<String> = grid
            .lines
            .iter()
            .filter(|l| l.gap_permille.is_some_and(|gap| gap > 0))
            .map(|l| {
                format!(
                    "{}（完成率{}）",
                    super::department_name(plan, l.unit, L),
                    permille(l.rate_permille)
                )
            })
            .collect();
        if behind.is_empty() {
            sentence.push_str("，各部门均达到进度要求。");
        } else {
            sentence.push_str(&format!(
                "；{}个部门进度滞后：{}。",
                behind.len(),
                behind.join("、")
            ));
        }
        out.push(sentence);
        out.extend(unit_lights_sentence(grid, |i| {
            super::department_name(plan, i, L)
        }));
    }
    if let Ok(grid) = &r.manufacturing {
        let minimum = plan.other.manufacturing_share_min_pct;
        let share = grid.city_permille.last().copied().unwrap_or_default();
        let side = if share >= u64::from(minimum) * 10 {
            "达到"
        } else {
            "低于"
        };
        let mut sentence = format!(
            "全市取证人员中制造业占{}，{side}方案要求的{minimum}%",
            permille(share)
        );
        let short: Vec<String> = grid
            .lines
            .iter()
            .filter(|l| l.gap_permille.is_some_and(|gap| gap > 0))
            .map(|l| format!("{}（{}）", dn(plan, l.unit, L), permille(l.rate_permille)))
            .collect();
        if short.is_empty() {
            sentence.push('。');
        } else {
            sentence.push_str(&format!("；{}低于最低占比。", short.join("、")));
        }
        out.push(sentence);
    }
    if let Ok(grid) = &r.countable {
        let items: Vec<String> = grid
            .lines
            .iter()
            .filter(|l| l.gap_permille.is_some())
            .map(|l| {
                let name = Countable::ALL
                    .get(l.unit)
                    .map_or("", |&c| super::countable_name(&TEXTS, c));
                format!(
                    "{name}完成{}（年度目标{}）",
                    g(l.done.get()),
                    g(l.target.get())
                )
            })
            .collect();
        if !items.is_empty() {
            out.push(format!("其他指标：{}。", items.join("，")));
        }
    }
    out
}

/// The lights, 督办 and 约谈 of a unit grid, if any unit is lit.
fn unit_lights_sentence(grid: &LightsGrid, name: impl Fn(usize) -> String) -> Option<String> {
    let [red, yellow, supervise, interview] = lit_lists(grid, name, "、");
    lit_sentence(&red, &yellow, &supervise, &interview)
}

fn returns_problem(line: usize, problem: &ReplyProblem, plan: &Plan) -> String {
    let why = match *problem {
        ReplyProblem::NotAReply => "不是回复链接".to_owned(),
        ReplyProblem::Corrupt => "链接已损坏（校验不符），请让地区重新生成".to_owned(),
        ReplyProblem::OtherPlan => "是另一个方案的回复".to_owned(),
        ReplyProblem::OtherMonth { month } => format!("是 {month} 月的回复，不是本月的"),
        ReplyProblem::DoesNotFit => "与本方案的地区、部门或指标对不上".to_owned(),
        ReplyProblem::Repeated { unit } => {
            format!(
                "{}重复报送，以后面一条为准",
                super::unit_name(plan, unit, L)
            )
        }
    };
    format!("第 {line} 行：{why}")
}

/// The sentence on the lights, 督办 and 约谈 of a metric's districts, if any is lit.
fn lights_sentence(f: &MetricFacts, plan: &Plan) -> Option<String> {
    let list = |d: &[usize]| names(plan, d, false);
    lit_sentence(
        &list(&f.red),
        &list(&f.yellow),
        &list(&f.supervise),
        &list(&f.interview),
    )
}

/// The lights sentence from the names lit red and yellow, flagged 督办 and called to 约谈 (each
/// list joined, empty when none).
fn lit_sentence(red: &str, yellow: &str, supervise: &str, interview: &str) -> Option<String> {
    let mut parts = Vec::new();
    if !red.is_empty() {
        parts.push(format!("{red}亮红灯"));
    }
    if !yellow.is_empty() {
        parts.push(format!("{yellow}亮黄灯"));
    }
    if parts.is_empty() {
        return None;
    }
    let mut sentence = format!("按亮灯规则，{}", parts.join("，"));
    if !supervise.is_empty() {
        sentence.push_str(&format!("；{supervise}连续亮灯，列为督办对象"));
    }
    if !interview.is_empty() {
        sentence.push_str(&format!("；{interview}连续亮红灯，约谈"));
    }
    sentence.push('。');
    Some(sentence)
}

fn lights_note(rules: &LightRules) -> String {
    let against = match rules.yardstick {
        Yardstick::TimeProgress => "时间进度",
        Yardstick::Phased => "序时目标",
    };
    format!(
        "亮灯规则：完成率落后{against} {} 至 {} 个百分点亮黄灯，超过 {} 个百分点亮红灯；{}；补齐后恢复；连续 {} 个月黄灯或红灯列为督办{}。",
        rules.yellow_points,
        rules.red_points,
        rules.red_points,
        if rules.green_needs_city_rate {
            format!("达到{against}且不低于全市完成率亮绿灯")
        } else {
            format!("达到{against}亮绿灯")
        },
        rules.supervise_after,
        if rules.interview_after > 0 {
            format!("，连续 {} 个月红灯约谈", rules.interview_after)
        } else {
            String::new()
        }
    )
}

fn phase_failed(err: &PhaseError, plan: &Plan) -> String {
    match err {
        PhaseError::Months(e) => format!("无法分月：{}", engine_error(e, plan)),
        PhaseError::Table(e) => format!("无法分月：{}", matrix_error(e, plan)),
    }
}

fn backtest_heading(month: Month) -> String {
    format!(
        "方法回测：上月预测的{}",
        month_name(usize::from(month.get()))
    )
}

fn backtest_summary(judged: usize, inside: usize) -> String {
    format!("本月报送的 {judged} 个地区中，{inside} 个落在上月预测的区间内。")
}

fn pace_changed(month: Month) -> String {
    format!(
        "{}起进度明显变化，按新进度预测",
        month_name(usize::from(month.get()))
    )
}

fn simulation_error(err: &SimulationError, plan: &Plan) -> String {
    match err {
        SimulationError::NoActuals { month } => format!(
            "截至{}尚无任何地区报送完成数。通报和预测至少需要一个月的数据：可在“月度通报”的月度表中逐月录入、从 Excel 粘贴或导入，也可载入示例数据。",
            month_name(usize::from(*month))
        ),
        SimulationError::Unreported { districts } => format!(
            "{}尚未报送。年中调整按各地区预测的完成能力重新分配，需要每个地区至少一个月的完成数，否则会把未报送当作没有能力。",
            super::name_list(plan, districts, false, L, "、")
        ),
        SimulationError::TooFewMonths { needed, month } => format!(
            "回测需要至少 {needed} 个月的完成数，当前截至{}。",
            month_name(usize::from(*month))
        ),
        SimulationError::LightBands { yellow, red } => format!(
            "黄灯起点（落后 {yellow} 个百分点）不能高于红灯界线（落后 {red} 个百分点），红灯界线最多 100 个百分点"
        ),
        SimulationError::NoProgress => "各地区完成数均为 0，没有可依据的完成能力，不提出调整方案。".to_owned(),
        SimulationError::Unavailable => "无法加载预测计算模块：请确认部署的文件夹完整（见部署说明），然后刷新页面。".to_owned(),
        SimulationError::NoSuchMonth { month } => {
            format!("没有 {month} 月（月份应为 1–12）")
        }
        SimulationError::PathsOutOfRange { paths, limit } => format!(
            "模拟路径数应为 1–{}，不能是 {}",
            g(u64::from(*limit)),
            g(u64::from(*paths))
        ),
    }
}

fn rule(rule: &Rule, base: u64, step: u64, quota: Quota) -> Option<String> {
    match *rule {
        Rule::Fixed => None,
        Rule::Remainder { rank, of, extra } => Some(if rank == 0 {
            format!("最大余数法：各地区先取精确份额的整数部分，剩下的 {} 个步长按余数从大到小各给一个；本地区没有余数。", g(extra))
        } else {
            format!(
                "最大余数法：各地区先取精确份额的整数部分，剩下的 {} 个步长按余数从大到小各给一个；本地区的余数在 {} 个中排第 {}，{}。",
                g(extra),
                g(of as u64),
                g(rank as u64),
                if rank as u64 <= extra { "因此多得一个步长" } else { "没有轮到" }
            )
        }),
        Rule::Divisor { low, high } => {
            let shown = high.map_or(low * 1.01, |h| (low + h) / 2.0);
            let range = match high {
                Some(high) => format!("{}–{} 之间的任意值", decimal(low), decimal(high)),
                None => format!("不小于 {} 的任意值", decimal(low)),
            };
            Some(format!(
                "除数法：找一个除数（每人对应的基数），各地区基数除以它后按本方法的取整点取整（步长 {}）；除数取 {} 都得到这一分配。本地区基数 {} ÷ {} ≈ {} 人，取整后为 {}。",
                g(step),
                range,
                g(base),
                decimal(shown),
                decimal(base as f64 / shown),
                q(quota)
            ))
        }
    }
}

fn flips(detail: &Detail, base: u64, quota: Quota) -> Vec<String> {
    let mut lines = vec![
        match detail.gain_base {
            Some(gain) => format!(
                "基数增至 {}（增加 {}）即多得一个步长",
                g(gain),
                g(gain - base)
            ),
            None => "基数再大也不会多得（已锁定或已到上限）".to_owned(),
        },
        match detail.lose_base {
            Some(lose) => format!(
                "基数降至 {}（减少 {}）即少一个步长",
                g(lose),
                g(base - lose)
            ),
            None => "基数再小也不会少得（已锁定、已到下限或为 0）".to_owned(),
        },
    ];
    let total = |change: Option<(Quota, Quota)>, more: bool| match change {
        Some((total, after)) => format!(
            "全市总数{}至 {} 时，本地区变为 {}{}",
            if more { "增" } else { "减" },
            q(total),
            q(after),
            if (after < quota) == more {
                "（与总数反向：阿拉巴马悖论）"
            } else {
                ""
            }
        ),
        None => format!(
            "全市总数{} {} 个步长以内，本地区不变",
            if more { "增加" } else { "减少" },
            g(quota_engine::apportion::MAX_TOTAL_STEPS)
        ),
    };
    lines.push(total(detail.total_up, true));
    lines.push(total(detail.total_down, false));
    lines
}

fn explanation(e: &Explanation, step: u64) -> String {
    let exact = decimal(e.exact_persons(step));
    match &e.reason {
        Reason::Locked => "已锁定，保持不变".to_owned(),
        Reason::ZeroWeight => "分配基数为 0，取下限".to_owned(),
        Reason::AtMinimum => format!("精确份额 {exact} 低于下限，取下限"),
        Reason::AtMaximum => format!("精确份额 {exact} 达到上限，取上限"),
        Reason::Remainder {
            floor,
            extra_unit: true,
        } => format!(
            "精确份额 {exact}：向下取整 {}，余数较大，再加 1 个单位 {}",
            q(*floor),
            g(step)
        ),
        Reason::Remainder {
            floor,
            extra_unit: false,
        } => {
            format!("精确份额 {exact}：向下取整 {}，余数未入选", q(*floor))
        }
        Reason::Rounded { up: true } => format!("精确份额 {exact}：超过该方法的舍入点，向上取整"),
        Reason::Rounded { up: false } => format!("精确份额 {exact}：未到该方法的舍入点，向下取整"),
    }
}

fn change(edit: &Edit, moved: usize, plan: &Plan) -> String {
    let what = match edit {
        Edit::SetQuota {
            metric,
            district,
            value,
        } => {
            format!(
                "{} {} 改为 {}",
                dn(plan, *district, L),
                mn(plan, *metric, L),
                q(*value)
            )
        }
        Edit::SetTotal { metric, total } => {
            format!("全市 {} 改为 {}", mn(plan, *metric, L), q(*total))
        }
        Edit::SetLock {
            metric,
            district,
            locked,
        } => format!(
            "{} {} {}",
            if *locked { "锁定" } else { "解锁" },
            dn(plan, *district, L),
            mn(plan, *metric, L)
        ),
        Edit::SetMethod { metric, method } => {
            format!(
                "{} 方法改为{}",
                mn(plan, *metric, L),
                TEXTS.method_name(*method)
            )
        }
        Edit::SetBase { metric, base } => {
            format!("{} 基数改为{}", mn(plan, *metric, L), TEXTS.base_name(base))
        }
        Edit::SetStep { metric, step } => format!("{} 步长改为 {}", mn(plan, *metric, L), g(*step)),
        Edit::SetBounds {
            metric, district, ..
        } => {
            format!(
                "设置 {} {} 的上下限",
                dn(plan, *district, L),
                mn(plan, *metric, L)
            )
        }
        Edit::Reapportion { metric } => format!("{} 按规则重新分配", mn(plan, *metric, L)),
        Edit::Paste { .. } => "粘贴数据".to_owned(),
        Edit::SetActual {
            series,
            month,
            value,
        } => format!(
            "{} {}月完成数{}",
            super::series_name(plan, *series, L),
            month.get(),
            value.map_or_else(|| "清空".to_owned(), |v| format!("改为 {}", q(v)))
        ),
        Edit::PasteActuals { sheet, .. } => format!("粘贴 {} 完成数", sheet_name(plan, *sheet)),
        Edit::LoadSample => "载入示例数据".to_owned(),
        Edit::ClearActuals => "清空完成数".to_owned(),
        Edit::SetAsOf { month } => format!("截至月份改为 {}月", month.get()),
        Edit::ChangeForecast { .. } => "修改预测设置".to_owned(),
        Edit::SetPhaseProfile { .. } => "修改序时目标的分月方式".to_owned(),
        Edit::SetLightRules { .. } => "修改亮灯规则".to_owned(),
        Edit::SetDocument { .. } => "修改通报文稿".to_owned(),
        Edit::SetReturns { month, values } => {
            format!("导入 {} 月报送数据 {} 个", month.get(), values.len())
        }
        Edit::SetQuotas { metric, .. } => format!("{} 采用年中调整后的指标", mn(plan, *metric, L)),
        Edit::RenameDistrict { district, name } => {
            format!("{} 改名为 {}", dn(plan, *district, L), name.zh)
        }
        Edit::AddDistrict { name } => format!("添加地区 {}", name.zh),
        Edit::RemoveDistrict { district } => format!("删除地区 {}", dn(plan, *district, L)),
        Edit::RenameMetric { metric, name } => {
            format!("{} 改名为 {}", mn(plan, *metric, L), name.zh)
        }
        Edit::AddMetric { name, .. } => format!("添加指标 {}", name.zh),
        Edit::RemoveMetric { metric } => format!("删除指标 {}", mn(plan, *metric, L)),
        Edit::SetTitle { title } => format!("标题改为 {}", title.zh),
        Edit::SetYear { year } => format!("年度改为 {year}"),
        Edit::Matrix(edit) => matrix_change(edit, plan),
    };
    if moved > 0 {
        format!("{what}（{moved} 个单元格变动）")
    } else {
        what
    }
}

fn tie(candidates: &[&str], winners: &[&str], unit: u64) -> String {
    format!(
        "{} 并列争取最后的 {} 个单位（每单位 {}），由 {} 获得。并列时按您设定的优先顺序，未设定时按表中顺序。",
        candidates.join("、"),
        winners.len(),
        g(unit),
        winners.join("、")
    )
}

fn give_tie_to(name: &str) -> String {
    format!("改给{name}")
}

fn paste_summary(readable: usize, unreadable: usize) -> String {
    format!("可读取 {readable} 个单元格；{unreadable} 个无法读取，将跳过：")
}

fn compare_only_differences(count: usize) -> String {
    format!("地区较多，仅列出各方法结果不同的 {count} 个地区（最多 100 个）。")
}

fn showing_rows(first: usize, last: usize, total: usize) -> String {
    format!(
        "第 {}–{} 行，共 {} 个地区",
        g(first as u64),
        g(last as u64),
        g(total as u64)
    )
}

fn month_name(month: usize) -> String {
    format!("{month}月")
}

fn fewer_paths(paths: u32) -> String {
    format!("地区较多：为保持页面流畅，本次按 {paths} 次模拟计算。")
}

fn link_failed(err: &quota_engine::codec::LinkError) -> String {
    use quota_engine::codec::LinkError;
    let why = match err {
        LinkError::Empty => "链接为空".to_owned(),
        LinkError::NotALink => "这不是本工具的分享链接".to_owned(),
        LinkError::FutureVersion { .. } => "链接由更新版本的工具生成，请升级后再打开".to_owned(),
        LinkError::TooLong { chars } => format!("链接过长（{chars} 个字符）"),
        LinkError::BadCharacters => "链接含有无效字符，可能在转发时被改动".to_owned(),
        LinkError::Corrupt => "链接不完整或已被改动，可能在转发时被截断".to_owned(),
        LinkError::Invalid => "链接中的数字不构成有效方案".to_owned(),
    };
    format!("无法打开分享链接：{why}。已显示您原来的数据，未做任何改动。")
}

fn link_copied(chars: usize) -> String {
    if chars > 2_000 {
        format!("链接已复制（{chars} 个字符）。链接较长，部分聊天和邮件工具可能截断；如对方打不开，请改用“导出方案（JSON）”发送文件：")
    } else {
        format!("链接已复制（{chars} 个字符），打开即可看到完全相同的数字：")
    }
}

fn file_failed(err: &quota_engine::file::FileError) -> String {
    use quota_engine::file::FileError;
    let why = match err {
        FileError::TooLarge { bytes } => format!("文件过大（{bytes} 字节）"),
        FileError::NotAScenario => "这不是本工具导出的方案文件".to_owned(),
        FileError::FutureVersion { .. } => "文件由更新版本的工具导出，请升级后再打开".to_owned(),
        FileError::Malformed { line, column } => {
            format!("第 {line} 行第 {column} 列的内容不符合方案格式（例如应为整数的地方写了文字、小数或过大的数）")
        }
        FileError::Invalid(err) => format!(
            "文件中的数据不构成有效方案：{}",
            engine_error(err, &super::nameless_plan())
        ),
    };
    format!("无法打开方案文件：{why}。当前数据未做任何改动。")
}

fn names(plan: &Plan, lines: &[usize], department: bool) -> String {
    super::name_list(plan, lines, department, L, "、")
}

fn place(plan: &Plan, place: Place) -> String {
    super::matrix_place(plan, place, L)
}

fn matrix_error(err: &MatrixError, plan: &Plan) -> String {
    match err {
        MatrixError::Empty => "没有部门或没有区县，无法分解。".to_owned(),
        MatrixError::TooLarge {
            rows,
            columns,
            limit,
        } => format!("{rows} × {columns} 个单元格超过上限 {}", g(*limit as u64)),
        MatrixError::SeedShape { .. } => {
            "种子权重表的行列数与部门、区县数不符，请恢复为按区县比例后重新粘贴。".to_owned()
        }
        MatrixError::ZeroStep => "步长至少为 1".to_owned(),
        MatrixError::NotMultipleOfStep {
            place: p,
            value,
            step,
        } => format!(
            "{}的 {} 不是步长 {} 的整数倍",
            place(plan, *p),
            q(*value),
            g(*step)
        ),
        MatrixError::MarginsDisagree { rows, columns } => {
            format!("部门合计 {} 与区县合计 {} 不一致", q(*rows), q(*columns))
        }
        MatrixError::LocksExceed {
            place: p,
            locked,
            target,
        } => format!(
            "{}的锁定单元格合计 {}，超过其目标 {}",
            place(plan, *p),
            q(*locked),
            q(*target)
        ),
        MatrixError::Infeasible {
            rows,
            columns,
            needed,
            available,
        } => {
            format!(
            "无法满足：部门 {} 还需 {}，但它们可以分配的区县 {} 只剩 {}。请取消部分结构零或锁定。",
            names(plan, rows, true), q(*needed),
            if columns.is_empty() { "（无）".to_owned() } else { names(plan, columns, false) },
            q(*available)
        )
        }
        MatrixError::Overflow => "数字太大，无法计算".to_owned(),
        MatrixError::NoConvergence => "计算未能收敛，请检查结构零和锁定".to_owned(),
    }
}

fn matrix_change(edit: &MatrixEdit, plan: &Plan) -> String {
    let department = |i: usize| names(plan, &[i], true);
    match edit {
        MatrixEdit::SetRounding(r) => format!(
            "部门分解：舍入改为{}",
            TEXTS.matrix.roundings[usize::from(*r == Rounding::DHondt)]
        ),
        MatrixEdit::SetStep(step) => format!("部门分解：步长改为 {}", g(*step)),
        MatrixEdit::SetMetric(metric) => {
            format!("部门分解：对应区县指标改为 {}", mn(plan, *metric, L))
        }
        MatrixEdit::SetCell { row, column, rule } => match rule {
            CellRule::Free => format!("{} {} 恢复自动分配", department(*row), dn(plan, *column, L)),
            CellRule::Zero => format!("{} {} 设为结构零", department(*row), dn(plan, *column, L)),
            CellRule::Locked(v) => format!(
                "{} {} 锁定为 {}",
                department(*row),
                dn(plan, *column, L),
                q(*v)
            ),
        },
        MatrixEdit::SetSeed {
            row,
            column,
            weight,
        } => format!(
            "{} {} 种子权重改为 {}",
            department(*row),
            dn(plan, *column, L),
            g(*weight)
        ),
        MatrixEdit::PasteSeed { .. } => "粘贴种子权重".to_owned(),
        MatrixEdit::ClearSeed => "种子权重恢复为按区县比例".to_owned(),
        MatrixEdit::SetDepartmentQuota { row, value } => {
            format!("{} 部门指标改为 {}", department(*row), q(*value))
        }
        MatrixEdit::AddBalancingRow { name, .. } => format!("添加平衡行 {}", name.zh),
        MatrixEdit::ScaleDepartments => "按比例调整各部门指标".to_owned(),
    }
}

fn host_failed(err: &quota_engine::file::FileError) -> String {
    file_failed(err).replacen("无法打开方案文件", "无法打开主页面发送的方案", 1)
}

fn import_problem(p: &quota_engine::import::Problem) -> String {
    use quota_engine::import::ProblemKind;
    let what = match &p.kind {
        ProblemKind::Number { text, error } => bad_cell(text, error),
        ProblemKind::UnknownRow(name) => format!("方案中没有地区“{name}”，该行未导入"),
        ProblemKind::UnknownColumn(name) => format!("不认识的列“{name}”，该列未导入"),
        ProblemKind::Repeated(name) => format!("“{name}”重复出现，以前面一行为准"),
    };
    format!("第 {} 行第 {} 列：{what}", p.line, p.column)
}

fn import_failed(err: &quota_engine::import::ImportError) -> String {
    use quota_engine::import::ImportError;
    let why = match err {
        ImportError::TooLarge { bytes } => format!("文件过大（{bytes} 字节）"),
        ImportError::NoHeader => "找不到标题行（第一列为地区，其余列为指标名或月份）".to_owned(),
        ImportError::NotAWorkbook => "不是可读取的 XLSX 工作簿（请另存为 .xlsx 或 CSV）".to_owned(),
        ImportError::UnclosedQuote { line } => format!("第 {line} 行的引号没有闭合"),
    };
    format!("无法读取文件：{why}。当前数据未做任何改动。")
}

fn stored_kept(why: &quota_engine::library::KeptReason) -> String {
    use quota_engine::library::KeptReason;
    match why {
        KeptReason::Unreadable => "无法读取的已保存数据".to_owned(),
        KeptReason::Partial { lost } => {
            format!("旧版本保存的方案库，其中 {lost} 个方案无法读取（其余方案已打开）")
        }
        KeptReason::Newer { found } => format!("较新版本保存的数据（版本 {found}），未改动"),
        KeptReason::Superseded => "旧版本的自动保存，比已打开的方案更早，未打开".to_owned(),
        KeptReason::SetAside => "先前另存的无法读取的数据".to_owned(),
        KeptReason::Unknown => "本版本不认识的数据".to_owned(),
    }
}

/// The part of a scenario a length error names (the engine names it in a word).
fn rules_part(what: &str) -> &'static str {
    match what {
        "bounds" => "上下限",
        "locks" => "锁定设置",
        "weights" => "自定义基数",
        "metric rules" => "指标规则",
        "actuals metrics" => "月度完成数的指标",
        "actuals districts" => "月度完成数的地区",
        "quotas" => "指标数值",
        _ => "方案中的一组数值",
    }
}

/// A cell that is not a quota, quoting what it held.
fn bad_cell(text: &str, error: &ParseError) -> String {
    match error {
        ParseError::NotANumber => parse_error(error, Some(text)),
        _ => format!("“{text}”：{}", parse_error(error, None)),
    }
}

fn forecast_warning(w: &quota_engine::simulate::forecast::SettingsWarning, plan: &Plan) -> String {
    use quota_engine::simulate::forecast::SettingsWarning;
    match w {
        SettingsWarning::ProfileAllZero => {
            "季节权重全为 0：预测将认为今后不会再有任何完成数。请检查权重。".to_owned()
        }
        SettingsWarning::ProfileZeroSoFar { month } => format!(
            "截至{}的季节权重全为 0：无法从已完成数推算进度，预测按零进度计算。请检查权重。",
            month_name(usize::from(month.get()))
        ),
        SettingsWarning::ExtremePace { district, percent } => format!(
            "{} 的进度调整为 {}%（{} 倍），远超实际可能，可能是输入错误。",
            dn(plan, *district, L),
            g(u64::from(*percent)),
            g(u64::from(*percent / 100))
        ),
    }
}
