//! The `__future__` module: `from __future__ import annotations` is a compiler directive
//! (the frontend acts on it) and also an ordinary import binding a `_Feature` record.

use crate::exceptions::type_error;
use crate::func::Args;
use crate::native::{self, get, instance};
use crate::object::*;
use crate::{ops, str as pstr, tuple};

/// name, optional release, mandatory release (None for `annotations`), compiler flag.
type Release = (i64, i64, i64, &'static str, i64);
const FEATURES: [(&str, Release, Option<Release>, i64); 10] = [
    ("nested_scopes", (2, 1, 0, "beta", 1), Some((2, 2, 0, "alpha", 0)), 16),
    ("generators", (2, 2, 0, "alpha", 1), Some((2, 3, 0, "final", 0)), 0),
    ("division", (2, 2, 0, "alpha", 2), Some((3, 0, 0, "alpha", 0)), 131072),
    ("absolute_import", (2, 5, 0, "alpha", 1), Some((3, 0, 0, "alpha", 0)), 262144),
    ("with_statement", (2, 5, 0, "alpha", 1), Some((2, 6, 0, "alpha", 0)), 524288),
    ("print_function", (2, 6, 0, "alpha", 2), Some((3, 0, 0, "alpha", 0)), 1048576),
    ("unicode_literals", (2, 6, 0, "alpha", 2), Some((3, 0, 0, "alpha", 0)), 2097152),
    ("barry_as_FLUFL", (3, 1, 0, "alpha", 2), Some((4, 0, 0, "alpha", 0)), 4194304),
    ("generator_stop", (3, 5, 0, "beta", 1), Some((3, 7, 0, "alpha", 0)), 8388608),
    ("annotations", (3, 7, 0, "beta", 1), None, 16777216),
];

fn release((a, b, c, level, serial): Release) -> Ref {
    tuple::from_vec(vec![Ref::int(a), Ref::int(b), Ref::int(c), pstr::new(level), Ref::int(serial)])
}

/// `_Feature.__repr__`: `_Feature((3, 7, 0, 'beta', 1), None, 16777216)`.
fn feature_repr(a: &Args) -> PyResult<Ref> {
    let [_, f] = a.pos else { return Err(type_error("__repr__() takes no arguments")) };
    let parts = tuple::from_vec(vec![get(*f, "optional")?, get(*f, "mandatory")?, get(*f, "compiler_flag")?]);
    Ok(pstr::from_string(format!("_Feature{}", ops::repr_string(parts.w())?)))
}

/// The module's attributes.
pub fn attrs() -> Vec<(&'static str, Ref)> {
    let Ok(cls) = native::class("_Feature", "__future__", &[], vec![("__repr__", native::method("__repr__", feature_repr, none()))]) else {
        return Vec::new();
    };
    let mut v = Vec::new();
    let mut names = Vec::new();
    for (name, optional, mandatory, flag) in FEATURES {
        let optional = release(optional);
        let mandatory = mandatory.map(release).unwrap_or_else(Ref::none);
        let flag = Ref::int(flag);
        if let Ok(f) = instance(cls.w(), &[("optional", optional.w()), ("mandatory", mandatory.w()), ("compiler_flag", flag.w())]) {
            v.push((name, f));
            names.push(pstr::new(name));
        }
    }
    v.push(("all_feature_names", crate::list::from_vec(names)));
    v
}
