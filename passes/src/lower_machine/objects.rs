//! Generic operations on words (dynamically dispatched by the runtime), strings, displays,
//! unpacking, and calls: of compiled functions (direct) and of objects (vectorcall).

use super::numbers::Slow;
use super::refcount::RcKind;
use super::{FuncLowering, machine_type};
use metal0_dialects::runtime_abi::{binop, cmpop, unaryop};
use metal0_dialects::typed::Repr;
use metal0_dialects::{Attr, OpId, Type, Value};

fn binop_code(op: &str) -> Option<i32> {
    Some(match op {
        "add" => binop::ADD,
        "sub" => binop::SUB,
        "mul" => binop::MUL,
        "truediv" => binop::TRUEDIV,
        "floordiv" => binop::FLOORDIV,
        "mod" => binop::MOD,
        "pow" => binop::POW,
        "lshift" => binop::LSHIFT,
        "rshift" => binop::RSHIFT,
        "bitor" => binop::OR,
        "bitxor" => binop::XOR,
        "bitand" => binop::AND,
        "matmul" => binop::MATMUL,
        _ => return None,
    })
}

fn unaryop_code(op: &str) -> Option<i32> {
    Some(match op {
        "neg" => unaryop::NEG,
        "pos" => unaryop::POS,
        "invert" => unaryop::INVERT,
        "not" => unaryop::NOT,
        _ => return None,
    })
}

fn cmpop_code(op: &str) -> Option<i32> {
    Some(match op {
        "lt" => cmpop::LT,
        "le" => cmpop::LE,
        "eq" => cmpop::EQ,
        "ne" => cmpop::NE,
        "gt" => cmpop::GT,
        "ge" => cmpop::GE,
        _ => return None,
    })
}

impl FuncLowering<'_> {
    // ---- generic operations on words -------------------------------------------------------

    pub(super) fn words(&mut self, srcs: &[Value]) -> Vec<Value> {
        srcs.iter().map(|&v| self.operand_as(v, Repr::Word, false)).collect()
    }

    /// Whether every typed value of `srcs` may be a small int (its static type is `int` or
    /// unknown): worth an inline small-int fast path.
    fn may_be_small(&self, srcs: &[Value]) -> bool {
        srcs.iter().all(|&v| {
            let t = self.src.value_type(v);
            t.is("typed", "int") || t.is("typed", "object")
        })
    }

    /// Whether a subscript's receiver is statically a list and its index an int.
    fn list_and_int(&self, srcs: &[Value]) -> bool {
        self.src.value_type(srcs[0]).is("typed", "list") && self.src.value_type(srcs[1]).is("typed", "int")
    }

    /// `rt_compare_bool(code, a, b)` (0 or 1, or -1 on error), with an inline comparison
    /// when both words are small ints.
    fn generic_compare_bool(&mut self, opname: &str, code: Value, a: Value, b: Value, srcs: &[Value]) -> Value {
        let pred = match opname {
            "lt" => "slt",
            "le" => "sle",
            "eq" => "eq",
            "ne" => "ne",
            "gt" => "sgt",
            "ge" => "sge",
            _ => return self.rt_checked_val("rt_compare_bool", &[code, a, b]),
        };
        let dying = self.dying_temps(srcs);
        let res = self.new_var(Type::Int(32));
        let (fast, slow, join) = (self.new_block(), self.new_block(), self.new_block());
        let small = self.both_small(a, b);
        self.cond_br(small, fast, slow);
        self.enter(fast);
        let c = self.icmp(pred, a, b);
        let t = self.zext(c, Type::Int(32));
        self.set(res, t);
        self.br(join);
        self.enter_cold(slow);
        let t = self.rt_checked_val("rt_compare_bool", &[code, a, b]);
        let t = self.drop_temps_keeping(&dying, t);
        self.set(res, t);
        self.br(join);
        self.enter(join);
        self.forget_temps(&dying);
        self.get(res)
    }

    pub(super) fn lower_obj_op(&mut self, op: OpId) {
        let name = self.src.op(op).name.clone();
        let ops = self.operands(op);
        let opname = self.str_attr(op, "op");
        let w = self.words(&ops);
        let code = |c: Option<i32>, s: &mut Self| {
            let c = c.unwrap_or_else(|| {
                s.internal(format!("unknown operator '{opname}' of '{name}'"));
                0
            });
            s.i32c(c as i64)
        };
        let result = self.src.op(op).results.first().copied();
        let word = match name.as_str() {
            "typed.obj.binop" | "typed.obj.inplace" => {
                let f = if name == "typed.obj.binop" { "rt_binop" } else { "rt_inplace_binop" };
                match binop_code(&opname) {
                    // Two small ints: the int fast path (ints are immutable, so in-place is
                    // the same), else the runtime's dispatch.
                    Some(c) if !matches!(opname.as_str(), "truediv" | "pow" | "matmul") && self.may_be_small(&ops) => {
                        let dying = self.dying_temps(&ops);
                        Some(self.small_binop(&opname, w[0], w[1], &dying, Slow::Generic(f, c)))
                    }
                    c => {
                        let c = code(c, self);
                        Some(self.rt_checked_val(f, &[c, w[0], w[1]]))
                    }
                }
            }
            "typed.obj.unaryop" => {
                let c = code(unaryop_code(&opname), self);
                Some(self.rt_checked_val("rt_unaryop", &[c, w[0]]))
            }
            "typed.obj.compare" => {
                let c = code(cmpop_code(&opname), self);
                Some(self.rt_checked_val("rt_compare", &[c, w[0], w[1]]))
            }
            "typed.obj.compare_bool" | "typed.obj.contains" => {
                let t = if name == "typed.obj.contains" {
                    self.rt_checked_val("rt_contains", &[w[1], w[0]])
                } else if self.may_be_small(&ops) {
                    let c = code(cmpop_code(&opname), self);
                    self.generic_compare_bool(&opname, c, w[0], w[1], &ops)
                } else {
                    let c = code(cmpop_code(&opname), self);
                    self.rt_checked_val("rt_compare_bool", &[c, w[0], w[1]])
                };
                let b = self.icmp_imm("ne", t, 0);
                if let Some(r) = result {
                    self.produce_as(r, b, Repr::Bool);
                }
                None
            }
            // A list indexed by an int: no dispatch on the types.
            "typed.obj.getitem" if self.list_and_int(&ops) => {
                let item = result.map(|r| self.src.value_type(r).clone()).unwrap_or(Type::dialect("typed", "object"));
                Some(self.list_getitem(w[0], w[1], &item))
            }
            "typed.obj.getitem" => Some(self.rt_checked_val("rt_getitem", &[w[0], w[1]])),
            "typed.obj.setitem" => {
                let f = if self.list_and_int(&ops) { "rt_list_setitem" } else { "rt_setitem" };
                self.rt_checked(f, &[w[0], w[1], w[2]]);
                None
            }
            "typed.obj.delitem" => {
                self.rt_checked("rt_delitem", &[w[0], w[1]]);
                None
            }
            "typed.obj.slice" => Some(self.rt_checked_val("rt_slice_new", &[w[0], w[1], w[2]])),
            "typed.obj.getattr" | "typed.obj.setattr" | "typed.obj.delattr" => {
                let attr_name = self.str_attr(op, "name");
                let n = self.str_obj(&attr_name);
                if name == "typed.obj.getattr" {
                    Some(self.rt_checked_val("rt_getattr", &[w[0], n]))
                } else if name == "typed.obj.delattr" {
                    self.rt_checked("rt_delattr", &[w[0], n]);
                    None
                } else {
                    self.rt_checked("rt_setattr", &[w[0], n, w[1]]);
                    None
                }
            }
            "typed.obj.len" => {
                // A list's length always fits a small int; `rt_len_obj` returns an int object,
                // as a user `__len__` may return more than a small int holds.
                let v = if self.is_typed_list(ops[0]) {
                    let n = self.list_len(w[0]);
                    let t = self.bin("iadd", n, n);
                    self.bin_imm("bor", t, 1)
                } else {
                    self.rt_checked_val("rt_len_obj", &[w[0]])
                };
                if let Some(r) = result {
                    self.produce_as(r, v, Repr::Word);
                }
                None
            }
            // The loop indexes the list (see `lists`).
            "typed.obj.iter" if self.list_iter_for_loop(op) => {
                self.incref(w[0], RcKind::Obj);
                Some(w[0])
            }
            "typed.obj.iter" => Some(self.rt_checked_val("rt_iter", &[w[0]])),
            "typed.obj.import_from" => Some(self.rt_checked_val("rt_import_from", &[w[0], w[1]])),
            "typed.obj.comp_append" => {
                match self.str_attr(op, "kind").as_str() {
                    "list" => self.rt_checked("rt_list_append", &[w[0], w[1]]),
                    "set" => self.rt_checked("rt_set_add", &[w[0], w[1]]),
                    _ => self.rt_checked("rt_dict_setitem", &[w[0], w[1], w[2]]),
                };
                None
            }
            other => {
                self.internal(format!("cannot lower '{other}'"));
                if let Some(r) = result {
                    let z = self.zero_of(self.repr(r));
                    self.values.insert(r, z);
                }
                None
            }
        };
        if let (Some(w), Some(r)) = (word, result) {
            self.produce_word(r, w);
        }
    }

    pub(super) fn lower_str_op(&mut self, op: OpId) {
        let ops = self.operands(op);
        let r = self.result(op);
        let w = self.words(&ops);
        let s = match self.src.op(op).name.as_str() {
            "typed.str_of" => {
                let f = match self.str_attr(op, "conversion").as_str() {
                    "r" => "rt_repr",
                    "a" => "rt_ascii",
                    _ => "rt_str",
                };
                self.rt_checked_val(f, &[w[0]])
            }
            "typed.format" => self.rt_checked_val("rt_format", &[w[0], w[1]]),
            _ => {
                let arr = self.word_array(&w);
                let n = self.i64c(w.len() as i64);
                self.rt_checked_val("rt_str_concat_n", &[arr, n])
            }
        };
        self.produce_word(r, s);
    }

    // ---- displays and unpacking -------------------------------------------------------------

    /// The `starred` (or `unpack`) indices of a display.
    pub(super) fn index_set(&self, op: OpId, name: &str) -> Vec<usize> {
        self.src.attr(op, name).and_then(Attr::as_array).unwrap_or(&[]).iter().filter_map(|a| a.as_int()).map(|i| i as usize).collect()
    }

    pub(super) fn lower_display(&mut self, op: OpId) {
        let kind = self.src.op(op).name.clone();
        let ops = self.operands(op);
        let r = self.result(op);
        let items = self.words(&ops);
        if kind == "typed.dict.new" {
            let unpack = self.index_set(op, "unpack");
            let d = self.rt_checked_val("rt_dict_new", &[]);
            self.hold(d, RcKind::Obj);
            for (i, pair) in items.chunks(2).enumerate() {
                if unpack.contains(&i) {
                    // `**m` is the pair (None, m).
                    self.rt_checked("rt_dict_update", &[d, pair[pair.len() - 1]]);
                } else if pair.len() == 2 {
                    self.rt_checked("rt_dict_setitem", &[d, pair[0], pair[1]]);
                }
            }
            self.release(d);
            self.produce_word(r, d);
            return;
        }
        let starred = self.index_set(op, "starred");
        let new_fn = match kind.as_str() {
            "typed.list.new" => "rt_list_new",
            "typed.tuple.new" => "rt_tuple_new",
            _ if self.src.attr(op, "const_items").is_some() => "rt_set_new_const",
            _ if self.src.attr(op, "frozen").is_some() => "rt_frozenset_new_const",
            _ => "rt_set_new",
        };
        let Some(first_star) = starred.iter().copied().min().filter(|&k| k < items.len()) else {
            let arr = self.word_array(&items);
            let n = self.i64c(items.len() as i64);
            let w = self.rt_checked_val(new_fn, &[arr, n]);
            self.produce_word(r, w);
            return;
        };
        // With starred items: the items before the first star, then extend/append (update/add
        // for sets) in order, as CPython's BUILD_LIST + LIST_EXTEND do.
        let is_set = kind == "typed.set.new";
        let arr = self.word_array(&items[..first_star]);
        let n = self.i64c(first_star as i64);
        let acc = self.rt_checked_val(if is_set { "rt_set_new" } else { "rt_list_new" }, &[arr, n]);
        self.hold(acc, RcKind::Obj);
        for (i, &item) in items.iter().enumerate().skip(first_star) {
            match (is_set, starred.contains(&i)) {
                (false, true) => {
                    self.rt_checked("rt_list_extend", &[acc, item]);
                }
                (false, false) => {
                    self.rt_checked("rt_list_append", &[acc, item]);
                }
                (true, true) => {
                    let update = self.str_obj("update");
                    let args = self.word_array(&[item]);
                    let one = self.i64c(1);
                    let zero = self.i64c(0);
                    let none = self.rt_checked_val("rt_call_method", &[acc, update, args, one, zero]);
                    self.rt("rt_decref", &[none]);
                }
                (true, false) => {
                    self.rt_checked("rt_set_add", &[acc, item]);
                }
            }
        }
        let w = if kind == "typed.tuple.new" {
            self.rt_checked_val("rt_list_to_tuple", &[acc])
        } else {
            self.release(acc);
            acc
        };
        self.produce_word(r, w);
    }

    /// `typed.obj.unpack`: the runtime writes new references into a stack array.
    pub(super) fn lower_unpack(&mut self, op: OpId) {
        let seq = self.operand_as(self.operands(op)[0], Repr::Word, false);
        let results = self.src.op(op).results.clone();
        let arr = self.stack(8 * results.len().max(1) as i64);
        let before = self.src.attr(op, "before").and_then(Attr::as_int);
        let after = self.src.attr(op, "after").and_then(Attr::as_int);
        match (before, after) {
            (Some(b), Some(a)) => {
                let (b, a) = (self.i64c(b), self.i64c(a));
                self.rt_checked("rt_unpack_star", &[seq, b, a, arr]);
            }
            _ => {
                let count = self.src.attr(op, "count").and_then(Attr::as_int).unwrap_or(results.len() as i64);
                let n = self.i64c(count);
                self.rt_checked("rt_unpack", &[seq, n, arr]);
            }
        }
        let words: Vec<Value> = (0..results.len()).map(|i| self.load(arr, Type::Int(64), 8 * i as i64)).collect();
        for (&r, w) in results.iter().zip(words) {
            self.produce_word(r, w);
        }
    }

    // ---- calls -------------------------------------------------------------------------------

    /// `typed.call @f(args)`: a direct call; NameError if the `def` has not run yet.
    pub(super) fn lower_call(&mut self, op: OpId) {
        let callee = self.src.attr(op, "callee").and_then(Attr::as_symbol).unwrap_or_default().to_string();
        let r = self.result(op);
        let Some(sig) = self.ms.funcs.get(&callee).cloned() else {
            self.internal(format!("call of unknown function @{callee}"));
            let z = self.zero_of(self.repr(r));
            self.values.insert(r, z);
            return;
        };
        let py_name = self.src.str_attr(op, "py_name").map(str::to_string).unwrap_or(sig.py_name.clone());
        // A function calling itself is running, so its `def` ran.
        let is_func_global = self.ms.globals.get(&py_name).is_some_and(|t| t.is("typed", "func"));
        if is_func_global && py_name != self.py_name {
            let slot = self.ms.global_slot(&py_name);
            let p = self.addr(&slot);
            let w = self.load(p, Type::Int(64), 0);
            let unbound = self.icmp_imm("eq", w, 0);
            self.raise_if(unbound, |s| s.raise_name_error(&py_name));
        }
        let ops = self.operands(op);
        let mut args: Vec<Value> = ops.iter().zip(sig.params.iter().chain(std::iter::repeat(&Repr::Word))).map(|(&v, &p)| self.operand_as(v, p, false)).collect();
        args.push(self.callee_depth());
        let v = self.call_fn(&sig.machine_name, &args, machine_type(sig.ret));
        self.check_call_result(sig.ret, v);
        if sig.ret == Repr::Word && self.repr(r) == Repr::F64 {
            // A float returned as its object (see `shadows`).
            self.produce_call_object(r, v);
        } else {
            self.produce_as(r, v, sig.ret);
        }
    }

    /// `typed.obj.call(callee, args...)` and `typed.obj.call_method(obj, args...)`: a
    /// vectorcall with the arguments in a stack array (positional, then keyword values) and
    /// the keyword names in a tuple built once per call site.
    pub(super) fn lower_obj_call(&mut self, op: OpId) {
        let is_method = self.src.op(op).name == "typed.obj.call_method";
        let ops = self.operands(op);
        let r = self.result(op);
        let w = self.words(&ops);
        let (target, args) = (w[0], &w[1..]);
        let kinds: Vec<String> = match self.src.attr(op, "kwnames").and_then(Attr::as_array) {
            Some(a) => a.iter().map(|k| k.as_str().unwrap_or_default().to_string()).collect(),
            None => vec![String::new(); args.len()],
        };
        let kinds: Vec<String> = (0..args.len()).map(|i| kinds.get(i).cloned().unwrap_or_default()).collect();
        let method = is_method.then(|| self.str_attr(op, "name"));
        if kinds.iter().any(|k| k == "*" || k == "**") {
            let f = match &method {
                Some(m) => {
                    let n = self.str_obj(m);
                    let f = self.rt_checked_val("rt_getattr", &[target, n]);
                    self.hold(f, RcKind::Obj);
                    f
                }
                None => target,
            };
            let w = self.call_ex(f, args, &kinds);
            self.produce_word(r, w);
            return;
        }
        let mut ordered: Vec<Value> = args.iter().zip(&kinds).filter(|(_, k)| k.is_empty()).map(|(v, _)| *v).collect();
        let npos = ordered.len();
        let names: Vec<&str> = kinds.iter().filter(|k| !k.is_empty()).map(String::as_str).collect();
        ordered.extend(args.iter().zip(&kinds).filter(|(_, k)| !k.is_empty()).map(|(v, _)| *v));
        let arr = self.word_array(&ordered);
        let n = self.i64c(npos as i64);
        let kw = if names.is_empty() { self.i64c(0) } else { self.kwnames_tuple(&names) };
        let w = match &method {
            Some(m) => {
                let name = self.str_obj(m);
                self.rt_checked_val("rt_call_method", &[target, name, arr, n, kw])
            }
            None => self.rt_checked_val("rt_call", &[target, arr, n, kw]),
        };
        self.produce_word(r, w);
    }

    /// The tuple of keyword names of a call site, created on first use and cached in a slot
    /// (which keeps it alive for the whole run).
    pub(super) fn kwnames_tuple(&mut self, names: &[&str]) -> Value {
        let key = names.join("\0");
        let slot = self.ms.slot_sym("kw", key.as_bytes(), false);
        let p = self.addr(&slot);
        let cached = self.load(p, Type::Int(64), 0);
        let missing = self.icmp_imm("eq", cached, 0);
        let (make, join) = (self.new_block(), self.new_block());
        self.cond_br(missing, make, join);
        self.enter_cold(make);
        let strs: Vec<Value> = names.iter().map(|n| self.cached_const("str", "rt_str_const", n.as_bytes())).collect();
        let arr = self.word_array(&strs);
        let n = self.i64c(strs.len() as i64);
        let t = self.rt_val("rt_tuple_new", &[arr, n]);
        let failed = self.icmp_imm("eq", t, 0);
        self.fail_if(failed);
        self.store(t, p, 0);
        self.br(join);
        self.enter(join);
        self.load(p, Type::Int(64), 0)
    }

    /// A call with `*` / `**` arguments: a tuple of the positional arguments (extended by
    /// each `*x`) and a dict of the keyword arguments (updated by each `**m`), passed to
    /// `rt_call_ex`.
    pub(super) fn call_ex(&mut self, f: Value, args: &[Value], kinds: &[String]) -> Value {
        let null = self.null_ptr();
        let zero = self.i64c(0);
        let list = self.rt_checked_val("rt_list_new", &[null, zero]);
        self.hold(list, RcKind::Obj);
        let has_kw = kinds.iter().any(|k| !k.is_empty() && k != "*");
        let dict = if has_kw {
            let d = self.rt_checked_val("rt_dict_new", &[]);
            self.hold(d, RcKind::Obj);
            Some(d)
        } else {
            None
        };
        for (&v, k) in args.iter().zip(kinds) {
            match (k.as_str(), dict) {
                ("", _) => {
                    self.rt_checked("rt_list_append", &[list, v]);
                }
                ("*", _) => {
                    self.rt_checked("rt_list_extend", &[list, v]);
                }
                ("**", Some(d)) => {
                    self.rt_checked("rt_dict_update", &[d, v]);
                }
                (name, Some(d)) => {
                    let key = self.str_obj(name);
                    self.rt_checked("rt_dict_setitem", &[d, key, v]);
                }
                _ => {}
            }
        }
        let tuple = self.rt_checked_val("rt_list_to_tuple", &[list]);
        self.hold(tuple, RcKind::Obj);
        let kw = match dict {
            Some(d) => d,
            None => self.i64c(0),
        };
        self.rt_checked_val("rt_call_ex", &[f, tuple, kw])
    }
}
