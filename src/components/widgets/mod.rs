//! The page's chrome (header, tabs, scenario bar, toolbar, saved-data report, dialogs) and the
//! parts the screens share: the quota and matrix cells (plain props, so unchanged cells are
//! not re-rendered), a folded panel and the cumulative path chart.

mod folded;
mod header;
mod import_dialog;
mod matrix_cell;
mod paste_dialog;
mod path_chart;
mod quota_cell;
mod scenario_bar;
mod stored_data;
mod tabs;
mod toolbar;

pub use folded::Folded;
pub use header::Header;
pub use import_dialog::ImportDialog;
pub use matrix_cell::{MatrixCell, MatrixCellProps};
pub use paste_dialog::PasteDialog;
pub use path_chart::PathChart;
pub use quota_cell::QuotaCell;
pub use scenario_bar::{ScenarioBar, ScenarioCompare};
pub use stored_data::StoredDataReport;
pub use tabs::Tabs;
pub use toolbar::Toolbar;
