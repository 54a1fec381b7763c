//! The traffic lights (亮灯) and the phased monthly targets (序时进度): the lights panel's words,
//! the rules' footnote, and the sentence on who is lit red or yellow, flagged 督办 or called to
//! 约谈 — its grammar written once here, each language giving the words.

use quota_engine::simulate::supervision::{
    Light, LightRules, LightsGrid, PhaseError, PhaseProfile, Preset, Yardstick,
};
use quota_engine::Plan;

use super::Texts;

/// The lights panel, its rules and the phased targets.
#[derive(Debug)]
pub struct SupervisionTexts {
    /// Heading of the lights panel.
    pub heading: &'static str,
    /// Label of the rules choice.
    pub rules: &'static str,
    /// The name of a preset of the rules.
    pub preset: fn(Preset) -> &'static str,
    /// The label of one of the rules' numbers or of the city-rate condition.
    pub threshold: fn(Threshold) -> &'static str,
    /// Label of the yardstick choice.
    pub yardstick: &'static str,
    /// What the lights measure against (also in the rules' footnote).
    pub yardstick_name: fn(Yardstick) -> &'static str,
    /// Label of the profile choice.
    pub profile: &'static str,
    /// How the phased targets are spread over the months.
    pub profile_name: fn(&PhaseProfile) -> &'static str,
    /// Label of the typed weights field.
    pub typed: &'static str,
    /// A light as a word.
    pub light: fn(Light) -> &'static str,
    /// Column: points behind schedule at the month.
    pub gap: &'static str,
    /// Column: months in a row of yellow or red.
    pub streak: &'static str,
    /// The supervision flag (督办).
    pub supervise: &'static str,
    /// The escalation beyond it (约谈).
    pub interview: &'static str,
    /// Heading of the phased targets table.
    pub phased: &'static str,
    /// The schedule column when judged against the phased targets (序时进度).
    pub phased_progress: &'static str,
    /// Before a metric's name in the lights sheet of the workbook.
    pub lights_sheet: &'static str,
    /// Why the phased targets could not be made, before the reason.
    pub cannot_phase: fn(why: &str) -> String,
    /// The words of the rules' footnote.
    pub note_words: NoteWords,
    /// The words of the sentence on who is lit.
    pub lit_words: LitWords,
}

/// One of the numbers (or the condition) of the light rules, as the panel lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Threshold {
    /// Yellow from this many points behind.
    YellowFrom,
    /// Red beyond this many points behind.
    RedBeyond,
    /// 督办 after this many yellow or red months in a row.
    SuperviseAfter,
    /// Green also needs the city's completion rate.
    GreenNeedsCityRate,
    /// 约谈 after this many red months in a row (0: never).
    InterviewAfter,
}

/// The words of the rules' footnote.
#[derive(Debug)]
pub struct NoteWords {
    /// The footnote: the yardstick, yellow from, red beyond, the green clause, months for
    /// 督办, the 约谈 clause (or nothing).
    pub note: fn(
        against: &str,
        yellow: u32,
        red: u32,
        green: &str,
        supervise: u8,
        interview: &str,
    ) -> String,
    /// Green at or above the yardstick.
    pub green: fn(against: &str) -> String,
    /// Green at or above the yardstick and the city's rate.
    pub green_with_city: fn(against: &str) -> String,
    /// 约谈 after this many red months.
    pub interview: fn(months: u8) -> String,
}

/// The words of the sentence on who is lit red or yellow, flagged 督办 and called to 约谈
/// (each given as a list of names, already joined).
#[derive(Debug)]
pub struct LitWords {
    /// Who is lit red.
    pub red: fn(names: &str) -> String,
    /// Who is lit yellow.
    pub yellow: fn(names: &str) -> String,
    /// The sentence's opening, before the red and yellow clauses.
    pub opening: fn(clauses: &str) -> String,
    /// Who is flagged 督办 (and not 约谈).
    pub supervised: fn(names: &str) -> String,
    /// Who is called to 约谈.
    pub interviewed: fn(names: &str) -> String,
}

/// Who is red and yellow this month, flagged 督办 (and not 约谈) and called to 约谈: each a
/// list of names already joined, empty when none.
#[derive(Debug, Default)]
pub struct Lit {
    /// Lit red.
    pub red: String,
    /// Lit yellow.
    pub yellow: String,
    /// Flagged 督办, not 约谈.
    pub supervise: String,
    /// Called to 约谈.
    pub interview: String,
}

impl Lit {
    /// Who in a unit grid is lit, each unit named by `name`, the names joined by `separator`.
    #[must_use]
    pub fn of_grid(grid: &LightsGrid, name: impl Fn(usize) -> String, separator: &str) -> Lit {
        let list = |pick: &dyn Fn(&quota_engine::simulate::supervision::UnitLights) -> bool| {
            grid.lines
                .iter()
                .filter(|l| pick(l))
                .map(|l| name(l.unit))
                .collect::<Vec<_>>()
                .join(separator)
        };
        Lit {
            red: list(&|l| l.lights.last() == Some(&Light::Red)),
            yellow: list(&|l| l.lights.last() == Some(&Light::Yellow)),
            supervise: list(&|l| l.supervise && !l.interview),
            interview: list(&|l| l.interview),
        }
    }
}

impl SupervisionTexts {
    /// The rules in a sentence, for the footnote.
    #[must_use]
    pub fn note(&self, rules: &LightRules) -> String {
        let w = &self.note_words;
        let against = (self.yardstick_name)(rules.yardstick);
        let green = if rules.green_needs_city_rate {
            (w.green_with_city)(against)
        } else {
            (w.green)(against)
        };
        let interview = if rules.interview_after > 0 {
            (w.interview)(rules.interview_after)
        } else {
            String::new()
        };
        (w.note)(
            against,
            rules.yellow_points,
            rules.red_points,
            &green,
            rules.supervise_after,
            &interview,
        )
    }
}

impl Texts {
    /// The sentence on who is lit, if anyone is lit red or yellow.
    #[must_use]
    pub fn lit_sentence(&self, lit: &Lit) -> Option<String> {
        let w = &self.supervision.lit_words;
        let common = &self.common;
        let clauses: Vec<String> = [(&lit.red, w.red), (&lit.yellow, w.yellow)]
            .into_iter()
            .filter(|(names, _)| !names.is_empty())
            .map(|(names, clause)| clause(names))
            .collect();
        if clauses.is_empty() {
            return None;
        }
        let mut sentence = (w.opening)(&clauses.join(common.clause_separator));
        if !lit.supervise.is_empty() {
            sentence.push_str(&(w.supervised)(&lit.supervise));
        }
        if !lit.interview.is_empty() {
            sentence.push_str(&(w.interviewed)(&lit.interview));
        }
        sentence.push(common.full_stop);
        Some(sentence)
    }

    /// Why the phased targets could not be made.
    #[must_use]
    pub fn phase_failed(&self, err: &PhaseError, plan: &Plan) -> String {
        let why = match err {
            PhaseError::Months(e) => (self.errors.engine)(e, plan),
            PhaseError::Table(e) => (self.matrix.error)(e, plan),
        };
        (self.supervision.cannot_phase)(&why)
    }
}
