//! Instances of known classes: allocation (`typed.instance.new`, `rt_instance_new`) and their
//! fields, word slots at fixed offsets (`INSTANCE_FIELDS_OFFSET + 8 * index`) loaded and
//! stored in place. A slot holds the field's value as an object word (floats boxed), 0 while
//! unbound: a read of an unbound slot calls the runtime's getattr, which raises CPython's
//! AttributeError.

use super::FuncLowering;
use super::refcount::RcKind;
use metal0_dialects::runtime_abi::{FLOAT_VALUE_OFFSET, INSTANCE_FIELDS_OFFSET};
use metal0_dialects::typed::Repr;
use metal0_dialects::{Attr, OpId, Type};

impl FuncLowering<'_> {
    /// A float stored into a float field: when the slot holds a float object nothing else
    /// references (reads of float fields take the value, not a reference), its value is
    /// overwritten in place, which nothing can observe; otherwise a new float object.
    fn store_float_field(&mut self, o: metal0_dialects::Value, src: metal0_dialects::Value, offset: i64) {
        let f = self.operand_as(src, Repr::F64, false);
        let old = self.load(o, Type::Int(64), offset);
        let (check, reuse, fresh, join) = (self.new_block(), self.new_block(), self.new_block(), self.new_block());
        let unbound = self.icmp_imm("eq", old, 0);
        self.cond_br(unbound, fresh, check);
        self.enter(check);
        let rc = self.load(old, Type::Int(64), 0);
        let unique = self.icmp_imm("eq", rc, 1);
        self.cond_br(unique, reuse, fresh);
        self.enter(reuse);
        self.store(f, old, FLOAT_VALUE_OFFSET);
        self.br(join);
        self.enter(fresh);
        let b = self.rt_checked_val("rt_float_box", &[f]);
        self.store(b, o, offset);
        self.decref(old, RcKind::Any);
        self.br(join);
        self.enter(join);
    }

    pub(super) fn lower_instance_op(&mut self, op: OpId) {
        let name = self.src.op(op).name.clone();
        let ops = self.operands(op);
        let offset = INSTANCE_FIELDS_OFFSET + 8 * self.src.attr(op, "index").and_then(Attr::as_int).unwrap_or(0);
        match name.as_str() {
            "typed.instance.new" => {
                let r = self.result(op);
                let cls = self.operand_as(ops[0], Repr::Word, false);
                let o = self.rt_checked_val("rt_instance_new", &[cls]);
                self.produce(r, o);
            }
            "typed.instance.is" => {
                // Exactly the class: a non-small word whose type pointer is the class object.
                let r = self.result(op);
                let o = self.operand_as(ops[0], Repr::Word, false);
                let cls = self.operand_as(ops[1], Repr::Word, false);
                let var = self.new_var(Type::Int(1));
                let f = self.i1c(false);
                self.set(var, f);
                let tag = self.bin_imm("band", o, 1);
                let object = self.icmp_imm("eq", tag, 0);
                let (check, join) = (self.new_block(), self.new_block());
                self.cond_br(object, check, join);
                self.enter(check);
                let t = self.load(o, Type::Int(64), 8);
                let same = self.icmp("eq", t, cls);
                self.set(var, same);
                self.br(join);
                self.enter(join);
                let v = self.get(var);
                self.values.insert(r, v);
            }
            "typed.instance.cast" => {
                let r = self.result(op);
                let o = self.operand_as(ops[0], Repr::Word, false);
                self.incref(o, RcKind::Obj);
                self.produce(r, o);
            }
            "typed.field.get" => {
                let r = self.result(op);
                let o = self.operand_as(ops[0], Repr::Word, false);
                let var = self.new_var(Type::Int(64));
                let w = self.load(o, Type::Int(64), offset);
                self.set(var, w);
                let (slow, bound, join) = (self.new_block(), self.new_block(), self.new_block());
                let unbound = self.icmp_imm("eq", w, 0);
                self.cond_br(unbound, slow, bound);
                self.enter_cold(slow);
                let n = self.name_str(op);
                let g = self.rt_checked_val("rt_getattr", &[o, n]);
                self.set(var, g);
                self.br(join);
                self.enter(bound);
                if self.repr(r) != Repr::F64 {
                    self.incref(w, RcKind::Any);
                }
                self.br(join);
                self.enter(join);
                let w = self.get(var);
                if self.repr(r) == Repr::F64 {
                    // Every value stored into a float field is a float object.
                    let v = self.load(w, Type::F64, FLOAT_VALUE_OFFSET);
                    self.values.insert(r, v);
                } else {
                    self.produce_word(r, w);
                }
            }
            _ => {
                // typed.field.set
                let o = self.operand_as(ops[0], Repr::Word, false);
                if self.repr(ops[1]) == Repr::F64 {
                    self.store_float_field(o, ops[1], offset);
                    return;
                }
                let v = self.operand_as(ops[1], Repr::Word, true);
                let old = self.load(o, Type::Int(64), offset);
                self.store(v, o, offset);
                self.decref(old, RcKind::Any);
            }
        }
    }
}
