#!/usr/bin/env bash
# Runs metal0's whole test suite on a fresh Debian 12 machine: installs the system tools the
# tests need when they are missing, then runs every Rust test (unit, pass, verifier,
# diagnostic, CLI, conformance and stdlib-survival tests).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v cc >/dev/null || need+=(gcc)
command -v python3 >/dev/null || need+=(python3)
command -v mlir-opt-22 >/dev/null || need+=(mlir-22-tools)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}"
fi

cargo test --workspace --locked
# The runtime is its own workspace (it is built as a static library with its own profile and
# embedded in metal0 by build.rs); its unit tests run here.
# (built first: its C smoke test links the static library the build leaves in target/debug)
cargo build --locked --manifest-path runtime/Cargo.toml
cargo test --locked --manifest-path runtime/Cargo.toml
