//! The IR core, MLIR's model in Rust: operations with operands, typed results, attributes,
//! regions and a source location; regions hold blocks; blocks hold arguments and operations.
//!
//! Everything lives in arenas inside one [`Module`] and is referred to by index, so passes can
//! rewrite freely without fighting the borrow checker. Erased entities stay in the arenas
//! (unreachable), which keeps ids stable; the printer only walks what is reachable.

use std::fmt;

/// An operation's id inside its module.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OpId(pub u32);
/// A block's id inside its module.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);
/// A region's id inside its module.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RegionId(pub u32);
/// An SSA value's id inside its module.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Value(pub u32);

/// A type. Builtin scalars are spelled as in MLIR (`i1`, `i64`, `f64`); everything else is a
/// dialect type `!dialect.name` or `!dialect.name<param, ...>`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Type {
    /// Signless integer of the given width: `i1`, `i8`, `i32`, `i64`.
    Int(u32),
    /// `f64`.
    F64,
    /// `!dialect.name<params>`.
    Dialect { dialect: String, name: String, params: Vec<Type> },
    /// `(inputs) -> (results)`, used in attributes such as a function's signature.
    Function { inputs: Vec<Type>, results: Vec<Type> },
}

impl Type {
    /// `!dialect.name` without parameters.
    pub fn dialect(dialect: &str, name: &str) -> Type {
        Type::Dialect { dialect: dialect.into(), name: name.into(), params: Vec::new() }
    }
    /// `!dialect.name<params>`.
    pub fn dialect_with(dialect: &str, name: &str, params: Vec<Type>) -> Type {
        Type::Dialect { dialect: dialect.into(), name: name.into(), params }
    }
    /// True when this is `!dialect.name` (any parameters).
    pub fn is(&self, dialect: &str, name: &str) -> bool {
        matches!(self, Type::Dialect { dialect: d, name: n, .. } if d == dialect && n == name)
    }
    /// The dialect that owns this type, `builtin` for scalars and function types.
    pub fn dialect_name(&self) -> &str {
        match self {
            Type::Dialect { dialect, .. } => dialect,
            _ => "builtin",
        }
    }
}

/// An attribute value.
#[derive(Clone, Debug, PartialEq)]
pub enum Attr {
    /// `true` / `false`.
    Bool(bool),
    /// `5 : i64` (the type is the width, as for [`Type::Int`]).
    Int(i64, u32),
    /// `1.5 : f64`, printed exactly (hexadecimal bit pattern when decimal would lose bits).
    Float(f64),
    /// `"text"`; bytes, so WTF-8 strings and raw byte strings are representable.
    Str(Vec<u8>),
    /// `@symbol`.
    Symbol(String),
    /// A type used as an attribute, e.g. `function_type = (i64) -> i64`.
    Type(Type),
    /// `[a, b, c]`.
    Array(Vec<Attr>),
    /// `unit`: the attribute's presence is the information.
    Unit,
}

impl Attr {
    /// A string attribute from text.
    pub fn str(s: &str) -> Attr {
        Attr::Str(s.as_bytes().to_vec())
    }
    /// An `i64` integer attribute.
    pub fn i64(v: i64) -> Attr {
        Attr::Int(v, 64)
    }
    /// An array of string attributes.
    pub fn str_array<S: AsRef<str>>(items: &[S]) -> Attr {
        Attr::Array(items.iter().map(|s| Attr::str(s.as_ref())).collect())
    }
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Attr::Int(v, _) => Some(*v),
            _ => None,
        }
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Attr::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub fn as_float(&self) -> Option<f64> {
        match self {
            Attr::Float(f) => Some(*f),
            _ => None,
        }
    }
    /// The bytes of a string attribute.
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Attr::Str(s) => Some(s),
            _ => None,
        }
    }
    /// A string attribute as UTF-8 text (None if not a string or not valid UTF-8).
    pub fn as_str(&self) -> Option<&str> {
        self.as_bytes().and_then(|b| std::str::from_utf8(b).ok())
    }
    pub fn as_symbol(&self) -> Option<&str> {
        match self {
            Attr::Symbol(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_type(&self) -> Option<&Type> {
        match self {
            Attr::Type(t) => Some(t),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&[Attr]> {
        match self {
            Attr::Array(a) => Some(a),
            _ => None,
        }
    }
}

/// A source location: `loc("file":line:col to line:col)` (1-based, columns in characters),
/// or unknown.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Location {
    #[default]
    Unknown,
    File { file: String, line: u32, col: u32, end_line: u32, end_col: u32 },
}

impl Location {
    pub fn line(&self) -> u32 {
        match self {
            Location::File { line, .. } => *line,
            Location::Unknown => 0,
        }
    }
}

/// What defines a value.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ValueDef {
    Result(OpId, u32),
    BlockArg(BlockId, u32),
}

#[derive(Clone, Debug)]
pub struct ValueData {
    pub ty: Type,
    pub def: ValueDef,
}

/// One operation.
#[derive(Clone, Debug)]
pub struct OpData {
    /// `dialect.op`, e.g. `py.binop`.
    pub name: String,
    pub operands: Vec<Value>,
    pub results: Vec<Value>,
    /// Attributes in insertion order (printed sorted by name, as MLIR does).
    pub attrs: Vec<(String, Attr)>,
    pub regions: Vec<RegionId>,
    /// Successor blocks (only for terminators of CFG regions).
    pub successors: Vec<BlockId>,
    pub loc: Location,
    pub parent: Option<BlockId>,
}

#[derive(Clone, Debug, Default)]
pub struct BlockData {
    pub args: Vec<Value>,
    pub ops: Vec<OpId>,
    pub parent: Option<RegionId>,
}

#[derive(Clone, Debug, Default)]
pub struct RegionData {
    pub blocks: Vec<BlockId>,
    pub parent: Option<OpId>,
}

/// A whole program: arenas plus the top-level `builtin.module` operation.
#[derive(Clone, Debug)]
pub struct Module {
    pub ops: Vec<OpData>,
    pub blocks: Vec<BlockData>,
    pub regions: Vec<RegionData>,
    pub values: Vec<ValueData>,
    /// The `builtin.module` operation; its single region holds the program.
    pub top: OpId,
}

impl Default for Module {
    fn default() -> Self {
        Self::new()
    }
}

impl Module {
    /// An empty `builtin.module` with one region holding one empty block.
    pub fn new() -> Module {
        let mut m = Module { ops: Vec::new(), blocks: Vec::new(), regions: Vec::new(), values: Vec::new(), top: OpId(0) };
        let top = m.create_op("builtin.module", &[], &[], Vec::new(), Location::Unknown);
        let r = m.add_region(top);
        m.add_block(r, &[]);
        m.top = top;
        m
    }

    /// The single block of the top-level module region.
    pub fn body(&self) -> BlockId {
        self.regions[self.ops[self.top.0 as usize].regions[0].0 as usize].blocks[0]
    }

    // ---- construction -------------------------------------------------------------------

    /// Creates a detached operation with results of the given types.
    pub fn create_op(&mut self, name: &str, operands: &[Value], result_types: &[Type], attrs: Vec<(String, Attr)>, loc: Location) -> OpId {
        let id = OpId(self.ops.len() as u32);
        let results = result_types
            .iter()
            .enumerate()
            .map(|(i, t)| self.new_value(t.clone(), ValueDef::Result(id, i as u32)))
            .collect();
        self.ops.push(OpData {
            name: name.to_string(),
            operands: operands.to_vec(),
            results,
            attrs,
            regions: Vec::new(),
            successors: Vec::new(),
            loc,
            parent: None,
        });
        id
    }

    fn new_value(&mut self, ty: Type, def: ValueDef) -> Value {
        let v = Value(self.values.len() as u32);
        self.values.push(ValueData { ty, def });
        v
    }

    /// Appends a new empty region to `op`.
    pub fn add_region(&mut self, op: OpId) -> RegionId {
        let r = RegionId(self.regions.len() as u32);
        self.regions.push(RegionData { blocks: Vec::new(), parent: Some(op) });
        self.ops[op.0 as usize].regions.push(r);
        r
    }

    /// Appends a new block with arguments of the given types to `region`.
    pub fn add_block(&mut self, region: RegionId, arg_types: &[Type]) -> BlockId {
        let b = self.create_block(arg_types);
        self.append_block(region, b);
        b
    }

    /// Creates a detached block.
    pub fn create_block(&mut self, arg_types: &[Type]) -> BlockId {
        let b = BlockId(self.blocks.len() as u32);
        self.blocks.push(BlockData::default());
        let args = arg_types.iter().enumerate().map(|(i, t)| self.new_value(t.clone(), ValueDef::BlockArg(b, i as u32))).collect();
        self.blocks[b.0 as usize].args = args;
        b
    }

    /// Appends a detached block to `region`.
    pub fn append_block(&mut self, region: RegionId, block: BlockId) {
        self.blocks[block.0 as usize].parent = Some(region);
        self.regions[region.0 as usize].blocks.push(block);
    }

    /// Adds a block argument.
    pub fn add_block_arg(&mut self, block: BlockId, ty: Type) -> Value {
        let i = self.blocks[block.0 as usize].args.len() as u32;
        let v = self.new_value(ty, ValueDef::BlockArg(block, i));
        self.blocks[block.0 as usize].args.push(v);
        v
    }

    /// Appends a detached op at the end of `block`.
    pub fn append_op(&mut self, block: BlockId, op: OpId) {
        self.ops[op.0 as usize].parent = Some(block);
        self.blocks[block.0 as usize].ops.push(op);
    }

    /// Inserts a detached op into `block` at position `index`.
    pub fn insert_op(&mut self, block: BlockId, index: usize, op: OpId) {
        self.ops[op.0 as usize].parent = Some(block);
        self.blocks[block.0 as usize].ops.insert(index, op);
    }

    /// Removes `op` from its block (it stays in the arena, unreachable).
    pub fn detach_op(&mut self, op: OpId) {
        if let Some(b) = self.ops[op.0 as usize].parent.take() {
            self.blocks[b.0 as usize].ops.retain(|o| *o != op);
        }
    }

    /// Replaces every use of `from` by `to` in the whole module.
    pub fn replace_all_uses(&mut self, from: Value, to: Value) {
        for op in &mut self.ops {
            for v in &mut op.operands {
                if *v == from {
                    *v = to;
                }
            }
        }
    }

    // ---- access --------------------------------------------------------------------------

    pub fn op(&self, op: OpId) -> &OpData {
        &self.ops[op.0 as usize]
    }
    pub fn op_mut(&mut self, op: OpId) -> &mut OpData {
        &mut self.ops[op.0 as usize]
    }
    pub fn block(&self, b: BlockId) -> &BlockData {
        &self.blocks[b.0 as usize]
    }
    pub fn region(&self, r: RegionId) -> &RegionData {
        &self.regions[r.0 as usize]
    }
    pub fn value_type(&self, v: Value) -> &Type {
        &self.values[v.0 as usize].ty
    }
    pub fn set_value_type(&mut self, v: Value, ty: Type) {
        self.values[v.0 as usize].ty = ty;
    }
    pub fn value_def(&self, v: Value) -> ValueDef {
        self.values[v.0 as usize].def
    }
    /// The op defining `v`, if it is an op result.
    pub fn defining_op(&self, v: Value) -> Option<OpId> {
        match self.values[v.0 as usize].def {
            ValueDef::Result(op, _) => Some(op),
            ValueDef::BlockArg(..) => None,
        }
    }
    /// The attribute named `name` of `op`.
    pub fn attr(&self, op: OpId, name: &str) -> Option<&Attr> {
        self.ops[op.0 as usize].attrs.iter().find(|(n, _)| n == name).map(|(_, a)| a)
    }
    /// Sets (or replaces) an attribute.
    pub fn set_attr(&mut self, op: OpId, name: &str, attr: Attr) {
        let attrs = &mut self.ops[op.0 as usize].attrs;
        match attrs.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = attr,
            None => attrs.push((name.to_string(), attr)),
        }
    }
    /// The string attribute `name` of `op` as text.
    pub fn str_attr(&self, op: OpId, name: &str) -> Option<&str> {
        self.attr(op, name).and_then(Attr::as_str)
    }
    /// The op that owns `region`.
    pub fn region_parent(&self, r: RegionId) -> Option<OpId> {
        self.regions[r.0 as usize].parent
    }
    /// The op that (transitively) encloses `op` directly, i.e. owns the region of its block.
    pub fn parent_op(&self, op: OpId) -> Option<OpId> {
        let b = self.ops[op.0 as usize].parent?;
        let r = self.blocks[b.0 as usize].parent?;
        self.regions[r.0 as usize].parent
    }
    /// The first block of the `index`-th region of `op`.
    pub fn region_entry(&self, op: OpId, index: usize) -> Option<BlockId> {
        let r = *self.ops[op.0 as usize].regions.get(index)?;
        self.regions[r.0 as usize].blocks.first().copied()
    }
    /// The ops directly inside the top-level module block.
    pub fn top_ops(&self) -> Vec<OpId> {
        self.block(self.body()).ops.clone()
    }

    /// Every op reachable from the top, in pre-order (an op before the ops of its regions).
    pub fn walk(&self) -> Vec<OpId> {
        let mut out = Vec::new();
        self.walk_from(self.top, &mut out);
        out
    }

    /// `op` and every op nested in its regions, in pre-order.
    pub fn walk_from(&self, op: OpId, out: &mut Vec<OpId>) {
        out.push(op);
        for &r in &self.ops[op.0 as usize].regions {
            for &b in &self.regions[r.0 as usize].blocks {
                for &o in &self.blocks[b.0 as usize].ops {
                    self.walk_from(o, out);
                }
            }
        }
    }
}

/// Appends ops at the end of a block, the way `OpBuilder` does in MLIR.
pub struct Builder<'m> {
    pub module: &'m mut Module,
    pub block: BlockId,
    pub loc: Location,
}

impl<'m> Builder<'m> {
    pub fn new(module: &'m mut Module, block: BlockId) -> Self {
        Builder { module, block, loc: Location::Unknown }
    }

    /// Builds an op at the insertion point and returns it.
    pub fn op(&mut self, name: &str, operands: &[Value], result_types: &[Type], attrs: Vec<(String, Attr)>) -> OpId {
        let op = self.module.create_op(name, operands, result_types, attrs, self.loc.clone());
        self.module.append_op(self.block, op);
        op
    }

    /// Builds an op with exactly one result and returns that result.
    pub fn value(&mut self, name: &str, operands: &[Value], ty: Type, attrs: Vec<(String, Attr)>) -> Value {
        let op = self.op(name, operands, &[ty], attrs);
        self.module.op(op).results[0]
    }
}

/// A named attribute, for building attribute lists tersely: `vec![attr("op", Attr::str("add"))]`.
pub fn attr(name: &str, a: Attr) -> (String, Attr) {
    (name.to_string(), a)
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Int(w) => write!(f, "i{w}"),
            Type::F64 => write!(f, "f64"),
            Type::Dialect { dialect, name, params } => {
                write!(f, "!{dialect}.{name}")?;
                if !params.is_empty() {
                    write!(f, "<")?;
                    for (i, p) in params.iter().enumerate() {
                        if i > 0 {
                            write!(f, ", ")?;
                        }
                        write!(f, "{p}")?;
                    }
                    write!(f, ">")?;
                }
                Ok(())
            }
            Type::Function { inputs, results } => {
                write!(f, "(")?;
                for (i, t) in inputs.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{t}")?;
                }
                write!(f, ") -> ")?;
                if results.len() == 1 && !matches!(results[0], Type::Function { .. }) {
                    write!(f, "{}", results[0])
                } else {
                    write!(f, "(")?;
                    for (i, t) in results.iter().enumerate() {
                        if i > 0 {
                            write!(f, ", ")?;
                        }
                        write!(f, "{t}")?;
                    }
                    write!(f, ")")
                }
            }
        }
    }
}
