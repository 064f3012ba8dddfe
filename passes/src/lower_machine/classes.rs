//! Closure cells, class-body namespaces, class creation, and the modules of the program.
//!
//! A cell is a runtime object whose value word sits at `CELL_VALUE_OFFSET`: compiled code
//! reads and writes it in place (0 = unbound). A class body's names live in its namespace
//! dict; a read that misses falls back to the module global, then to the builtin, as
//! CPython's `LOAD_NAME` does.

use super::FuncLowering;
use super::refcount::RcKind;
use metal0_dialects::runtime_abi::CELL_VALUE_OFFSET;
use metal0_dialects::typed::Repr;
use metal0_dialects::{Attr, OpId, Type};

impl FuncLowering<'_> {
    pub(super) fn lower_class_op(&mut self, op: OpId) {
        let name = self.src.op(op).name.clone();
        let ops = self.operands(op);
        match name.as_str() {
            "typed.cell_new" => {
                let r = self.result(op);
                let z = self.i64c(0);
                let c = self.rt_checked_val("rt_cell_new", &[z]);
                self.produce(r, c);
            }
            "typed.cell_get" => {
                let r = self.result(op);
                let c = self.operand_as(ops[0], Repr::Word, false);
                let v = self.load(c, Type::Int(64), CELL_VALUE_OFFSET);
                self.check_cell_bound(op, v);
                self.incref(v, RcKind::Any);
                self.produce(r, v);
            }
            "typed.cell_set" => {
                let c = self.operand_as(ops[0], Repr::Word, false);
                let v = self.operand_as(ops[1], Repr::Word, true);
                let old = self.load(c, Type::Int(64), CELL_VALUE_OFFSET);
                self.store(v, c, CELL_VALUE_OFFSET);
                self.decref(old, RcKind::Any);
            }
            "typed.cell_delete" => {
                let c = self.operand_as(ops[0], Repr::Word, false);
                let old = self.load(c, Type::Int(64), CELL_VALUE_OFFSET);
                self.check_cell_bound(op, old);
                let z = self.i64c(0);
                self.store(z, c, CELL_VALUE_OFFSET);
                self.decref(old, RcKind::Any);
            }
            "typed.load_name" => self.lower_load_name(op),
            "typed.load_classderef" => {
                // The namespace first, then the cell of the enclosing function.
                let r = self.result(op);
                let ns = self.operand_as(ops[0], Repr::Word, false);
                let cell = self.operand_as(ops[1], Repr::Word, false);
                let key = self.name_str(op);
                let var = self.new_var(Type::Int(64));
                let v = self.rt_val("rt_ns_get", &[ns, key]);
                self.set(var, v);
                let missing = self.icmp_imm("eq", v, 0);
                let (miss, join) = (self.new_block(), self.new_block());
                self.cond_br(missing, miss, join);
                self.enter(miss);
                let c = self.load(cell, Type::Int(64), CELL_VALUE_OFFSET);
                self.check_cell_bound(op, c);
                self.incref(c, RcKind::Any);
                self.set(var, c);
                self.br(join);
                self.enter(join);
                let w = self.get(var);
                self.produce(r, w);
            }
            "typed.import_module" => self.lower_import_module(op),
            "typed.store_name" => {
                let ns = self.operand_as(ops[0], Repr::Word, false);
                let v = self.operand_as(ops[1], Repr::Word, false);
                let key = self.name_str(op);
                self.rt_checked_val("rt_dict_setitem", &[ns, key, v]);
            }
            "typed.delete_name" => {
                let ns = self.operand_as(ops[0], Repr::Word, false);
                let key = self.name_str(op);
                self.rt_checked_val("rt_ns_delete", &[ns, key]);
            }
            _ => {
                // typed.make_class
                let r = self.result(op);
                let bases = self.operand_as(ops[0], Repr::Word, false);
                let ns = self.operand_as(ops[1], Repr::Word, false);
                let key = self.name_str(op);
                let cls = self.rt_checked_val("rt_class_new", &[key, bases, ns]);
                if let Some(fields) = self.src.attr(op, "fields").and_then(Attr::as_array) {
                    let floats: Vec<i64> = self.src.attr(op, "float_fields").and_then(Attr::as_array).unwrap_or(&[]).iter().filter_map(Attr::as_int).collect();
                    let spec: Vec<String> = (fields.iter().filter_map(Attr::as_str).enumerate())
                        .map(|(i, f)| if floats.contains(&(i as i64)) { format!("{f}:f") } else { f.to_string() })
                        .collect();
                    let spec = spec.join("\n");
                    let s = self.cached_const("str", "rt_str_const", spec.as_bytes());
                    self.rt("rt_class_set_fields", &[cls, s]);
                }
                self.produce(r, cls);
            }
        }
    }

    /// The op's `name` attribute as a str object (borrowed from its cache slot).
    pub(super) fn name_str(&mut self, op: OpId) -> metal0_dialects::Value {
        let name = self.str_attr(op, "name");
        self.cached_const("str", "rt_str_const", name.as_bytes())
    }

    /// Raises UnboundLocalError (a cell of this function) or NameError (a free variable) when
    /// the cell value `v` is unbound.
    fn check_cell_bound(&mut self, op: OpId, v: metal0_dialects::Value) {
        let name = self.str_attr(op, "name");
        let free = self.str_attr(op, "kind") == "free";
        let unbound = self.icmp_imm("eq", v, 0);
        self.raise_if(unbound, |s| {
            let (p, n) = s.bytes_ref(name.as_bytes());
            s.rt(if free { "rt_raise_unbound_free" } else { "rt_raise_unbound_local" }, &[p, n]);
        });
    }

    /// `typed.load_name`: the namespace, then the module global (when the module has one by
    /// that name and it holds a value), then the builtin.
    fn lower_load_name(&mut self, op: OpId) {
        let r = self.result(op);
        let ns = self.operand_as(self.operands(op)[0], Repr::Word, false);
        let name = self.str_attr(op, "name");
        let key = self.name_str(op);
        let var = self.new_var(Type::Int(64));
        let v = self.rt_val("rt_ns_get", &[ns, key]);
        self.set(var, v);
        let join = self.new_block();
        let missing = self.icmp_imm("eq", v, 0);
        let miss = self.new_block();
        self.cond_br(missing, miss, join);
        self.enter(miss);
        let global = self.ms.globals.get(&name).is_some_and(|t| !t.is("typed", "func"));
        if global {
            let slot = self.ms.global_slot(&name);
            let p = self.addr(&slot);
            let g = self.load(p, Type::Int(64), 0);
            self.incref(g, RcKind::Any);
            self.set(var, g);
            let unbound = self.icmp_imm("eq", g, 0);
            let builtin = self.new_block();
            self.cond_br(unbound, builtin, join);
            self.enter(builtin);
        }
        let slot = self.ms.slot_sym("builtin", name.as_bytes(), true);
        let s = self.addr(&slot);
        let (p, n) = self.bytes_ref(name.as_bytes());
        let b = self.rt_checked_val("rt_load_builtin", &[s, p, n]);
        // The slot keeps the builtin alive; the result is a reference of its own.
        self.incref(b, RcKind::Obj);
        self.set(var, b);
        self.br(join);
        self.enter(join);
        let w = self.get(var);
        self.produce(r, w);
    }
}

impl FuncLowering<'_> {
    /// `typed.import_module`: the module object cached in slot `mod.<name>`; on the first
    /// import (a cold path) the module is made, its globals bound to their slots, the object
    /// cached (so an import cycle sees the module being initialised, as in CPython), and its
    /// body run.
    fn lower_import_module(&mut self, op: OpId) {
        let r = self.result(op);
        let name = self.str_attr(op, "module");
        let file = self.str_attr(op, "file");
        let callee = self.src.attr(op, "callee").and_then(Attr::as_symbol).unwrap_or_default().to_string();
        let globals: Vec<String> =
            self.src.attr(op, "globals").and_then(Attr::as_array).unwrap_or(&[]).iter().filter_map(|a| a.as_str().map(String::from)).collect();
        let Some(sig) = self.ms.funcs.get(&callee).cloned() else {
            self.internal(format!("import of module '{name}' without its body @{callee}"));
            let z = self.i64c(0);
            self.values.insert(r, z);
            return;
        };
        let slot = self.ms.slot_sym("mod", name.as_bytes(), true);
        let p = self.addr(&slot);
        let cached = self.load(p, Type::Int(64), 0);
        let missing = self.icmp_imm("eq", cached, 0);
        let (first, join) = (self.new_block(), self.new_block());
        self.cond_br(missing, first, join);
        self.enter_cold(first);
        let n = self.cached_const("str", "rt_str_const", name.as_bytes());
        let f = self.cached_const("str", "rt_str_const", file.as_bytes());
        let m = self.rt_checked_val("rt_module_new", &[n, f]);
        self.store(m, p, 0);
        for g in &globals {
            let key = self.cached_const("str", "rt_str_const", g.as_bytes());
            let gslot = self.ms.global_slot(&format!("{name}.{g}"));
            let gp = self.addr(&gslot);
            self.rt_checked("rt_module_bind", &[m, key, gp]);
        }
        let depth = self.callee_depth();
        let v = self.call_fn(&sig.machine_name, &[depth], super::machine_type(sig.ret));
        self.check_call_result(sig.ret, v);
        self.br(join);
        self.enter(join);
        let w = self.load(p, Type::Int(64), 0);
        self.incref(w, RcKind::Obj);
        self.produce(r, w);
    }
}
