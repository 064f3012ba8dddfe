//! The marker line CPython 3.11 prints under a traceback's source line (`~~~^^^~~~`).
//!
//! A traceback entry knows the columns of its failing instruction. Python/traceback.c
//! (3.11.7) re-parses that source segment: when it is one expression whose root is a binary
//! operation, `~` goes under the operands and `^` under the operator; for a subscript, `~`
//! under the value and `^` under `[...]`; otherwise `^` under all of it. No markers are
//! printed when they would cover the whole stripped line. This module does the same with a
//! small expression parser that only tells those two roots from anything else, and keeps
//! the C code's quirks: a `)` before an operator is skipped, any non-blank character after
//! the operator's first one widens the `^` (`//`, but also `+(`), and a position that
//! continues on later lines is marked to the end of its first line, computed by walking the
//! line's UTF-8 bytes back from its length in characters. Widths count East Asian wide
//! characters as two columns (`traceback._display_width`).

use crate::exceptions::TbCols;
use crate::unicode_tables::{WIDE, contains};

/// Blanks as the tokenizer and traceback.c see them.
fn blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

fn width(s: &[char]) -> usize {
    s.iter().map(|&c| if !c.is_ascii() && contains(&WIDE, c) { 2 } else { 1 }).sum()
}

/// The line printed under source line `line` (as read from the file, without its line
/// break) for an instruction at `cols`, without its newline; None when CPython prints none.
pub fn marker_line(line: &str, cols: TbCols) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let indent = chars.iter().take_while(|&&c| blank(c)).count();
    let start = cols.start as usize;
    let (end, anchors) = match cols.end {
        Some(end) => {
            let end = end as usize;
            if end > chars.len() || start > end {
                return None;
            }
            (end, anchors(&chars[start..end]))
        }
        None => (multi_line_end(line, chars.len()), None),
    };
    if start < indent || start > end || (end - start == chars.len() - indent && anchors.is_none()) {
        return None;
    }
    let mut out = String::from("    ");
    out.extend(std::iter::repeat_n(' ', width(&chars[indent..start])));
    let segment = &chars[start..end];
    match anchors {
        Some((left, right)) => {
            out.extend(std::iter::repeat_n('~', width(&segment[..left])));
            out.extend(std::iter::repeat_n('^', width(&segment[left..right])));
            out.extend(std::iter::repeat_n('~', width(&segment[right..])));
        }
        None => out.extend(std::iter::repeat_n('^', width(segment))),
    }
    Some(out)
}

/// Where the markers of a position continuing on later lines end: traceback.c walks back
/// over blanks from index `nchars` (the line's length in characters) of the line's UTF-8
/// bytes, so on a line with non-ASCII text up to that many trailing blanks get markers.
fn multi_line_end(line: &str, nchars: usize) -> usize {
    let bytes = line.as_bytes();
    (0..nchars).rev().find(|&i| !matches!(bytes[i], b' ' | b'\t' | b'\x0c')).map_or(0, |i| i + 1)
}

/// The `~`/`^` split of a one-line segment: the character range of the operator of a
/// binary operation, or of the brackets of a subscript; None for any other segment.
pub fn anchors(segment: &[char]) -> Option<(usize, usize)> {
    let toks = tokenize(segment)?;
    let (pairs, unclosed) = match_brackets(&toks)?;
    if !unclosed.is_empty() {
        return None;
    }
    let mut p = Parser { toks: &toks, pairs: &pairs, i: 0, limit: toks.len() };
    let root = p.star_expressions()?;
    if p.i != toks.len() {
        return None;
    }
    match root.kind {
        Kind::BinOp { left_end, right_start } => {
            let mut found = None;
            let mut i = left_end;
            while i < right_start {
                if blank(segment[i]) {
                    i += 1;
                    continue;
                }
                let two = i + 1 < right_start && !blank(segment[i + 1]);
                found = Some((i, i + 1 + two as usize));
                if i + 1 < right_start && segment[i] == ')' {
                    i += 1;
                    continue;
                }
                break;
            }
            found
        }
        Kind::Subscript { bracket } => Some((bracket, segment.len())),
        _ => None,
    }
}

/// The columns of the callee when the instruction at `cols` calls `name`: a variable, or
/// when `attribute` a method (`obj.name(...)`, or `name(...)` where CPython starts a
/// multi-line method call at the name). Compiled code looks the callee up inside the call;
/// CPython reports a failed lookup at its LOAD_NAME or LOAD_METHOD, which covers the callee.
pub fn callee_of(line: &str, cols: TbCols, name: &str, attribute: bool) -> Option<TbCols> {
    let chars: Vec<char> = line.chars().collect();
    let start = cols.start as usize;
    let end = cols.end.map_or(chars.len(), |e| e as usize);
    let toks = tokenize(chars.get(start..end)?)?;
    let (pairs, unclosed) = match_brackets(&toks)?;
    let (callee, name_tok) = match unclosed.first() {
        // the call continues on later lines: its callee is what comes before its `(`
        Some(&open) => {
            if toks[open].text != "(" {
                return None;
            }
            let mut p = Parser { toks: &toks, pairs: &pairs, i: 0, limit: open };
            let n = p.expression()?;
            if p.i != open {
                return None;
            }
            ((n.start, n.end), n.kind.name(attribute))
        }
        None => {
            let mut p = Parser { toks: &toks, pairs: &pairs, i: 0, limit: toks.len() };
            match (p.expression()?.kind, p.i == toks.len()) {
                (Kind::Call { callee, name, attribute: a }, true) if attribute || !a => (callee, name),
                _ => return None,
            }
        }
    };
    let t = &toks[name_tok?];
    same(&chars[start + t.start..start + t.end], name).then(|| TbCols { start: (start + callee.0) as u32, end: Some((start + callee.1) as u32) })
}

// ---- tokens -------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Debug)]
enum TokKind {
    Name,
    Number,
    Str,
    Op,
}

/// A token: its kind, its character range, and its text when it is an operator or a keyword
/// (empty for other names, numbers and strings).
#[derive(Debug)]
struct Tok {
    kind: TokKind,
    text: &'static str,
    start: usize,
    end: usize,
}

/// The keywords, space-separated (one string rather than a table of pointers).
const KEYWORDS: &str = "False None True and as assert async await break class continue def del elif else except finally for from global \
                        if import in is lambda nonlocal not or pass raise return try while with yield";

/// The operators, longest first.
const OPS: &str = "**= //= >>= <<= ... -> := ** // << >> <= >= == != += -= *= /= %= &= |= ^= @= + - * / % @ & | ^ ~ < > ( ) [ ] { } , : ; . =";

fn same(s: &[char], text: &str) -> bool {
    s.iter().copied().eq(text.chars())
}

/// Python tokens of one line; None when the text does not tokenize.
fn tokenize(s: &[char]) -> Option<Vec<Tok>> {
    let mut toks = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        let start = i;
        if blank(c) {
            i += 1;
            continue;
        }
        if c == '#' {
            break;
        }
        // outside strings, a non-ASCII character of valid source is part of a name
        let (kind, text) = if c == '_' || c.is_ascii_alphabetic() || !c.is_ascii() {
            while i < s.len() && (s[i] == '_' || s[i].is_ascii_alphanumeric() || !s[i].is_ascii()) {
                i += 1;
            }
            let prefix = i - start <= 2 && s[start..i].iter().all(|c| "rRbBuUfF".contains(*c));
            if prefix && i < s.len() && (s[i] == '\'' || s[i] == '"') {
                i = string_end(s, i)?;
                (TokKind::Str, "")
            } else {
                (TokKind::Name, KEYWORDS.split_ascii_whitespace().find(|k| same(&s[start..i], k)).unwrap_or(""))
            }
        } else if c == '\'' || c == '"' {
            i = string_end(s, i)?;
            (TokKind::Str, "")
        } else if c.is_ascii_digit() || (c == '.' && s.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
            let radix = c == '0' && s.get(i + 1).is_some_and(|x| "xXoObB".contains(*x));
            i += 1;
            while i < s.len() {
                let d = s[i];
                let exponent_sign = !radix && (d == '+' || d == '-') && matches!(s[i - 1], 'e' | 'E') && s.get(i + 1).is_some_and(|x| x.is_ascii_digit());
                if !(d.is_ascii_alphanumeric() || d == '_' || d == '.' || exponent_sign) {
                    break;
                }
                i += 1;
            }
            (TokKind::Number, "")
        } else {
            let op = OPS.split(' ').find(|op| s.get(i..i + op.len()).is_some_and(|t| same(t, op)))?;
            i += op.len();
            (TokKind::Op, op)
        };
        toks.push(Tok { kind, text, start, end: i });
    }
    Some(toks)
}

/// The index just past the string literal whose opening quote is at `i`.
fn string_end(s: &[char], mut i: usize) -> Option<usize> {
    let q = s[i];
    let triple = s.get(i + 1) == Some(&q) && s.get(i + 2) == Some(&q);
    i += if triple { 3 } else { 1 };
    while i < s.len() {
        if s[i] == '\\' {
            i += 2;
            continue;
        }
        if s[i] == q && (!triple || (s.get(i + 1) == Some(&q) && s.get(i + 2) == Some(&q))) {
            return Some(i + if triple { 3 } else { 1 });
        }
        i += 1;
    }
    None
}

/// For each opening bracket token, the index of its closing one (usize::MAX when it is not
/// closed), and the brackets left open in order; None when they do not match.
fn match_brackets(toks: &[Tok]) -> Option<(Vec<usize>, Vec<usize>)> {
    let mut pairs = vec![usize::MAX; toks.len()];
    let mut stack: Vec<usize> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        match t.text {
            "(" | "[" | "{" => stack.push(i),
            ")" | "]" | "}" => {
                let o = stack.pop()?;
                let want = match toks[o].text {
                    "(" => ")",
                    "[" => "]",
                    _ => "}",
                };
                if t.text != want {
                    return None;
                }
                pairs[o] = i;
            }
            _ => {}
        }
    }
    Some((pairs, stack))
}

// ---- expressions ----------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
enum Kind {
    /// Character offsets of the end of the left operand and the start of the right one.
    BinOp { left_end: usize, right_start: usize },
    /// The offset of the subscript's `[`.
    Subscript { bracket: usize },
    /// `value.name`: the token of the name.
    Attribute { name: usize },
    /// A name alone: its token.
    Name { tok: usize },
    /// A call: the range of its callee node, and the token of the callee's name when it is
    /// an attribute or a name (`attribute` tells which).
    Call { callee: (usize, usize), name: Option<usize>, attribute: bool },
    Other,
}

impl Kind {
    /// The token of the name of a name, or of an attribute when `attribute`.
    fn name(self, attribute: bool) -> Option<usize> {
        match self {
            Kind::Name { tok } => Some(tok),
            Kind::Attribute { name } if attribute => Some(name),
            _ => None,
        }
    }
}

/// An expression node: its range as CPython's AST gives it (a parenthesized expression
/// without its parentheses) and the range of its tokens (with them).
#[derive(Clone, Copy, Debug)]
struct Node {
    start: usize,
    end: usize,
    tok_start: usize,
    tok_end: usize,
    kind: Kind,
}

impl Node {
    fn spanning(first: &Node, last: &Node, kind: Kind) -> Node {
        Node { start: first.tok_start, end: last.tok_end, tok_start: first.tok_start, tok_end: last.tok_end, kind }
    }
}

/// Recursive descent over Python's expression grammar; bracketed groups other than a
/// parenthesized expression are skipped whole (their contents do not decide the root).
struct Parser<'a> {
    toks: &'a [Tok],
    pairs: &'a [usize],
    i: usize,
    /// Parsing stops here (the closing parenthesis of a group being parsed).
    limit: usize,
}

const BINARY_LEVELS: &[&[&str]] = &[&["|"], &["^"], &["&"], &["<<", ">>"], &["+", "-"], &["*", "/", "//", "%", "@"]];

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        if self.i < self.limit { self.toks.get(self.i) } else { None }
    }

    fn is(&self, text: &str) -> bool {
        self.peek().is_some_and(|t| t.text == text)
    }

    fn is_at(&self, i: usize, text: &str) -> bool {
        i < self.limit && self.toks.get(i).is_some_and(|t| t.text == text)
    }

    fn leaf(&mut self) -> Node {
        let t = &self.toks[self.i];
        self.i += 1;
        Node { start: t.start, end: t.end, tok_start: t.start, tok_end: t.end, kind: Kind::Other }
    }

    /// The node of the tokens from `first` to the last one consumed.
    fn other_from(&self, first: usize) -> Node {
        let (s, e) = (self.toks[first].start, self.toks[self.i - 1].end);
        Node { start: s, end: e, tok_start: s, tok_end: e, kind: Kind::Other }
    }

    /// Skips the bracketed group opening at the current token.
    fn skip_group(&mut self) -> Option<()> {
        let close = self.pairs[self.i];
        if close >= self.limit {
            return None;
        }
        self.i = close + 1;
        Some(())
    }

    fn star_expressions(&mut self) -> Option<Node> {
        let first_tok = self.i;
        let first = self.star_expression()?;
        if !self.is(",") {
            return Some(first);
        }
        while self.is(",") {
            self.i += 1;
            if self.peek().is_none() {
                break;
            }
            self.star_expression()?;
        }
        Some(self.other_from(first_tok))
    }

    fn star_expression(&mut self) -> Option<Node> {
        if self.is("*") {
            let first = self.i;
            self.i += 1;
            self.binary(0)?;
            return Some(self.other_from(first));
        }
        self.expression()
    }

    fn named_expression(&mut self) -> Option<Node> {
        if self.peek().is_some_and(|t| t.kind == TokKind::Name) && self.is_at(self.i + 1, ":=") {
            let first = self.i;
            self.i += 2;
            self.expression()?;
            return Some(self.other_from(first));
        }
        self.expression()
    }

    fn expression(&mut self) -> Option<Node> {
        let first = self.i;
        if self.is("lambda") {
            self.i += 1;
            while !self.is(":") {
                match self.peek()?.text {
                    "(" | "[" | "{" => self.skip_group()?,
                    _ => self.i += 1,
                }
            }
            self.i += 1;
            self.expression()?;
            return Some(self.other_from(first));
        }
        let d = self.disjunction()?;
        if self.is("if") {
            self.i += 1;
            self.disjunction()?;
            if !self.is("else") {
                return None;
            }
            self.i += 1;
            self.expression()?;
            return Some(self.other_from(first));
        }
        Some(d)
    }

    fn disjunction(&mut self) -> Option<Node> {
        self.bool_chain("or", Self::conjunction)
    }

    fn conjunction(&mut self) -> Option<Node> {
        self.bool_chain("and", Self::inversion)
    }

    fn bool_chain(&mut self, op: &str, operand: fn(&mut Self) -> Option<Node>) -> Option<Node> {
        let first = self.i;
        let n = operand(self)?;
        if !self.is(op) {
            return Some(n);
        }
        while self.is(op) {
            self.i += 1;
            operand(self)?;
        }
        Some(self.other_from(first))
    }

    fn inversion(&mut self) -> Option<Node> {
        if self.is("not") {
            let first = self.i;
            self.i += 1;
            self.inversion()?;
            return Some(self.other_from(first));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Option<Node> {
        let first = self.i;
        let n = self.binary(0)?;
        let mut compared = false;
        loop {
            let op_len = if ["==", "!=", "<", ">", "<=", ">=", "in"].iter().any(|op| self.is(op)) {
                1
            } else if self.is("not") && self.is_at(self.i + 1, "in") {
                2
            } else if self.is("is") {
                if self.is_at(self.i + 1, "not") { 2 } else { 1 }
            } else {
                break;
            };
            self.i += op_len;
            self.binary(0)?;
            compared = true;
        }
        Some(if compared { self.other_from(first) } else { n })
    }

    /// The left-associative binary operators from `level` (`|`) to the multiplicative ones.
    fn binary(&mut self, level: usize) -> Option<Node> {
        let Some(ops) = BINARY_LEVELS.get(level) else { return self.factor() };
        let mut left = self.binary(level + 1)?;
        while ops.iter().any(|op| self.is(op)) {
            self.i += 1;
            let right = self.binary(level + 1)?;
            left = Node::spanning(&left, &right, Kind::BinOp { left_end: left.end, right_start: right.start });
        }
        Some(left)
    }

    fn factor(&mut self) -> Option<Node> {
        if self.is("+") || self.is("-") || self.is("~") {
            let first = self.i;
            self.i += 1;
            self.factor()?;
            return Some(self.other_from(first));
        }
        self.power()
    }

    fn power(&mut self) -> Option<Node> {
        let left = if self.is("await") {
            let first = self.i;
            self.i += 1;
            self.primary()?;
            self.other_from(first)
        } else {
            self.primary()?
        };
        if !self.is("**") {
            return Some(left);
        }
        self.i += 1;
        let right = self.factor()?;
        Some(Node::spanning(&left, &right, Kind::BinOp { left_end: left.end, right_start: right.start }))
    }

    fn primary(&mut self) -> Option<Node> {
        let mut n = self.atom()?;
        loop {
            if self.is(".") {
                self.i += 1;
                let name = self.peek().filter(|t| t.kind == TokKind::Name && t.text.is_empty())?;
                let end = name.end;
                self.i += 1;
                n = Node { start: n.tok_start, end, tok_start: n.tok_start, tok_end: end, kind: Kind::Attribute { name: self.i - 1 } };
            } else if self.is("(") || self.is("[") {
                let open = self.toks[self.i].start;
                let subscript = self.is("[");
                self.skip_group()?;
                let end = self.toks[self.i - 1].end;
                let kind = match (subscript, n.kind) {
                    (true, _) => Kind::Subscript { bracket: open },
                    (false, Kind::Attribute { name }) => Kind::Call { callee: (n.start, n.end), name: Some(name), attribute: true },
                    (false, k) => Kind::Call { callee: (n.start, n.end), name: k.name(false), attribute: false },
                };
                n = Node { start: n.tok_start, end, tok_start: n.tok_start, tok_end: end, kind };
            } else {
                return Some(n);
            }
        }
    }

    fn atom(&mut self) -> Option<Node> {
        let t = self.peek()?;
        match t.kind {
            TokKind::Name => {
                if !matches!(t.text, "" | "True" | "False" | "None") {
                    return None;
                }
                let tok = self.i;
                Some(Node { kind: Kind::Name { tok }, ..self.leaf() })
            }
            TokKind::Number => Some(self.leaf()),
            TokKind::Str => {
                let first = self.i;
                while self.peek().is_some_and(|t| t.kind == TokKind::Str) {
                    self.i += 1;
                }
                Some(self.other_from(first))
            }
            TokKind::Op => match t.text {
                "..." => Some(self.leaf()),
                "(" => self.parenthesized(),
                "[" | "{" => {
                    let first = self.i;
                    self.skip_group()?;
                    Some(self.other_from(first))
                }
                _ => None,
            },
        }
    }

    /// `( ... )`: a tuple or generator expression is a node of its own; a parenthesized
    /// expression is its inner node, whose range leaves the parentheses out.
    fn parenthesized(&mut self) -> Option<Node> {
        let open = self.i;
        let close = self.pairs[open];
        if close >= self.limit {
            return None;
        }
        let mut depth = 0usize;
        let mut plain = close > open + 1;
        for t in &self.toks[open + 1..close] {
            match t.text {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" => depth -= 1,
                "," | "for" if depth == 0 => plain = false,
                _ => {}
            }
        }
        let (lp, rp) = (self.toks[open].start, self.toks[close].end);
        if !plain {
            self.i = close + 1;
            return Some(Node { start: lp, end: rp, tok_start: lp, tok_end: rp, kind: Kind::Other });
        }
        let saved = self.limit;
        self.limit = close;
        self.i = open + 1;
        let inner = if self.is("yield") {
            self.i = close;
            Some(self.other_from(open + 1))
        } else {
            self.named_expression()
        };
        let done = self.i == close;
        self.limit = saved;
        let inner = inner.filter(|_| done)?;
        self.i = close + 1;
        Some(Node { tok_start: lp, tok_end: rp, ..inner })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cols(start: u32, end: Option<u32>) -> TbCols {
        TbCols { start, end }
    }

    /// The marker line for the first occurrence of `segment` in `line`.
    fn mark(line: &str, segment: &str) -> Option<String> {
        let at = line.find(segment).expect("segment in line");
        let start = line[..at].chars().count() as u32;
        marker_line(line, cols(start, Some(start + segment.chars().count() as u32)))
    }

    fn anchors_of(s: &str) -> Option<(usize, usize)> {
        anchors(&s.chars().collect::<Vec<_>>())
    }

    // Every expected line below is what python3.11.7 printed for a program failing there.

    #[test]
    fn binary_operations() {
        assert_eq!(mark("z = x + y", "x + y").as_deref(), Some("        ~~^~~"));
        assert_eq!(mark("z = x // y", "x // y").as_deref(), Some("        ~~^^~~"));
        assert_eq!(mark("z = (x) + y", "(x) + y").as_deref(), Some("        ~~~~^~~"));
        assert_eq!(mark("z = (x) +(y)", "(x) +(y)").as_deref(), Some("        ~~~~^^~~"));
        assert_eq!(mark("z = ((x)) // (y)", "((x)) // (y)").as_deref(), Some("        ~~~~~~^^~~~~"));
        assert_eq!(mark("z = (a + b) // c * 2", "(a + b) // c").as_deref(), Some("        ~~~~~~~~^^~~"));
        assert_eq!(mark("z = a*b + b", "a*b").as_deref(), Some("        ~^~"));
        assert_eq!(mark("v = x +(x)+ 'a'", "x +(x)+ 'a'").as_deref(), Some("        ~~~~~~^~~~~"));
        assert_eq!(mark("v = a--1", "a--1").as_deref(), Some("        ~^~~"));
        assert_eq!(mark("v = a - -1", "a - -1").as_deref(), Some("        ~~^~~~"));
        assert_eq!(mark("v = a<<'x'", "a<<'x'").as_deref(), Some("        ~^^~~~"));
        assert_eq!(mark("v = -'a' ** 2", "'a' ** 2").as_deref(), Some("         ~~~~^^~~"));
        assert_eq!(mark("v = (-8) ** 'x'", "(-8) ** 'x'").as_deref(), Some("        ~~~~~^^~~~~"));
        assert_eq!(mark("    return a + 1", "a + 1").as_deref(), Some("           ~~^~~"));
        assert_eq!(mark("x = 1; y = x + 'a'; z = 2", "x + 'a'").as_deref(), Some("               ~~^~~~~"));
        // the whole line still gets markers when they show an operator
        assert_eq!(mark("    1 // 0", "1 // 0").as_deref(), Some("    ~~^^~~"));
    }

    #[test]
    fn subscripts() {
        assert_eq!(mark("v = d['k']", "d['k']").as_deref(), Some("        ~^^^^^"));
        assert_eq!(mark("v = d [ 'k' ] ", "d [ 'k' ]").as_deref(), Some("        ~~^^^^^^^"));
        assert_eq!(mark("v = d['a']['b']", "d['a']['b']").as_deref(), Some("        ~~~~~~^^^^^"));
        assert_eq!(mark("v = (d)['k']", "(d)['k']").as_deref(), Some("        ~~~^^^^^"));
        assert_eq!(mark("t[0] = 5", "t[0]").as_deref(), Some("    ~^^^"));
        assert_eq!(mark("v = x['a'\t]", "x['a'\t]").as_deref(), Some("        ~^^^^^^"));
        assert_eq!(mark("print(xs[0] + xs[1])", "xs[1]").as_deref(), Some("                  ~~^^^"));
    }

    #[test]
    fn other_expressions_are_all_carets() {
        assert_eq!(mark("v = a < b < c", "a < b < c").as_deref(), Some("        ^^^^^^^^^"));
        assert_eq!(mark("return f(y) + 1", "f(y)").as_deref(), Some("           ^^^^"));
        assert_eq!(mark("v = a.x", "a.x").as_deref(), Some("        ^^^"));
        assert_eq!(mark("v = not A()", "not A()").as_deref(), Some("        ^^^^^^^"));
        assert_eq!(mark("y = -x", "-x").as_deref(), Some("        ^^"));
        assert_eq!(mark("a, b = [1, 2, 3]", "a, b").as_deref(), Some("    ^^^^"));
        assert_eq!(mark("@deco", "deco").as_deref(), Some("     ^^^^"));
        assert_eq!(anchors_of("x += 'a'"), None);
        assert_eq!(anchors_of("a + b, c"), None);
        assert_eq!(anchors_of("a + b if c else d"), None);
        assert_eq!(anchors_of("lambda: a + b"), None);
        assert_eq!(anchors_of("raise a + b"), None);
        assert_eq!(anchors_of("(a + b)"), Some((3, 4)));
        assert_eq!(anchors_of("f'{a}' + b"), Some((7, 8)));
        assert_eq!(anchors_of("'a)' + b"), Some((5, 6)));
    }

    #[test]
    fn whole_line_positions_print_nothing() {
        assert_eq!(mark("x()", "x()"), None);
        assert_eq!(mark("    raise ValueError('x')", "raise ValueError('x')"), None);
        assert_eq!(mark("    x = 1; raise ValueError('x')", "raise ValueError('x')").as_deref(), Some("           ^^^^^^^^^^^^^^^^^^^^^"));
        // trailing blanks are part of the printed line
        assert_eq!(mark("undefined_name ", "undefined_name").as_deref(), Some("    ^^^^^^^^^^^^^^"));
    }

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(mark("v = '日本' + d['日本'] + 1", "d['日本']").as_deref(), Some("                 ~^^^^^^^^"));
        assert_eq!(mark("v = '日本' + 1", "'日本' + 1").as_deref(), Some("        ~~~~~~~^~~"));
        assert_eq!(mark("v = d['😀'] + 1", "d['😀']").as_deref(), Some("        ~^^^^^^"));
        assert_eq!(mark("v = d['é'] + d['ü']", "d['é']").as_deref(), Some("        ~^^^^^"));
        // CPython 3.11's unicodedata makes every unassigned code point wide
        assert_eq!(mark("v = ['\u{378}', d['k']]", "d['k']").as_deref(), Some("               ~^^^^^"));
        assert_eq!(mark("v = '⌚…Ａ' + d['ᄀ']", "d['ᄀ']").as_deref(), Some("                  ~^^^^^^"));
    }

    #[test]
    fn failed_lookups_mark_the_callee() {
        let callee = |line: &str, segment: Option<&str>, name: &str, attribute: bool| {
            let (at, len) = match segment {
                Some(s) => (line.find(s).expect("segment in line"), Some(s.chars().count() as u32)),
                None => (4, None),
            };
            let start = line[..at].chars().count() as u32;
            let c = callee_of(line, cols(start, len.map(|l| start + l)), name, attribute)?;
            marker_line(line, c)
        };
        assert_eq!(callee("v = a.nope(1)", Some("a.nope(1)"), "nope", true).as_deref(), Some("        ^^^^^^"));
        assert_eq!(callee("v = (a.nope)(1)", Some("(a.nope)(1)"), "nope", true).as_deref(), Some("         ^^^^^^"));
        assert_eq!(callee("v = (a).nope(1)", Some("(a).nope(1)"), "nope", true).as_deref(), Some("        ^^^^^^^^"));
        assert_eq!(callee("    return super().nope()", Some("super().nope()"), "nope", true).as_deref(), Some("           ^^^^^^^^^^^^"));
        assert_eq!(callee("v = lenn([1])", Some("lenn([1])"), "lenn", false).as_deref(), Some("        ^^^^"));
        // calls continuing on later lines: the callee before the open `(`
        assert_eq!(callee("v = a.nope(1,", None, "nope", true).as_deref(), Some("        ^^^^^^"));
        assert_eq!(callee("v = undefined_f(", None, "undefined_f", false).as_deref(), Some("        ^^^^^^^^^^^"));
        // a call of another name, a method for a NameError, not a call: unchanged
        assert_eq!(callee("v = a.other(1)", Some("a.other(1)"), "nope", true), None);
        assert_eq!(callee("v = a.f(1)", Some("a.f(1)"), "f", false), None);
        assert_eq!(callee("v = a.nope", Some("a.nope"), "nope", true), None);
    }

    #[test]
    fn multi_line_positions_mark_to_the_end_of_the_first_line() {
        assert_eq!(marker_line("v = f(", cols(4, None)).as_deref(), Some("        ^^"));
        assert_eq!(marker_line("z = (x  #c", cols(5, None)).as_deref(), Some("         ^^^^^"));
        assert_eq!(marker_line("v = f(0,   ", cols(4, None)).as_deref(), Some("        ^^^^"));
        assert_eq!(marker_line("for x in n:", cols(0, None)), None);
        // the end is found on the UTF-8 bytes: up to (bytes - characters) trailing blanks count
        assert_eq!(marker_line("v = f('日本',   ", cols(4, None)).as_deref(), Some("        ^^^^^^^^^^^^"));
        assert_eq!(marker_line("v = f('é',      ", cols(4, None)).as_deref(), Some("        ^^^^^^^"));
    }
}
