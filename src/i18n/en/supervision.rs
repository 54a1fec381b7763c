//! English: the traffic lights (亮灯) and the phased monthly targets (序时进度).

use quota_engine::simulate::supervision::{Light, PhaseProfile, Preset, Yardstick};

use crate::i18n::supervision::{LitWords, NoteWords, SupervisionTexts, Threshold};

pub(super) const TEXTS: SupervisionTexts = SupervisionTexts {
    heading: "Traffic lights",
    rules: "Light rules",
    preset,
    threshold,
    yardstick: "Measured against",
    yardstick_name,
    profile: "Monthly targets follow",
    profile_name,
    typed: "Monthly weights (12 numbers; paste last year's monthly totals)",
    light,
    gap: "Behind (points)",
    streak: "Yellow/red months in a row",
    supervise: "Supervise",
    interview: "Interview",
    phased: "Phased monthly targets",
    phased_progress: "Phased target",
    lights_sheet: "Lights",
    cannot_phase: |why| format!("The months cannot be split: {why}"),
    note_words: NoteWords {
        note: |against, yellow, red, green, supervise, interview| {
            format!("Light rules: yellow from {yellow} to {red} percentage points behind {against}, red beyond {red}; green {green}; a district that catches up turns back; {supervise} yellow or red months in a row mean supervision{interview}.")
        },
        green: |against| format!("at or above {against}"),
        green_with_city: |against| format!("at or above {against} and the city's completion rate"),
        interview: |months| format!(", {months} red months in a row an interview"),
    },
    lit_words: LitWords {
        red: |names| format!("{names} on red"),
        yellow: |names| format!("{names} on yellow"),
        opening: |clauses| format!("Under the light rules, {clauses}"),
        supervised: |names| {
            format!("; {names} stayed behind for months in a row and are under supervision")
        },
        interviewed: |names| format!("; {names} stayed on red and are called to an interview"),
    },
};

fn preset(preset: Preset) -> &'static str {
    match preset {
        Preset::Standard => "Standard (time progress, 10/30 behind)",
        Preset::Strict => "Strict (phased targets, 5/15 behind)",
    }
}

fn threshold(threshold: Threshold) -> &'static str {
    match threshold {
        Threshold::YellowFrom => "Yellow from (points behind)",
        Threshold::RedBeyond => "Red beyond (points behind)",
        Threshold::SuperviseAfter => "Supervision after (yellow/red months)",
        Threshold::GreenNeedsCityRate => "Green also needs the city's rate",
        Threshold::InterviewAfter => "Interview after (red months; 0: never)",
    }
}

fn yardstick_name(yardstick: Yardstick) -> &'static str {
    match yardstick {
        Yardstick::TimeProgress => "time progress",
        Yardstick::Phased => "the phased targets",
    }
}

fn profile_name(profile: &PhaseProfile) -> &'static str {
    match profile {
        PhaseProfile::Even => "equal months",
        PhaseProfile::Seasonal => "the seasonal weights (as in the forecast)",
        PhaseProfile::Typed(_) => "typed monthly weights",
    }
}

fn light(light: Light) -> &'static str {
    match light {
        Light::Green => "Green",
        Light::Plain => "—",
        Light::Yellow => "Yellow",
        Light::Red => "Red",
        Light::NotReported => "None",
    }
}
