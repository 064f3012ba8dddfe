//! Verifier tests of the `typed` dialect: the cases of `verify/typed*.mlir`.

#[path = "common/verify_driver.rs"]
mod verify_driver;

#[test]
fn typed_dialect_cases() {
    verify_driver::run_verify_files("typed");
}
