//! Feasibility before iterating: is there any whole-number table with these margins that puts
//! nothing in the structural zeros? That is a transportation problem, decided by a max-flow
//! (Dinic) from the rows to the columns. When it fails, the rows the source can still reach in
//! the residual graph are a Hall-type witness: together they need more than all the columns
//! they may use can give.

use std::collections::VecDeque;

/// An edge of the residual graph.
struct Edge {
    to: usize,
    capacity: u64,
}

/// A flow network with edges stored in pairs (an edge and its reverse at `index ^ 1`).
struct Network {
    edges: Vec<Edge>,
    adjacent: Vec<Vec<usize>>,
}

impl Network {
    fn new(nodes: usize) -> Self {
        Network {
            edges: Vec::new(),
            adjacent: vec![Vec::new(); nodes],
        }
    }

    fn add(&mut self, from: usize, to: usize, capacity: u64) {
        self.adjacent[from].push(self.edges.len());
        self.edges.push(Edge { to, capacity });
        self.adjacent[to].push(self.edges.len());
        self.edges.push(Edge {
            to: from,
            capacity: 0,
        });
    }

    /// Distances from `source` over edges with capacity left.
    fn levels(&self, source: usize) -> Vec<Option<u32>> {
        let mut level = vec![None; self.adjacent.len()];
        level[source] = Some(0);
        let mut queue = VecDeque::from([source]);
        while let Some(node) = queue.pop_front() {
            let next = level[node].map_or(0, |l| l + 1);
            for &e in &self.adjacent[node] {
                let edge = &self.edges[e];
                if edge.capacity > 0 && level[edge.to].is_none() {
                    level[edge.to] = Some(next);
                    queue.push_back(edge.to);
                }
            }
        }
        level
    }

    /// One blocking flow along the level graph, iteratively (no recursion: 3,000 columns
    /// would not fit a wasm stack otherwise).
    fn blocking_flow(&mut self, source: usize, sink: usize, level: &[Option<u32>]) -> u64 {
        let mut next_edge = vec![0usize; self.adjacent.len()];
        let mut total = 0u64;
        loop {
            // Find a path by depth-first search with a stack of edges.
            let mut path: Vec<usize> = Vec::new();
            let mut node = source;
            let found = loop {
                if node == sink {
                    break true;
                }
                let mut advanced = false;
                while next_edge[node] < self.adjacent[node].len() {
                    let e = self.adjacent[node][next_edge[node]];
                    let edge = &self.edges[e];
                    let forward = match (level[node], level[edge.to]) {
                        (Some(a), Some(b)) => b == a + 1,
                        _ => false,
                    };
                    if edge.capacity > 0 && forward {
                        path.push(e);
                        node = edge.to;
                        advanced = true;
                        break;
                    }
                    next_edge[node] += 1;
                }
                if !advanced {
                    // Dead end: retreat one edge and skip it from now on.
                    match path.pop() {
                        Some(e) => {
                            node = self.edges[e ^ 1].to;
                            next_edge[node] += 1;
                        }
                        None => break false,
                    }
                }
            };
            if !found {
                return total;
            }
            let push = path
                .iter()
                .map(|&e| self.edges[e].capacity)
                .min()
                .unwrap_or(0);
            for &e in &path {
                self.edges[e].capacity -= push;
                self.edges[e ^ 1].capacity += push;
            }
            total = total.saturating_add(push);
        }
    }
}

/// Rows and columns that cannot be satisfied together.
pub(super) struct Witness {
    pub(super) rows: Vec<usize>,
    pub(super) columns: Vec<usize>,
}

/// Checks that rows `r` and columns `c` (equal sums) can be met using only the cells where
/// `open(i, j)`; otherwise returns the witness.
pub(super) fn check(
    r: &[u64],
    c: &[u64],
    open: impl Fn(usize, usize) -> bool,
) -> Result<(), Witness> {
    let (n, m) = (r.len(), c.len());
    let (source, sink) = (0, n + m + 1);
    let mut network = Network::new(n + m + 2);
    let unlimited = u64::MAX / 4;
    for (i, &need) in r.iter().enumerate() {
        if need > 0 {
            network.add(source, 1 + i, need);
        }
    }
    for (j, &have) in c.iter().enumerate() {
        if have > 0 {
            network.add(1 + n + j, sink, have);
        }
    }
    for (i, &need) in r.iter().enumerate() {
        if need == 0 {
            continue;
        }
        for (j, &have) in c.iter().enumerate() {
            if have > 0 && open(i, j) {
                network.add(1 + i, 1 + n + j, unlimited);
            }
        }
    }
    let required: u64 = r.iter().fold(0u64, |a, &b| a.saturating_add(b));
    let mut flow = 0u64;
    loop {
        let level = network.levels(source);
        if level[sink].is_none() {
            break;
        }
        let pushed = network.blocking_flow(source, sink, &level);
        if pushed == 0 {
            break;
        }
        flow = flow.saturating_add(pushed);
    }
    if flow >= required {
        return Ok(());
    }
    let reach = network.levels(source);
    Err(Witness {
        rows: (0..n).filter(|&i| reach[1 + i].is_some()).collect(),
        columns: (0..m).filter(|&j| reach[1 + n + j].is_some()).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feasible_and_infeasible() {
        // Row 0 may use only column 0, which has 2 but row 0 needs 3.
        let open = |i: usize, j: usize| i == 1 || j == 0;
        assert!(check(&[2, 3], &[2, 3], open).is_ok());
        let witness = check(&[3, 2], &[2, 3], open).expect_err("infeasible");
        assert_eq!(witness.rows, vec![0]);
        assert_eq!(witness.columns, vec![0]);
    }
}
