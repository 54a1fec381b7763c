//! Settling ties for the last unit by the user's preference, the same way for every method.
//!
//! After a method has placed every unit, each region has a claim to its *next* unit (if it may
//! receive one) and a claim on its *last* unit (if it may give one up). The split is valid when
//! no next claim beats a last claim. When the best next claim *equals* the weakest last claim,
//! those regions tied: any of them could hold the unit. The units then go to the most preferred
//! of the tied regions, and the tie is reported.

use super::exact::Ratio;
use super::Tie;

/// A tie found, and the units to move so that the preferred regions hold them.
pub(crate) struct Settlement {
    pub(crate) tie: Tie,
    /// Regions that give their tied unit up.
    pub(crate) losers: Vec<usize>,
    /// Regions that receive a tied unit.
    pub(crate) gainers: Vec<usize>,
}

/// Finds a tie between the claims and settles it by `rank` (lower is preferred), or by
/// `infinite_rank` when the tied claims are infinite.
pub(crate) fn settle(
    rank: &[usize],
    infinite_rank: &[usize],
    next: impl Fn(usize) -> Option<Ratio>,
    last: impl Fn(usize) -> Option<Ratio>,
) -> Option<Settlement> {
    let n = rank.len();
    let best = |claims: &dyn Fn(usize) -> Option<Ratio>, want: std::cmp::Ordering| {
        (0..n)
            .filter_map(claims)
            .reduce(|a, b| if b.cmp_exact(a) == want { b } else { a })
    };
    let strongest_next = best(&next, std::cmp::Ordering::Greater)?;
    let weakest_last = best(&last, std::cmp::Ordering::Less)?;
    if !strongest_next.cmp_exact(weakest_last).is_eq() {
        return None;
    }
    let equal = |claim: Option<Ratio>| claim.is_some_and(|c| c.cmp_exact(weakest_last).is_eq());
    let holders: Vec<usize> = (0..n).filter(|&r| equal(last(r))).collect();
    let mut candidates: Vec<usize> = (0..n)
        .filter(|&r| equal(next(r)) || equal(last(r)))
        .collect();
    let rank = if weakest_last.den == 0 {
        infinite_rank
    } else {
        rank
    };
    crate::support::order::sort_positions(&mut candidates, &mut |a, b| rank[a].cmp(&rank[b]));
    let winners: Vec<usize> = candidates[..holders.len()].to_vec();
    let mut is_winner = vec![false; n];
    for &r in &winners {
        is_winner[r] = true;
    }
    let mut is_holder = vec![false; n];
    for &r in &holders {
        is_holder[r] = true;
    }
    let losers = holders.iter().copied().filter(|&r| !is_winner[r]).collect();
    let gainers = winners.iter().copied().filter(|&r| !is_holder[r]).collect();
    Some(Settlement {
        tie: Tie {
            candidates,
            winners,
        },
        losers,
        gainers,
    })
}
