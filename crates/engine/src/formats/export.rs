//! The whole scenario as one XLSX workbook: the plan, the department matrix (when it can be
//! worked out) and, with actuals, per metric the bulletin as of the chosen month and the
//! monthly actuals. The sheet names and headers come from the app, in its language.

use crate::formats::table::{
    actuals_table, bulletin_table, lights_table, matrix_table, plan_table, units_table,
    BulletinLabels, LightsLabels, MatrixLabels, Table,
};
use crate::formats::xlsx::{workbook as write_workbook, Sheet};
#[cfg(doc)]
use crate::simulate::Countable;
use crate::workspace::Workspace;
use crate::Lang;

/// Every label the workbook needs, in the interface language.
#[derive(Clone, Copy, Debug)]
pub struct WorkbookLabels<'a> {
    /// The plan sheet's name.
    pub plan_sheet: &'a str,
    /// The matrix sheet's name.
    pub matrix_sheet: &'a str,
    /// Before a metric's name in its bulletin sheet's name.
    pub bulletin_sheet: &'a str,
    /// Before a metric's name in its actuals sheet's name.
    pub actuals_sheet: &'a str,
    /// Header of the district column.
    pub district: &'a str,
    /// Name of the city-total row of the plan.
    pub city_total: &'a str,
    /// The matrix table's labels.
    pub matrix: MatrixLabels<'a>,
    /// The bulletin table's labels.
    pub bulletin: BulletinLabels<'a>,
    /// The lights table's labels.
    pub lights: LightsLabels<'a>,
    /// A month's name (1–12).
    pub month_name: fn(usize) -> String,
    /// The departments', manufacturing and countable sheets' labels.
    pub units: UnitsLabels<'a>,
}

/// The labels of the departments', manufacturing and countable sheets.
#[derive(Clone, Copy, Debug)]
pub struct UnitsLabels<'a> {
    /// The sheets' names: departments, manufacturing, countable targets.
    pub sheets: [&'a str; 3],
    /// Each sheet's seven column headers.
    pub headers: [[&'a str; 7]; 3],
    /// The countable targets' names, in [`Countable::ALL`] order.
    pub countable: [&'a str; 4],
    /// The lights as words: green, none, yellow, red, not reported.
    pub words: [&'a str; 5],
}

/// The sheets of the workbook, named, in order.
#[must_use]
pub fn sheets(
    workspace: &Workspace,
    lang: Lang,
    labels: &WorkbookLabels<'_>,
) -> Vec<(String, Table)> {
    let plan = &workspace.plan;
    let mut tables = vec![(
        labels.plan_sheet.to_owned(),
        plan_table(plan, lang, labels.district, labels.city_total),
    )];
    if let Ok(matrix) = workspace.department_matrix() {
        tables.push((
            labels.matrix_sheet.to_owned(),
            matrix_table(plan, &matrix.cells, lang, labels.matrix),
        ));
    }
    if !workspace.actuals.cumulative.is_empty() {
        for (metric, m) in plan.metrics.iter().enumerate() {
            let name = m.name.get(lang);
            if let Ok(report) = workspace.bulletin_report(metric).bulletin {
                tables.push((
                    format!("{}-{name}", labels.bulletin_sheet),
                    bulletin_table(plan, &report, lang, &labels.bulletin),
                ));
            }
            if let Ok(grid) = workspace.supervision_report(metric).lights {
                tables.push((
                    format!("{}-{name}", labels.lights.sheet),
                    lights_table(plan, &grid, lang, &labels.lights, labels.month_name),
                ));
            }
            let actuals = actuals_table(
                plan,
                &workspace.actuals,
                metric,
                lang,
                labels.district,
                labels.month_name,
            );
            tables.push((format!("{}-{name}", labels.actuals_sheet), actuals));
        }
    }
    let units = workspace.units_report();
    let grids = [units.departments, units.manufacturing, units.countable];
    let u = &labels.units;
    for (k, grid) in grids.iter().enumerate() {
        let Ok(grid) = grid else { continue };
        let name = |i: usize| match k {
            0 => plan
                .departments
                .get(i)
                .map_or_else(String::new, |d| d.name.get(lang).to_owned()),
            1 => plan
                .districts
                .get(i)
                .map_or_else(String::new, |d| d.name.get(lang).to_owned()),
            _ => u
                .countable
                .get(i)
                .map_or_else(String::new, |&c| c.to_owned()),
        };
        tables.push((
            u.sheets[k].to_owned(),
            units_table(grid, name, u.headers[k], u.words),
        ));
    }
    tables
}

/// The workbook's bytes (an XLSX file).
#[must_use]
pub fn workbook(workspace: &Workspace, lang: Lang, labels: &WorkbookLabels<'_>) -> Vec<u8> {
    let tables = sheets(workspace, lang, labels);
    let sheets: Vec<Sheet<'_>> = tables
        .iter()
        .map(|(name, table)| Sheet { name, table })
        .collect();
    write_workbook(&sheets)
}
