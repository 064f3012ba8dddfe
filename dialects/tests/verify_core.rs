//! Verifier tests of the rules every dialect shares (operand, result and region counts,
//! dialect prefixes, unknown ops, unregistered dialects) and of `builtin`: the cases of
//! `verify/core*.mlir`.

#[path = "common/verify_driver.rs"]
mod verify_driver;

#[test]
fn core_cases() {
    verify_driver::run_verify_files("core");
}

#[test]
fn cases_are_split_on_separator_lines() {
    let text = "\"a.b\"() : () -> ()\n// -----\n// expected-error: boom\n\"c.d\"() : () -> ()\n";
    let cases = verify_driver::split_cases(text);
    assert_eq!(cases.len(), 2);
    assert_eq!(cases[1].first_line, 3);
    assert_eq!(cases[1].expected, vec!["boom".to_string()]);
    assert!(cases[0].expected.is_empty());
}
