//! Closure cells, class-body namespaces and class creation.
//!
//! A cell is a runtime object whose value word sits at `CELL_VALUE_OFFSET`: compiled code
//! reads and writes it in place (0 = unbound). A class body's names live in its namespace
//! dict; a read that misses falls back to the module global, then to the builtin, as
//! CPython's `LOAD_NAME` does.

use super::FuncLowering;
use super::refcount::RcKind;
use metal0_dialects::runtime_abi::CELL_VALUE_OFFSET;
use metal0_dialects::typed::Repr;
use metal0_dialects::{OpId, Type};

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
                self.produce(r, cls);
            }
        }
    }

    /// The op's `name` attribute as a str object (borrowed from its cache slot).
    fn name_str(&mut self, op: OpId) -> metal0_dialects::Value {
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
