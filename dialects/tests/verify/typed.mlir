// Verifier cases for the typed dialect, as `mlir-opt -verify-diagnostics` would run them:
// cases are separated by `// -----`, each is verified on its own and must produce exactly the
// errors named by its `// expected-error: <substring>` lines (none: the case is valid).

// An exact type test of a builtin type, and the cast its success allows.
"typed.func"() ({
^bb0(%arg0: !typed.object):
  %0 = "typed.builtin"() {name = "float"} : () -> !typed.object
  %1 = "typed.type_is"(%arg0, %0) {type = "float"} : (!typed.object, !typed.object) -> !typed.bool
  "typed.if"(%1) ({
  ^bb1:
    %2 = "typed.unbox"(%arg0) : (!typed.object) -> !typed.float
    "typed.return"(%2) : (!typed.float) -> ()
  }, {
  ^bb2:
  }) : (!typed.bool) -> ()
  %3 = "typed.const_float"() {value = 0.0 : f64} : () -> !typed.float
  "typed.return"(%3) : (!typed.float) -> ()
}) {function_type = (!typed.object) -> !typed.float, local_types = [], locals = [], py_name = "f", sym_name = "f$object"} : () -> ()

// -----

// Only the builtin types an exact test decides.
"typed.func"() ({
^bb0(%arg0: !typed.object):
  %0 = "typed.builtin"() {name = "tuple"} : () -> !typed.object
  // expected-error: 'typed.type_is' op `type` must be one of
  %1 = "typed.type_is"(%arg0, %0) {type = "tuple"} : (!typed.object, !typed.object) -> !typed.bool
  "typed.return"() : () -> ()
}) {function_type = (!typed.object) -> !typed.none, local_types = [], locals = [], py_name = "f", sym_name = "f$object"} : () -> ()

// -----

// The type is named.
"typed.func"() ({
^bb0(%arg0: !typed.object):
  %0 = "typed.builtin"() {name = "int"} : () -> !typed.object
  // expected-error: 'typed.type_is' op requires attribute 'type'
  %1 = "typed.type_is"(%arg0, %0) : (!typed.object, !typed.object) -> !typed.bool
  "typed.return"() : () -> ()
}) {function_type = (!typed.object) -> !typed.none, local_types = [], locals = [], py_name = "f", sym_name = "f$object"} : () -> ()
