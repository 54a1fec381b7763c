//! The bulletin document (通报): its fields, its title, and the paragraphs written from the
//! numbers — on each metric's districts, and on the departments, the manufacturing share and
//! the countable targets. Which paragraphs are said, and what goes in each, is decided here
//! once; each language gives the words of the sentences.

use quota_engine::simulate::document::MetricFacts;
use quota_engine::simulate::{Countable, Month};
use quota_engine::workspace::UnitsReport;
use quota_engine::Plan;

use super::names::{department_name, district_name, metric_name, names_joined, Lines};
use super::supervision::Lit;
use super::{grouped, q, tenths, Texts};

/// The document panel's words and the words of its paragraphs.
#[derive(Debug)]
pub struct DocumentTexts {
    /// Heading of the 通报 panel (and the base of the file's name).
    pub heading: &'static str,
    /// The label of a header field.
    pub field: fn(DocumentField) -> &'static str,
    /// The title when none is typed: year and month.
    pub default_title: fn(u32, Month) -> String,
    /// A metric's heading in the document: its place (0-based) and name.
    pub metric_heading: fn(usize, &str) -> String,
    /// Print the document.
    pub print: &'static str,
    /// Download it as DOCX.
    pub download_docx: &'static str,
    /// The words of a metric's paragraphs.
    pub metric: MetricWords,
    /// The document's heading for the departments and other targets.
    pub units_heading: &'static str,
    /// The words of the paragraphs on them.
    pub units: UnitsWords,
}

/// A field of the document's header, typed on the panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentField {
    /// The issuing office.
    Issuer,
    /// The document number.
    Number,
    /// The date.
    Date,
    /// The title.
    Title,
    /// Closing paragraphs, one per line.
    Closing,
}

/// The words of a metric's paragraphs (numbers and lists come already written; lists are
/// joined by the language's list separator).
#[derive(Debug)]
pub struct MetricWords {
    /// The yardstick when judged against time progress.
    pub time_progress: &'static str,
    /// The yardstick when judged against the phased targets.
    pub phased: &'static str,
    /// Ahead of the yardstick: the yardstick, its rate, the points ahead.
    pub ahead_of: fn(yardstick: &str, schedule: &str, points: &str) -> String,
    /// Behind the yardstick: the yardstick, its rate, the points behind.
    pub behind_of: fn(yardstick: &str, schedule: &str, points: &str) -> String,
    /// The city's sentence: the month, done, the quota, the rate, ahead of or behind.
    pub city: fn(month: &str, done: &str, quota: &str, rate: &str, against: &str) -> String,
    /// A district ahead: its name and rate.
    pub ahead_item: fn(name: &str, rate: &str) -> String,
    /// The districts ahead: how many, the yardstick, the list.
    pub ahead: fn(count: usize, yardstick: &str, list: &str) -> String,
    /// A district behind: its name, rate, and how many it is short.
    pub behind_item: fn(name: &str, rate: &str, gap: &str) -> String,
    /// The districts behind: how many, the list.
    pub behind: fn(count: usize, list: &str) -> String,
    /// The three highest and the three lowest rates.
    pub ranking: fn(top: &str, bottom: &str) -> String,
    /// The districts that have not reported this month.
    pub unreported: fn(names: &str) -> String,
}

/// The words of the paragraphs on the departments, manufacturing and countable targets.
#[derive(Debug)]
pub struct UnitsWords {
    /// The departments: the month, how many, the metric, done, their quota, the rate (the
    /// sentence goes on).
    pub departments:
        fn(month: &str, count: usize, metric: &str, done: &str, quota: &str, rate: &str) -> String,
    /// A department behind: its name and rate.
    pub department_item: fn(name: &str, rate: &str) -> String,
    /// The end of the departments' sentence when none is behind.
    pub all_on_schedule: &'static str,
    /// The end of the departments' sentence: how many are behind, the list.
    pub departments_behind: fn(count: usize, list: &str) -> String,
    /// The manufacturing share: the city's share, meeting or below, the minimum (the
    /// sentence goes on).
    pub manufacturing: fn(share: &str, side: &str, minimum: u8) -> String,
    /// The share meets the minimum.
    pub meeting: &'static str,
    /// The share is below it.
    pub below: &'static str,
    /// A district below the minimum: its name and share.
    pub short_item: fn(name: &str, share: &str) -> String,
    /// The end of the manufacturing sentence: the districts below the minimum.
    pub short: fn(list: &str) -> String,
    /// A countable target: its name, done, target.
    pub countable_item: fn(name: &str, done: &str, target: &str) -> String,
    /// The countable targets' sentence: their list.
    pub countable: fn(list: &str) -> String,
}

impl Texts {
    /// The generated paragraphs of one metric.
    #[must_use]
    pub fn document_paragraphs(&self, f: &MetricFacts, plan: &Plan) -> Vec<String> {
        let (w, lang) = (&self.document.metric, self.lang);
        let percent = |permille: u64| self.common.percent(permille);
        let list = |items: Vec<String>| items.join(self.common.list_separator);
        let month = (self.common.month_name)(usize::from(f.month.get()));
        let (rate, schedule) = (f.rate_permille, f.schedule_permille);
        let yardstick = if f.phased { w.phased } else { w.time_progress };
        let against = if rate >= schedule {
            (w.ahead_of)(yardstick, &percent(schedule), &tenths(rate - schedule))
        } else {
            (w.behind_of)(yardstick, &percent(schedule), &tenths(schedule - rate))
        };
        let mut out = vec![(w.city)(
            &month,
            &q(f.done),
            &q(f.quota),
            &percent(rate),
            &against,
        )];
        if !f.ahead.is_empty() {
            let items = f.ahead.iter().map(|s| {
                (w.ahead_item)(
                    &district_name(plan, s.district, lang),
                    &percent(s.rate_permille),
                )
            });
            out.push((w.ahead)(f.ahead.len(), yardstick, &list(items.collect())));
        }
        if !f.behind.is_empty() {
            let items = f.behind.iter().map(|s| {
                (w.behind_item)(
                    &district_name(plan, s.district, lang),
                    &percent(s.rate_permille),
                    &grouped(u64::try_from(s.gap.unsigned_abs()).unwrap_or(u64::MAX)),
                )
            });
            out.push((w.behind)(f.behind.len(), &list(items.collect())));
        }
        if f.ranking.len() >= 6 {
            let top = &f.ranking[..3];
            let bottom = &f.ranking[f.ranking.len() - 3..];
            out.push((w.ranking)(
                &names_joined(plan, top, Lines::Districts, lang),
                &names_joined(plan, bottom, Lines::Districts, lang),
            ));
        }
        let districts = |d: &[usize]| names_joined(plan, d, Lines::Districts, lang);
        out.extend(self.lit_sentence(&Lit {
            red: districts(&f.red),
            yellow: districts(&f.yellow),
            supervise: districts(&f.supervise),
            interview: districts(&f.interview),
        }));
        if !f.unreported.is_empty() {
            out.push((w.unreported)(&districts(&f.unreported)));
        }
        out
    }

    /// The document's paragraphs on the departments, the manufacturing share and the
    /// countable targets, each only when something was returned.
    #[must_use]
    pub fn units_paragraphs(&self, r: &UnitsReport, plan: &Plan) -> Vec<String> {
        let (w, lang, common) = (&self.document.units, self.lang, &self.common);
        let percent = |permille: u64| common.percent(permille);
        let behind = |gap: Option<i64>| gap.is_some_and(|gap| gap > 0);
        let mut out = Vec::new();
        if let Ok(grid) = &r.departments {
            let done: u64 = grid.lines.iter().map(|l| l.done.get()).sum();
            let quota: u64 = plan.departments.iter().map(|d| d.quota.get()).sum();
            let mut sentence = (w.departments)(
                &(common.month_name)(usize::from(grid.month.get())),
                plan.departments.len(),
                &metric_name(plan, plan.department_metric, lang),
                &grouped(done),
                &grouped(quota),
                &percent(grid.city_permille.last().copied().unwrap_or_default()),
            );
            let late: Vec<String> = grid
                .lines
                .iter()
                .filter(|l| behind(l.gap_permille))
                .map(|l| {
                    (w.department_item)(
                        &department_name(plan, l.unit, lang),
                        &percent(l.rate_permille),
                    )
                })
                .collect();
            if late.is_empty() {
                sentence.push_str(w.all_on_schedule);
            } else {
                let list = late.join(common.list_separator);
                sentence.push_str(&(w.departments_behind)(late.len(), &list));
            }
            out.push(sentence);
            let name = |i: usize| department_name(plan, i, lang);
            out.extend(self.lit_sentence(&Lit::of_grid(grid, name, common.list_separator)));
        }
        if let Ok(grid) = &r.manufacturing {
            let minimum = plan.other.manufacturing_share_min_pct;
            let share = grid.city_permille.last().copied().unwrap_or_default();
            let side = if share >= u64::from(minimum) * 10 {
                w.meeting
            } else {
                w.below
            };
            let mut sentence = (w.manufacturing)(&percent(share), side, minimum);
            let short: Vec<String> = grid
                .lines
                .iter()
                .filter(|l| behind(l.gap_permille))
                .map(|l| {
                    (w.short_item)(
                        &district_name(plan, l.unit, lang),
                        &percent(l.rate_permille),
                    )
                })
                .collect();
            if short.is_empty() {
                sentence.push(common.full_stop);
            } else {
                sentence.push_str(&(w.short)(&short.join(common.list_separator)));
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
                        .map_or("", |&c| (common.countable)(c));
                    (w.countable_item)(name, &grouped(l.done.get()), &grouped(l.target.get()))
                })
                .collect();
            if !items.is_empty() {
                out.push((w.countable)(&items.join(common.clause_separator)));
            }
        }
        out
    }
}
