//! Entry point of the browser build: mount the app on the page's body.

fn main() {
    quota_planner::run();
}
