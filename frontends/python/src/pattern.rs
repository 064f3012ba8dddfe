//! `match` statements: one `py.match_case` per case, whose pattern region tests the subject
//! with `py.pattern.*` ops (each yields a bool; subpatterns are conjoined with `py.and` so
//! they short-circuit as CPython's do), whose guard region binds the captures and tests the
//! guard, and whose body region runs on success.

use crate::lower::Lowerer;
use metal0_dialects::ir::attr;
use metal0_dialects::{Attr, Value};
use ruff_python_ast::{self as ast, Pattern, Singleton};
use ruff_text_size::{Ranged, TextRange};

impl Lowerer<'_> {
    pub fn lower_match(&mut self, m: &ast::StmtMatch) {
        let subject = self.expr(&m.subject);
        let op = self.op("py.match", &[subject], 0, Vec::new(), 1, m.range);
        let cases = self.region(op, 0);
        self.in_block(cases, 0, |l, _| {
            for case in &m.cases {
                l.lower_case(case);
            }
        });
    }

    fn lower_case(&mut self, case: &ast::MatchCase) {
        let mut captures = Vec::new();
        capture_names(&case.pattern, &mut captures);
        let captures: Vec<String> = captures.iter().map(|n| self.mangled(n)).collect();
        let op = self.op("py.match_case", &[], 0, vec![attr("captures", Attr::str_array(&captures))], 3, case.range);
        let pattern = self.region(op, 0);
        self.in_block(pattern, 1, |l, args| {
            let ok = l.pattern(&case.pattern, args[0]);
            l.result(ok, case.pattern.range());
        });
        let guard = self.region(op, 1);
        let mut names = Vec::new();
        capture_names(&case.pattern, &mut names);
        self.in_block(guard, captures.len(), |l, args| {
            for (name, v) in names.iter().zip(args) {
                l.store(name, v, case.pattern.range(), None);
            }
            match &case.guard {
                Some(g) => {
                    let v = l.expr(g);
                    l.result(v, g.range());
                }
                None => l.terminator("py.result", &[], Vec::new(), case.range),
            }
        });
        self.fill_region(op, 2, &case.body);
    }

    /// Emits the test of `p` against `subject` and returns the bool it yields.
    fn pattern(&mut self, p: &Pattern, subject: Value) -> Value {
        let range = p.range();
        match p {
            Pattern::MatchValue(v) => {
                let value = self.expr(&v.value);
                self.value("py.pattern.value", &[subject, value], Vec::new(), range)
            }
            Pattern::MatchSingleton(s) => {
                let name = match s.value {
                    Singleton::None => "None",
                    Singleton::True => "True",
                    Singleton::False => "False",
                };
                self.value("py.pattern.singleton", &[subject], vec![attr("value", Attr::str(name))], range)
            }
            Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => self.value("py.pattern.wildcard", &[subject], Vec::new(), range),
                (None, Some(n)) => self.capture(n, subject, range),
                (Some(sub), None) => self.pattern(sub, subject),
                (Some(sub), Some(n)) => {
                    let ok = self.pattern(sub, subject);
                    self.and_then(ok, range, |l| l.capture(n, subject, range))
                }
            },
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.capture(n, subject, range),
                None => self.value("py.pattern.wildcard", &[subject], Vec::new(), range),
            },
            Pattern::MatchOr(o) => {
                let op = self.op("py.pattern.or", &[subject], 1, Vec::new(), o.patterns.len(), range);
                for (i, alt) in o.patterns.iter().enumerate() {
                    let r = self.region(op, i);
                    self.in_block(r, 1, |l, args| {
                        let ok = l.pattern(alt, args[0]);
                        l.result(ok, alt.range());
                    });
                }
                self.m.op(op).results[0]
            }
            Pattern::MatchSequence(s) => {
                let mut attrs = vec![attr("count", Attr::i64(s.patterns.len() as i64))];
                if let Some(i) = s.patterns.iter().position(|p| p.is_match_star()) {
                    attrs.push(attr("star_index", Attr::i64(i as i64)));
                }
                let subpatterns: Vec<&Pattern> = s.patterns.iter().collect();
                self.pattern_with_region("py.pattern.sequence", &[subject], attrs, &subpatterns, range)
            }
            Pattern::MatchMapping(m) => {
                let mut operands = vec![subject];
                for k in m.keys.iter() {
                    operands.push(self.expr(k));
                }
                let mut attrs = Vec::new();
                if m.rest.is_some() {
                    attrs.push(attr("has_rest", Attr::Unit));
                }
                let subpatterns: Vec<&Pattern> = m.patterns.iter().collect();
                let op = self.op("py.pattern.mapping", &operands, 1, attrs, 1, range);
                let r = self.region(op, 0);
                let nargs = subpatterns.len() + usize::from(m.rest.is_some());
                self.in_block(r, nargs, |l, args| {
                    let mut pairs: Vec<(&Pattern, Value)> = subpatterns.iter().copied().zip(args.iter().copied()).collect();
                    let ok = match &m.rest {
                        Some(rest) => {
                            let rest_value = args[subpatterns.len()];
                            let ok = l.all_patterns(&mut pairs, range);
                            l.and_then(ok, range, |l| l.capture(rest, rest_value, rest.range))
                        }
                        None => l.all_patterns(&mut pairs, range),
                    };
                    l.result(ok, range);
                });
                self.m.op(op).results[0]
            }
            Pattern::MatchClass(c) => {
                let cls = self.expr(&c.cls);
                let kwd_names: Vec<String> = c.arguments.keywords.iter().map(|k| k.attr.to_string()).collect();
                let attrs = vec![attr("num_positional", Attr::i64(c.arguments.patterns.len() as i64)), attr("kwd_names", Attr::str_array(&kwd_names))];
                let subpatterns: Vec<&Pattern> = c.arguments.patterns.iter().chain(c.arguments.keywords.iter().map(|k| &k.pattern)).collect();
                self.pattern_with_region("py.pattern.class", &[subject, cls], attrs, &subpatterns, range)
            }
        }
    }

    /// A pattern op whose region receives one value per subpattern and yields whether all
    /// of them match.
    fn pattern_with_region(&mut self, name: &str, operands: &[Value], attrs: Vec<(String, Attr)>, subpatterns: &[&Pattern], range: TextRange) -> Value {
        let op = self.op(name, operands, 1, attrs, 1, range);
        let r = self.region(op, 0);
        self.in_block(r, subpatterns.len(), |l, args| {
            let mut pairs: Vec<(&Pattern, Value)> = subpatterns.iter().copied().zip(args).collect();
            let ok = l.all_patterns(&mut pairs, range);
            l.result(ok, range);
        });
        self.m.op(op).results[0]
    }

    /// The conjunction of subpatterns, left to right, short-circuiting.
    fn all_patterns(&mut self, pairs: &mut [(&Pattern, Value)], range: TextRange) -> Value {
        match pairs.split_first_mut() {
            None => self.value("py.const_bool", &[], vec![attr("value", Attr::Bool(true))], range),
            Some(((p, v), rest)) => {
                let ok = self.pattern(p, *v);
                if rest.is_empty() {
                    return ok;
                }
                self.and_then(ok, range, |l| l.all_patterns(rest, range))
            }
        }
    }

    /// `ok and <then>`, with `then` emitted in a `py.and` region.
    fn and_then(&mut self, ok: Value, range: TextRange, then: impl FnOnce(&mut Self) -> Value) -> Value {
        let op = self.op("py.and", &[ok], 1, Vec::new(), 1, range);
        let r = self.region(op, 0);
        self.in_block(r, 0, |l, _| {
            let v = then(l);
            l.result(v, range);
        });
        self.m.op(op).results[0]
    }

    fn capture(&mut self, name: &str, subject: Value, range: TextRange) -> Value {
        let name = self.mangled(name);
        self.value("py.pattern.capture", &[subject], vec![attr("name", Attr::str(&name))], range)
    }
}

/// The names a pattern binds, in order of first appearance (an or-pattern's alternatives
/// all bind the same names; the first one's order is used).
fn capture_names(p: &Pattern, out: &mut Vec<String>) {
    let push = |n: &ast::Identifier, out: &mut Vec<String>| {
        if !out.iter().any(|o| o == n.as_str()) {
            out.push(n.to_string());
        }
    };
    match p {
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
        Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| capture_names(p, out)),
        Pattern::MatchMapping(m) => {
            m.patterns.iter().for_each(|p| capture_names(p, out));
            if let Some(r) = &m.rest {
                push(r, out);
            }
        }
        Pattern::MatchClass(c) => {
            c.arguments.patterns.iter().for_each(|p| capture_names(p, out));
            c.arguments.keywords.iter().for_each(|k| capture_names(&k.pattern, out));
        }
        Pattern::MatchStar(s) => {
            if let Some(n) = &s.name {
                push(n, out);
            }
        }
        Pattern::MatchAs(a) => {
            if let Some(sub) = &a.pattern {
                capture_names(sub, out);
            }
            if let Some(n) = &a.name {
                push(n, out);
            }
        }
        Pattern::MatchOr(o) => {
            if let Some(first) = o.patterns.first() {
                capture_names(first, out);
            }
        }
    }
}
