//! A paste or a file import waiting for the planner's confirmation: previewed with every
//! unreadable cell, applied as one undoable edit, or dropped.

use quota_engine::formats::import::{actuals_table, plan_table, ImportError, Preview, Source};
use quota_engine::matrix::MatrixEdit;
use quota_engine::simulate::{Month, Sheet};
use quota_engine::support::parse::PastedBlock;
use quota_engine::workspace::Edit;
use quota_engine::MetricId;

use super::{AppState, InputField, Notice};

/// Where a pasted block goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PasteTarget {
    /// The plan table, from a top-left quota cell (metric, district).
    Plan(MetricId, usize),
    /// A month grid, from a top-left (row, month).
    Actuals(Sheet, usize, Month),
    /// The matrix seed weights, from a top-left (department, district).
    MatrixSeed(usize, usize),
}

/// What a CSV import reads into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportTarget {
    /// The plan table (districts × metrics).
    Plan,
    /// One metric's monthly actuals (districts × months).
    Actuals(MetricId),
}

/// A read file waiting for the planner's confirmation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingImport {
    /// Where it goes.
    pub target: ImportTarget,
    /// What it would set, and every problem.
    pub preview: Preview,
}

/// A pasted block waiting for the planner's confirmation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingPaste {
    /// Where it goes.
    pub target: PasteTarget,
    /// The parsed block.
    pub block: PastedBlock,
}

/// What waits for confirmation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pending {
    /// A paste.
    pub paste: Option<PendingPaste>,
    /// An imported file.
    pub import: Option<PendingImport>,
}

impl AppState {
    /// Reads a CSV file into a preview for confirmation, or says why it cannot be read.
    pub(super) fn read_import(&mut self, target: ImportTarget, source: Option<&Source>) {
        let plan = &self.workspace().plan;
        let read = match (target, source) {
            (_, None) => Err(ImportError::NoHeader),
            (ImportTarget::Plan, Some(source)) => plan_table(plan, source),
            (ImportTarget::Actuals(_), Some(source)) => actuals_table(plan, source),
        };
        match read {
            Ok(preview) => {
                self.pending.import = Some(PendingImport { target, preview });
                self.ui.notice = None;
            }
            Err(err) => {
                self.pending.import = None;
                self.ui.notice = Some(Notice::ImportFailed(err));
            }
        }
    }

    /// Applies the pending import's readable values as one undoable edit.
    pub(super) fn confirm_import(&mut self) {
        let Some(import) = self.pending.import.take() else {
            return;
        };
        let values = import.preview.values;
        let edit = match import.target {
            ImportTarget::Plan => Edit::Paste {
                metric: 0,
                district: 0,
                values,
            },
            ImportTarget::Actuals(metric) => Edit::PasteActuals {
                sheet: Sheet::Metric(metric),
                row: 0,
                month: Month::JANUARY,
                values,
            },
        };
        self.edit(edit, InputField::Plan);
    }

    pub(super) fn confirm_paste(&mut self) {
        let Some(paste) = self.pending.paste.take() else {
            return;
        };
        let values = paste
            .block
            .rows
            .iter()
            .map(|row| row.iter().map(|cell| cell.clone().ok()).collect())
            .collect();
        let edit = match paste.target {
            PasteTarget::Plan(metric, district) => Edit::Paste {
                metric,
                district,
                values,
            },
            PasteTarget::Actuals(sheet, row, month) => Edit::PasteActuals {
                sheet,
                row,
                month,
                values,
            },
            PasteTarget::MatrixSeed(row, column) => Edit::Matrix(MatrixEdit::PasteSeed {
                row,
                column,
                values: values
                    .into_iter()
                    .map(|r: Vec<Option<quota_engine::Quota>>| {
                        r.into_iter()
                            .map(|q| q.map(quota_engine::Quota::get))
                            .collect()
                    })
                    .collect(),
            }),
        };
        self.edit(edit, InputField::Plan);
    }
}
