//! One road from what the planner types to an [`Edit`] or a [`Refusal`]: text in a quota,
//! total, actual or matrix cell is parsed here, checked against what the workspace already
//! holds, and handed to the engine; a refusal says where, what was typed and why.

use quota_engine::matrix::{CellRule, MatrixEdit};
use quota_engine::workspace::Edit;

use super::refusal::{Cause, InputField, Refusal};
use super::{AppState, MatrixMode};

impl AppState {
    /// A settings field's entry (rules, bounds, forecast settings): the edit, or the reason
    /// its text makes none, shown where it was typed.
    pub(super) fn entered(&mut self, field: InputField, entry: Result<Edit, Cause>) {
        match entry {
            Ok(edit) => self.edit(edit, field),
            Err(reason) => self.ui.refuse(Refusal {
                field,
                typed: None,
                reason,
            }),
        }
    }

    pub(super) fn edit(&mut self, edit: Edit, field: InputField) {
        match self.workspace().apply(&edit) {
            Ok(applied) => {
                let met = super::history::Met {
                    tie: applied.tie,
                    paradoxes: applied.paradoxes,
                };
                self.push(applied.workspace, Some(edit), met);
            }
            Err(err) => self.ui.refuse(Refusal::engine(field, err)),
        }
    }

    /// An emptied cell: clears a reported actual or frees a locked matrix cell. Returns
    /// whether the empty text was handled (it is never a number).
    pub(super) fn typed_empty(&mut self, field: &InputField) -> bool {
        let edit = match *field {
            InputField::Actual(series, month) => {
                let reported = self
                    .workspace()
                    .actuals
                    .series(series)
                    .is_some_and(|m| m[month.index()].is_some());
                reported.then_some(Edit::SetActual {
                    series,
                    month,
                    value: None,
                })
            }
            InputField::MatrixCell(row, column) => (self.ui.matrix_mode == MatrixMode::Values
                && self.workspace().matrix.rule(row, column) != CellRule::Free)
                .then_some(Edit::Matrix(MatrixEdit::SetCell {
                    row,
                    column,
                    rule: CellRule::Free,
                })),
            _ => return false,
        };
        match edit {
            Some(edit) => self.edit(edit, field.clone()),
            None => self.ui.drop_typed_text(),
        }
        true
    }

    /// A quota or total typed as text: parse it, then edit, or refuse with the reason.
    pub(super) fn typed(&mut self, field: InputField, text: &str) {
        if text.trim().is_empty() && self.typed_empty(&field) {
            return;
        }
        let value = match quota_engine::support::parse::parse_quota(text) {
            Ok(value) => value,
            Err(err) => {
                self.ui.refuse(Refusal {
                    field,
                    typed: Some(text.chars().take(40).collect()),
                    reason: Cause::Parse(err),
                });
                return;
            }
        };
        let edit = match field {
            InputField::Cell(metric, district) => Edit::SetQuota {
                metric,
                district,
                value,
            },
            InputField::Total(metric) => Edit::SetTotal {
                metric,
                total: value,
            },
            InputField::Actual(series, month) => Edit::SetActual {
                series,
                month,
                value: Some(value),
            },
            InputField::MatrixCell(row, column) => Edit::Matrix(match self.ui.matrix_mode {
                MatrixMode::Values => MatrixEdit::SetCell {
                    row,
                    column,
                    rule: CellRule::Locked(value),
                },
                MatrixMode::Seeds => MatrixEdit::SetSeed {
                    row,
                    column,
                    weight: value.get(),
                },
            }),
            InputField::Department(row) => {
                Edit::Matrix(MatrixEdit::SetDepartmentQuota { row, value })
            }
            InputField::Settings(_)
            | InputField::Plan
            | InputField::Simulation
            | InputField::Matrix => return,
        };
        // Re-entering the same value is not a change.
        let unchanged = self.workspace().holds(&edit);
        if unchanged {
            self.ui.refusal = None;
            self.ui.drop_typed_text();
            return;
        }
        self.edit(edit, field);
    }
}
