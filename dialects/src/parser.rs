//! Reads MLIR's generic operation syntax back into a [`Module`]: the inverse of
//! [`crate::printer`], so passes can be tested as text in, text out.
//!
//! ```text
//! %n:2 = "dialect.op"(%a, %b#1)[^bb1, ^bb2] ({regions}) {attrs} : (types) -> (types) loc(...)
//! ```
//! Besides what our printer writes, it reads what `mlir-opt --allow-unregistered-dialect
//! --mlir-print-op-generic` writes for our ops: result groups (`%a, %b:2 = ...`), unlabeled
//! entry blocks, properties `<{...}>` (kept as attributes), `loc(#alias)` with
//! `#alias = loc(...)` defined anywhere at top level, block-argument locations (read and
//! dropped) and `//` comments. A file whose only top-level operation is a `builtin.module` is
//! that module; otherwise the top-level operations are wrapped in a new one, as MLIR does.
//!
//! Names are scoped as in MLIR: a region sees the values of the regions enclosing it, a value
//! may be used before its definition (forward reference) anywhere the definition would be
//! visible, and successors name blocks of the region holding the branch. Malformed input is a
//! [`ParseError`], never a panic.

use crate::ir::{Attr, BlockId, Location, Module, OpId, RegionData, RegionId, Type, Value};
use std::collections::HashMap;
use std::fmt;

/// A syntax or name-resolution error at a 1-based line and column (columns in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: u32,
    pub col: u32,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

impl std::error::Error for ParseError {}

/// Parses a whole module written in MLIR generic syntax.
pub fn parse_module(text: &str) -> Result<Module, ParseError> {
    let tokens = lex(text).map_err(|f| f.at(text))?;
    Parser::new(text, tokens).parse_top().map_err(|f| f.at(text))
}

/// Nesting limit for regions, arrays and type parameters: deeper input is refused instead of
/// overflowing the stack.
const MAX_NESTING: usize = 200;

/// An error at a byte offset, turned into a [`ParseError`] once the text is at hand.
struct Fail {
    offset: usize,
    message: String,
}

impl Fail {
    fn new(offset: usize, message: impl Into<String>) -> Fail {
        Fail { offset, message: message.into() }
    }

    fn at(self, text: &str) -> ParseError {
        let (line, col) = line_col(text, self.offset);
        ParseError { line, col, message: self.message }
    }
}

type PResult<T> = Result<T, Fail>;

/// Displays a byte offset of the text as `line:col`.
struct Position<'t>(&'t str, usize);

impl fmt::Display for Position<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, col) = line_col(self.0, self.1);
        write!(f, "{line}:{col}")
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let bytes = &text.as_bytes()[..offset.min(text.len())];
    let line_start = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
    // Count characters, not bytes: skip UTF-8 continuation bytes.
    let col = bytes[line_start..].iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1;
    (line as u32, col as u32)
}

// ---- lexer --------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    /// `%name` or `%name#index`.
    Value {
        name: String,
        index: Option<u32>,
    },
    /// `^name`.
    Block(String),
    /// `@name` or `@"name"`.
    Symbol(Vec<u8>),
    /// `#name` (location aliases).
    Hash(String),
    /// `!dialect.name`.
    Bang(String),
    /// A bare identifier: keywords, builtin types, attribute names.
    Bare(String),
    /// A string literal, escapes decoded.
    Str(Vec<u8>),
    /// An unsigned integer literal, decimal or `0x` hexadecimal, as written.
    Int(String),
    /// An unsigned float literal `1.5`, `1.5e-3`.
    Float(String),
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Less,
    Greater,
    Comma,
    Colon,
    Equal,
    Arrow,
    Minus,
    Eof,
}

struct Token {
    tok: Tok,
    start: usize,
}

fn is_bare_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

fn is_bare_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'$' | b'.')
}

/// MLIR's `suffix-id` after `%`, `^`, `@`, `#`: digits, or a letter or `$._-` followed by
/// letters, digits and `$._-`. Returns its end.
fn suffix_id_end(b: &[u8], start: usize) -> Option<usize> {
    let first = *b.get(start)?;
    let punct = |c: u8| matches!(c, b'$' | b'.' | b'_' | b'-');
    let mut i = start + 1;
    if first.is_ascii_digit() {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    } else if first.is_ascii_alphabetic() || punct(first) {
        while i < b.len() && (b[i].is_ascii_alphanumeric() || punct(b[i])) {
            i += 1;
        }
    } else {
        return None;
    }
    Some(i)
}

fn lex(text: &str) -> PResult<Vec<Token>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let ident = |s: usize, e: usize| String::from_utf8_lossy(&b[s..e]).into_owned();
    while i < b.len() {
        let c = b[i];
        let start = i;
        let tok = match c {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'%' => {
                let end = suffix_id_end(b, i + 1).ok_or_else(|| Fail::new(i, "expected a value name after '%'"))?;
                let name = ident(i + 1, end);
                i = end;
                let mut index = None;
                if b.get(i) == Some(&b'#') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                    let s = i + 1;
                    i = s;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                    let n = text[s..i].parse::<u32>().map_err(|_| Fail::new(s, "result number is too large"))?;
                    index = Some(n);
                }
                Tok::Value { name, index }
            }
            b'^' => {
                let end = suffix_id_end(b, i + 1).ok_or_else(|| Fail::new(i, "expected a block name after '^'"))?;
                i = end;
                Tok::Block(ident(start + 1, end))
            }
            b'#' => {
                let end = suffix_id_end(b, i + 1).ok_or_else(|| Fail::new(i, "expected an alias name after '#'"))?;
                i = end;
                Tok::Hash(ident(start + 1, end))
            }
            b'@' => {
                if b.get(i + 1) == Some(&b'"') {
                    let (bytes, end) = lex_string(b, i + 1)?;
                    i = end;
                    Tok::Symbol(bytes)
                } else {
                    let end = suffix_id_end(b, i + 1).ok_or_else(|| Fail::new(i, "expected a symbol name after '@'"))?;
                    i = end;
                    Tok::Symbol(b[start + 1..end].to_vec())
                }
            }
            b'!' => {
                if !b.get(i + 1).is_some_and(|&c| is_bare_start(c)) {
                    return Err(Fail::new(i, "expected a dialect type name after '!'"));
                }
                i += 2;
                while i < b.len() && is_bare_char(b[i]) {
                    i += 1;
                }
                Tok::Bang(ident(start + 1, i))
            }
            b'"' => {
                let (bytes, end) = lex_string(b, i)?;
                i = end;
                Tok::Str(bytes)
            }
            b'0'..=b'9' => {
                let (tok, end) = lex_number(b, i)?;
                i = end;
                tok
            }
            c if is_bare_start(c) => {
                i += 1;
                while i < b.len() && is_bare_char(b[i]) {
                    i += 1;
                }
                Tok::Bare(ident(start, i))
            }
            b'-' => {
                if b.get(i + 1) == Some(&b'>') {
                    i += 2;
                    Tok::Arrow
                } else {
                    i += 1;
                    Tok::Minus
                }
            }
            _ => {
                let punct = match c {
                    b'(' => Tok::LParen,
                    b')' => Tok::RParen,
                    b'[' => Tok::LBracket,
                    b']' => Tok::RBracket,
                    b'{' => Tok::LBrace,
                    b'}' => Tok::RBrace,
                    b'<' => Tok::Less,
                    b'>' => Tok::Greater,
                    b',' => Tok::Comma,
                    b':' => Tok::Colon,
                    b'=' => Tok::Equal,
                    _ => {
                        let ch = text.get(i..).and_then(|s| s.chars().next()).unwrap_or('?');
                        return Err(Fail::new(i, format!("unexpected character '{}'", ch.escape_debug())));
                    }
                };
                i += 1;
                punct
            }
        };
        out.push(Token { tok, start });
    }
    out.push(Token { tok: Tok::Eof, start: b.len() });
    Ok(out)
}

/// A string literal starting at the `"` at `start`: its bytes and the offset after it.
fn lex_string(b: &[u8], start: usize) -> PResult<(Vec<u8>, usize)> {
    let mut out = Vec::new();
    let mut i = start + 1;
    loop {
        match b.get(i) {
            None | Some(b'\n') | Some(b'\r') => return Err(Fail::new(start, "unterminated string literal")),
            Some(b'"') => return Ok((out, i + 1)),
            Some(b'\\') => {
                let escaped = match b.get(i + 1) {
                    Some(b'"') => Some(b'"'),
                    Some(b'\\') => Some(b'\\'),
                    Some(b'n') => Some(b'\n'),
                    Some(b't') => Some(b'\t'),
                    _ => None,
                };
                if let Some(e) = escaped {
                    out.push(e);
                    i += 2;
                    continue;
                }
                let hex = |k: usize| b.get(k).and_then(|c| (*c as char).to_digit(16));
                match (hex(i + 1), hex(i + 2)) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 3;
                    }
                    _ => return Err(Fail::new(i, "unknown escape in string literal: expected \\\" \\\\ \\n \\t or two hex digits")),
                }
            }
            Some(&c) => {
                out.push(c);
                i += 1;
            }
        }
    }
}

/// An unsigned number starting at a digit: `123`, `0x7FF0`, `1.5`, `1.5e-3`.
fn lex_number(b: &[u8], start: usize) -> PResult<(Tok, usize)> {
    let text = |s: usize, e: usize| String::from_utf8_lossy(&b[s..e]).into_owned();
    let mut i = start;
    if b[i] == b'0' && b.get(i + 1) == Some(&b'x') {
        i += 2;
        let digits = i;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            i += 1;
        }
        if i == digits {
            return Err(Fail::new(start, "expected hexadecimal digits after '0x'"));
        }
        return Ok((Tok::Int(text(start, i)), i));
    }
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if b.get(i) != Some(&b'.') {
        return Ok((Tok::Int(text(start, i)), i));
    }
    i += 1;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let digit_at = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
        let exp_digits = if digit_at(i + 1) {
            Some(i + 1)
        } else if matches!(b.get(i + 1), Some(b'+' | b'-')) && digit_at(i + 2) {
            Some(i + 2)
        } else {
            None
        };
        if let Some(d) = exp_digits {
            i = d;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        }
    }
    Ok((Tok::Float(text(start, i)), i))
}

// ---- parser -------------------------------------------------------------------------------

/// Where an operand slot or a successor slot waits for a definition that comes later.
struct PendingValue {
    name: String,
    index: u32,
    ty: Type,
    op: OpId,
    operand: usize,
    offset: usize,
}

struct PendingBlock {
    name: String,
    op: OpId,
    successor: usize,
    offset: usize,
}

/// The names defined by one region (or the top level) and its unresolved references.
#[derive(Default)]
struct Scope {
    /// Value name -> the values it names (one per result of a `%x:n` group) and where.
    values: HashMap<String, (Vec<Value>, usize)>,
    /// Forward references by the name they wait for.
    pending_values: HashMap<String, Vec<PendingValue>>,
    /// Block name -> the block and where its label is.
    blocks: HashMap<String, (BlockId, usize)>,
    /// Successors naming blocks whose label comes later, by block name.
    pending_blocks: HashMap<String, Vec<PendingBlock>>,
}

/// What precedes an op's regions in the text.
struct OpHead {
    /// Result groups `%name:count` and where each is written.
    groups: Vec<(String, u32, usize)>,
    name: String,
    /// Operands: name, result number, offset.
    uses: Vec<(String, u32, usize)>,
    successors: Vec<(String, usize)>,
    properties: Vec<(String, Attr)>,
}

/// A location as written: resolved, or an alias that may be defined further down.
enum LocRef {
    Loc(Location),
    Alias(String, usize),
}

/// Placeholder for an operand or successor whose definition has not been parsed yet; every
/// placeholder is patched before parsing succeeds.
const UNRESOLVED: u32 = u32::MAX;

struct Parser<'t> {
    text: &'t str,
    toks: Vec<Token>,
    pos: usize,
    m: Module,
    scopes: Vec<Scope>,
    depth: usize,
    loc_aliases: HashMap<String, (Location, usize)>,
    /// Ops whose `loc(#alias)` is resolved at the end of the file.
    alias_uses: Vec<(OpId, String, usize)>,
}

impl<'t> Parser<'t> {
    fn new(text: &'t str, toks: Vec<Token>) -> Parser<'t> {
        // Start from empty arenas: the parsed `builtin.module` becomes `top`.
        let mut m = Module::new();
        m.ops.clear();
        m.blocks.clear();
        m.regions.clear();
        m.values.clear();
        Parser { text, toks, pos: 0, m, scopes: Vec::new(), depth: 0, loc_aliases: HashMap::new(), alias_uses: Vec::new() }
    }

    // ---- token helpers

    fn peek(&self) -> &Tok {
        &self.toks[self.pos].tok
    }

    fn offset(&self) -> usize {
        self.toks[self.pos].start
    }

    fn bump(&mut self) -> Tok {
        let t = self.toks[self.pos].tok.clone();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    fn eat(&mut self, t: &Tok) -> bool {
        if self.peek() == t {
            self.bump();
            true
        } else {
            false
        }
    }

    /// A short description of the current token for error messages.
    fn found(&self) -> String {
        let t = &self.toks[self.pos];
        match &t.tok {
            Tok::Eof => "end of input".to_string(),
            Tok::Str(s) => {
                let s = crate::printer::quote(s);
                if s.len() > 40 { format!("string {}...", &s[..36]) } else { format!("string {s}") }
            }
            tok => format!("'{}'", describe(tok)),
        }
    }

    fn error<T>(&self, what: &str) -> PResult<T> {
        Err(Fail::new(self.offset(), format!("expected {what}, found {}", self.found())))
    }

    fn expect(&mut self, t: Tok, what: &str) -> PResult<()> {
        if self.eat(&t) { Ok(()) } else { self.error(what) }
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(Fail::new(self.offset(), format!("nesting deeper than {MAX_NESTING} levels")));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// `line:col` of a byte offset, for messages that point at a second place.
    fn position(&self, offset: usize) -> Position<'t> {
        Position(self.text, offset)
    }

    fn utf8(bytes: Vec<u8>, offset: usize, what: &str) -> PResult<String> {
        String::from_utf8(bytes).map_err(|_| Fail::new(offset, format!("{what} is not valid UTF-8")))
    }

    // ---- top level

    fn parse_top(mut self) -> PResult<Module> {
        self.scopes.push(Scope::default());
        let mut ops = Vec::new();
        let mut first_op_offset = 0;
        loop {
            match self.peek() {
                Tok::Eof => break,
                Tok::Hash(_) => self.parse_alias_definition()?,
                _ => {
                    if ops.is_empty() {
                        first_op_offset = self.offset();
                    }
                    ops.push(self.parse_op()?);
                }
            }
        }
        self.close_scope()?;
        for (op, name, offset) in std::mem::take(&mut self.alias_uses) {
            let (loc, _) = self.loc_aliases.get(&name).ok_or_else(|| Fail::new(offset, format!("undefined location alias '#{name}'")))?;
            self.m.ops[op.0 as usize].loc = loc.clone();
        }
        let single_module = ops.len() == 1 && self.m.op(ops[0]).name == "builtin.module";
        if single_module {
            let top = ops[0];
            let shape_ok = matches!(self.m.op(top).regions.as_slice(), [r] if self.m.region(*r).blocks.len() == 1);
            if !shape_ok {
                return Err(Fail::new(first_op_offset, "the top-level 'builtin.module' must have one region holding one block"));
            }
            self.m.top = top;
        } else {
            let top = self.m.create_op("builtin.module", &[], &[], Vec::new(), Location::Unknown);
            let region = self.m.add_region(top);
            let body = self.m.add_block(region, &[]);
            for op in ops {
                self.m.append_op(body, op);
            }
            self.m.top = top;
        }
        Ok(self.m)
    }

    /// `#name = loc(...)`.
    fn parse_alias_definition(&mut self) -> PResult<()> {
        let offset = self.offset();
        let Tok::Hash(name) = self.bump() else { unreachable!("called on a '#' token") };
        self.expect(Tok::Equal, "'=' after an alias name")?;
        if self.peek() != &Tok::Bare("loc".into()) {
            return self.error("'loc(...)': only location aliases are supported");
        }
        let loc = match self.parse_optional_loc()? {
            Some(LocRef::Loc(l)) => l,
            Some(LocRef::Alias(other, at)) => return Err(Fail::new(at, format!("location alias '#{name}' refers to alias '#{other}', which is not supported"))),
            None => unreachable!("'loc' was checked above"),
        };
        if let Some((_, first)) = self.loc_aliases.insert(name.clone(), (loc, offset)) {
            return Err(Fail::new(offset, format!("redefinition of alias '#{name}' (first defined at {})", self.position(first))));
        }
        Ok(())
    }

    // ---- operations

    /// One operation; the caller places it in its block.
    fn parse_op(&mut self) -> PResult<OpId> {
        // Kept small: this frame stays on the stack while the op's regions are parsed, so the
        // work before and after them lives in functions of their own.
        let head = self.parse_op_head()?;
        let mut regions = Vec::new();
        if self.eat(&Tok::LParen) {
            loop {
                regions.push(self.parse_region()?);
                if self.eat(&Tok::RParen) {
                    break;
                }
                self.expect(Tok::Comma, "',' or ')' in the region list")?;
            }
        }
        self.finish_op(head, regions)
    }

    /// Everything before the regions: `%r:2 = "d.op"(%a, %b)[^bb1] <{properties}>`.
    #[inline(never)]
    fn parse_op_head(&mut self) -> PResult<Box<OpHead>> {
        // Result groups: `%a, %b:2 =`.
        let mut groups: Vec<(String, u32, usize)> = Vec::new();
        if matches!(self.peek(), Tok::Value { .. }) {
            loop {
                let offset = self.offset();
                let Tok::Value { name, index } = self.peek().clone() else { return self.error("a result name") };
                self.bump();
                if index.is_some() {
                    return Err(Fail::new(offset, "a result name cannot carry a '#' result number"));
                }
                let mut count = 1;
                if self.eat(&Tok::Colon) {
                    let at = self.offset();
                    count = match self.bump() {
                        Tok::Int(t) => t.parse::<u32>().ok().filter(|n| *n > 0).ok_or_else(|| Fail::new(at, "expected a result count of at least 1"))?,
                        _ => return Err(Fail::new(at, "expected a result count after ':'")),
                    };
                }
                groups.push((name, count, offset));
                if !self.eat(&Tok::Comma) {
                    break;
                }
            }
            self.expect(Tok::Equal, "'=' after the result names")?;
        }

        let name_offset = self.offset();
        let Tok::Str(name) = self.peek().clone() else { return self.error("an operation in generic form: \"dialect.op\"(...)") };
        self.bump();
        let name = Self::utf8(name, name_offset, "operation name")?;
        if name.is_empty() {
            return Err(Fail::new(name_offset, "empty operation name"));
        }

        // Operands, resolved once the op's type is known.
        self.expect(Tok::LParen, "'(' before the operands")?;
        let mut uses: Vec<(String, u32, usize)> = Vec::new();
        if !self.eat(&Tok::RParen) {
            loop {
                let offset = self.offset();
                match self.bump() {
                    Tok::Value { name, index } => uses.push((name, index.unwrap_or(0), offset)),
                    _ => return Err(Fail::new(offset, format!("expected an operand, found {}", self.found_at(offset)))),
                }
                if self.eat(&Tok::RParen) {
                    break;
                }
                self.expect(Tok::Comma, "',' or ')' in the operand list")?;
            }
        }

        // Successors.
        let mut successors: Vec<(String, usize)> = Vec::new();
        if self.eat(&Tok::LBracket) {
            loop {
                let offset = self.offset();
                match self.bump() {
                    Tok::Block(name) => successors.push((name, offset)),
                    _ => return Err(Fail::new(offset, format!("expected a successor block, found {}", self.found_at(offset)))),
                }
                if self.peek() == &Tok::LParen {
                    return Err(Fail::new(self.offset(), "successor operands are not supported: branches carry no operands"));
                }
                if self.eat(&Tok::RBracket) {
                    break;
                }
                self.expect(Tok::Comma, "',' or ']' in the successor list")?;
            }
        }
        // Properties (mlir-opt writes `builtin.module`'s `sym_name` as one): our IR keeps
        // them as attributes.
        let mut properties = Vec::new();
        if self.eat(&Tok::Less) {
            if self.peek() != &Tok::LBrace {
                return self.error("'{' after '<' to open the properties");
            }
            properties = self.parse_attr_dict()?;
            self.expect(Tok::Greater, "'>' to close the properties")?;
        }
        Ok(Box::new(OpHead { groups, name, uses, successors, properties }))
    }

    /// Everything after the regions (`{attrs} : (types) -> types loc(...)`), then builds the
    /// op, resolves or defers its operands and successors, and defines its results.
    #[inline(never)]
    #[allow(clippy::boxed_local)] // boxed to keep `parse_op`'s frame small
    fn finish_op(&mut self, head: Box<OpHead>, regions: Vec<RegionId>) -> PResult<OpId> {
        let OpHead { groups, name, uses, successors, properties } = *head;
        let attrs_offset = self.offset();
        let mut attrs = if self.peek() == &Tok::LBrace { self.parse_attr_dict()? } else { Vec::new() };
        for (key, value) in properties {
            if attrs.iter().any(|(k, _)| *k == key) {
                return Err(Fail::new(attrs_offset, format!("'{key}' is both a property and an attribute")));
            }
            attrs.push((key, value));
        }

        self.expect(Tok::Colon, "':' and the operation's type")?;
        let type_offset = self.offset();
        let (inputs, outputs) = match self.parse_type()? {
            Type::Function { inputs, results } => (inputs, results),
            t => return Err(Fail::new(type_offset, format!("expected the operation's function type, found type {t}"))),
        };
        if inputs.len() != uses.len() {
            return Err(Fail::new(type_offset, format!("the operation has {} operands but its type lists {}", uses.len(), inputs.len())));
        }
        let named: u32 = groups.iter().map(|g| g.1).sum();
        if !groups.is_empty() && named as usize != outputs.len() {
            return Err(Fail::new(groups[0].2, format!("{named} result names are bound but the operation's type has {} results", outputs.len())));
        }
        let loc = self.parse_optional_loc()?;

        // Build the op: operands found now are checked against their type; the others wait.
        let mut operands = Vec::with_capacity(uses.len());
        let mut waiting = Vec::new();
        for (i, ((name, index, offset), ty)) in uses.into_iter().zip(inputs).enumerate() {
            match self.lookup_value(&name) {
                Some(values) => {
                    let v = *values.get(index as usize).ok_or_else(|| Fail::new(offset, format!("'%{name}' has only {} results", values.len())))?;
                    let def_ty = self.m.value_type(v);
                    if *def_ty != ty {
                        return Err(Fail::new(offset, format!("'%{name}' is used as {ty} but has type {def_ty}")));
                    }
                    operands.push(v);
                }
                None => {
                    operands.push(Value(UNRESOLVED));
                    waiting.push(PendingValue { name, index, ty, op: OpId(UNRESOLVED), operand: i, offset });
                }
            }
        }
        let (loc, alias) = match loc {
            Some(LocRef::Loc(l)) => (l, None),
            Some(LocRef::Alias(name, at)) => (Location::Unknown, Some((name, at))),
            None => (Location::Unknown, None),
        };
        let op = self.m.create_op(&name, &operands, &outputs, attrs, loc);
        if let Some((alias, at)) = alias {
            self.alias_uses.push((op, alias, at));
        }
        for r in regions {
            self.m.regions[r.0 as usize].parent = Some(op);
            self.m.ops[op.0 as usize].regions.push(r);
        }
        let scope = self.scopes.last_mut().expect("a scope is open while parsing ops");
        for (i, (name, offset)) in successors.into_iter().enumerate() {
            let b = match scope.blocks.get(&name) {
                Some((b, _)) => *b,
                None => {
                    scope.pending_blocks.entry(name.clone()).or_default().push(PendingBlock { name, op, successor: i, offset });
                    BlockId(UNRESOLVED)
                }
            };
            self.m.ops[op.0 as usize].successors.push(b);
        }
        for mut p in waiting {
            p.op = op;
            scope.pending_values.entry(p.name.clone()).or_default().push(p);
        }

        // Define the results.
        let results = self.m.op(op).results.clone();
        let mut next = 0;
        for (name, count, offset) in groups {
            let values = results[next..next + count as usize].to_vec();
            next += count as usize;
            self.define_values(name, values, offset)?;
        }
        Ok(op)
    }

    fn found_at(&self, offset: usize) -> String {
        let i = self.toks.iter().position(|t| t.start == offset).unwrap_or(self.pos);
        match &self.toks[i].tok {
            Tok::Eof => "end of input".into(),
            t => format!("'{}'", describe(t)),
        }
    }

    /// The values named `name` in the innermost scope that defines it.
    fn lookup_value(&self, name: &str) -> Option<&[Value]> {
        self.scopes.iter().rev().find_map(|s| s.values.get(name)).map(|(v, _)| v.as_slice())
    }

    /// Defines `%name` in the current scope and patches the uses that waited for it.
    fn define_values(&mut self, name: String, values: Vec<Value>, offset: usize) -> PResult<()> {
        if let Some((_, first)) = self.scopes.iter().find_map(|s| s.values.get(&name)) {
            return Err(Fail::new(offset, format!("redefinition of value '%{name}' (first defined at {})", self.position(*first))));
        }
        let text = self.text;
        let scope = self.scopes.last_mut().expect("a scope is open while defining values");
        for p in scope.pending_values.remove(&name).unwrap_or_default() {
            let v = *values.get(p.index as usize).ok_or_else(|| Fail::new(p.offset, format!("'%{name}' has only {} results", values.len())))?;
            let def_ty = self.m.value_type(v);
            if *def_ty != p.ty {
                return Err(Fail::new(p.offset, format!("'%{name}' is used as {} but is defined later with type {def_ty} (at {})", p.ty, Position(text, offset))));
            }
            self.m.ops[p.op.0 as usize].operands[p.operand] = v;
        }
        scope.values.insert(name, (values, offset));
        Ok(())
    }

    /// Pops the current scope: undefined successors are errors; values still unresolved may be
    /// defined later in the enclosing region (or are errors at the top level).
    fn close_scope(&mut self) -> PResult<()> {
        let scope = self.scopes.pop().expect("close_scope matches an open scope");
        if let Some(p) = scope.pending_blocks.values().flatten().min_by_key(|p| p.offset) {
            return Err(Fail::new(p.offset, format!("reference to undefined block '^{}' (successors must be blocks of the same region)", p.name)));
        }
        match self.scopes.last_mut() {
            Some(parent) => {
                for (name, uses) in scope.pending_values {
                    parent.pending_values.entry(name).or_default().extend(uses);
                }
            }
            None => {
                if let Some(p) = scope.pending_values.values().flatten().min_by_key(|p| p.offset) {
                    let name = &p.name;
                    return Err(Fail::new(p.offset, format!("use of undefined value '%{name}'")));
                }
            }
        }
        Ok(())
    }

    // ---- regions and blocks

    /// `{ ops ^bb1(%a: t): ops ... }`, detached: the caller attaches it to its op.
    fn parse_region(&mut self) -> PResult<RegionId> {
        let region = self.open_region()?;
        if !matches!(self.peek(), Tok::RBrace | Tok::Block(_)) {
            // An entry block without a label.
            let b = self.m.add_block(region, &[]);
            self.parse_block_ops(b)?;
        }
        while matches!(self.peek(), Tok::Block(_)) {
            let b = self.parse_block_label(region)?;
            self.parse_block_ops(b)?;
        }
        self.expect(Tok::RBrace, "an operation, a block label or '}'")?;
        self.close_scope()?;
        self.leave();
        Ok(region)
    }

    /// `{`: a new detached region and its name scope.
    #[inline(never)]
    fn open_region(&mut self) -> PResult<RegionId> {
        self.expect(Tok::LBrace, "'{' to open a region")?;
        self.enter()?;
        let region = RegionId(self.m.regions.len() as u32);
        self.m.regions.push(RegionData { blocks: Vec::new(), parent: None });
        self.scopes.push(Scope::default());
        Ok(region)
    }

    fn parse_block_ops(&mut self, block: BlockId) -> PResult<()> {
        while !matches!(self.peek(), Tok::RBrace | Tok::Block(_) | Tok::Eof) {
            let op = self.parse_op()?;
            self.m.append_op(block, op);
        }
        Ok(())
    }

    /// `^name(%a: t, %b: u):` — creates the block, appends it and defines its arguments.
    fn parse_block_label(&mut self, region: RegionId) -> PResult<BlockId> {
        let offset = self.offset();
        let Tok::Block(name) = self.bump() else { unreachable!("called on a block label") };
        let mut args: Vec<(String, Type, usize)> = Vec::new();
        if self.eat(&Tok::LParen) && !self.eat(&Tok::RParen) {
            loop {
                let at = self.offset();
                let arg = match self.bump() {
                    Tok::Value { name, index: None } => name,
                    _ => return Err(Fail::new(at, format!("expected a block argument '%name: type', found {}", self.found_at(at)))),
                };
                self.expect(Tok::Colon, "':' and the block argument's type")?;
                let ty = self.parse_type()?;
                // MLIR prints argument locations; our block arguments carry none.
                self.parse_optional_loc()?;
                args.push((arg, ty, at));
                if self.eat(&Tok::RParen) {
                    break;
                }
                self.expect(Tok::Comma, "',' or ')' in the block argument list")?;
            }
        }
        self.expect(Tok::Colon, "':' after the block label")?;
        let scope = self.scopes.last().expect("a region scope is open");
        if let Some((_, first)) = scope.blocks.get(&name) {
            return Err(Fail::new(offset, format!("redefinition of block '^{name}' (first defined at {})", self.position(*first))));
        }
        let types: Vec<Type> = args.iter().map(|a| a.1.clone()).collect();
        let block = self.m.add_block(region, &types);
        let scope = self.scopes.last_mut().expect("a region scope is open");
        scope.blocks.insert(name.clone(), (block, offset));
        for p in scope.pending_blocks.remove(&name).unwrap_or_default() {
            self.m.ops[p.op.0 as usize].successors[p.successor] = block;
        }
        let values = self.m.block(block).args.clone();
        for ((arg, _, at), v) in args.into_iter().zip(values) {
            self.define_values(arg, vec![v], at)?;
        }
        Ok(block)
    }
}

// ---- attributes, types, locations ---------------------------------------------------------

impl Parser<'_> {
    /// `{key = value, unit_key, "quoted key" = value}`.
    fn parse_attr_dict(&mut self) -> PResult<Vec<(String, Attr)>> {
        self.expect(Tok::LBrace, "'{' to open the attributes")?;
        let mut attrs: Vec<(String, Attr)> = Vec::new();
        if self.eat(&Tok::RBrace) {
            return Ok(attrs);
        }
        loop {
            let offset = self.offset();
            let key = match self.peek().clone() {
                Tok::Bare(k) => k,
                Tok::Str(k) => Self::utf8(k, offset, "attribute name")?,
                _ => return self.error("an attribute name"),
            };
            self.bump();
            let value = if self.eat(&Tok::Equal) { self.parse_attr()? } else { Attr::Unit };
            if attrs.iter().any(|(k, _)| *k == key) {
                return Err(Fail::new(offset, format!("duplicate attribute '{key}'")));
            }
            attrs.push((key, value));
            if self.eat(&Tok::RBrace) {
                return Ok(attrs);
            }
            self.expect(Tok::Comma, "',' or '}' in the attributes")?;
        }
    }

    fn parse_attr(&mut self) -> PResult<Attr> {
        let offset = self.offset();
        let attr = match self.peek().clone() {
            Tok::Bare(w) if w == "true" => Attr::Bool(true),
            Tok::Bare(w) if w == "false" => Attr::Bool(false),
            Tok::Bare(w) if w == "unit" => Attr::Unit,
            Tok::Bare(w) if builtin_type(&w).is_none() => return self.error("an attribute value"),
            Tok::Bare(_) | Tok::Bang(_) | Tok::LParen => return Ok(Attr::Type(self.parse_type()?)),
            Tok::Str(s) => Attr::Str(s),
            Tok::Symbol(s) => Attr::Symbol(Self::utf8(s, offset, "symbol name")?),
            Tok::LBracket => {
                self.bump();
                self.enter()?;
                let mut items = Vec::new();
                if !self.eat(&Tok::RBracket) {
                    loop {
                        items.push(self.parse_attr()?);
                        if self.eat(&Tok::RBracket) {
                            break;
                        }
                        self.expect(Tok::Comma, "',' or ']' in the array")?;
                    }
                }
                self.leave();
                return Ok(Attr::Array(items));
            }
            Tok::Minus | Tok::Int(_) | Tok::Float(_) => return self.parse_number_attr(),
            _ => return self.error("an attribute value"),
        };
        self.bump();
        Ok(attr)
    }

    /// `5 : i64`, `-1.5e0 : f64`, `0x7FF0000000000000 : f64` (bit pattern). Without a type an
    /// integer is `i64` and a float `f64`, as in MLIR.
    fn parse_number_attr(&mut self) -> PResult<Attr> {
        let negative = self.eat(&Tok::Minus);
        let lit_offset = self.offset();
        let lit = self.peek().clone();
        if !matches!(lit, Tok::Int(_) | Tok::Float(_)) {
            return self.error("a number");
        }
        self.bump();
        let ty = if self.eat(&Tok::Colon) { Some((self.offset(), self.parse_type()?)) } else { None };
        match (lit, ty) {
            (Tok::Float(t), None | Some((_, Type::F64))) => {
                let v: f64 = t.parse().map_err(|_| Fail::new(lit_offset, format!("malformed float literal '{t}'")))?;
                Ok(Attr::Float(if negative { -v } else { v }))
            }
            (Tok::Float(_), Some((at, t))) => Err(Fail::new(at, format!("a float literal needs type f64, not {t}"))),
            (Tok::Int(t), Some((_, Type::F64))) => {
                let Some(hex) = t.strip_prefix("0x") else {
                    return Err(Fail::new(lit_offset, format!("decimal integer literal for an f64: write '{t}.0'")));
                };
                if negative {
                    return Err(Fail::new(lit_offset, "a hexadecimal float literal cannot have a leading '-'"));
                }
                let bits = u64::from_str_radix(hex, 16).map_err(|_| Fail::new(lit_offset, "hexadecimal float literal has more than 64 bits"))?;
                Ok(Attr::Float(f64::from_bits(bits)))
            }
            (Tok::Int(t), None) => int_attr(&t, negative, 64, lit_offset),
            (Tok::Int(t), Some((_, Type::Int(w)))) => int_attr(&t, negative, w, lit_offset),
            (_, Some((at, t))) => Err(Fail::new(at, format!("an integer literal needs an integer type such as i64, not {t}"))),
            (_, None) => unreachable!("checked to be a number above"),
        }
    }

    /// `i64`, `f64`, `!dialect.name<params>`, `(inputs) -> results`.
    fn parse_type(&mut self) -> PResult<Type> {
        let offset = self.offset();
        match self.peek().clone() {
            Tok::Bare(w) => match builtin_type(&w) {
                Some(t) => {
                    self.bump();
                    Ok(t)
                }
                None => Err(Fail::new(offset, format!("unknown type '{w}' (builtin types are i1, i8, i32, i64, ..., f64)"))),
            },
            Tok::Bang(full) => {
                self.bump();
                let Some((dialect, name)) = full.split_once('.').filter(|(d, n)| !d.is_empty() && !n.is_empty()) else {
                    return Err(Fail::new(offset, format!("expected a dialect type '!dialect.name', found '!{full}'")));
                };
                let mut params = Vec::new();
                if self.eat(&Tok::Less) {
                    self.enter()?;
                    if !self.eat(&Tok::Greater) {
                        loop {
                            params.push(self.parse_type()?);
                            if self.eat(&Tok::Greater) {
                                break;
                            }
                            self.expect(Tok::Comma, "',' or '>' in the type parameters")?;
                        }
                    }
                    self.leave();
                }
                Ok(Type::Dialect { dialect: dialect.to_string(), name: name.to_string(), params })
            }
            Tok::LParen => {
                self.bump();
                self.enter()?;
                let inputs = self.parse_type_list_rest()?;
                self.expect(Tok::Arrow, "'->' in a function type")?;
                let results = if self.eat(&Tok::LParen) { self.parse_type_list_rest()? } else { vec![self.parse_type()?] };
                self.leave();
                Ok(Type::Function { inputs, results })
            }
            _ => self.error("a type"),
        }
    }

    /// The types of a parenthesized list after its `(`, through its `)`.
    fn parse_type_list_rest(&mut self) -> PResult<Vec<Type>> {
        let mut types = Vec::new();
        if self.eat(&Tok::RParen) {
            return Ok(types);
        }
        loop {
            types.push(self.parse_type()?);
            if self.eat(&Tok::RParen) {
                return Ok(types);
            }
            self.expect(Tok::Comma, "',' or ')' in the type list")?;
        }
    }

    /// `loc("file":l:c)`, `loc("file":l:c to l:c)`, `loc("file":l:c to :c)`, `loc(unknown)`,
    /// `loc(#alias)`; None when no `loc` follows.
    fn parse_optional_loc(&mut self) -> PResult<Option<LocRef>> {
        if !matches!(self.peek(), Tok::Bare(w) if w == "loc") {
            return Ok(None);
        }
        self.bump();
        self.expect(Tok::LParen, "'(' after 'loc'")?;
        let offset = self.offset();
        let loc = match self.peek().clone() {
            Tok::Bare(w) if w == "unknown" => {
                self.bump();
                LocRef::Loc(Location::Unknown)
            }
            Tok::Hash(name) => {
                self.bump();
                match self.loc_aliases.get(&name) {
                    Some((l, _)) => LocRef::Loc(l.clone()),
                    None => LocRef::Alias(name, offset),
                }
            }
            Tok::Str(file) => {
                self.bump();
                let file = Self::utf8(file, offset, "file name")?;
                self.expect(Tok::Colon, "':' and a line number")?;
                let line = self.parse_u32("a line number")?;
                self.expect(Tok::Colon, "':' and a column number")?;
                let col = self.parse_u32("a column number")?;
                let (mut end_line, mut end_col) = (line, col);
                if self.eat(&Tok::Bare("to".into())) {
                    if self.eat(&Tok::Colon) {
                        end_col = self.parse_u32("an end column")?;
                    } else {
                        end_line = self.parse_u32("an end line")?;
                        self.expect(Tok::Colon, "':' and an end column")?;
                        end_col = self.parse_u32("an end column")?;
                    }
                }
                LocRef::Loc(Location::File { file, line, col, end_line, end_col })
            }
            _ => return self.error("a location: \"file\":line:col, unknown or #alias"),
        };
        self.expect(Tok::RParen, "')' to close the location")?;
        Ok(Some(loc))
    }

    fn parse_u32(&mut self, what: &str) -> PResult<u32> {
        let offset = self.offset();
        match self.peek().clone() {
            Tok::Int(t) if !t.starts_with("0x") => {
                self.bump();
                t.parse().map_err(|_| Fail::new(offset, format!("{what} is too large")))
            }
            _ => self.error(what),
        }
    }
}

/// `iN` (1 <= N < 2^24, as MLIR) and `f64`.
fn builtin_type(word: &str) -> Option<Type> {
    if word == "f64" {
        return Some(Type::F64);
    }
    let digits = word.strip_prefix('i')?;
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse::<u32>().ok().filter(|w| (1..1 << 24).contains(w)).map(Type::Int)
}

/// An integer attribute of width `width`. Like MLIR, a signless integer accepts both the
/// signed and the unsigned range of its width; i64 values above `i64::MAX` keep their bits.
fn int_attr(text: &str, negative: bool, width: u32, offset: usize) -> PResult<Attr> {
    let magnitude = match text.strip_prefix("0x") {
        Some(hex) => u128::from_str_radix(hex, 16),
        None => text.parse::<u128>(),
    };
    let too_large = || Fail::new(offset, format!("integer literal out of range for i{width}"));
    let magnitude = magnitude.ok().filter(|m| *m <= u64::MAX as u128 + 1).ok_or_else(too_large)? as i128;
    let value = if negative { -magnitude } else { magnitude };
    let (lo, hi) = match width {
        64 => (i64::MIN as i128, u64::MAX as i128),
        w if w > 64 => (i64::MIN as i128, i64::MAX as i128),
        w => (-(1i128 << (w - 1)), (1i128 << w) - 1),
    };
    if value < lo || value > hi {
        return Err(too_large());
    }
    Ok(Attr::Int(value as u64 as i64, width))
}

/// A token as it is written, for error messages.
fn describe(t: &Tok) -> String {
    match t {
        Tok::Value { name, index: Some(i) } => format!("%{name}#{i}"),
        Tok::Value { name, index: None } => format!("%{name}"),
        Tok::Block(n) => format!("^{n}"),
        Tok::Symbol(s) => format!("@{}", String::from_utf8_lossy(s)),
        Tok::Hash(n) => format!("#{n}"),
        Tok::Bang(n) => format!("!{n}"),
        Tok::Bare(n) | Tok::Int(n) | Tok::Float(n) => n.clone(),
        Tok::Str(s) => crate::printer::quote(s),
        Tok::LParen => "(".into(),
        Tok::RParen => ")".into(),
        Tok::LBracket => "[".into(),
        Tok::RBracket => "]".into(),
        Tok::LBrace => "{".into(),
        Tok::RBrace => "}".into(),
        Tok::Less => "<".into(),
        Tok::Greater => ">".into(),
        Tok::Comma => ",".into(),
        Tok::Colon => ":".into(),
        Tok::Equal => "=".into(),
        Tok::Arrow => "->".into(),
        Tok::Minus => "-".into(),
        Tok::Eof => "end of input".into(),
    }
}
