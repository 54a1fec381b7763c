//! A small XML scanner for the workbook's parts: tags with their attributes, the text between
//! them, and entities decoded. Forgiving — a broken tag is read as far as it goes — because a
//! workbook from any program must import, and nothing here trusts its input.

/// A tag: its name (without a namespace prefix), attributes, and whether it closes or is empty.
pub(super) struct Tag<'a> {
    pub(super) name: &'a str,
    pub(super) attributes: &'a str,
    pub(super) closing: bool,
    pub(super) empty: bool,
}

impl Tag<'_> {
    pub(super) fn attribute(&self, key: &str) -> Option<&str> {
        let mut rest = self.attributes;
        while let Some(eq) = rest.find('=') {
            let name = rest[..eq].trim();
            let after = rest[eq + 1..].trim_start();
            // A value is quoted with ' or " (one byte each); anything else is not XML.
            let quote = after.chars().next().filter(|q| *q == '"' || *q == '\'')?;
            let value_end = after[1..].find(quote)?;
            if name == key {
                return Some(&after[1..=value_end]);
            }
            rest = &after[value_end + 2..];
        }
        None
    }
}

/// What [`walk`] meets.
pub(super) enum Event<'a> {
    /// A tag.
    Tag(Tag<'a>),
    /// Text between tags (still escaped).
    Text(&'a str),
}

/// Walks `xml`, calling `on` for every tag and every run of text between tags.
pub(super) fn walk<'a>(xml: &'a str, mut on: impl FnMut(Event<'a>)) {
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        if open > 0 {
            on(Event::Text(&rest[..open]));
        }
        let Some(close) = rest[open..].find('>') else {
            return;
        };
        let inner = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        if inner.starts_with('?') || inner.starts_with('!') {
            continue;
        }
        let closing = inner.starts_with('/');
        let empty = inner.ends_with('/');
        let inner = inner.trim_start_matches('/').trim_end_matches('/');
        let (name, attributes) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
        let name = name.rsplit(':').next().unwrap_or(name);
        on(Event::Tag(Tag {
            name,
            attributes,
            closing,
            empty,
        }));
    }
}

/// XML entities decoded.
pub(super) fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let Some(semi) = rest[amp..].find(';') else {
            out.push_str(&rest[amp..]);
            return out;
        };
        let entity = &rest[amp + 1..amp + semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e => e
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| e.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => out.push(c),
            None => out.push_str(&rest[amp..=amp + semi]),
        }
        rest = &rest[amp + semi + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_even_of_broken_tags() {
        let mut seen = Vec::new();
        walk(r#"<c r="B2" t='s'><x a=全"b"/><y a=""/>"#, |event| {
            if let Event::Tag(tag) = event {
                let get = |key| tag.attribute(key).map(str::to_owned);
                seen.push((tag.name, get("r"), get("t"), get("a")));
            }
        });
        assert_eq!(
            seen,
            [
                ("c", Some("B2".to_owned()), Some("s".to_owned()), None),
                ("x", None, None, None),
                ("y", None, None, Some(String::new())),
            ]
        );
    }
}
