//! File formats: how a plan, a scenario and their tables leave the app and come back.
//!
//! - [`table`]: the plan, the matrix, monthly actuals and the bulletin as tables of typed fields,
//!   the one shape every export writes from.
//! - [`csv`]: a table as CSV; [`xlsx`]: tables as the sheets of one XLSX workbook;
//!   [`export`]: the whole scenario as that workbook; [`docx`]: the 通报 as a Word document.
//! - [`import`]: plan tables and monthly actuals read from CSV or XLSX, previewed with every
//!   bad cell.
//! - [`file`](mod@file): scenario files (JSON) for export and import.
//! - `zip`: the small ZIP container XLSX and DOCX are stored in.
//!
//! They sit above the domain (they read workspaces, plans and actuals) and below nothing but
//! the app: no domain module imports a format.

pub mod csv;
pub mod docx;
pub mod export;
pub mod file;
pub mod import;
pub mod table;
pub mod xlsx;
mod zip;
