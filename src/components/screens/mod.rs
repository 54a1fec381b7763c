//! The four screens and the panels they are made of: the plan table and its rules, method
//! comparison, explanations, history, structure and other targets; the department matrix; the
//! monthly bulletin screen, its work in steps ([`month`]) and their panels; the forecast with
//! reallocation and allowances.

mod actuals_grid;
mod backtest_panel;
mod bar_chart;
mod bulletin_view;
mod document_panel;
mod forecast_settings;
mod forecast_view;
mod history;
mod lights_panel;
mod matrix_view;
mod method_compare;
pub mod month;
mod other_targets;
mod paradox_notice;
mod plan_table;
mod progress_controls;
mod return_form;
mod returns_panel;
mod review_panel;
mod rules_panel;
mod structure_editor;
mod tie_notice;
mod units_panel;
mod why_panel;

pub use actuals_grid::ActualsGrid;
pub use bar_chart::BarCharts;
pub use bulletin_view::BulletinPanel;
pub use document_panel::DocumentPanel;
pub use forecast_view::ForecastView;
pub use history::HistoryPanel;
pub use lights_panel::LightsPanel;
pub use matrix_view::MatrixView;
pub use method_compare::MethodCompare;
pub use month::BulletinView;
pub use other_targets::OtherTargetsPanel;
pub use paradox_notice::ParadoxNotice;
pub use plan_table::PlanTable;
pub use progress_controls::ProgressControls;
pub use return_form::{ReturnForm, ReturnFormProps};
pub use returns_panel::ReturnsPanel;
pub use review_panel::ReviewPanel;
pub use rules_panel::RulesPanel;
pub use structure_editor::StructureEditor;
pub use tie_notice::TieNotice;
pub use units_panel::{UnitsGrids, UnitsPanel};
pub use why_panel::WhyPanel;
