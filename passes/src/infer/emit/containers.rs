//! The walker's container rules: list and dict displays, subscripts, iteration, unpacking,
//! and the builtins, methods and operators whose results or effects involve element types
//! (see `infer/heap.rs`). Each rule either follows what happens to the elements (joining
//! what is stored, typing what is read) or lets the containers involved escape.

use super::{FnEmitter, word_or};
use crate::infer::builtins::method_result;
use crate::infer::heap::Part;
use crate::infer::types::Ty;
use metal0_dialects::{Attr, OpId, Value, attr};

/// Builtins that only read their arguments and run no code that could receive them (apart
/// from the arguments' own methods, e.g. `__str__` of an element, which only sees itself).
const READING_BUILTINS: &[&str] = &["print", "len", "str", "repr", "ascii", "bool", "id", "hash", "format", "type", "int", "float", "abs", "round", "ord", "chr"];

impl FnEmitter<'_> {
    /// `v` as a word for an operation whose effect on the containers it holds is followed
    /// (a read, or a write joined into element types): unlike `boxed`, nothing escapes.
    pub(super) fn word(&mut self, v: Value, t: &Ty) -> Value {
        self.state.heap.escape_instances(t);
        if word_or(t) && *t != Ty::Bottom {
            return v;
        }
        self.emit_value("typed.box", &[v], Ty::Object, vec![])
    }

    fn words(&mut self, typed: &[(Value, Ty)]) -> Vec<Value> {
        typed.iter().map(|(v, t)| self.word(*v, t)).collect()
    }

    /// The type of the items iterating over a value of type `t` gives (tuples: the join of
    /// their element types).
    pub(super) fn item_type(&mut self, t: &Ty) -> Ty {
        match t {
            Ty::Tuple(ts) => ts.iter().fold(Ty::Bottom, |acc, t| self.state.join(&acc, t)),
            t => self.state.heap.item_type(t),
        }
    }

    /// A list or dict display: a container of the display's class, whose element types join
    /// the items (a `*xs` item joins the items of `xs`; a `**m` pair, the keys and values of
    /// `m`).
    pub(super) fn display_type(&mut self, op: OpId, is_dict: bool, typed: &[(Value, Ty)], spread: &[usize]) -> Ty {
        let id = self.state.heap.site(op);
        if !is_dict {
            for (i, (_, t)) in typed.iter().enumerate() {
                let item = if spread.contains(&i) { self.item_type(t) } else { t.clone() };
                self.state.heap.join_part(id, Part::A, &item);
            }
            return Ty::List(id);
        }
        for (i, pair) in typed.chunks(2).enumerate() {
            if spread.contains(&i) {
                self.join_dict_from(id, &pair[pair.len() - 1].1);
            } else if let [(_, k), (_, v)] = pair {
                self.state.heap.join_part(id, Part::A, k);
                self.state.heap.join_part(id, Part::B, v);
            }
        }
        Ty::Dict(id)
    }

    /// Joins the keys and values of a mapping of type `m` into dict class `id`.
    fn join_dict_from(&mut self, id: u32, m: &Ty) {
        let (k, v) = match m {
            Ty::Dict(b) => (self.state.heap.part(*b, Part::A), self.state.heap.part(*b, Part::B)),
            _ => (Ty::Object, Ty::Object),
        };
        self.state.heap.join_part(id, Part::A, &k);
        self.state.heap.join_part(id, Part::B, &v);
    }

    /// A new list of the class of site `op` holding the items of an iterable of type `t`.
    fn new_list_of(&mut self, op: OpId, item: &Ty) -> Ty {
        let id = self.state.heap.site(op);
        self.state.heap.join_part(id, Part::A, item);
        Ty::List(id)
    }

    /// The result type of `a[b]` (operands: receiver and index), after letting escape what
    /// the subscript exposes.
    pub(super) fn getitem_type(&mut self, op: OpId, at: &Ty, bt: &Ty, slice: bool, k: Option<i64>) -> Ty {
        // A slice of constants and ints runs no user code.
        self.state.heap.share(&[at.clone(), if slice { Ty::None } else { bt.clone() }]);
        match (at, k) {
            (Ty::Bottom, _) => Ty::Bottom,
            (Ty::Tuple(ts), Some(k)) if !slice => {
                let n = ts.len() as i64;
                let i = if k < 0 { k + n } else { k };
                if (0..n).contains(&i) { ts[i as usize].or_object() } else { Ty::Object }
            }
            (Ty::Str, _) => Ty::Str,
            (Ty::List(id), _) if slice => {
                let item = self.state.heap.part(*id, Part::A);
                self.new_list_of(op, &item)
            }
            (Ty::List(id), _) if bt.is_intlike() => self.state.heap.part(*id, Part::A),
            (Ty::List(_), _) => {
                // An index of unknown type may be a slice: a new list of these elements.
                self.state.heap.escape(at);
                Ty::Object
            }
            (Ty::Dict(id), _) => self.state.heap.part(*id, Part::B),
            _ => Ty::Object,
        }
    }

    /// `a[b] = v`: joins `v` into the element types of a list or dict; anything else makes
    /// the operands escape. Returns the operands as words.
    pub(super) fn setitem_words(&mut self, a: (Value, Ty), b: (Value, Ty), v: (Value, Ty), slice: bool) -> [Value; 3] {
        match &a.1 {
            // Strict in Bottom: nothing is known (and nothing escapes) until the types are.
            _ if [&a.1, &b.1, &v.1].contains(&&Ty::Bottom) => {}
            Ty::List(id) if b.1.is_intlike() => self.state.heap.join_part(*id, Part::A, &v.1),
            Ty::List(id) if slice => {
                let item = self.item_type(&v.1);
                self.state.heap.join_part(*id, Part::A, &item);
            }
            Ty::Dict(id) => {
                self.state.heap.share(&[a.1.clone(), b.1.clone()]);
                self.state.heap.join_part(*id, Part::A, &b.1);
                self.state.heap.join_part(*id, Part::B, &v.1);
            }
            _ => {
                for t in [&a.1, &b.1, &v.1] {
                    self.state.heap.escape(t);
                }
            }
        }
        [self.word(a.0, &a.1), self.word(b.0, &b.1), self.word(v.0, &v.1)]
    }

    /// The types of the targets of `x, y = seq` (None when not known: they are objects).
    pub(super) fn unpack_types(&mut self, t: &Ty, count: usize, plain: bool) -> Option<Vec<Ty>> {
        match t {
            // Strict in Bottom: nothing is known until the sequence is.
            Ty::Bottom => Some(vec![Ty::Bottom; count]),
            Ty::Tuple(ts) if plain && ts.len() == count => Some(ts.iter().map(Ty::or_object).collect()),
            Ty::List(_) | Ty::Iter(_) if plain => {
                let item = self.state.heap.item_type(t).or_object();
                Some(vec![item; count])
            }
            _ => None,
        }
    }

    /// Calls of builtins whose result involves element types, and of builtins that only read
    /// their arguments. None: not one of them (the caller emits a generic call in which the
    /// arguments escape).
    pub(super) fn container_builtin(&mut self, op: OpId, name: &str, typed: &[(Value, Ty)], kwnames: &[String]) -> Option<(Value, Ty)> {
        let pos: Vec<Ty> = typed.iter().zip(kwnames).filter(|(_, k)| k.is_empty()).map(|((_, t), _)| t.clone()).collect();
        let kws: Vec<(&str, Ty)> = typed.iter().zip(kwnames).filter(|(_, k)| !k.is_empty()).map(|((_, t), k)| (k.as_str(), t.clone())).collect();
        let only_kws = |allowed: &[&str]| kws.iter().all(|(k, _)| allowed.contains(k));
        if typed.iter().any(|(_, t)| *t == Ty::Bottom) {
            // Strict in Bottom: wait until the argument types are known.
            return (READING_BUILTINS.contains(&name) || matches!(name, "list" | "sorted" | "dict" | "enumerate" | "zip" | "reversed" | "iter" | "sum" | "min" | "max"))
                .then(|| self.builtin_call(name, typed, kwnames, Ty::Bottom));
        }
        let rt = match name {
            "list" if pos.len() <= 1 && kws.is_empty() => {
                let item = pos.first().map(|t| self.item_type(t)).unwrap_or(Ty::Bottom);
                self.new_list_of(op, &item)
            }
            "sorted" if pos.len() == 1 && only_kws(&["key", "reverse"]) => {
                let item = self.item_type(&pos[0]);
                if kws.iter().any(|(k, _)| *k == "key") {
                    // The key function receives the items.
                    self.state.heap.escape(&item);
                }
                self.new_list_of(op, &item)
            }
            "dict" if pos.len() <= 1 => {
                let id = self.state.heap.site(op);
                match pos.first() {
                    Some(m @ Ty::Dict(_)) => self.join_dict_from(id, m),
                    Some(t) => match self.item_type(t) {
                        Ty::Tuple(kv) if kv.len() == 2 => {
                            self.state.heap.join_part(id, Part::A, &kv[0]);
                            self.state.heap.join_part(id, Part::B, &kv[1]);
                        }
                        item => {
                            self.state.heap.escape(&item);
                            self.join_dict_from(id, &Ty::Object);
                        }
                    },
                    None => {}
                }
                for (_, t) in &kws {
                    self.state.heap.join_part(id, Part::A, &Ty::Str);
                    self.state.heap.join_part(id, Part::B, t);
                }
                Ty::Dict(id)
            }
            "enumerate" if (1..=2).contains(&pos.len()) && kws.is_empty() => Ty::Iter(Box::new(Ty::Tuple(vec![Ty::Int, self.item_type(&pos[0])]))),
            "zip" if !pos.is_empty() && kws.is_empty() => Ty::Iter(Box::new(Ty::Tuple(pos.iter().map(|t| self.item_type(t)).collect()))),
            "reversed" | "iter" if pos.len() == 1 && kws.is_empty() => Ty::Iter(Box::new(self.item_type(&pos[0]))),
            "sum" if pos.len() == 1 && kws.is_empty() && self.item_type(&pos[0]).is_intlike() => Ty::Int,
            "min" | "max" if pos.len() == 1 && kws.is_empty() => self.item_type(&pos[0]),
            n if READING_BUILTINS.contains(&n) => super::builtin_result(n, &pos, kws.len()),
            _ => return None,
        };
        Some(self.builtin_call(name, typed, kwnames, rt))
    }

    /// `name(args...)` of a builtin whose arguments do not escape, with result type `rt`.
    fn builtin_call(&mut self, name: &str, typed: &[(Value, Ty)], kwnames: &[String], rt: Ty) -> (Value, Ty) {
        let f = self.emit_value("typed.builtin", &[], Ty::Object, vec![attr("name", Attr::str(name))]);
        let mut ops = vec![f];
        ops.extend(self.words(typed));
        self.from_word("typed.obj.call", &ops, rt, vec![attr("kwnames", Attr::str_array(kwnames))])
    }

    /// `obj.name(args...)` on a list, a dict or a str: the methods whose effects on element
    /// types are followed. None: not one of them (the caller emits a generic call in which the
    /// receiver and the arguments escape).
    pub(super) fn container_method(&mut self, op: OpId, recv: (Value, Ty), name: &str, typed: &[(Value, Ty)], kwnames: &[String]) -> Option<(Value, Ty)> {
        let pos: Vec<Ty> = typed.iter().zip(kwnames).filter(|(_, k)| k.is_empty()).map(|((_, t), _)| t.clone()).collect();
        let kws: Vec<(&str, Ty)> = typed.iter().zip(kwnames).filter(|(_, k)| !k.is_empty()).map(|((_, t), k)| (k.as_str(), t.clone())).collect();
        let (n, nkw) = (pos.len(), kws.len());
        let strict = recv.1 == Ty::Bottom || typed.iter().any(|(_, t)| *t == Ty::Bottom);
        let rt = match (&recv.1, name) {
            // Strict in Bottom: nothing is known (and nothing escapes) until the types are.
            _ if strict => Ty::Bottom,
            (Ty::List(id), "append") if n == 1 && nkw == 0 => {
                self.state.heap.join_part(*id, Part::A, &pos[0]);
                let (l, x) = (self.word(recv.0, &recv.1), self.word(typed[0].0, &typed[0].1));
                self.emit_op("typed.list.append", &[l, x], None, vec![]);
                let v = self.emit_value("typed.const_none", &[], Ty::None, vec![]);
                return Some((v, Ty::None));
            }
            (Ty::List(id), "insert") if n == 2 && nkw == 0 => {
                self.state.heap.join_part(*id, Part::A, &pos[1]);
                Ty::None
            }
            (Ty::List(id), "extend") if n == 1 && nkw == 0 => {
                let item = self.item_type(&pos[0]);
                self.state.heap.join_part(*id, Part::A, &item);
                Ty::None
            }
            (Ty::List(id), "pop") if n <= 1 && nkw == 0 => self.state.heap.part(*id, Part::A),
            (Ty::List(_), "remove" | "index" | "count") if n >= 1 && nkw == 0 => {
                let mut tys = vec![recv.1.clone()];
                tys.extend(pos.iter().cloned());
                self.state.heap.share(&tys);
                if name == "remove" { Ty::None } else { Ty::Int }
            }
            (Ty::List(id), "sort") if n == 0 && kws.iter().all(|(k, _)| matches!(*k, "key" | "reverse")) => {
                if kws.iter().any(|(k, _)| *k == "key") {
                    let item = self.state.heap.part(*id, Part::A);
                    self.state.heap.escape(&item);
                }
                Ty::None
            }
            (Ty::List(_), "reverse" | "clear") | (Ty::Dict(_), "clear") if n == 0 && nkw == 0 => Ty::None,
            (Ty::List(id), "copy") if n == 0 && nkw == 0 => {
                let item = self.state.heap.part(*id, Part::A);
                self.new_list_of(op, &item)
            }
            (Ty::Dict(id), "get" | "pop") if (1..=2).contains(&n) && nkw == 0 => {
                self.state.heap.share(&[recv.1.clone(), pos[0].clone()]);
                let val = self.state.heap.part(*id, Part::B);
                match (name, pos.get(1)) {
                    ("get", None) => self.state.join(&val, &Ty::None),
                    (_, Some(d)) => self.state.join(&val, d),
                    _ => val,
                }
            }
            (Ty::Dict(id), "setdefault") if (1..=2).contains(&n) && nkw == 0 => {
                self.state.heap.share(&[recv.1.clone(), pos[0].clone()]);
                self.state.heap.join_part(*id, Part::A, &pos[0]);
                self.state.heap.join_part(*id, Part::B, pos.get(1).unwrap_or(&Ty::None));
                self.state.heap.part(*id, Part::B)
            }
            (Ty::Dict(id), "popitem") if n == 0 && nkw == 0 => Ty::Tuple(vec![self.state.heap.part(*id, Part::A), self.state.heap.part(*id, Part::B)]),
            (Ty::Dict(id), "keys" | "values" | "items") if n == 0 && nkw == 0 => {
                let (k, v) = (self.state.heap.part(*id, Part::A), self.state.heap.part(*id, Part::B));
                Ty::Iter(Box::new(match name {
                    "keys" => k,
                    "values" => v,
                    _ => Ty::Tuple(vec![k, v]),
                }))
            }
            (Ty::Dict(id), "update") if n <= 1 && (n == 0 || matches!(pos[0], Ty::Dict(_))) => {
                if let Some(m) = pos.first() {
                    self.join_dict_from(*id, m);
                }
                for (_, t) in &kws {
                    self.state.heap.join_part(*id, Part::A, &Ty::Str);
                    self.state.heap.join_part(*id, Part::B, t);
                }
                Ty::None
            }
            (Ty::Dict(id), "copy") if n == 0 && nkw == 0 => {
                let c = self.state.heap.site(op);
                self.join_dict_from(c, &Ty::Dict(*id));
                Ty::Dict(c)
            }
            (Ty::Str, "split" | "rsplit" | "splitlines") => self.new_list_of(op, &Ty::Str),
            (Ty::Str, _) => method_result(&Ty::Str, name),
            _ => return None,
        };
        let mut ops = vec![self.word(recv.0, &recv.1)];
        ops.extend(self.words(typed));
        Some(self.from_word("typed.obj.call_method", &ops, rt, vec![attr("name", Attr::str(name)), attr("kwnames", Attr::str_array(kwnames))]))
    }

    /// The result type of `a <op> b` (in place with `inplace`) when it builds or updates a
    /// list or dict; None otherwise.
    pub(super) fn container_binop(&mut self, op: OpId, name: &str, at: &Ty, bt: &Ty, inplace: bool) -> Option<Ty> {
        Some(match (name, at, bt) {
            ("add", Ty::List(a), _) if inplace => {
                let item = self.item_type(bt);
                self.state.heap.join_part(*a, Part::A, &item);
                at.clone()
            }
            ("add", Ty::List(a), Ty::List(b)) => {
                let (x, y) = (self.state.heap.part(*a, Part::A), self.state.heap.part(*b, Part::A));
                let t = self.new_list_of(op, &x);
                if let Ty::List(c) = t {
                    self.state.heap.join_part(c, Part::A, &y);
                }
                t
            }
            ("mul", Ty::List(_), t) if inplace && t.is_intlike() => at.clone(),
            ("mul", Ty::List(a), t) | ("mul", t, Ty::List(a)) if t.is_intlike() => {
                let x = self.state.heap.part(*a, Part::A);
                self.new_list_of(op, &x)
            }
            ("bitor", Ty::Dict(a), Ty::Dict(_)) if inplace => {
                self.join_dict_from(*a, bt);
                at.clone()
            }
            ("bitor", Ty::Dict(_), Ty::Dict(_)) => {
                let c = self.state.heap.site(op);
                self.join_dict_from(c, at);
                self.join_dict_from(c, bt);
                Ty::Dict(c)
            }
            _ => return None,
        })
    }
}
