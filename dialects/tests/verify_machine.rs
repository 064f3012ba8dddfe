//! Verifier tests of the `machine` dialect: the cases of `verify/machine*.mlir`.

#[path = "common/verify_driver.rs"]
mod verify_driver;

#[test]
fn machine_dialect_cases() {
    verify_driver::run_verify_files("machine");
}
