//! Prints a module in MLIR's generic operation syntax, which `mlir-opt
//! --allow-unregistered-dialect` accepts and our [`crate::parser`] reads back.
//!
//! `"dialect.op"(%operands)[^successors] ({regions}) {attributes} : (types) -> (types) loc(...)`.
//! Values are numbered in print order (`%0`, `%1`, ...; `%3#1` for the second result of a
//! multi-result op) and blocks `^bb0`, `^bb1`, ... so printing is deterministic.

use crate::ir::{Attr, BlockId, Location, Module, OpId, RegionId, Type, Value, ValueDef};
use std::collections::HashMap;
use std::fmt::Write;

/// Prints the whole module.
pub fn print_module(m: &Module) -> String {
    let mut p = Printer { m, out: String::new(), names: HashMap::new(), blocks: HashMap::new(), next_value: 0, next_block: 0 };
    p.number_op(m.top);
    p.print_op(m.top, 0);
    p.out
}

struct Printer<'m> {
    m: &'m Module,
    out: String,
    /// For each op: the number of its first result.
    names: HashMap<OpId, u32>,
    blocks: HashMap<BlockId, u32>,
    next_value: u32,
    next_block: u32,
}

impl Printer<'_> {
    /// Assigns numbers to every value and block in print order.
    fn number_op(&mut self, op: OpId) {
        let data = self.m.op(op);
        if !data.results.is_empty() {
            self.names.insert(op, self.next_value);
            self.next_value += 1;
        }
        for &r in &data.regions {
            for &b in &self.m.region(r).blocks {
                self.blocks.insert(b, self.next_block);
                self.next_block += 1;
            }
            for &b in &self.m.region(r).blocks {
                for &o in &self.m.block(b).ops {
                    self.number_op(o);
                }
            }
        }
    }

    fn value_name(&self, v: Value) -> String {
        match self.m.value_def(v) {
            ValueDef::Result(op, i) => {
                let n = self.names.get(&op).copied().unwrap_or(u32::MAX);
                if self.m.op(op).results.len() > 1 { format!("%{n}#{i}") } else { format!("%{n}") }
            }
            ValueDef::BlockArg(b, i) => format!("%arg{}_{i}", self.blocks.get(&b).copied().unwrap_or(u32::MAX)),
        }
    }

    fn indent(&mut self, depth: usize) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
    }

    fn print_op(&mut self, op: OpId, depth: usize) {
        let data = self.m.op(op);
        self.indent(depth);
        if !data.results.is_empty() {
            let n = self.names[&op];
            if data.results.len() > 1 {
                let _ = write!(self.out, "%{n}:{} = ", data.results.len());
            } else {
                let _ = write!(self.out, "%{n} = ");
            }
        }
        let _ = write!(self.out, "\"{}\"(", data.name);
        let operands: Vec<String> = data.operands.iter().map(|v| self.value_name(*v)).collect();
        self.out.push_str(&operands.join(", "));
        self.out.push(')');
        if !data.successors.is_empty() {
            let succ: Vec<String> = data.successors.iter().map(|b| format!("^bb{}", self.blocks.get(b).copied().unwrap_or(u32::MAX))).collect();
            let _ = write!(self.out, "[{}]", succ.join(", "));
        }
        if !data.regions.is_empty() {
            self.out.push_str(" (");
            let regions = data.regions.clone();
            for (i, r) in regions.iter().enumerate() {
                if i > 0 {
                    self.out.push_str(", ");
                }
                self.print_region(*r, depth);
            }
            self.out.push(')');
        }
        let data = self.m.op(op);
        if !data.attrs.is_empty() {
            let mut attrs: Vec<&(String, Attr)> = data.attrs.iter().collect();
            attrs.sort_by(|a, b| a.0.cmp(&b.0));
            let parts: Vec<String> = attrs.iter().map(|(n, a)| if matches!(a, Attr::Unit) { print_key(n) } else { format!("{} = {}", print_key(n), print_attr(a)) }).collect();
            let _ = write!(self.out, " {{{}}}", parts.join(", "));
        }
        let ins: Vec<Type> = data.operands.iter().map(|v| self.m.value_type(*v).clone()).collect();
        let outs: Vec<Type> = data.results.iter().map(|v| self.m.value_type(*v).clone()).collect();
        let _ = write!(self.out, " : {}", Type::Function { inputs: ins, results: outs });
        if let Some(l) = print_loc(&data.loc) {
            let _ = write!(self.out, " {l}");
        }
        self.out.push('\n');
    }

    fn print_region(&mut self, r: RegionId, depth: usize) {
        self.out.push_str("{\n");
        let blocks = self.m.region(r).blocks.clone();
        for b in blocks {
            self.indent(depth);
            let _ = write!(self.out, "^bb{}", self.blocks[&b]);
            let args = self.m.block(b).args.clone();
            if !args.is_empty() {
                let parts: Vec<String> = args.iter().map(|v| format!("{}: {}", self.value_name(*v), self.m.value_type(*v))).collect();
                let _ = write!(self.out, "({})", parts.join(", "));
            }
            self.out.push_str(":\n");
            for o in self.m.block(b).ops.clone() {
                self.print_op(o, depth + 1);
            }
        }
        self.indent(depth);
        self.out.push('}');
    }
}

/// An attribute name: bare when it is an MLIR bare identifier, quoted otherwise.
fn print_key(name: &str) -> String {
    if is_bare_id(name) { name.to_string() } else { quote(name.as_bytes()) }
}

/// MLIR's `bare-id`: `[a-zA-Z_][a-zA-Z0-9_$.]*`.
pub fn is_bare_id(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_') && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == '.')
}

/// An MLIR string literal: printable ASCII as is, `\"` `\\` `\n` `\t`, every other byte `\XX`.
pub fn quote(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() + 2);
    s.push('"');
    for &b in bytes {
        match b {
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\t' => s.push_str("\\t"),
            0x20..=0x7e => s.push(b as char),
            _ => {
                let _ = write!(s, "\\{b:02X}");
            }
        }
    }
    s.push('"');
    s
}

/// A float as an MLIR float literal that reads back to the same bits.
pub fn print_float(f: f64) -> String {
    if !f.is_finite() {
        return format!("0x{:016X}", f.to_bits());
    }
    let s = format!("{f:e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let mant = if mant.contains('.') { mant.to_string() } else { format!("{mant}.0") };
    format!("{mant}e{exp}")
}

pub fn print_attr(a: &Attr) -> String {
    match a {
        Attr::Bool(b) => b.to_string(),
        Attr::Int(v, w) => format!("{v} : i{w}"),
        Attr::Float(f) => format!("{} : f64", print_float(*f)),
        Attr::Str(s) => quote(s),
        Attr::Symbol(s) => {
            if is_bare_id(s) {
                format!("@{s}")
            } else {
                format!("@{}", quote(s.as_bytes()))
            }
        }
        Attr::Type(t) => t.to_string(),
        Attr::Array(items) => format!("[{}]", items.iter().map(print_attr).collect::<Vec<_>>().join(", ")),
        Attr::Unit => "unit".to_string(),
    }
}

/// `loc("file":line:col to line:col)`, or None for unknown locations (printed as nothing).
pub fn print_loc(l: &Location) -> Option<String> {
    match l {
        Location::Unknown => None,
        Location::File { file, line, col, end_line, end_col } => {
            if (end_line, end_col) == (line, col) {
                Some(format!("loc({}:{line}:{col})", quote(file.as_bytes())))
            } else {
                Some(format!("loc({}:{line}:{col} to {end_line}:{end_col})", quote(file.as_bytes())))
            }
        }
    }
}
