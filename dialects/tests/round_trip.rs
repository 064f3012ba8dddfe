//! Round trips through the textual form: print(parse(print(m))) is print(m) for every corpus
//! module, re-printing parsed printer output is a fixed point, and truncated or mangled text
//! gives errors, never panics.

#[path = "common/corpus.rs"]
mod corpus;

use metal0_dialects::dialect;
use metal0_dialects::parser::{ParseError, parse_module};
use metal0_dialects::printer::print_module;
use metal0_dialects::{Attr, Module};
use std::panic::{AssertUnwindSafe, catch_unwind};

fn parse(name: &str, text: &str) -> Module {
    parse_module(text).unwrap_or_else(|e| panic!("{name}: {e}\n{text}"))
}

#[test]
fn corpus_round_trips() {
    for (name, m) in corpus::corpus() {
        let printed = print_module(&m);
        let reprinted = print_module(&parse(name, &printed));
        assert_eq!(reprinted, printed, "{name}");
    }
}

#[test]
fn reprinting_printer_output_is_a_fixed_point() {
    for (name, m) in corpus::corpus() {
        // Parsed once, blocks are numbered in text order; from then on the text is stable.
        let text = print_module(&parse(name, &print_module(&m)));
        assert_eq!(print_module(&parse(name, &text)), text, "{name}");
    }
}

#[test]
fn parsed_corpus_keeps_structure_and_attribute_values() {
    for (name, m) in corpus::corpus() {
        let p = parse(name, &print_module(&m));
        let (ours, theirs) = (m.walk(), p.walk());
        assert_eq!(ours.len(), theirs.len(), "{name}: op count");
        for (a, b) in ours.into_iter().zip(theirs) {
            let (a, b) = (m.op(a), p.op(b));
            assert_eq!(a.name, b.name, "{name}");
            assert_eq!(a.loc, b.loc, "{name}: {}", a.name);
            assert_eq!(
                (a.operands.len(), a.results.len(), a.regions.len(), a.successors.len()),
                (b.operands.len(), b.results.len(), b.regions.len(), b.successors.len()),
                "{name}: {}",
                a.name
            );
            let mut x = a.attrs.clone();
            let mut y = b.attrs.clone();
            x.sort_by(|l, r| l.0.cmp(&r.0));
            y.sort_by(|l, r| l.0.cmp(&r.0));
            assert_eq!(x.len(), y.len(), "{name}: {}", a.name);
            for ((kx, vx), (ky, vy)) in x.iter().zip(&y) {
                assert_eq!(kx, ky, "{name}");
                assert!(same_attr(vx, vy), "{name}: {kx}: {vx:?} became {vy:?}");
            }
        }
    }
}

/// Attribute equality with floats compared bit for bit (NaN payloads and -0.0 included).
fn same_attr(a: &Attr, b: &Attr) -> bool {
    match (a, b) {
        (Attr::Float(x), Attr::Float(y)) => x.to_bits() == y.to_bits(),
        (Attr::Array(x), Attr::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_attr(a, b)),
        _ => a == b,
    }
}

#[test]
fn parsed_machine_program_verifies() {
    let (_, m) = corpus::corpus().into_iter().find(|(n, _)| *n == "machine_function").unwrap();
    let p = parse("machine_function", &print_module(&m));
    if let Err(errors) = dialect::verify(&p) {
        panic!("{:?}", errors.iter().map(|e| &e.message).collect::<Vec<_>>());
    }
}

// ---- fuzzing ----------------------------------------------------------------------------

/// xorshift64*: deterministic, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The texts to mangle: the printed corpus and every `.mlir` file of the tests.
fn fuzz_inputs() -> Vec<(String, String)> {
    let mut inputs: Vec<(String, String)> = corpus::corpus().into_iter().map(|(n, m)| (n.to_string(), print_module(&m))).collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/verify");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("tests/verify exists").map(|e| e.unwrap().path()).collect();
    files.sort();
    for f in files.into_iter().filter(|f| f.extension().is_some_and(|e| e == "mlir")) {
        inputs.push((f.display().to_string(), std::fs::read_to_string(&f).unwrap()));
    }
    inputs
}

/// Parses without letting a panic escape; a parsed result must survive print -> parse.
fn parse_mangled(what: &str, text: &str) -> Result<(), ParseError> {
    let result = catch_unwind(AssertUnwindSafe(|| parse_module(text))).unwrap_or_else(|_| panic!("parser panicked on {what}:\n{text}"));
    let m = result?;
    let printed = print_module(&m);
    let again = parse_module(&printed).unwrap_or_else(|e| panic!("{what}: re-parsing the printed result failed: {e}\n{printed}"));
    assert_eq!(print_module(&again), printed, "{what}");
    Ok(())
}

#[test]
fn truncated_text_gives_errors_not_panics() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for (name, text) in fuzz_inputs() {
        // A single printed module is unbalanced until its last "})": every cut before it fails.
        let must_fail_before = if text.starts_with("\"builtin.module\"") { text.rfind("})").unwrap_or(0) } else { 0 };
        let cuts: Vec<usize> = if text.len() <= 800 { (0..text.len()).collect() } else { (0..800).map(|_| rng.below(text.len())).collect() };
        for cut in cuts.into_iter().filter(|c| text.is_char_boundary(*c)) {
            let result = parse_mangled(&format!("{name} cut at {cut}"), &text[..cut]);
            // (Empty text is an empty module, as in MLIR.)
            if cut > 0 && cut < must_fail_before {
                assert!(result.is_err(), "{name} cut at {cut} parsed:\n{}", &text[..cut]);
            }
        }
    }
}

#[test]
fn mangled_text_gives_errors_not_panics() {
    const ALPHABET: &[u8] = b"%^@#!\"\\(){}[]<>:,=-+.0179aexi_ \n/";
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let (mut parsed, mut failed) = (0, 0);
    for (name, text) in fuzz_inputs() {
        for round in 0..400 {
            let mut bytes = text.clone().into_bytes();
            for _ in 0..1 + rng.below(3) {
                if bytes.is_empty() {
                    break;
                }
                let at = rng.below(bytes.len());
                match rng.below(4) {
                    // Replace one byte with a syntactically interesting one.
                    0 | 1 => bytes[at] = ALPHABET[rng.below(ALPHABET.len())],
                    // Delete a short span.
                    2 => {
                        let end = (at + 1 + rng.below(8)).min(bytes.len());
                        bytes.drain(at..end);
                    }
                    // Duplicate a short span.
                    _ => {
                        let end = (at + 1 + rng.below(16)).min(bytes.len());
                        let span = bytes[at..end].to_vec();
                        bytes.splice(at..at, span);
                    }
                }
            }
            // Mangling may split a multi-byte character; such text is not a &str.
            let Ok(mangled) = String::from_utf8(bytes) else { continue };
            match parse_mangled(&format!("{name} round {round}"), &mangled) {
                Ok(()) => parsed += 1,
                Err(_) => failed += 1,
            }
        }
    }
    // Most mangled inputs are malformed; the test is that none of them panicked.
    assert!(failed > parsed, "{failed} errors, {parsed} parsed");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let n = 100_000;
    let arrays = format!("\"t.op\"() {{a = {}{}}} : () -> ()", "[".repeat(n), "]".repeat(n));
    let types = format!("\"t.op\"() {{a = {}i64{}}} : () -> ()", "!t.t<".repeat(n), ">".repeat(n));
    let fns = format!("\"t.op\"() {{a = {}i64{}}} : () -> ()", "(".repeat(n), ") -> ()".repeat(n));
    let regions = format!("{}{}", "\"t.op\"() ({\n".repeat(n), "}) : () -> ()\n".repeat(n));
    for text in [arrays, types, fns, regions] {
        let e = parse_module(&text).unwrap_err();
        assert!(e.message.contains("nesting"), "{e}");
    }
}

#[test]
fn nesting_below_the_limit_parses() {
    let n = 150;
    let regions = format!("{}\"t.leaf\"() : () -> ()\n{}", "\"t.op\"() ({\n".repeat(n), "}) : () -> ()\n".repeat(n));
    let m = parse_module(&regions).unwrap();
    assert_eq!(m.walk().len(), n + 2);
    let arrays = format!("\"t.op\"() {{a = {}{}}} : () -> ()", "[".repeat(n), "]".repeat(n));
    parse_module(&arrays).unwrap();
}
