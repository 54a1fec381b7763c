//! What the planner sees besides the numbers: the language, the screen, messages, and the
//! state of the autosave. Nothing here changes a workspace.

use quota_engine::library::Report;
use quota_engine::{Lang, MetricId};

use super::refusal::Refusal;

/// What typing into a matrix cell sets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MatrixMode {
    /// A fixed value (the cell is locked at it; an emptied cell is freed).
    #[default]
    Values,
    /// The cell's seed weight.
    Seeds,
}

/// The screen shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// Decomposition: the plan table and its rules.
    #[default]
    Plan,
    /// Monthly actuals, the bulletin and the mid-year review.
    Bulletin,
    /// Forecasts, what-ifs, reallocation and the allowance budget.
    Forecast,
    /// The department × district matrix.
    Matrix,
}

/// A step of the month's work on the bulletin screen, in the order a bureau works.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Step {
    /// 收数: the returns and the month grids.
    #[default]
    Collect,
    /// 核对: what the checks flag, and who has not returned.
    Check,
    /// 亮灯: the traffic lights and the departments' table.
    Lights,
    /// 通报: the bulletin table, the mid-year review and the 通报 document.
    Report,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 4] = [Step::Collect, Step::Check, Step::Lights, Step::Report];

    /// Its name in a link (`?view=bulletin&step=check`).
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Step::Collect => "collect",
            Step::Check => "check",
            Step::Lights => "lights",
            Step::Report => "report",
        }
    }

    /// The step a link names, if any.
    #[must_use]
    pub fn from_key(key: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.key() == key)
    }
}

/// A message about the page as a whole, shown until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A shared link was opened; undo returns to the user's own data.
    LinkOpened,
    /// A shared link could not be opened; the user's own data is shown.
    LinkFailed(quota_engine::links::codec::LinkError),
    /// The link was copied: its address and length.
    LinkCopied(String),
    /// A scenario file was opened; undo returns to the previous data.
    FileOpened,
    /// A scenario file could not be opened.
    FileFailed(quota_engine::formats::file::FileError),
    /// The host page loaded a scenario (embed mode), opened as a new scenario.
    HostLoaded,
    /// The host page sent a scenario that could not be opened.
    HostFailed(quota_engine::formats::file::FileError),
    /// A CSV file could not be read at all.
    ImportFailed(quota_engine::formats::import::ImportError),
    /// A link, file or host message held a scenario that is already saved under this name:
    /// it is opened instead of a copy.
    AlreadySaved(String),
    /// No new scenario can be added: the library holds the most it can.
    ScenarioLimit,
}

/// Whether the autosave works.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Storage {
    /// Saved, or nothing to save yet.
    #[default]
    Ok,
    /// The browser refused to store (full, blocked, private mode).
    Failed,
    /// A newer release's data is stored: this one neither reads nor overwrites it.
    ReadOnly,
}

/// The interface around the workspace.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ui {
    /// The interface language.
    pub lang: Lang,
    /// The screen shown.
    pub view: View,
    /// The step of the bulletin screen shown.
    pub step: Step,
    /// The metric the bulletin and forecast screens show.
    pub progress_metric: MetricId,
    /// The cell whose "why this number" panel is open.
    pub selected: Option<(MetricId, usize)>,
    /// What typing into a matrix cell sets.
    pub matrix_mode: MatrixMode,
    /// A page-level message.
    pub notice: Option<Notice>,
    /// The last refused entry.
    pub refusal: Option<Refusal>,
    /// Bumped when typed text was refused or changed nothing, so inputs drop stale text.
    pub input_epoch: u64,
    /// Whether autosave works.
    pub storage: Storage,
    /// What could not be read from the browser's storage, shown until dismissed.
    pub storage_report: Option<Report>,
}

impl Ui {
    /// Makes fields that follow [`Ui::input_epoch`] show the stored values again.
    pub fn drop_typed_text(&mut self) {
        self.input_epoch = self.input_epoch.wrapping_add(1);
    }

    /// Shows `refusal` where it was entered; the refused text leaves the fields.
    pub fn refuse(&mut self, refusal: Refusal) {
        self.refusal = Some(refusal);
        self.drop_typed_text();
    }
}
