//! English: scenarios and their comparison.

use crate::i18n::scenarios::ScenarioTexts;

pub(super) const TEXTS: ScenarioTexts = ScenarioTexts {
    first: "My plan",
    shared: "Shared scenario",
    label: "Scenario",
    new: "New scenario",
    duplicate: "Duplicate",
    rename: "Scenario name",
    delete: "Delete scenario",
    compare_with: "Compare with",
    no_compare: "No comparison",
    compare: "Scenario comparison",
    difference: "Difference",
    chance_difference: "Chance difference",
    chance_needs_actuals: "Once both scenarios have monthly actuals (entered or sample), the difference in the chance of reaching each quota (percentage points) shows here too.",
    copy_suffix: " copy",
};
