// Verifier cases for the rules every dialect shares and for `builtin`, as
// `mlir-opt -verify-diagnostics` would run them: cases are separated by `// -----`, each must
// produce exactly the errors named by its `// expected-error: <substring>` lines.

// An empty module.
"builtin.module"() ({
^bb0:
}) : () -> ()

// -----

// Top-level ops without a module are wrapped in one, as MLIR does; a nested module is fine.
"foreign.op"() : () -> ()
"builtin.module"() ({
^bb0:
  "foreign.op"() : () -> ()
}) {sym_name = "inner"} : () -> ()

// -----

// Unregistered dialects are accepted whatever their shape: results, regions, block
// arguments, successors, attributes and types of their own.
%0:2 = "foreign.op"(%1) ({
^bb0(%x: !foreign.t<i64>):
  "foreign.br"()[^bb1] : () -> ()
^bb1:
  "foreign.yield"(%x) : (!foreign.t<i64>) -> ()
}, {
}) {anything = [1 : i64, "two", @three]} : (f64) -> (i64, i1)
%1 = "other.def"() : () -> f64

// -----

// expected-error: 'noprefix' op has no dialect prefix
"noprefix"() : () -> ()

// -----

// expected-error: 'builtin.func' op is not an operation of the 'builtin' dialect
"builtin.func"() : () -> ()

// -----

// expected-error: 'builtin.module' op expects Exactly(1) regions, has 2
"builtin.module"() ({
^bb0:
  "builtin.module"() ({
  ^bb1:
  }, {
  ^bb2:
  }) : () -> ()
}) : () -> ()

// -----

// expected-error: 'builtin.module' op expects Exactly(0) operands, has 1
%0 = "foreign.value"() : () -> i64
"builtin.module"(%0) ({
^bb0:
}) : (i64) -> ()

// -----

// expected-error: 'builtin.module' op expects Exactly(0) results, has 1
%0 = "builtin.module"() ({
^bb0:
}) : () -> i64

// -----

// Ops nested in regions of unregistered ops are verified too.
// expected-error: 'machine.nonsense' op is not an operation of the 'machine' dialect
"foreign.wrapper"() ({
  "foreign.inner"() ({
    "machine.nonsense"() : () -> ()
  }) : () -> ()
}) : () -> ()
