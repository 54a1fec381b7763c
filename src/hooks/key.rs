//! The memo key for a shared value: equal only to a key of the same `Rc`, and holding that
//! `Rc`, so its address cannot be reused by another value while the key lives (a raw address
//! could match a later workspace once the first one is dropped).

use std::rc::Rc;

/// A key that compares by identity (`Rc::ptr_eq`), never by content: comparing workspaces or
/// states by content would walk every district.
#[derive(Debug)]
pub struct RcKey<T>(Rc<T>);

impl<T> RcKey<T> {
    /// The key of `value`; it keeps `value` alive while it lives.
    #[must_use]
    pub fn new(value: &Rc<T>) -> Self {
        Self(Rc::clone(value))
    }
}

impl<T> Clone for RcKey<T> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for RcKey<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Eq for RcKey<T> {}

#[cfg(test)]
mod tests {
    use super::RcKey;
    use std::rc::Rc;

    #[test]
    fn equal_only_to_the_same_rc() {
        let a = Rc::new(1);
        let b = Rc::new(1);
        assert_eq!(RcKey::new(&a), RcKey::new(&a.clone()));
        assert_ne!(RcKey::new(&a), RcKey::new(&b));
    }
}
