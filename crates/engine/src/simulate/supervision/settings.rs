//! The supervision's settings, part of a scenario: the shape of the year the monthly targets
//! follow, the light rules and their presets, and the 通报's header.
//!
//! They are plain data, below the phasing, the lights and the document that read them, so that
//! the scenario (and a share link) can hold them without pulling in any of the three.

use serde::{Deserialize, Serialize};

use crate::simulate::actuals::MONTHS;

/// The shape of the year the monthly targets follow.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhaseProfile {
    /// Equal months.
    #[default]
    Even,
    /// The forecast's seasonal profile.
    Seasonal,
    /// Typed weights per month (last year's monthly totals, for instance).
    Typed([u32; MONTHS]),
}

impl PhaseProfile {
    /// The month weights it stands for (`seasonal` is the forecast's profile).
    #[must_use]
    pub fn weights(&self, seasonal: &[u32; MONTHS]) -> [u64; MONTHS] {
        match self {
            PhaseProfile::Even => [1; MONTHS],
            PhaseProfile::Seasonal => seasonal.map(u64::from),
            PhaseProfile::Typed(w) => w.map(u64::from),
        }
    }
}

/// What a schedule is measured against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Yardstick {
    /// The share of the year gone (June: 50 %).
    #[default]
    TimeProgress,
    /// The district's cumulative phased target.
    Phased,
}

/// The rules that turn a gap into a light.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LightRules {
    /// Yellow from this many percentage points behind schedule.
    pub yellow_points: u32,
    /// Red when more than this many points behind.
    pub red_points: u32,
    /// Green also needs a completion rate at or above the city's.
    pub green_needs_city_rate: bool,
    /// Months in a row of yellow or red that raise 督办.
    pub supervise_after: u8,
    /// Months in a row of red that escalate it to 约谈 (0: never).
    pub interview_after: u8,
    /// The schedule the gap is measured against.
    pub yardstick: Yardstick,
}

impl Default for LightRules {
    fn default() -> Self {
        LightRules::PRESETS[0].1.clone()
    }
}

impl LightRules {
    /// Presets with the practice they follow: the common 10/30-point bands with green only for
    /// districts at or above both schedule and the city rate; and a stricter one with 5/15.
    pub const PRESETS: [(Preset, LightRules); 2] = [
        (
            Preset::Standard,
            LightRules {
                yellow_points: 10,
                red_points: 30,
                green_needs_city_rate: true,
                supervise_after: 2,
                interview_after: 3,
                yardstick: Yardstick::TimeProgress,
            },
        ),
        (
            Preset::Strict,
            LightRules {
                yellow_points: 5,
                red_points: 15,
                green_needs_city_rate: true,
                supervise_after: 2,
                interview_after: 2,
                yardstick: Yardstick::Phased,
            },
        ),
    ];

    /// The preset these rules are, if any.
    #[must_use]
    pub fn preset(&self) -> Option<Preset> {
        LightRules::PRESETS
            .iter()
            .find(|(_, rules)| rules == self)
            .map(|(preset, _)| *preset)
    }
}

/// A named set of light rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// 10 and 30 points behind time progress; green at or above schedule and the city rate.
    Standard,
    /// 5 and 15 points behind the phased targets.
    Strict,
}

/// The header of the document and the planner's own paragraphs: part of the scenario.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentHeader {
    /// 发文机关 (empty: the plan's issuer).
    pub issuer: String,
    /// 文号, such as 温人社〔2021〕N号.
    pub number: String,
    /// The date as it is to be printed (empty: none).
    pub date: String,
    /// The title (empty: one made from the year and month).
    pub title: String,
    /// Paragraphs the planner adds after the generated text, one per line.
    pub closing: String,
}

/// Everything the supervision needs besides the plan and the actuals: part of a scenario.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Supervision {
    /// The shape of the monthly targets.
    pub profile: PhaseProfile,
    /// The light rules.
    pub lights: LightRules,
    /// The 通报's header and the planner's own paragraphs.
    pub document: DocumentHeader,
}
