//! The text codecs behind `str.encode`, `bytes.decode`, `bytes(s, enc)` and the standard
//! streams: utf-8, ascii and latin-1 with CPython's error handlers (strict, ignore, replace,
//! backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass),
//! the same results and the same UnicodeEncodeError / UnicodeDecodeError messages. Lone
//! surrogates are the stand-ins of `surrogates.rs`.

use crate::exceptions::{raise_new, LOOKUP_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR};
use crate::object::PyResult;
use crate::surrogates::{self, code_point, is_standin};

/// The codecs implemented here.
#[derive(Clone, Copy, PartialEq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec for an encoding name as CPython normalises it (case, `-`/`_`, aliases);
    /// None for codecs not implemented.
    pub fn lookup(name: &str) -> Option<Codec> {
        let n = name.to_ascii_lowercase().replace(['-', ' '], "_");
        match n.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Codec::Utf8),
            "ascii" | "us_ascii" | "646" | "us" => Some(Codec::Ascii),
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100" => Some(Codec::Latin1),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// Can the codec write this stored character?
    fn encodes(self, c: char) -> bool {
        match self {
            Codec::Utf8 => !is_standin(c),
            Codec::Ascii => (c as u32) < 0x80,
            Codec::Latin1 => (c as u32) < 0x100,
        }
    }

    fn reason(self) -> &'static str {
        match self {
            Codec::Utf8 => "surrogates not allowed",
            Codec::Ascii => "ordinal not in range(128)",
            Codec::Latin1 => "ordinal not in range(256)",
        }
    }
}

fn unknown_handler(errors: &str) -> crate::object::Raised {
    raise_new(&LOOKUP_ERROR, format!("unknown error handler name '{errors}'"))
}

/// Encodes stored text.
pub fn encode(s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    if s.is_ascii() || (codec == Codec::Utf8 && !surrogates::has_standins(s)) {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if codec.encodes(c) {
            match codec {
                Codec::Utf8 => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
                _ => out.push(c as u8),
            }
            i += 1;
            continue;
        }
        // The run of characters the codec cannot write goes to the handler as a whole.
        let end = (i..chars.len()).find(|&j| codec.encodes(chars[j])).unwrap_or(chars.len());
        let run = &chars[i..end];
        let fail = || {
            let what = if run.len() == 1 {
                format!("character '{}' in position {i}", crate::str::escape_code_point(run[0]))
            } else {
                format!("characters in position {i}-{}", end - 1)
            };
            raise_new(&UNICODE_ENCODE_ERROR, format!("'{}' codec can't encode {what}: {}", codec.name(), codec.reason()))
        };
        match errors {
            "strict" => return Err(fail()),
            "ignore" => {}
            "replace" => out.extend(run.iter().map(|_| b'?')),
            "backslashreplace" => run.iter().for_each(|&c| out.extend_from_slice(crate::str::escape_code_point(c).as_bytes())),
            "xmlcharrefreplace" => run.iter().for_each(|&c| out.extend_from_slice(format!("&#{};", code_point(c)).as_bytes())),
            "namereplace" => {
                if run.iter().any(|&c| !is_standin(c)) {
                    return Err(crate::exceptions::not_implemented("the 'namereplace' error handler for named characters"));
                }
                run.iter().for_each(|&c| out.extend_from_slice(crate::str::escape_code_point(c).as_bytes()))
            }
            "surrogateescape" => {
                if !run.iter().all(|&c| (0xDC80..=0xDCFF).contains(&code_point(c))) {
                    return Err(fail());
                }
                out.extend(run.iter().map(|&c| (code_point(c) - 0xDC00) as u8));
            }
            "surrogatepass" => {
                if codec != Codec::Utf8 {
                    return Err(fail());
                }
                for &c in run {
                    let cp = code_point(c);
                    out.extend_from_slice(&[0xE0 | (cp >> 12) as u8, 0x80 | ((cp >> 6) & 0x3F) as u8, 0x80 | (cp & 0x3F) as u8]);
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(out)
}

/// Decodes bytes into stored text.
pub fn decode(b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        // The next valid stretch, then the length of the bad bytes after it (0: no error).
        let (good, bad, reason) = match codec {
            Codec::Utf8 => match std::str::from_utf8(&b[i..]) {
                Ok(_) => (b.len() - i, 0, ""),
                Err(e) => {
                    let at = i + e.valid_up_to();
                    let reason = match e.error_len() {
                        None => "unexpected end of data",
                        Some(_) if b[at] < 0xC2 || b[at] > 0xF4 => "invalid start byte",
                        Some(_) => "invalid continuation byte",
                    };
                    (e.valid_up_to(), e.error_len().unwrap_or(b.len() - at), reason)
                }
            },
            Codec::Ascii => {
                let n = b[i..].iter().position(|&x| x >= 0x80).unwrap_or(b.len() - i);
                (n, usize::from(i + n < b.len()), "ordinal not in range(128)")
            }
            Codec::Latin1 => (b.len() - i, 0, ""),
        };
        match codec {
            Codec::Latin1 => out.extend(b[i..i + good].iter().map(|&x| x as char)),
            _ => {
                let text = std::str::from_utf8(&b[i..i + good]).unwrap_or("");
                surrogates::check_incoming(text)?;
                out.push_str(text);
            }
        }
        i += good;
        if bad == 0 {
            continue;
        }
        let bytes = &b[i..i + bad];
        let fail = || {
            let what = if bad == 1 { format!("byte 0x{:02x} in position {i}", bytes[0]) } else { format!("bytes in position {i}-{}", i + bad - 1) };
            raise_new(&UNICODE_DECODE_ERROR, format!("'{}' codec can't decode {what}: {reason}", codec.name()))
        };
        match errors {
            "strict" => return Err(fail()),
            "ignore" => {}
            "replace" => out.push('\u{FFFD}'),
            "backslashreplace" => bytes.iter().for_each(|x| out.push_str(&format!("\\x{x:02x}"))),
            "surrogateescape" => {
                for &x in bytes {
                    out.push(surrogates::char_for(0xDC00 + x as u32)?);
                }
            }
            "surrogatepass" => match surrogates::surrogate_at(&b[i..]) {
                Some(cp) if codec == Codec::Utf8 => {
                    out.push(surrogates::char_for(cp)?);
                    i += 3;
                    continue;
                }
                _ => return Err(fail()),
            },
            "xmlcharrefreplace" | "namereplace" => {
                return Err(crate::exceptions::type_error("don't know how to handle UnicodeDecodeError in error callback"));
            }
            _ => return Err(unknown_handler(errors)),
        }
        i += bad;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(cps: &[u32]) -> String {
        cps.iter().map(|&c| surrogates::char_for(c).unwrap()).collect()
    }

    fn err() -> String {
        let msg = crate::ops::str_string(crate::exceptions::current()).unwrap_or_default();
        crate::exceptions::clear();
        msg
    }

    #[test]
    fn encode_handlers() {
        // python3: 'a\ud800\udc00b'.encode(codec, errors) / 'x\udc80y'.encode(...)
        let s = stored(&[0x61, 0xD800, 0xDC00, 0x62]);
        assert_eq!(encode(&s, Codec::Utf8, "replace").unwrap(), b"a??b");
        assert_eq!(encode(&s, Codec::Utf8, "surrogatepass").unwrap(), b"a\xed\xa0\x80\xed\xb0\x80b");
        assert_eq!(encode(&s, Codec::Ascii, "backslashreplace").unwrap(), b"a\\ud800\\udc00b");
        assert_eq!(encode(&s, Codec::Latin1, "xmlcharrefreplace").unwrap(), b"a&#55296;&#56320;b");
        assert!(encode(&s, Codec::Utf8, "strict").is_err());
        assert_eq!(err(), "'utf-8' codec can't encode characters in position 1-2: surrogates not allowed");
        assert!(encode(&s, Codec::Utf8, "surrogateescape").is_err());
        assert_eq!(err(), "'utf-8' codec can't encode characters in position 1-2: surrogates not allowed");
        let t = stored(&[0x78, 0xDC80, 0x79]);
        assert_eq!(encode(&t, Codec::Ascii, "surrogateescape").unwrap(), b"x\x80y");
        assert!(encode("é\u{20ac}", Codec::Latin1, "strict").is_err());
        assert_eq!(err(), "'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)");
        assert!(encode(&t, Codec::Utf8, "bogus").is_err());
        assert_eq!(err(), "unknown error handler name 'bogus'");
        assert_eq!(encode("abc", Codec::Utf8, "bogus").unwrap(), b"abc");
    }

    #[test]
    fn decode_handlers() {
        // python3: b'a\xed\xa0\x80b'.decode('utf-8', errors)
        let b = b"a\xed\xa0\x80b";
        assert!(decode(b, Codec::Utf8, "strict").is_err());
        assert_eq!(err(), "'utf-8' codec can't decode byte 0xed in position 1: invalid continuation byte");
        assert_eq!(decode(b, Codec::Utf8, "replace").unwrap(), "a\u{FFFD}\u{FFFD}\u{FFFD}b");
        assert_eq!(decode(b, Codec::Utf8, "backslashreplace").unwrap(), "a\\xed\\xa0\\x80b");
        assert_eq!(decode(b, Codec::Utf8, "surrogatepass").unwrap(), stored(&[0x61, 0xD800, 0x62]));
        assert_eq!(decode(b, Codec::Ascii, "surrogateescape").unwrap(), stored(&[0x61, 0xDCED, 0xDCA0, 0xDC80, 0x62]));
        assert!(decode(b"\xf0\x9f\x98", Codec::Utf8, "strict").is_err());
        assert_eq!(err(), "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data");
        assert_eq!(decode(b"\xf0\x9f\x98", Codec::Utf8, "replace").unwrap(), "\u{FFFD}");
        assert!(decode(b"\xff", Codec::Utf8, "strict").is_err());
        assert_eq!(err(), "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
        assert_eq!(decode(b"\xe9t\xe9", Codec::Latin1, "strict").unwrap(), "été");
    }
}
