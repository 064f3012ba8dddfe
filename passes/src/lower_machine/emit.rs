//! Builders for machine ops at the current insertion point: blocks and branches, constants,
//! arithmetic, memory, variable slots and calls. Everything above this file speaks in these
//! terms, never in raw `create_op`.

use super::FuncLowering;
use metal0_dialects::runtime_abi::{self, Abi};
use metal0_dialects::{Attr, BlockId, OpId, Type, Value, attr, machine};

/// The machine type of a runtime ABI slot.
pub(super) fn abi_type(a: Abi) -> Type {
    match a {
        Abi::W | Abi::I64 => Type::Int(64),
        Abi::I32 => Type::Int(32),
        Abi::F64 => Type::F64,
        Abi::Ptr => machine::ptr(),
    }
}

impl FuncLowering<'_> {
    // ---- blocks ----------------------------------------------------------------------------

    /// A new block, not placed yet (it is placed when first entered).
    pub(super) fn new_block(&mut self) -> BlockId {
        self.ms.out.create_block(&[])
    }

    /// Continues emitting in `b`: a hot block if some hot block branches to it, else cold.
    pub(super) fn enter(&mut self, b: BlockId) {
        if self.hot_targets.contains(&b) {
            if self.placed.insert(b) {
                self.hot.push(b);
            }
            self.cur_hot = true;
            self.cur = Some(b);
        } else {
            self.enter_cold(b);
        }
    }

    /// Continues emitting in `b`, placing it among the cold blocks (slow and error paths).
    pub(super) fn enter_cold(&mut self, b: BlockId) {
        if self.placed.insert(b) {
            self.cold.push(b);
        }
        self.cur_hot = false;
        self.cur = Some(b);
    }

    /// Enters `b` if some branch targets it; otherwise the code after is unreachable.
    pub(super) fn enter_if_targeted(&mut self, b: BlockId) {
        if self.targeted.contains(&b) {
            self.enter(b);
        } else {
            self.cur = None;
        }
    }

    /// Runs `f` with `b` as the insertion point, then returns to the current block.
    pub(super) fn fill_cold(&mut self, b: BlockId, f: impl FnOnce(&mut Self)) {
        let saved = (self.cur, self.cur_hot);
        self.enter_cold(b);
        f(self);
        (self.cur, self.cur_hot) = saved;
    }

    pub(super) fn br(&mut self, target: BlockId) {
        let op = self.op("machine.br", &[], &[], vec![]);
        self.ms.out.op_mut(op).successors = vec![target];
        self.targeted.insert(target);
        if self.cur_hot {
            self.hot_targets.insert(target);
        }
        self.cur = None;
    }

    /// Branches to `exit` when `cond` is false, else to `stay`, with `exit` as the first
    /// target: at a loop's exit, the blocks of the loop then come first in Cranelift's
    /// dominator-tree order, which its loop-invariant code motion needs (it loses track of
    /// the loop once it has visited an exit).
    pub(super) fn cond_br_exit_first(&mut self, cond: Value, stay: BlockId, exit: BlockId) {
        let not = self.not_i1(cond);
        self.cond_br(not, exit, stay);
    }

    /// The negation of an i1: the inverse comparison when it is an integer comparison.
    pub(super) fn not_i1(&mut self, c: Value) -> Value {
        if let Some(op) = self.ms.out.defining_op(c)
            && self.ms.out.op(op).name == "machine.icmp"
        {
            let inverse = match self.ms.out.str_attr(op, "pred") {
                Some("eq") => "ne",
                Some("ne") => "eq",
                Some("slt") => "sge",
                Some("sge") => "slt",
                Some("sle") => "sgt",
                Some("sgt") => "sle",
                Some("ult") => "uge",
                Some("uge") => "ult",
                Some("ule") => "ugt",
                _ => "ule", // ugt
            };
            let (a, b) = (self.ms.out.op(op).operands[0], self.ms.out.op(op).operands[1]);
            return self.icmp(inverse, a, b);
        }
        let t = self.i1c(true);
        self.bin("bxor", c, t)
    }

    pub(super) fn cond_br(&mut self, cond: Value, then: BlockId, els: BlockId) {
        let op = self.op("machine.cond_br", &[cond], &[], vec![]);
        self.ms.out.op_mut(op).successors = vec![then, els];
        self.targeted.insert(then);
        self.targeted.insert(els);
        if self.cur_hot {
            self.hot_targets.extend([then, els]);
        }
        self.cur = None;
    }

    // ---- ops -------------------------------------------------------------------------------

    /// Appends an op at the insertion point. Code emitted after a terminator goes to a fresh
    /// unreachable block, which the backend ignores.
    pub(super) fn op(&mut self, name: &str, operands: &[Value], results: &[Type], attrs: Vec<(String, Attr)>) -> OpId {
        let block = match self.cur {
            Some(b) => b,
            None => {
                let b = self.new_block();
                self.enter_cold(b);
                b
            }
        };
        let op = self.ms.out.create_op(name, operands, results, attrs, self.loc.clone());
        self.ms.out.append_op(block, op);
        op
    }

    pub(super) fn val(&mut self, name: &str, operands: &[Value], ty: Type, attrs: Vec<(String, Attr)>) -> Value {
        let op = self.op(name, operands, &[ty], attrs);
        self.ms.out.op(op).results[0]
    }

    /// The value of a `machine.const`.
    pub(super) fn const_value(&self, v: Value) -> Option<i64> {
        let op = self.ms.out.defining_op(v)?;
        if self.ms.out.op(op).name != "machine.const" {
            return None;
        }
        self.ms.out.attr(op, "value").and_then(Attr::as_int)
    }

    /// The value of a `machine.fconst`.
    pub(super) fn fconst_value(&self, v: Value) -> Option<f64> {
        let op = self.ms.out.defining_op(v)?;
        if self.ms.out.op(op).name != "machine.fconst" {
            return None;
        }
        self.ms.out.attr(op, "value").and_then(Attr::as_float)
    }

    pub(super) fn vty(&self, v: Value) -> Type {
        self.ms.out.value_type(v).clone()
    }

    pub(super) fn iconst(&mut self, ty: Type, v: i64) -> Value {
        let width = match ty {
            Type::Int(w) => w,
            _ => 64,
        };
        self.val("machine.const", &[], ty, vec![attr("value", Attr::Int(v, width))])
    }

    pub(super) fn i64c(&mut self, v: i64) -> Value {
        self.iconst(Type::Int(64), v)
    }

    pub(super) fn i32c(&mut self, v: i64) -> Value {
        self.iconst(Type::Int(32), v)
    }

    pub(super) fn i1c(&mut self, b: bool) -> Value {
        self.iconst(Type::Int(1), b as i64)
    }

    pub(super) fn null_ptr(&mut self) -> Value {
        self.iconst(machine::ptr(), 0)
    }

    pub(super) fn fconst(&mut self, f: f64) -> Value {
        self.val("machine.fconst", &[], Type::F64, vec![attr("value", Attr::Float(f))])
    }

    /// A binary op whose result has the type of its left operand.
    pub(super) fn bin(&mut self, name: &str, a: Value, b: Value) -> Value {
        let t = self.vty(a);
        self.val(&format!("machine.{name}"), &[a, b], t, vec![])
    }

    /// A binary op with an immediate right operand of the left operand's type.
    pub(super) fn bin_imm(&mut self, name: &str, a: Value, imm: i64) -> Value {
        let t = self.vty(a);
        if let (Some(x), Type::Int(64)) = (self.const_value(a), &t) {
            let folded = match name {
                "iadd" => x.checked_add(imm),
                "isub" => x.checked_sub(imm),
                "band" => Some(x & imm),
                "bor" => Some(x | imm),
                "bxor" => Some(x ^ imm),
                "sshr" => Some(x >> (imm & 63)),
                _ => None,
            };
            if let Some(v) = folded {
                return self.i64c(v);
            }
        }
        let c = self.iconst(t, imm);
        self.bin(name, a, c)
    }

    /// `machine.sadd_overflow` and friends: (result, i1 overflow).
    pub(super) fn overflow(&mut self, name: &str, a: Value, b: Value) -> (Value, Value) {
        let t = self.vty(a);
        let op = self.op(&format!("machine.{name}"), &[a, b], &[t, Type::Int(1)], vec![]);
        let r = &self.ms.out.op(op).results;
        (r[0], r[1])
    }

    pub(super) fn icmp(&mut self, pred: &str, a: Value, b: Value) -> Value {
        self.val("machine.icmp", &[a, b], Type::Int(1), vec![attr("pred", Attr::str(pred))])
    }

    pub(super) fn icmp_imm(&mut self, pred: &str, a: Value, imm: i64) -> Value {
        let t = self.vty(a);
        let c = self.iconst(t, imm);
        self.icmp(pred, a, c)
    }

    pub(super) fn fcmp(&mut self, pred: &str, a: Value, b: Value) -> Value {
        self.val("machine.fcmp", &[a, b], Type::Int(1), vec![attr("pred", Attr::str(pred))])
    }

    pub(super) fn select(&mut self, c: Value, a: Value, b: Value) -> Value {
        let t = self.vty(a);
        self.val("machine.select", &[c, a, b], t, vec![])
    }

    pub(super) fn zext(&mut self, v: Value, to: Type) -> Value {
        self.val("machine.zext", &[v], to, vec![])
    }

    pub(super) fn sitofp(&mut self, v: Value) -> Value {
        self.val("machine.sitofp", &[v], Type::F64, vec![])
    }

    // ---- memory and slots ------------------------------------------------------------------

    pub(super) fn addr(&mut self, sym: &str) -> Value {
        self.val("machine.symbol_addr", &[], machine::ptr(), vec![attr("symbol", Attr::Symbol(sym.to_string()))])
    }

    pub(super) fn load(&mut self, ptr: Value, ty: Type, offset: i64) -> Value {
        self.val("machine.load", &[ptr], ty, vec![attr("offset", Attr::i64(offset))])
    }

    pub(super) fn store(&mut self, v: Value, ptr: Value, offset: i64) {
        self.op("machine.store", &[v, ptr], &[], vec![attr("offset", Attr::i64(offset))]);
    }

    /// `size` bytes of stack, live for the whole function.
    pub(super) fn stack(&mut self, size: i64) -> Value {
        self.val("machine.stack_alloc", &[], machine::ptr(), vec![attr("size", Attr::i64(size))])
    }

    /// A stack array holding `items` (words), or a null pointer when there are none.
    pub(super) fn word_array(&mut self, items: &[Value]) -> Value {
        if items.is_empty() {
            return self.null_ptr();
        }
        let p = self.stack(8 * items.len() as i64);
        for (i, &v) in items.iter().enumerate() {
            self.store(v, p, 8 * i as i64);
        }
        p
    }

    /// The address and length of read-only `bytes`.
    pub(super) fn bytes_ref(&mut self, bytes: &[u8]) -> (Value, Value) {
        let sym = self.ms.data_sym(bytes);
        let p = self.addr(&sym);
        let n = self.i64c(bytes.len() as i64);
        (p, n)
    }

    /// A new variable slot.
    pub(super) fn new_var(&mut self, ty: Type) -> u32 {
        self.var_types.push(ty);
        (self.var_types.len() - 1) as u32
    }

    pub(super) fn get(&mut self, var: u32) -> Value {
        let t = self.var_types[var as usize].clone();
        self.val("machine.var_get", &[], t, vec![attr("var", Attr::i64(var as i64))])
    }

    pub(super) fn set(&mut self, var: u32, v: Value) {
        self.op("machine.var_set", &[v], &[], vec![attr("var", Attr::i64(var as i64))]);
    }

    // ---- calls -----------------------------------------------------------------------------

    /// Calls runtime function `name` without checking for errors; the result type is the
    /// ABI's.
    pub(super) fn rt(&mut self, name: &str, args: &[Value]) -> Option<Value> {
        let f = runtime_abi::lookup(name).unwrap_or_else(|| panic!("lower-machine calls @{name}, which is not in the runtime ABI"));
        if let Some(depth) = self.depth.filter(|_| !super::NEVER_REENTER.contains(&name)) {
            // Code the runtime calls back learns this frame's recursion depth here.
            let p = self.depth_slot();
            self.store(depth, p, 0);
        }
        let results: Vec<Type> = f.ret.iter().map(|a| abi_type(*a)).collect();
        let op = self.op("machine.call", args, &results, vec![attr("callee", Attr::Symbol(name.to_string()))]);
        self.ms.out.op(op).results.first().copied()
    }

    /// Calls runtime function `name` that returns a value.
    pub(super) fn rt_val(&mut self, name: &str, args: &[Value]) -> Value {
        self.rt(name, args).unwrap_or_else(|| panic!("@{name} returns nothing"))
    }

    /// Calls a compiled function.
    pub(super) fn call_fn(&mut self, name: &str, args: &[Value], ret: Type) -> Value {
        self.val("machine.call", args, ret, vec![attr("callee", Attr::Symbol(name.to_string()))])
    }
}
