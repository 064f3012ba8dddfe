//! Runtime support of `with` and `match`: the context manager protocol (`__enter__` and
//! `__exit__` looked up on the type, with CPython 3.11's TypeErrors) and the checks of
//! `match` patterns, following CPython's MATCH_SEQUENCE, MATCH_MAPPING / MATCH_KEYS /
//! COPY_DICT_WITHOUT_KEYS and MATCH_CLASS.
//!
//! There are no traceback objects yet: `__exit__` receives None as its third argument.

use crate::exceptions::{self as exc, type_error, value_error};
use crate::func::Args;
use crate::object::*;
use crate::{classes, dict, ops, str as pstr, tuple};

/// `type(w).name` bound to `w`, when the type defines it (user classes only: no builtin
/// type of the runtime is a context manager).
fn special_bound(w: W, name: &str) -> PyResult<Option<Ref>> {
    match classes::special(w, name) {
        Some(f) => {
            let n = pstr::new(name);
            classes::bind(f, w, type_of(w), n.w()).map(Some)
        }
        None => Ok(None),
    }
}

/// BEFORE_WITH: looks up `__enter__` then `__exit__` on the type of `mgr`, stores the bound
/// `__exit__` in `*exit_out` and returns the result of calling `__enter__`.
pub fn with_enter(mgr: W, exit_out: &mut W) -> PyResult<Ref> {
    let tname = type_name(mgr);
    let Some(enter) = special_bound(mgr, "__enter__")? else {
        return Err(type_error(format!("'{tname}' object does not support the context manager protocol")));
    };
    let Some(exit) = special_bound(mgr, "__exit__")? else {
        return Err(type_error(format!("'{tname}' object does not support the context manager protocol (missed __exit__ method)")));
    };
    let r = crate::func::call(enter.w(), &Args::pos(&[]))?;
    *exit_out = exit.into_w();
    Ok(r)
}

/// `exit(type(e), e, None)` on the exception path: whether the exception is suppressed.
pub fn with_exit_exc(exit: W, e: W) -> PyResult<bool> {
    let r = crate::func::call(exit, &Args::pos(&[type_of(e).word(), e, none()]))?;
    ops::truthy(r.w())
}

// ---- match -----------------------------------------------------------------------------------

fn is_sequence(w: W) -> bool {
    !is_small(w) && [&LIST_TYPE, &TUPLE_TYPE, &RANGE_TYPE].into_iter().any(|t| ops::isinstance(w, t))
}

/// A sequence pattern's test: `subject` is a sequence (not str, bytes or a mapping) of
/// exactly `n` items, or at least `n` with a star.
pub fn match_sequence(subject: W, n: usize, star: bool) -> PyResult<bool> {
    if !is_sequence(subject) {
        return Ok(false);
    }
    let len = ops::len(subject)?;
    Ok(if star { len >= n } else { len == n })
}

/// A mapping pattern: None when `subject` is not a mapping or lacks a key, else the tuple of
/// the values of `keys` (looked up with `subject.get`), followed by a dict of the other
/// items when `rest`.
pub fn match_mapping(subject: W, keys: W, rest: bool) -> PyResult<Ref> {
    if is_small(subject) || !ops::isinstance(subject, &DICT_TYPE) {
        return Ok(Ref::none());
    }
    let keys = tuple::items(keys);
    if ops::len(subject)? < keys.len() {
        return Ok(Ref::none());
    }
    let seen = dict::new();
    let dummy = classes::new_object();
    let mut values: Vec<Ref> = Vec::with_capacity(keys.len() + 1);
    for &k in keys {
        if dict::get(seen.w(), k)?.is_some() {
            return Err(value_error(format!("mapping pattern checks duplicate key ({})", ops::repr_string(k)?)));
        }
        dict::setitem(seen.w(), k, none())?;
        let v = ops::call_method(subject, "get", &Args::pos(&[k, dummy.w()]))?;
        if v.w() == dummy.w() {
            return Ok(Ref::none());
        }
        values.push(v);
    }
    if rest {
        let d = dict::new();
        dict::update(d.w(), subject)?;
        for &k in keys {
            dict::delitem(d.w(), k)?;
        }
        values.push(d);
    }
    let words: Vec<W> = values.iter().map(Ref::w).collect();
    Ok(tuple::new(&words))
}

/// The builtin types whose single positional sub-pattern matches the subject itself.
fn matches_self(t: &'static TypeObject) -> bool {
    [&BOOL_TYPE, &BYTES_TYPE, &DICT_TYPE, &FLOAT_TYPE, &FROZENSET_TYPE, &INT_TYPE, &LIST_TYPE, &SET_TYPE, &STR_TYPE, &TUPLE_TYPE].into_iter().any(|b| t.is_subtype(b))
}

/// One attribute of a class pattern: an error for a repeated name, None when missing.
fn class_attr(subject: W, t: &'static TypeObject, name: W, seen: W) -> PyResult<Option<Ref>> {
    if dict::get(seen, name)?.is_some() {
        return Err(type_error(format!("{}() got multiple sub-patterns for attribute {}", t.name, ops::repr_string(name)?)));
    }
    dict::setitem(seen, name, none())?;
    match ops::getattr(subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            if type_of(exc::current()).is_subtype(&exc::ATTRIBUTE_ERROR) {
                exc::clear();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// A class pattern: None when `subject` is not an instance of `cls` or lacks an attribute,
/// else the tuple of the `nargs` attributes named by `cls.__match_args__` then those named
/// by `kwnames`.
pub fn match_class(subject: W, cls: W, nargs: usize, kwnames: W) -> PyResult<Ref> {
    if is_small(cls) || kind_of(cls) != Kind::Type {
        return Err(type_error("called match pattern must be a type"));
    }
    let t = unsafe { obj::<TypeObject>(cls) };
    if !ops::isinstance(subject, t) {
        return Ok(Ref::none());
    }
    let seen = dict::new();
    let mut attrs: Vec<Ref> = Vec::new();
    if nargs > 0 {
        let (names, match_self) = match ops::getattr_str(cls, "__match_args__") {
            Ok(m) if tuple::is_tuple(m.w()) && type_of(m.w()).name == "tuple" => (tuple::items(m.w()).to_vec(), false),
            Ok(m) => return Err(type_error(format!("{}.__match_args__ must be a tuple (got {})", t.name, type_name(m.w())))),
            Err(e) => {
                if !type_of(exc::current()).is_subtype(&exc::ATTRIBUTE_ERROR) {
                    return Err(e);
                }
                exc::clear();
                (Vec::new(), matches_self(t))
            }
        };
        let allowed = if match_self { 1 } else { names.len() };
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(type_error(format!("{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)", t.name)));
        }
        if match_self {
            attrs.push(Ref::borrow(subject));
        } else {
            for &name in &names[..nargs] {
                if is_small(name) || type_of(name).name != "str" || kind_of(name) != Kind::Str {
                    return Err(type_error(format!("__match_args__ elements must be strings (got {})", type_name(name))));
                }
                match class_attr(subject, t, name, seen.w())? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Ref::none()),
                }
            }
        }
    }
    for &name in tuple::items(kwnames) {
        match class_attr(subject, t, name, seen.w())? {
            Some(v) => attrs.push(v),
            None => return Ok(Ref::none()),
        }
    }
    let words: Vec<W> = attrs.iter().map(Ref::w).collect();
    Ok(tuple::new(&words))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::{rt_match_class, rt_match_mapping, rt_match_sequence};

    fn s(x: &str) -> Ref {
        pstr::new(x)
    }

    #[test]
    fn sequences_exclude_str_and_dict() {
        let l = crate::list::new(&[mk_small(1), mk_small(2)]);
        assert_eq!(rt_match_sequence(l.w(), 2, 0), 1);
        assert_eq!(rt_match_sequence(l.w(), 3, 0), 0);
        assert_eq!(rt_match_sequence(l.w(), 1, 1), 1);
        assert_eq!(rt_match_sequence(s("ab").w(), 2, 0), 0);
        assert_eq!(rt_match_sequence(dict::new().w(), 0, 0), 0);
        assert_eq!(rt_match_sequence(mk_small(3), 0, 1), 0);
    }

    #[test]
    fn mapping_values_and_rest() {
        let d = dict::new();
        dict::setitem(d.w(), s("a").w(), mk_small(1)).unwrap();
        dict::setitem(d.w(), s("b").w(), mk_small(2)).unwrap();
        let keys = tuple::new(&[s("a").w()]);
        let r = Ref::new(rt_match_mapping(d.w(), keys.w(), 1));
        assert_eq!(ops::repr_string(r.w()).unwrap(), "(1, {'b': 2})");
        let missing = tuple::new(&[s("c").w()]);
        assert!(is_none(Ref::new(rt_match_mapping(d.w(), missing.w(), 0)).w()));
        let dup = tuple::new(&[s("a").w(), s("a").w()]);
        assert_eq!(rt_match_mapping(d.w(), dup.w(), 0), 0);
        let e = Ref::new(exc::fetch());
        assert_eq!(exc::exc_str(e.w()).unwrap(), "mapping pattern checks duplicate key ('a')");
    }

    #[test]
    fn class_patterns_of_builtins() {
        let none_kw = tuple::new(&[]);
        let r = Ref::new(rt_match_class(mk_small(5), INT_TYPE.word(), 1, none_kw.w()));
        assert_eq!(ops::repr_string(r.w()).unwrap(), "(5,)");
        assert!(is_none(Ref::new(rt_match_class(s("x").w(), INT_TYPE.word(), 0, none_kw.w())).w()));
        assert_eq!(rt_match_class(mk_small(5), INT_TYPE.word(), 2, none_kw.w()), 0);
        let e = Ref::new(exc::fetch());
        assert_eq!(exc::exc_str(e.w()).unwrap(), "int() accepts 1 positional sub-pattern (2 given)");
        assert_eq!(rt_match_class(mk_small(5), mk_small(1), 0, none_kw.w()), 0);
        let e = Ref::new(exc::fetch());
        assert_eq!(exc::exc_str(e.w()).unwrap(), "called match pattern must be a type");
    }
}
