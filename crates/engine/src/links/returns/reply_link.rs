//! The reply link (`a2.`, and format 1's `a1.`): a unit's numbers for one month, sealed with a
//! CRC-32 of everything before it so that a damaged or hand-edited reply is caught, and why a
//! pasted line is not a usable reply.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use super::link::link_body;
use super::units::{Asked, Unit};
use super::{LEGACY_PREFIXES, REPLY_PREFIX};

/// A unit's numbers for one month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    /// The plan's fingerprint.
    pub plan: u32,
    /// Who returns.
    pub unit: Unit,
    /// The month (1–12).
    pub month: u8,
    /// Cumulative counts at the month's end, for what was asked (blanks left out).
    pub values: Vec<(Asked, u64)>,
}

/// Format 1's reply: a district, one value per metric.
#[derive(Deserialize)]
struct ReplyV1 {
    plan: u32,
    district: u32,
    month: u8,
    values: Vec<Option<u64>>,
}

/// Why a pasted line is not a usable reply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplyProblem {
    /// Not a reply link at all.
    NotAReply,
    /// Damaged: it does not decode, or its checksum does not match.
    Corrupt,
    /// A reply for another plan.
    OtherPlan,
    /// A reply for another month than the one being collected.
    OtherMonth {
        /// The month it is for.
        month: u8,
    },
    /// A unit the plan does not have, or a number it was not asked for.
    DoesNotFit,
    /// A second reply from a unit already read in this paste (the later one counts).
    Repeated {
        /// The unit.
        unit: Unit,
    },
}

/// The reply link text for `reply`.
#[must_use]
pub fn reply(reply: &Reply) -> String {
    sealed(
        REPLY_PREFIX,
        postcard::to_allocvec(reply).unwrap_or_default(),
    )
}

/// `prefix` and the base64 of `bytes` followed by their CRC-32.
fn sealed(prefix: &str, mut bytes: Vec<u8>) -> String {
    let check = crate::support::crc::crc32(&bytes);
    bytes.extend(check.to_le_bytes());
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The bytes of a sealed link body, if its checksum holds.
fn unseal(body: &str) -> Result<Vec<u8>, ReplyProblem> {
    let mut bytes = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| ReplyProblem::Corrupt)?;
    let split = bytes.len().checked_sub(4).ok_or(ReplyProblem::Corrupt)?;
    let check: [u8; 4] = bytes[split..]
        .try_into()
        .map_err(|_| ReplyProblem::Corrupt)?;
    bytes.truncate(split);
    if crate::support::crc::crc32(&bytes) == u32::from_le_bytes(check) {
        Ok(bytes)
    } else {
        Err(ReplyProblem::Corrupt)
    }
}

/// The reply one pasted line carries, or why not.
pub fn read_reply(text: &str) -> Result<Reply, ReplyProblem> {
    let reply = if let Some(body) = link_body(text, REPLY_PREFIX) {
        let payload = unseal(body)?;
        let (reply, rest): (Reply, &[u8]) =
            postcard::take_from_bytes(&payload).map_err(|_| ReplyProblem::Corrupt)?;
        rest.is_empty()
            .then_some(reply)
            .ok_or(ReplyProblem::Corrupt)?
    } else {
        let body = link_body(text, LEGACY_PREFIXES.1).ok_or(ReplyProblem::NotAReply)?;
        let payload = unseal(body)?;
        let (old, rest): (ReplyV1, &[u8]) =
            postcard::take_from_bytes(&payload).map_err(|_| ReplyProblem::Corrupt)?;
        if !rest.is_empty() {
            return Err(ReplyProblem::Corrupt);
        }
        Reply {
            plan: old.plan,
            unit: Unit::District(old.district),
            month: old.month,
            values: (0u32..)
                .zip(old.values)
                .filter_map(|(m, v)| v.map(|v| (Asked::Metric(m), v)))
                .collect(),
        }
    };
    if (1..=12).contains(&reply.month) {
        Ok(reply)
    } else {
        Err(ReplyProblem::Corrupt)
    }
}
