//! The labels the engine's tables and workbook take, in the interface language: the bulletin
//! table, the lights sheets, the matrix and the units sheets.
//!
//! The engine takes them as arrays in its own documented order; they are built here from the
//! exhaustive functions of the texts, so no array of words is kept by position.

use quota_engine::simulate::bulletin::Status;
use quota_engine::simulate::supervision::Light;
use quota_engine::simulate::Countable;

use super::names::row_header;
use super::units::Units;
use super::Texts;

/// The lights in the order the engine's labels list their words: green, none, yellow, red,
/// not reported.
const LIGHTS: [Light; 5] = [
    Light::Green,
    Light::Plain,
    Light::Yellow,
    Light::Red,
    Light::NotReported,
];

/// The lights as words, in the order the engine's tables take them.
#[must_use]
pub fn light_words(t: &'static Texts) -> [&'static str; 5] {
    LIGHTS.map(t.supervision.light)
}

/// The bulletin table's labels in `t`'s language.
#[must_use]
pub fn bulletin_labels(t: &'static Texts) -> quota_engine::formats::table::BulletinLabels<'static> {
    let (c, b) = (&t.common, &t.bulletin);
    quota_engine::formats::table::BulletinLabels {
        header: [
            c.district,
            c.quota,
            c.done,
            b.completion,
            b.time_progress,
            b.gap,
            b.rank,
            b.status,
        ],
        city: c.city,
        status: [
            Status::Ahead,
            Status::OnPace,
            Status::Behind,
            Status::NotReported,
        ]
        .map(b.standing),
        phased: t.supervision.phased_progress,
    }
}

/// The workbook's sheet names and headers in `t`'s language.
#[must_use]
pub fn workbook_labels(
    t: &'static Texts,
) -> quota_engine::formats::export::WorkbookLabels<'static> {
    let (c, s) = (&t.common, &t.supervision);
    quota_engine::formats::export::WorkbookLabels {
        plan_sheet: t.plan.caption,
        matrix_sheet: t.matrix.tab,
        bulletin_sheet: t.bulletin.heading,
        actuals_sheet: t.actuals.heading,
        district: c.district,
        city_total: c.city_total,
        matrix: quota_engine::formats::table::MatrixLabels {
            department: t.matrix.department,
            sum: t.matrix.sum,
            target: t.matrix.target,
        },
        bulletin: bulletin_labels(t),
        lights: quota_engine::formats::table::LightsLabels {
            sheet: s.lights_sheet,
            district: c.district,
            words: light_words(t),
            tail: [s.gap, s.streak, s.supervise],
            supervise: s.supervise,
            interview: s.interview,
        },
        month_name: c.month_name,
        units: quota_engine::formats::export::UnitsLabels {
            sheets: Units::ALL.map(t.units.sheet),
            headers: Units::ALL.map(|units| {
                let h = (t.units.headers)(units);
                [
                    row_header(t, units.sheet()),
                    h[0],
                    h[1],
                    h[2],
                    h[3],
                    h[4],
                    h[5],
                ]
            }),
            countable: Countable::ALL.map(c.countable),
            words: light_words(t),
        },
    }
}
