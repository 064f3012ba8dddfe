//! Parameter annotations as inference hints. An instance whose annotated parameters are
//! `object` (the one instance of a nested, decorated or rebound function or of a method, the
//! instance a function object runs, a direct call with dynamic arguments) starts with a
//! guarded dispatch: when each such argument is exactly of its annotated type (a builtin type
//! an exact type test decides, or a known class), it returns the call of the instance typed
//! with those types; otherwise its own dynamic body runs.
//!
//! Annotations never change behaviour: CPython does not enforce them, and the test is on the
//! argument's exact run-time type, whatever the annotation's name is bound to, so a wrong or
//! misleading annotation only costs the test (a `bool` is not an `int`, an `int` not a
//! `float`: they take the dynamic path). Return annotations are not used: the typed
//! instance's own inferred return type counts.

use super::FnEmitter;
use crate::infer::FuncDef;
use crate::infer::types::Ty;
use metal0_dialects::typed::EXACT_TYPE_TESTS;
use metal0_dialects::{Attr, Value, attr};

/// What a parameter annotation promises, when an exact type test decides it.
#[derive(Clone, Debug, PartialEq)]
enum Hint {
    /// A builtin type of `EXACT_TYPE_TESTS`, by name, and its type.
    Builtin(&'static str, Ty),
    /// A known class of the script, by global name.
    Class(String),
}

impl Hint {
    fn ty(&self) -> Ty {
        match self {
            Hint::Builtin(_, t) => t.clone(),
            Hint::Class(c) => Ty::Instance(c.clone()),
        }
    }
}

/// The hint of builtin type `name`: those an exact type test decides whose values inference
/// types without element types of their own (a list or dict from dynamic code would need a
/// container class of its own).
fn builtin_hint(name: &str) -> Option<Hint> {
    let t = match name {
        "int" => Ty::Int,
        "float" => Ty::Float,
        "bool" => Ty::Bool,
        "str" => Ty::Str,
        "bytes" => Ty::Bytes,
        "set" => Ty::Set,
        _ => return None,
    };
    Some(Hint::Builtin(EXACT_TYPE_TESTS.iter().find(|b| **b == name)?, t))
}

impl FnEmitter<'_> {
    /// The guarded dispatch at the entry of an instance of `key` (`def`) taking `args` (entry
    /// arguments, hidden ones first, of types `types`): see the module documentation.
    pub(super) fn hinted_dispatch(&mut self, key: &str, def: &FuncDef, args: &[Value], types: &[Ty]) {
        let hidden = def.hidden_args();
        let texts = self.str_array(def.op, "annotations");
        let kinds = self.str_array(def.op, "arg_kinds");
        let mut tests: Vec<(usize, Hint)> = Vec::new();
        for (i, name) in def.params.iter().enumerate() {
            let (Some(text), Some(kind)) = (texts.get(i), kinds.get(i)) else { continue };
            // `*args`/`**kwargs` are a tuple and a dict whatever their annotation says; a
            // parameter held in a cell is an object there anyway.
            if !matches!(kind.as_str(), "pos" | "posonly" | "kwonly") || text.is_empty() || def.cellvars.contains(name) || types.get(hidden + i) != Some(&Ty::Object) {
                continue;
            }
            if let Some(h) = self.hint_of(def, text) {
                tests.push((hidden + i, h));
            }
        }
        if tests.is_empty() {
            return;
        }
        let mut typed: Vec<(Value, Ty)> = args.iter().copied().zip(types.iter().cloned()).collect();
        self.dispatch_when_exact(key, &tests, &mut typed);
    }

    /// `if <tests[0] holds>: ...` nested for each test, the innermost returning the call of
    /// the typed instance with `vals` (the tested arguments cast to their hinted types).
    fn dispatch_when_exact(&mut self, key: &str, tests: &[(usize, Hint)], vals: &mut Vec<(Value, Ty)>) {
        let Some(((i, hint), rest)) = tests.split_first() else {
            let tys: Vec<Ty> = vals.iter().map(|(_, t)| t.clone()).collect();
            let callee = self.state.instance(key, tys);
            let sym = self.state.instances[callee].sym.clone();
            let ret = self.state.ret(callee);
            let rt = ret.or_object();
            let ops: Vec<Value> = vals.iter().map(|(v, _)| *v).collect();
            let v = self.emit_value("typed.call", &ops, rt.clone(), vec![attr("callee", Attr::Symbol(sym)), attr("py_name", Attr::str(key))]);
            // The typed instance's result is this instance's too (nothing is returned while
            // its type is unknown).
            let vt = if ret == Ty::Bottom { Ty::Bottom } else { rt };
            self.state.join_ret(self.inst, &vt);
            let own = self.state.ret(self.inst).or_object();
            let v = self.coerce(v, &vt, &own);
            self.emit_op("typed.return", &[v], None, vec![]);
            return;
        };
        let (v, _) = vals[*i];
        let cond = match hint {
            Hint::Class(c) => {
                let cls = self.class_for_test(c);
                self.emit_value("typed.instance.is", &[v, cls], Ty::Bool, vec![attr("class", Attr::str(c))])
            }
            Hint::Builtin(b, _) => {
                let t = self.emit_value("typed.builtin", &[], Ty::Object, vec![attr("name", Attr::str(b))]);
                self.emit_value("typed.type_is", &[v, t], Ty::Bool, vec![attr("type", Attr::str(b))])
            }
        };
        let (then, saved, st) = self.enter_block(&[]);
        let t = hint.ty();
        let cast = match hint {
            Hint::Class(c) => self.emit_value("typed.instance.cast", &[v], t.clone(), vec![attr("class", Attr::str(c))]),
            Hint::Builtin(..) => self.emit_value("typed.unbox", &[v], t.clone(), vec![]),
        };
        let saved_val = std::mem::replace(&mut vals[*i], (cast, t));
        self.dispatch_when_exact(key, rest, vals);
        vals[*i] = saved_val;
        self.leave_block(saved, st);
        let (els, saved, st) = self.enter_block(&[]);
        self.leave_block(saved, st);
        let o = self.emit_op("typed.if", &[cond], None, vec![]);
        self.attach(o, &[then, els]);
    }

    /// The hint annotation `text` (unparsed) of a parameter of `def` gives: a builtin type or
    /// known class named as written (`int`) or quoted (`'Node'`), possibly optional
    /// (`Optional[int]`, `int | None`, `Union[int, None]`: None then takes the dynamic path).
    fn hint_of(&self, def: &FuncDef, text: &str) -> Option<Hint> {
        if let Some(inner) = self.optional_of(text) {
            return self.hint_of(def, inner);
        }
        let quoted = text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')).or_else(|| text.strip_prefix('"').and_then(|t| t.strip_suffix('"')));
        if let Some(inner) = quoted {
            return self.hint_of(def, inner);
        }
        let identifier = text.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_') && text.chars().all(|c| c.is_alphanumeric() || c == '_');
        if !identifier || self.bound_in_enclosing_scopes(def, text) {
            return None;
        }
        if !self.state.module_globals.get(&def.module).is_some_and(|g| g.contains(text)) {
            return builtin_hint(text);
        }
        (def.module == "__main__" && self.state.classes.contains_key(text)).then(|| Hint::Class(text.to_string()))
    }

    /// `X` when annotation text `text` is `Optional[X]`, `X | None`, `None | X` or
    /// `Union[X, None]` (either order), `Optional` and `Union` being typing's.
    fn optional_of<'t>(&self, text: &'t str) -> Option<&'t str> {
        let no_bar = |x: &'t str| (!x.contains('|')).then_some(x);
        if let Some(x) = text.strip_suffix(" | None").or_else(|| text.strip_prefix("None | ")) {
            return no_bar(x);
        }
        let (head, args) = text.strip_suffix(']')?.split_once('[')?;
        match self.typing_name(head)?.as_str() {
            "Optional" if !args.contains('[') => Some(args),
            "Union" => match args.split_once(", ")? {
                (x, "None") | ("None", x) if !x.contains(',') && !x.contains('[') => Some(x),
                _ => None,
            },
            _ => None,
        }
    }

    /// The name of `typing` that `head` (`Optional`, `typing.Optional`, `t.Optional`, an
    /// alias) reads, when the names it uses are bound only by imports of typing.
    fn typing_name(&self, head: &str) -> Option<String> {
        let names = &self.state.module_names;
        match head.split_once('.') {
            Some((m, attr)) => (names.get(m) == Some(&("typing".to_string(), None))).then(|| attr.to_string()),
            None => match names.get(head)? {
                (module, Some(attr)) if module == "typing" => Some(attr.clone()),
                _ => None,
            },
        }
    }

    /// Whether a scope enclosing `def` (the class right around it, or any enclosing function)
    /// binds `name`, so that the annotation does not read the module's global or builtin.
    fn bound_in_enclosing_scopes(&self, def: &FuncDef, name: &str) -> bool {
        let binds = |op, a: &str| self.str_array(op, a).iter().any(|n| n == name);
        let mut innermost = true;
        let mut cur = self.py.parent_op(def.op);
        while let Some(op) = cur {
            match self.py.op(op).name.as_str() {
                "py.module" => return false,
                // A class body's names are seen by the code right in it only.
                "py.class" => {
                    if innermost && (binds(op, "locals") || binds(op, "freevars")) {
                        return true;
                    }
                    innermost = false;
                }
                "py.func" | "py.lambda" => {
                    if binds(op, "locals") || binds(op, "cellvars") || binds(op, "freevars") {
                        return true;
                    }
                    innermost = false;
                }
                _ => {}
            }
            cur = self.py.parent_op(op);
        }
        false
    }

    fn str_array(&self, op: metal0_dialects::OpId, name: &str) -> Vec<String> {
        self.py.attr(op, name).and_then(Attr::as_array).unwrap_or(&[]).iter().map(|a| a.as_str().unwrap_or_default().to_string()).collect()
    }
}
