//! Typed lists inline: `len(xs)`, `xs[i]` with an int index, and `for x in xs` read the list
//! object's length and item words directly (`LIST_LEN_OFFSET`, `LIST_ITEMS_OFFSET`), leaving
//! the runtime only the out-of-range and big-int cases, which raise CPython's IndexError.
//!
//! `for x in xs` over a list is an index loop that reads the length at every step, which is
//! exactly what CPython's list iterator does, so a list changed by the loop body behaves the
//! same: the `typed.obj.iter` that feeds only the loop produces the list itself.

use super::FuncLowering;
use super::refcount::{RcKind, rc_of};
use metal0_dialects::runtime_abi::{LIST_ITEMS_OFFSET, LIST_LEN_OFFSET};
use metal0_dialects::{OpId, Type, Value};

impl FuncLowering<'_> {
    /// Whether `v` is statically a list.
    pub(super) fn is_typed_list(&self, v: Value) -> bool {
        self.src.value_type(v).is("typed", "list")
    }

    /// Whether `typed.obj.iter` op `op` makes the iterator of a list that only a `typed.for`
    /// consumes (then the loop indexes the list itself).
    pub(super) fn list_iter_for_loop(&self, op: OpId) -> bool {
        let o = self.src.op(op);
        let r = o.results[0];
        self.is_typed_list(o.operands[0]) && self.use_counts.get(&r) == Some(&1) && self.for_iterables.contains(&r)
    }

    /// The length of list word `l` (an i64).
    pub(super) fn list_len(&mut self, l: Value) -> Value {
        self.load(l, Type::Int(64), LIST_LEN_OFFSET)
    }

    /// The owned item `j` (an i64 known to be in range) of list word `l`, whose items have
    /// type `item` (a list slot never holds 0).
    fn list_item(&mut self, l: Value, j: Value, item: &Type) -> Value {
        let items = self.load(l, Type::Int(64), LIST_ITEMS_OFFSET);
        let off = self.bin_imm("shl", j, 3);
        let addr = self.bin("iadd", items, off);
        let w = self.load(addr, Type::Int(64), 0);
        match rc_of(item) {
            Some(RcKind::Obj) => self.incref_object(w),
            _ => self.incref(w, RcKind::Any),
        }
        w
    }

    /// `l[i]` for list word `l` and int word `i`: an owned item. Out of range (a big int
    /// always is) the runtime raises IndexError, and that path does not rejoin the fast one.
    pub(super) fn list_getitem(&mut self, l: Value, i: Value, item: &Type) -> Value {
        let small = self.is_small(i);
        let raw = self.bin_imm("sshr", i, 1);
        let len = self.list_len(l);
        let neg = self.icmp_imm("slt", raw, 0);
        let wrapped = self.bin("iadd", raw, len);
        let j = self.select(neg, wrapped, raw);
        let inside = self.icmp("ult", j, len);
        let ok = self.bin("band", small, inside);
        self.raise_unless(ok, |s| {
            s.rt("rt_list_getitem", &[l, i]);
        });
        self.list_item(l, j, item)
    }

    /// `typed.for` over list word `l`: item `idx` while `idx < len(l)`, checked every step.
    pub(super) fn lower_for_list(&mut self, op: OpId, l: Value) {
        let regions = self.src.op(op).regions.clone();
        let else_region = regions.get(1).copied().filter(|r| self.region_has_ops(*r));
        let idx = self.new_var(Type::Int(64));
        let zero = self.i64c(0);
        self.set(idx, zero);
        let (head, body, els, exit) = (self.new_block(), self.new_block(), self.new_block(), self.new_block());
        self.br(head);
        self.enter(head);
        let j = self.get(idx);
        let len = self.list_len(l);
        let more = self.icmp("slt", j, len);
        self.cond_br(more, body, if else_region.is_some() { els } else { exit });
        self.enter(body);
        let item_type = self.src.region(regions[0]).blocks.first().and_then(|&b| self.src.block(b).args.first()).map(|&a| self.src.value_type(a).clone()).unwrap_or(Type::dialect("typed", "object"));
        let item = self.list_item(l, j, &item_type);
        let next = self.bin_imm("iadd", j, 1);
        self.set(idx, next);
        self.loop_body(regions[0], &[(item, true)], exit, head);
        self.loop_else(else_region, els, exit);
    }
}
