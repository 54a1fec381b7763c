//! The allowance budget: scarce-trade technicians get 500 yuan a month, senior technicians
//! 1,000 (the plan's [`crate::OtherTargets`]), so a number of newly qualified people is a
//! monthly and an annual cost.

use crate::{EngineError, OtherTargets};

/// Monthly and annual allowance costs in yuan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    /// Per month.
    pub monthly_yuan: u64,
    /// For `months` months.
    pub total_yuan: u64,
}

/// The cost of `technicians` and `senior` technicians for `months` months.
pub fn budget(
    other: &OtherTargets,
    technicians: u64,
    senior: u64,
    months: u8,
) -> Result<Budget, EngineError> {
    let monthly = technicians
        .checked_mul(u64::from(other.allowance_technician_yuan))
        .and_then(|a| {
            senior
                .checked_mul(u64::from(other.allowance_senior_technician_yuan))
                .and_then(|b| a.checked_add(b))
        })
        .ok_or(EngineError::Overflow)?;
    let total = monthly
        .checked_mul(u64::from(months))
        .ok_or(EngineError::Overflow)?;
    Ok(Budget {
        monthly_yuan: monthly,
        total_yuan: total,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::plan_2021;

    #[test]
    fn five_hundred_and_a_thousand_a_month() {
        let other = plan_2021().other;
        assert_eq!(
            budget(&other, 100, 20, 12),
            Ok(Budget {
                monthly_yuan: 70_000,
                total_yuan: 840_000
            })
        );
        assert_eq!(budget(&other, u64::MAX, 1, 12), Err(EngineError::Overflow));
    }
}
