//! 中文: the traffic lights (亮灯) and the phased monthly targets (序时进度).

use quota_engine::simulate::supervision::{Light, PhaseProfile, Preset, Yardstick};

use crate::i18n::supervision::{LitWords, NoteWords, SupervisionTexts, Threshold};

pub(super) const TEXTS: SupervisionTexts = SupervisionTexts {
    heading: "亮灯督办",
    rules: "亮灯规则",
    preset,
    threshold,
    yardstick: "对照",
    yardstick_name,
    profile: "序时目标按",
    profile_name,
    typed: "各月权重（12 个数，可粘贴上年各月完成数）",
    light,
    gap: "落后（百分点）",
    streak: "连续黄红灯（月）",
    supervise: "督办",
    interview: "约谈",
    phased: "各月序时目标",
    phased_progress: "序时进度",
    lights_sheet: "亮灯",
    cannot_phase: |why| format!("无法分月：{why}"),
    note_words: NoteWords {
        note: |against, yellow, red, green, supervise, interview| {
            format!("亮灯规则：完成率落后{against} {yellow} 至 {red} 个百分点亮黄灯，超过 {red} 个百分点亮红灯；{green}；补齐后恢复；连续 {supervise} 个月黄灯或红灯列为督办{interview}。")
        },
        green: |against| format!("达到{against}亮绿灯"),
        green_with_city: |against| format!("达到{against}且不低于全市完成率亮绿灯"),
        interview: |months| format!("，连续 {months} 个月红灯约谈"),
    },
    lit_words: LitWords {
        red: |names| format!("{names}亮红灯"),
        yellow: |names| format!("{names}亮黄灯"),
        opening: |clauses| format!("按亮灯规则，{clauses}"),
        supervised: |names| format!("；{names}连续亮灯，列为督办对象"),
        interviewed: |names| format!("；{names}连续亮红灯，约谈"),
    },
};

fn preset(preset: Preset) -> &'static str {
    match preset {
        Preset::Standard => "标准（时间进度，落后 10/30 点）",
        Preset::Strict => "从严（序时目标，落后 5/15 点）",
    }
}

fn threshold(threshold: Threshold) -> &'static str {
    match threshold {
        Threshold::YellowFrom => "黄灯起点（落后百分点）",
        Threshold::RedBeyond => "红灯界线（落后超过百分点）",
        Threshold::SuperviseAfter => "督办（连续黄红灯月数）",
        Threshold::GreenNeedsCityRate => "绿灯还须不低于全市完成率",
        Threshold::InterviewAfter => "约谈（连续红灯月数，0 为不约谈）",
    }
}

fn yardstick_name(yardstick: Yardstick) -> &'static str {
    match yardstick {
        Yardstick::TimeProgress => "时间进度",
        Yardstick::Phased => "序时目标",
    }
}

fn profile_name(profile: &PhaseProfile) -> &'static str {
    match profile {
        PhaseProfile::Even => "各月平均",
        PhaseProfile::Seasonal => "季节权重（同预测设置）",
        PhaseProfile::Typed(_) => "自定义各月权重",
    }
}

fn light(light: Light) -> &'static str {
    match light {
        Light::Green => "绿",
        Light::Plain => "—",
        Light::Yellow => "黄",
        Light::Red => "红",
        Light::NotReported => "未报",
    }
}
