//! Sorting through one compiled sort. Each `sort_by` with its own element type or comparator
//! is its own copy of the standard library's stable sort in the WebAssembly — about 3.7 KB
//! each, and thirteen copies were 48 KB of the page. These sort positions with the comparator
//! behind a reference, so the app carries one copy; the small generic wrappers only move the
//! items into the order found. clippy.toml's `disallowed-methods` holds every other sort to
//! this; the few exceptions say why in their `#[expect]`.

use std::cmp::Ordering;

/// Sorts `positions` stably by `cmp` (the one copy of the sort).
pub fn sort_positions(positions: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    #[expect(
        clippy::disallowed_methods,
        reason = "the one copy of the sort, which the rest calls"
    )]
    positions.sort_by(|&a, &b| cmp(a, b));
}

/// Sorts `items` stably by `cmp`, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &mut |a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .iter()
            .filter_map(|&at| slots.get_mut(at).and_then(Option::take)),
    );
}

/// Sorts `items` stably by `key`, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties included.
        #[test]
        fn same_as_the_standard_sort(items in prop::collection::vec((0u8..5, any::<u16>()), 0..60)) {
            let mut ours = items.clone();
            sort_by_key(&mut ours, |item| item.0);
            let mut std = items.clone();
            #[expect(clippy::disallowed_methods, reason = "the standard sort is what this is checked against")]
            std.sort_by_key(|item| item.0);
            prop_assert_eq!(&ours, &std);

            let mut positions: Vec<usize> = (0..items.len()).collect();
            sort_positions(&mut positions, &mut |a, b| items[b].1.cmp(&items[a].1));
            let mut expected: Vec<usize> = (0..items.len()).collect();
            #[expect(clippy::disallowed_methods, reason = "the standard sort is what this is checked against")]
            expected.sort_by(|&a, &b| items[b].1.cmp(&items[a].1));
            prop_assert_eq!(positions, expected);
        }
    }
}
