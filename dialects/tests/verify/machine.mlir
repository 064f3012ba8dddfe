// Verifier cases for the machine dialect, as `mlir-opt -verify-diagnostics` would run them:
// cases are separated by `// -----`, each is verified on its own and must produce exactly the
// errors named by its `// expected-error: <substring>` lines (none: the case is valid).

// A valid function: overflow check, runtime slow path, variable slots, merge block.
"machine.func"() ({
^bb0(%arg0: i64):
  %0 = "machine.const"() {value = 1 : i64} : () -> i64
  %1:2 = "machine.sadd_overflow"(%arg0, %0) : (i64, i64) -> (i64, i1)
  "machine.cond_br"(%1#1)[^bb1, ^bb2] : (i1) -> ()
^bb1:
  %2 = "machine.call"(%arg0, %0) {callee = @rt_int_add} : (i64, i64) -> i64
  "machine.var_set"(%2) {var = 0 : i64} : (i64) -> ()
  "machine.br"()[^bb3] : () -> ()
^bb2:
  "machine.var_set"(%1#0) {var = 0 : i64} : (i64) -> ()
  "machine.br"()[^bb3] : () -> ()
^bb3:
  %3 = "machine.var_get"() {var = 0 : i64} : () -> i64
  "machine.return"(%3) : (i64) -> ()
}) {function_type = (i64) -> i64, sym_name = "add_one", var_types = [i64]} : () -> ()

// -----

// A valid module: globals, data, addresses, memory, floats, calls to a function of the module
// (defined after its caller) and to runtime functions with and without results.
"builtin.module"() ({
^bb0:
  "machine.global"() {size = 8 : i64, sym_name = "counter"} : () -> ()
  "machine.data"() {bytes = "hello\0A", sym_name = "greeting"} : () -> ()
  "machine.func"() ({
  ^bb1:
    %0 = "machine.symbol_addr"() {symbol = @counter} : () -> !machine.ptr
    %1 = "machine.load"(%0) {offset = 0 : i64} : (!machine.ptr) -> i64
    %2 = "machine.call"(%1) {callee = @helper} : (i64) -> i64
    "machine.store"(%2, %0) {offset = 0 : i64} : (i64, !machine.ptr) -> ()
    %3 = "machine.fconst"() {value = 2.5e0 : f64} : () -> f64
    %4 = "machine.sitofp"(%2) : (i64) -> f64
    %5 = "machine.fcmp"(%3, %4) {pred = "lt"} : (f64, f64) -> i1
    %6 = "machine.select"(%5, %1, %2) : (i1, i64, i64) -> i64
    %7 = "machine.call"() {callee = @rt_none} : () -> i64
    "machine.call"(%7) {callee = @rt_decref} : (i64) -> ()
    %8 = "machine.stack_alloc"() {size = 16 : i64} : () -> !machine.ptr
    "machine.return"(%6) : (i64) -> ()
  }) {function_type = () -> i64, linkage = "export", sym_name = "m0_main"} : () -> ()
  "machine.func"() ({
  ^bb2(%arg2_0: i64):
    "machine.trap"() : () -> ()
  }) {function_type = (i64) -> i64, sym_name = "helper"} : () -> ()
}) : () -> ()

// -----

// Ops of dialects the verifier does not know are accepted, whatever their shape.
"machine.func"() ({
^bb0:
  %0:2 = "foreign.op"() ({
    "foreign.anything"()[^bb1] {weird = unit} : () -> ()
  ^bb1:
    "foreign.end"() : () -> ()
  }) : () -> (i64, !foreign.type<i64>)
  "machine.return"(%0#0) : (i64) -> ()
}) {function_type = () -> i64, sym_name = "f"} : () -> ()

// -----

// expected-error: 'machine.iadd' op expects Exactly(2) operands, has 1
"machine.func"() ({
^bb0(%a: i64):
  %0 = "machine.iadd"(%a) : (i64) -> i64
  "machine.return"(%0) : (i64) -> ()
}) {function_type = (i64) -> i64, sym_name = "f"} : () -> ()

// -----

// expected-error: 'machine.sadd_overflow' op expects Exactly(2) results, has 1
"machine.func"() ({
^bb0(%a: i64):
  %0 = "machine.sadd_overflow"(%a, %a) : (i64, i64) -> i64
  "machine.return"(%0) : (i64) -> ()
}) {function_type = (i64) -> i64, sym_name = "f"} : () -> ()

// -----

// expected-error: 'machine.const' op expects Exactly(0) regions, has 1
"machine.func"() ({
^bb0:
  %0 = "machine.const"() ({
  }) {value = 0 : i64} : () -> i64
  "machine.return"(%0) : (i64) -> ()
}) {function_type = () -> i64, sym_name = "f"} : () -> ()

// -----

// expected-error: 'machine.const' op requires attribute 'value'
"machine.func"() ({
^bb0:
  %0 = "machine.const"() : () -> i64
  "machine.return"(%0) : (i64) -> ()
}) {function_type = () -> i64, sym_name = "f"} : () -> ()

// -----

// expected-error: 'machine.func' op requires attribute 'function_type'
"machine.func"() ({
^bb0:
  "machine.return"() : () -> ()
}) {sym_name = "f"} : () -> ()

// -----

// expected-error: 'machine.return' op is a terminator but not the last op of its block
"machine.func"() ({
^bb0(%a: i64):
  "machine.return"(%a) : (i64) -> ()
  "machine.var_set"(%a) {var = 0 : i64} : (i64) -> ()
}) {function_type = (i64) -> i64, sym_name = "f"} : () -> ()

// -----

// expected-error: 'machine.iadd' op has successors but is not a terminator
"machine.func"() ({
^bb0(%a: i64):
  %0 = "machine.iadd"(%a, %a)[^bb1] : (i64, i64) -> i64
  "machine.br"()[^bb1] : () -> ()
^bb1:
  "machine.return"(%a) : (i64) -> ()
}) {function_type = (i64) -> i64, sym_name = "f"} : () -> ()

// -----

// expected-error: 'machine.call' op calls unknown function @no_such_function
"machine.func"() ({
^bb0:
  %0 = "machine.call"() {callee = @no_such_function} : () -> i64
  "machine.return"(%0) : (i64) -> ()
}) {function_type = () -> i64, sym_name = "f"} : () -> ()

// -----

// expected-error: 'machine.call' op passes 1 arguments to @rt_int_add, which takes 2
"machine.func"() ({
^bb0(%a: i64):
  %0 = "machine.call"(%a) {callee = @rt_int_add} : (i64) -> i64
  "machine.return"(%0) : (i64) -> ()
}) {function_type = (i64) -> i64, sym_name = "f"} : () -> ()

// -----

// expected-error: 'machine.call' op result count does not match @rt_decref
"machine.func"() ({
^bb0(%a: i64):
  %0 = "machine.call"(%a) {callee = @rt_decref} : (i64) -> i64
  "machine.return"(%0) : (i64) -> ()
}) {function_type = (i64) -> i64, sym_name = "f"} : () -> ()

// -----

// expected-error: 'machine.call' op callee must be a symbol
"machine.func"() ({
^bb0:
  %0 = "machine.call"() {callee = "rt_none"} : () -> i64
  "machine.return"(%0) : (i64) -> ()
}) {function_type = () -> i64, sym_name = "f"} : () -> ()

// -----

// expected-error: 'machine.func' op entry block arguments do not match function_type
"machine.func"() ({
^bb0(%a: f64):
  "machine.return"() : () -> ()
}) {function_type = (i64) -> (), sym_name = "wrong_type"} : () -> ()

// -----

// expected-error: 'machine.func' op entry block arguments do not match function_type
"machine.func"() ({
^bb0(%a: i64):
  "machine.return"(%a) : (i64) -> ()
}) {function_type = (i64, i64) -> i64, sym_name = "wrong_count"} : () -> ()

// -----

// expected-error: 'machine.func' op function_type must be a function type
"machine.func"() ({
^bb0:
  "machine.return"() : () -> ()
}) {function_type = i64, sym_name = "f"} : () -> ()

// -----

// expected-error: 'machine.func' op has an empty body
"machine.func"() ({
}) {function_type = () -> (), sym_name = "f"} : () -> ()

// -----

// expected-error: 'machine.frobnicate' op is not an operation of the 'machine' dialect
"machine.func"() ({
^bb0:
  "machine.frobnicate"() : () -> ()
  "machine.return"() : () -> ()
}) {function_type = () -> (), sym_name = "f"} : () -> ()

// -----

// Every bad op is reported, not only the first.
// expected-error: 'machine.icmp' op requires attribute 'pred'
// expected-error: 'machine.load' op requires attribute 'offset'
"machine.func"() ({
^bb0(%a: i64, %p: !machine.ptr):
  %0 = "machine.icmp"(%a, %a) : (i64, i64) -> i1
  %1 = "machine.load"(%p) : (!machine.ptr) -> i64
  "machine.return"(%1) : (i64) -> ()
}) {function_type = (i64, !machine.ptr) -> i64, sym_name = "f"} : () -> ()
