//! CSV text for spreadsheets: the plan table. Fields are quoted where they need it (RFC 4180);
//! the caller adds the byte-order mark Excel needs to read UTF-8.

use crate::{Lang, Plan};

/// A field, quoted when it holds a comma, a quote or a line break.
#[must_use]
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// One CSV line from its fields.
#[must_use]
pub fn line<I: IntoIterator<Item = String>>(fields: I) -> String {
    let mut out = fields
        .into_iter()
        .map(|f| field(&f))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    out
}

/// The plan table: a header (`district_header`, then the metric names), one line per district,
/// and the city total under `total_label`. Numbers are plain integers.
#[must_use]
pub fn plan_table(plan: &Plan, lang: Lang, district_header: &str, total_label: &str) -> String {
    let mut out = line(
        std::iter::once(district_header.to_owned())
            .chain(plan.metrics.iter().map(|m| m.name.get(lang).to_owned())),
    );
    for (d, district) in plan.districts.iter().enumerate() {
        out.push_str(&line(
            std::iter::once(district.name.get(lang).to_owned()).chain(plan.metrics.iter().map(
                |m| {
                    m.quotas
                        .get(d)
                        .map_or_else(String::new, |q| q.get().to_string())
                },
            )),
        ));
    }
    out.push_str(&line(std::iter::once(total_label.to_owned()).chain(
        (0..plan.metrics.len()).map(|m| {
            plan.metric_total(m)
                .map_or_else(|_| String::new(), |q| q.get().to_string())
        }),
    )));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::plan_2021;

    #[test]
    fn quotes_only_where_needed() {
        assert_eq!(field("鹿城"), "鹿城");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn the_2021_table() {
        let text = plan_table(&plan_2021(), Lang::Zh, "地区", "全市总计");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 16);
        assert_eq!(
            lines[0],
            "地区,技能人才培训数,技能人才取证数,其中:高技能人才数"
        );
        assert_eq!(lines[1], "鹿城,12000,8000,2200");
        assert_eq!(lines[15], "全市总计,120000,80000,24000");
        let english = plan_table(&plan_2021(), Lang::En, "District", "City total");
        assert!(english.contains("Economic Dev. Zone,3600,2400,1000"));
    }
}
