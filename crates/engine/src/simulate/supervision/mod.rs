//! The monthly supervision the plan sets up (一月一通报): each district's year split into monthly
//! targets that follow the year's shape (序时进度), and traffic lights (亮灯) against them with
//! escalation when a district stays behind.
//!
//! **Phased targets.** The city total is split over the twelve months by a profile (even, the
//! forecast's seasonal profile, or typed — last year's monthly totals, say), then each district's
//! quota over the months so that both margins hold exactly: every district's months add up to
//! its quota and every month's districts to the city's monthly target. That is a
//! biproportional table, worked out by the same engine as the department matrix.
//!
//! **Lights.** A district's completion (done ÷ quota) is set against its schedule at the month:
//! the share of the year gone (straight-line time progress) or its own cumulative phased target.
//! Red when it is more than `red_points` percentage points behind, yellow from `yellow_points`,
//! green when at or above schedule (and, if the rules say so, at or above the city's completion
//! rate), plain otherwise. A red that is made up turns back: each month is judged on its own
//! cumulative count. `supervise_after` months in a row of yellow or red raise 督办, and
//! `interview_after` months in a row of red escalate it to 约谈.
//!
//! The files: `settings` (what a scenario holds: the profile, the light rules, the document
//! header), `phasing` (the monthly targets) and `lights` (the judgement).

mod lights;
mod phasing;
mod settings;

pub use lights::{
    countable_lights, department_lights, lights, manufacturing_lights, Light, LightsGrid,
    UnitLights,
};
pub use phasing::{phase, PhaseError, Phasing};
pub use settings::{DocumentHeader, LightRules, PhaseProfile, Preset, Supervision, Yardstick};
