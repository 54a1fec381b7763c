//! Every string the interface shows, one module per language.
//!
//! Components never spell out text: they ask [`texts`] for the [`Texts`] of the current language.
//! Names that are data (districts, metrics, the plan's title) come from the plan instead.

mod en;
mod zh;

use quota_engine::Lang;

/// The interface strings of one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Texts {
    /// The product's name.
    pub app_name: &'static str,
    /// The HTML `lang` of this language.
    pub html_lang: &'static str,
    /// Label of the button that switches to the other language.
    pub switch_lang: &'static str,
    /// Accessible name of the language switch.
    pub switch_lang_label: &'static str,
    /// Caption of the district quota table.
    pub plan_table_caption: &'static str,
    /// Header of the district column.
    pub district: &'static str,
    /// Name of the city-total row.
    pub city_total: &'static str,
    /// Heading of the other-targets panel.
    pub other_targets: &'static str,
    /// "Issued by".
    pub issued_by: &'static str,
    /// Plan year label.
    pub year: &'static str,
    /// Other targets, each a label before its number.
    pub training_bases: &'static str,
    /// Municipal competitions label.
    pub municipal_competitions: &'static str,
    /// County competitions label.
    pub county_competitions: &'static str,
    /// Pilot enterprises label.
    pub pilot_enterprises: &'static str,
    /// Manufacturing share label.
    pub manufacturing_share: &'static str,
    /// Technician allowance label.
    pub allowance_technician: &'static str,
    /// Senior technician allowance label.
    pub allowance_senior_technician: &'static str,
    /// "at least" prefix for minimum targets.
    pub at_least: &'static str,
    /// Unit after a monthly allowance.
    pub yuan_per_month: &'static str,
    /// The colon between a label and its value.
    pub colon: &'static str,
    /// Message shown when a total cannot be computed.
    pub overflow: &'static str,
}

/// The strings of `lang`.
#[must_use]
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Zh => &zh::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

/// The language the switch button leads to.
#[must_use]
pub fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    }
}
