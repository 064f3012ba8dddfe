//! The protocol steps of `with` and `match` (`typed.with.*`, `typed.match.*`): runtime calls
//! (see `runtime/src/with_match.rs`). The control flow around them was already expressed by
//! inference with `typed.try`, `typed.if`, `typed.and` and `typed.or`.

use super::FuncLowering;
use metal0_dialects::typed::Repr;
use metal0_dialects::{Attr, OpId, Type};

impl FuncLowering<'_> {
    pub(super) fn lower_with_match(&mut self, op: OpId) {
        let name = self.src.op(op).name.clone();
        let ops = self.operands(op);
        let w = self.words(&ops);
        let results = self.src.op(op).results.clone();
        match name.as_str() {
            "typed.with.enter" => {
                let out = self.stack(8);
                let value = self.rt_checked_val("rt_with_enter", &[w[0], out]);
                let exit = self.load(out, Type::Int(64), 0);
                self.produce_word(results[0], exit);
                self.produce_word(results[1], value);
            }
            "typed.with.exit_exc" => {
                let r = self.rt_checked_val("rt_with_exit_exc", &[w[0], w[1]]);
                let b = self.icmp_imm("ne", r, 0);
                self.produce_as(results[0], b, Repr::Bool);
            }
            "typed.match.sequence" => {
                let n = self.src.attr(op, "count").and_then(Attr::as_int).unwrap_or(0);
                let n = self.i64c(n);
                let star = self.i32c(self.src.attr(op, "star").is_some() as i64);
                let r = self.rt_checked_val("rt_match_sequence", &[w[0], n, star]);
                let b = self.icmp_imm("ne", r, 0);
                self.produce_as(results[0], b, Repr::Bool);
            }
            "typed.match.mapping" => {
                let rest = self.i32c(self.src.attr(op, "has_rest").is_some() as i64);
                let r = self.rt_checked_val("rt_match_mapping", &[w[0], w[1], rest]);
                self.produce_word(results[0], r);
            }
            "typed.match.class" => {
                let npos = self.src.attr(op, "num_positional").and_then(Attr::as_int).unwrap_or(0);
                let names: Vec<String> = self.src.attr(op, "kwd_names").and_then(Attr::as_array).unwrap_or(&[]).iter().filter_map(|a| a.as_str().map(String::from)).collect();
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                let kw = self.kwnames_tuple(&names);
                let n = self.i64c(npos);
                let r = self.rt_checked_val("rt_match_class", &[w[0], w[1], n, kw]);
                self.produce_word(results[0], r);
            }
            other => self.internal(format!("cannot lower '{other}'")),
        }
    }
}
