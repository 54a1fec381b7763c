//! 中文: the engine's refusals as sentences.

use quota_engine::{
    BaseError, EditError, EngineError, Plan, PlanError, RulesError, SimulationError,
};

use super::common::month_name;
use super::L;
use crate::i18n::errors::{ErrorTexts, RulesPart};
use crate::i18n::names::{names_joined, Lines};
use crate::i18n::{district_name as dn, grouped as g, metric_name as mn, q};

pub(super) const TEXTS: ErrorTexts = ErrorTexts {
    engine: engine_error,
};

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
            rules_part(RulesPart::of(what))
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

fn simulation_error(err: &SimulationError, plan: &Plan) -> String {
    match err {
        SimulationError::NoActuals { month } => format!(
            "截至{}尚无任何地区报送完成数。通报和预测至少需要一个月的数据：可在“月度通报”的月度表中逐月录入、从 Excel 粘贴或导入，也可载入示例数据。",
            month_name(usize::from(*month))
        ),
        SimulationError::Unreported { districts } => format!(
            "{}尚未报送。年中调整按各地区预测的完成能力重新分配，需要每个地区至少一个月的完成数，否则会把未报送当作没有能力。",
            names_joined(plan, districts, Lines::Districts, L)
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

/// The name of a part of a scenario a length error is about.
fn rules_part(part: RulesPart) -> &'static str {
    match part {
        RulesPart::Bounds => "上下限",
        RulesPart::Locks => "锁定设置",
        RulesPart::Weights => "自定义基数",
        RulesPart::MetricRules => "指标规则",
        RulesPart::ActualsMetrics => "月度完成数的指标",
        RulesPart::ActualsDistricts => "月度完成数的地区",
        RulesPart::Quotas => "指标数值",
        // The engine's words for these three have no sentence of their own yet.
        RulesPart::ActualsDepartments
        | RulesPart::ActualsManufacturing
        | RulesPart::ActualsCountable
        | RulesPart::Other => "方案中的一组数值",
    }
}
