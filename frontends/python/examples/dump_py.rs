//! Prints the `py` dialect of a Python file (or the rendered diagnostics):
//! `cargo run -p metal0-frontend-python --example dump_py -- app.py`.

use metal0_frontend_python::{lower_to_py, read_source, render_diagnostics};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump_py FILE.py");
        std::process::exit(2);
    };
    let file = match read_source(std::path::Path::new(&path)) {
        Ok(f) => f,
        Err(d) => {
            eprintln!("{}: {}", path, d.message);
            std::process::exit(2);
        }
    };
    match lower_to_py(&file) {
        Ok(m) => {
            print!("{}", metal0_dialects::printer::print_module(&m));
            if let Err(errors) = metal0_dialects::dialect::verify(&m) {
                for e in errors {
                    eprintln!("verifier: {}", e.message);
                }
                std::process::exit(1);
            }
        }
        Err(diags) => {
            eprint!("{}", render_diagnostics(&diags, &file));
            std::process::exit(2);
        }
    }
}
