//! Instances of known classes: allocation (`typed.instance.new`, `rt_instance_new`) and their
//! fields, slots at fixed offsets (`INSTANCE_FIELDS_OFFSET + 8 * index`) loaded and stored in
//! place. A slot holds the field's value as an object word, 0 while unbound, or for an
//! `unboxed` field the f64 itself, bound while its bit of the instance's bound-floats word
//! (`INSTANCE_BOUND_OFFSET`) is set. A read of an unbound slot calls the runtime's getattr,
//! which raises CPython's AttributeError. A field `bound` in every instance needs no test on
//! reads and no marking on stores.

use super::FuncLowering;
use super::refcount::RcKind;
use metal0_dialects::runtime_abi::{INSTANCE_BOUND_OFFSET, INSTANCE_FIELDS_OFFSET};
use metal0_dialects::typed::Repr;
use metal0_dialects::{Attr, OpId, Type};

impl FuncLowering<'_> {
    /// Whether field op `op` reaches an unboxed float slot.
    fn unboxed(&self, op: OpId) -> bool {
        self.src.attr(op, "unboxed").is_some()
    }

    /// Whether field op `op` reaches a field bound in every instance: nothing to check or mark.
    fn always_bound(&self, op: OpId) -> bool {
        self.src.attr(op, "bound").is_some()
    }

    /// Whether op `op` keeps what is known about bound fields: it runs no user code (which
    /// could `del` an attribute) and has no regions (whose paths may differ).
    pub(super) fn keeps_bound_fields(&self, op: OpId) -> bool {
        let o = self.src.op(op);
        match o.name.as_str() {
            "typed.field.get" | "typed.float.binop" | "typed.float.neg" | "typed.float.cmp" | "typed.const_float" | "typed.load_local" => true,
            // Storing into an object field drops the old value, which may run user code.
            "typed.field.set" => self.unboxed(op),
            // A float replaces no object.
            "typed.store_local" => self.repr(o.operands[0]) == Repr::F64,
            _ => false,
        }
    }

    /// The key of field op `op` for `bound_fields`: its receiver is a local read just before.
    fn bound_key(&self, op: OpId) -> Option<(String, i64)> {
        let recv = self.src.defining_op(self.src.op(op).operands[0]).filter(|&d| self.src.op(d).name == "typed.load_local")?;
        let local = self.src.str_attr(recv, "name")?.to_string();
        Some((local, self.src.attr(op, "index").and_then(Attr::as_int).unwrap_or(0)))
    }

    /// Whether unboxed field op `op` must test or mark its field bound: the field is not
    /// bound in every instance, nor known bound here already.
    fn bound_unknown(&self, op: OpId) -> bool {
        !self.always_bound(op) && self.bound_key(op).is_none_or(|k| !self.bound_fields.contains(&k))
    }

    /// Records that the field of op `op` is bound from here on (see `bound_fields`).
    fn note_bound(&mut self, op: OpId) {
        let key = self.bound_key(op);
        self.bound_fields.extend(key);
    }

    /// The bit of field `index` in an instance's bound-floats word.
    fn bound_bit(&mut self, op: OpId) -> i64 {
        1i64 << self.src.attr(op, "index").and_then(Attr::as_int).unwrap_or(0)
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
            "typed.instance.is" | "typed.type_is" => {
                // Exactly the class: a non-small word whose type pointer is the class object
                // (or, for `int`, a small int).
                let r = self.result(op);
                let o = self.operand_as(ops[0], Repr::Word, false);
                let cls = self.operand_as(ops[1], Repr::Word, false);
                let small_matches = name == "typed.type_is" && self.src.str_attr(op, "type") == Some("int");
                let var = self.new_var(Type::Int(1));
                let tag = self.bin_imm("band", o, 1);
                let small = self.icmp_imm("ne", tag, 0);
                let init = if small_matches { small } else { self.i1c(false) };
                self.set(var, init);
                let (check, join) = (self.new_block(), self.new_block());
                self.cond_br(small, join, check);
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
            "typed.field.get" if self.unboxed(op) => {
                // Unbound, the runtime's getattr raises AttributeError: inference made the
                // name no class attribute and no dynamic attribute. That path does not rejoin.
                let r = self.result(op);
                let o = self.operand_as(ops[0], Repr::Word, false);
                if self.bound_unknown(op) {
                    let bound = self.load(o, Type::Int(64), INSTANCE_BOUND_OFFSET);
                    let bit = self.bound_bit(op);
                    let bit = self.bin_imm("band", bound, bit);
                    let unbound = self.icmp_imm("eq", bit, 0);
                    self.raise_if(unbound, |s| {
                        let n = s.name_str(op);
                        s.rt("rt_getattr", &[o, n]);
                    });
                    self.note_bound(op);
                }
                let v = self.load(o, Type::F64, offset);
                self.produce_as(r, v, Repr::F64);
            }
            "typed.field.set" if self.unboxed(op) => {
                let o = self.operand_as(ops[0], Repr::Word, false);
                let f = self.operand_as(ops[1], Repr::F64, false);
                self.store(f, o, offset);
                if self.bound_unknown(op) {
                    let bound = self.load(o, Type::Int(64), INSTANCE_BOUND_OFFSET);
                    let bit = self.bound_bit(op);
                    let bound = self.bin_imm("bor", bound, bit);
                    self.store(bound, o, INSTANCE_BOUND_OFFSET);
                    self.note_bound(op);
                }
            }
            "typed.field.get" if self.always_bound(op) => {
                let r = self.result(op);
                let o = self.operand_as(ops[0], Repr::Word, false);
                let w = self.load(o, Type::Int(64), offset);
                self.incref(w, RcKind::Any);
                self.produce_word(r, w);
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
                self.incref(w, RcKind::Any);
                self.br(join);
                self.enter(join);
                let w = self.get(var);
                self.produce_word(r, w);
            }
            _ => {
                // typed.field.set
                let o = self.operand_as(ops[0], Repr::Word, false);
                let v = self.operand_as(ops[1], Repr::Word, true);
                let old = self.load(o, Type::Int(64), offset);
                self.store(v, o, offset);
                self.decref(old, RcKind::Any);
            }
        }
    }
}
