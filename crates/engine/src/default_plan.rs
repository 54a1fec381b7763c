//! The built-in default scenario: Wenzhou's 2021 "Craftsman Talent" catch-up action plan
//! (温人社发〔2021〕32号), transcribed from its Annex 1 (district quotas) and Annex 2
//! (department quotas). Opening the app shows this plan.

use crate::{Department, District, Metric, Name, OtherTargets, Plan, Quota};

/// Index of 技能人才培训数 (training person-times) in the default plan.
pub const TRAINING: usize = 0;
/// Index of 技能人才取证数 (newly certified workers) in the default plan.
pub const CERTIFIED: usize = 1;
/// Index of 其中:高技能人才数 (of which high-skill workers) in the default plan.
pub const HIGH_SKILL: usize = 2;

/// Annex 1, one row per district in the document's order:
/// (Chinese name, English name, training, certified, of which high-skill).
const ANNEX_1: [(&str, &str, u64, u64, u64); 14] = [
    ("鹿城", "Lucheng", 12_000, 8_000, 2_200),
    ("龙湾", "Longwan", 10_800, 7_200, 2_200),
    ("瓯海", "Ouhai", 12_000, 8_000, 2_200),
    ("洞头", "Dongtou", 1_800, 1_200, 400),
    ("乐清", "Yueqing", 16_200, 10_800, 4_000),
    ("瑞安", "Rui'an", 16_200, 10_800, 4_000),
    ("永嘉", "Yongjia", 13_200, 8_800, 2_300),
    ("文成", "Wencheng", 3_600, 2_400, 400),
    ("平阳", "Pingyang", 12_600, 8_400, 2_300),
    ("泰顺", "Taishun", 3_600, 2_400, 400),
    ("苍南", "Cangnan", 8_300, 5_500, 1_500),
    ("龙港", "Longgang", 5_500, 3_700, 900),
    ("瓯江口", "Oujiangkou", 600, 400, 200),
    ("经开区", "Economic Dev. Zone", 3_600, 2_400, 1_000),
];

/// Annex 2, one row per department in the document's order: (Chinese name, English name,
/// Chinese task, English task, quota in persons). The annex states quotas in 万人 (10,000
/// persons) with up to two decimals, so 0.27 万 is 2,700 persons.
const ANNEX_2: [(&str, &str, &str, &str, u64); 13] = [
    (
        "市经信局",
        "Economy & IT Bureau",
        "重点协调组织数字经济产业技能培训工作",
        "Digital-economy skills training",
        8_000,
    ),
    (
        "市教育局",
        "Education Bureau",
        "协调院校承担职业技能培训任务，重点组织年度毕业生、“两后生”、成人社区学校等技能培训工作",
        "Graduates, school leavers and community adult schools",
        10_000,
    ),
    (
        "市住建局",
        "Housing & Construction Bureau",
        "协调组织建筑领域技能劳动者的培训工作",
        "Construction workers",
        4_000,
    ),
    (
        "市农业农村局",
        "Agriculture & Rural Affairs Bureau",
        "协调组织新型职业农民和建档立卡低收入农户家庭劳动力的培训工作",
        "New professional farmers and low-income rural households",
        2_700,
    ),
    (
        "市退役军人事务局",
        "Veterans Affairs Bureau",
        "协调组织退役军人的职业技能培训工作",
        "Veterans",
        1_000,
    ),
    (
        "市应急管理局",
        "Emergency Management Bureau",
        "协调组织高危行业领域安全技能培训和特种作业人员安全作业培训工作",
        "Safety training in high-risk trades and special operations",
        22_000,
    ),
    (
        "市民政局",
        "Civil Affairs Bureau",
        "协调组织养老护理人员等职业技能培训工作",
        "Elderly-care workers",
        4_000,
    ),
    (
        "市卫健委",
        "Health Commission",
        "协调组织卫生健康行业的职业技能培训工作",
        "Health-sector workers",
        1_000,
    ),
    (
        "市国资委",
        "State Assets Commission",
        "协调组织国有和国有控股企业职工职业技能培训工作",
        "Employees of state-owned enterprises",
        5_000,
    ),
    (
        "市市场监管局",
        "Market Regulation Bureau",
        "协调组织小微企业职工开展职业技能培训工作",
        "Employees of small and micro enterprises",
        10_000,
    ),
    (
        "市残联",
        "Disabled Persons' Federation",
        "协调组织残疾人的职业技能培训工作",
        "Persons with disabilities",
        2_100,
    ),
    (
        "市妇联",
        "Women's Federation",
        "协调组织妇女家政服务、婚姻家庭等职业技能培训工作",
        "Women: domestic services and family work",
        5_000,
    ),
    (
        "职技院校",
        "Vocational & technical colleges",
        "结合办学专业实际，协调组织社会化职业技能培训工作",
        "Community skills training in their fields",
        5_200,
    ),
];

/// The 2021 plan as published: 14 districts, 3 metrics, 13 departments.
#[must_use]
pub fn plan_2021() -> Plan {
    let column = |pick: fn(&(&str, &str, u64, u64, u64)) -> u64| -> Vec<Quota> {
        ANNEX_1.iter().map(|row| Quota::new(pick(row))).collect()
    };
    Plan {
        title: Name::new(
            "2021年“工匠人才”赶超发展行动方案",
            "2021 “Craftsman Talent” Catch-up Action Plan",
        ),
        issuer: Name::new(
            "中共温州市委人才工作领导小组办公室 · 温州市人力资源和社会保障局",
            "Wenzhou Talent Work Office · Wenzhou Human Resources and Social Security Bureau",
        ),
        document: "温人社发〔2021〕32号".to_owned(),
        year: 2021,
        districts: ANNEX_1
            .iter()
            .map(|&(zh, en, ..)| District {
                name: Name::new(zh, en),
            })
            .collect(),
        metrics: vec![
            Metric {
                name: Name::new("技能人才培训数", "Skills training (person-times)"),
                parent: None,
                quotas: column(|row| row.2),
            },
            Metric {
                name: Name::new("技能人才取证数", "Newly certified workers"),
                parent: Some(TRAINING),
                quotas: column(|row| row.3),
            },
            Metric {
                name: Name::new("其中:高技能人才数", "Of which high-skill workers"),
                parent: Some(CERTIFIED),
                quotas: column(|row| row.4),
            },
        ],
        departments: ANNEX_2
            .iter()
            .map(|&(zh, en, task_zh, task_en, persons)| Department {
                name: Name::new(zh, en),
                task: Name::new(task_zh, task_en),
                quota: Quota::new(persons),
            })
            .collect(),
        department_metric: CERTIFIED,
        other: OtherTargets {
            manufacturing_share_min_pct: 40,
            training_bases: 4,
            municipal_competitions_min: 50,
            county_competitions_min: 100,
            pilot_enterprises: 200,
            allowance_technician_yuan: 500,
            allowance_senior_technician_yuan: 1_000,
        },
    }
}
