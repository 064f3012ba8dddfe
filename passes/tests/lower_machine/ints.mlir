// RUN: lower-machine
// Int arithmetic: inline fast paths on tagged small ints, rt_int_* slow paths in cold blocks.

// a + b: both tagged (a & b & 1) -> a + (b - 1) with an overflow check; else rt_int_add (cold).
"typed.func"() ({
^bb0(%a: !typed.int, %b: !typed.int):
  %0 = "typed.int.binop"(%a, %b) {op = "add"} : (!typed.int, !typed.int) -> !typed.int loc("i.py":2:12 to 2:17)
  "typed.return"(%0) : (!typed.int) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.int, !typed.int) -> !typed.int, locals = [], local_types = []} : () -> ()
// CHECK: "machine.band"(%arg
// CHECK: {pred = "ne"}
// CHECK: "machine.cond_br"
// CHECK: "machine.isub"
// CHECK-NEXT: "machine.sadd_overflow"
// CHECK-NEXT: "machine.var_set"
// CHECK-NEXT: "machine.cond_br"
// CHECK: "machine.var_get"
// CHECK-NEXT: "machine.return"
// CHECK: {callee = @rt_int_add}
// CHECK-COUNT-1: {callee = @rt_traceback_add}

// -----

// a - b = a - (b - 1).
"typed.func"() ({
^bb0(%a: !typed.int, %b: !typed.int):
  %0 = "typed.int.binop"(%a, %b) {op = "sub"} : (!typed.int, !typed.int) -> !typed.int
  "typed.return"(%0) : (!typed.int) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.int, !typed.int) -> !typed.int, locals = [], local_types = []} : () -> ()
// CHECK: "machine.ssub_overflow"
// CHECK: {callee = @rt_int_sub}

// -----

// a * b = (a >> 1) * (b - 1) + 1.
"typed.func"() ({
^bb0(%a: !typed.int, %b: !typed.int):
  %0 = "typed.int.binop"(%a, %b) {op = "mul"} : (!typed.int, !typed.int) -> !typed.int
  "typed.return"(%0) : (!typed.int) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.int, !typed.int) -> !typed.int, locals = [], local_types = []} : () -> ()
// CHECK: "machine.sshr"
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.isub"
// CHECK-NEXT: "machine.smul_overflow"
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.iadd"
// CHECK: {callee = @rt_int_mul}

// -----

// a // b: untagged sdiv/srem, floor adjustment when the remainder's sign differs from b's; b == 0 and -2**62 // -1 (retag overflow) take the slow path.
"typed.func"() ({
^bb0(%a: !typed.int, %b: !typed.int):
  %0 = "typed.int.binop"(%a, %b) {op = "floordiv"} : (!typed.int, !typed.int) -> !typed.int
  "typed.return"(%0) : (!typed.int) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.int, !typed.int) -> !typed.int, locals = [], local_types = []} : () -> ()
// CHECK: "machine.sshr"
// CHECK: "machine.sshr"
// CHECK: {pred = "eq"}
// One division: the remainder is x - q * y.
// CHECK: "machine.sdiv"
// CHECK-NEXT: "machine.imul"
// CHECK-NEXT: "machine.isub"
// CHECK: "machine.bxor"
// CHECK: {pred = "slt"}
// CHECK: "machine.band"
// CHECK: "machine.zext"
// CHECK-NEXT: "machine.isub"
// CHECK-NEXT: "machine.sadd_overflow"
// CHECK: {callee = @rt_int_floordiv}

// -----

// a % b: the result is smaller than b, retagging cannot overflow.
"typed.func"() ({
^bb0(%a: !typed.int, %b: !typed.int):
  %0 = "typed.int.binop"(%a, %b) {op = "mod"} : (!typed.int, !typed.int) -> !typed.int
  "typed.return"(%0) : (!typed.int) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.int, !typed.int) -> !typed.int, locals = [], local_types = []} : () -> ()
// CHECK-COUNT-0: "machine.sdiv"
// CHECK: "machine.srem"
// CHECK: "machine.select"
// CHECK: {callee = @rt_int_mod}
// CHECK-COUNT-0: "machine.sadd_overflow"

// -----

// a & b on tagged words directly.
"typed.func"() ({
^bb0(%a: !typed.int, %b: !typed.int):
  %0 = "typed.int.binop"(%a, %b) {op = "bitand"} : (!typed.int, !typed.int) -> !typed.int
  "typed.return"(%0) : (!typed.int) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.int, !typed.int) -> !typed.int, locals = [], local_types = []} : () -> ()
// CHECK: "machine.band"(%arg
// CHECK: "machine.band"(%arg
// CHECK: {callee = @rt_int_and}

// -----

// a | b on tagged words directly.
"typed.func"() ({
^bb0(%a: !typed.int, %b: !typed.int):
  %0 = "typed.int.binop"(%a, %b) {op = "bitor"} : (!typed.int, !typed.int) -> !typed.int
  "typed.return"(%0) : (!typed.int) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.int, !typed.int) -> !typed.int, locals = [], local_types = []} : () -> ()
// CHECK: "machine.bor"(%arg
// CHECK: {callee = @rt_int_or}

// -----

// a ^ b = (a ^ b) | 1.
"typed.func"() ({
^bb0(%a: !typed.int, %b: !typed.int):
  %0 = "typed.int.binop"(%a, %b) {op = "bitxor"} : (!typed.int, !typed.int) -> !typed.int
  "typed.return"(%0) : (!typed.int) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.int, !typed.int) -> !typed.int, locals = [], local_types = []} : () -> ()
// CHECK: "machine.bxor"(%arg
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.bor"
// CHECK: {callee = @rt_int_xor}

// -----

// a ** b, a << b, a >> b: always the runtime.
"typed.func"() ({
^bb0(%a: !typed.int, %b: !typed.int):
  %0 = "typed.int.binop"(%a, %b) {op = "pow"} : (!typed.int, !typed.int) -> !typed.int
  "typed.return"(%0) : (!typed.int) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.int, !typed.int) -> !typed.int, locals = [], local_types = []} : () -> ()
// CHECK: {callee = @rt_int_pow}
// CHECK-NEXT: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: {pred = "eq"}
// CHECK-COUNT-0: "machine.band"

// -----

// a << b: always the runtime.
"typed.func"() ({
^bb0(%a: !typed.int, %b: !typed.int):
  %0 = "typed.int.binop"(%a, %b) {op = "lshift"} : (!typed.int, !typed.int) -> !typed.int
  "typed.return"(%0) : (!typed.int) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.int, !typed.int) -> !typed.int, locals = [], local_types = []} : () -> ()
// CHECK: {callee = @rt_int_lshift}
// CHECK-COUNT-0: "machine.band"

// -----

// a >> b: always the runtime.
"typed.func"() ({
^bb0(%a: !typed.int, %b: !typed.int):
  %0 = "typed.int.binop"(%a, %b) {op = "rshift"} : (!typed.int, !typed.int) -> !typed.int
  "typed.return"(%0) : (!typed.int) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.int, !typed.int) -> !typed.int, locals = [], local_types = []} : () -> ()
// CHECK: {callee = @rt_int_rshift}
// CHECK-COUNT-0: "machine.band"

// -----

// -a = 2 - a on tagged words (overflows only for -2**62); ~a = a ^ -2 (never overflows).
"typed.func"() ({
^bb0(%a: !typed.int):
  %0 = "typed.int.neg"(%a) : (!typed.int) -> !typed.int
  %1 = "typed.int.invert"(%0) : (!typed.int) -> !typed.int
  "typed.return"(%1) : (!typed.int) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.int) -> !typed.int, locals = [], local_types = []} : () -> ()
// CHECK: "machine.const"() {value = 2 : i64}
// CHECK-NEXT: "machine.ssub_overflow"(%
// CHECK: "machine.const"() {value = -2 : i64}
// CHECK-NEXT: "machine.bxor"
// The intermediate -a is dropped after ~ used it (inline check: only big ints are objects),
// and on the error path of ~.
// CHECK: "machine.band"
// CHECK: "machine.return"
// CHECK-COUNT-1: {callee = @rt_int_neg}
// CHECK-COUNT-1: {callee = @rt_int_invert}
// CHECK-COUNT-2: {callee = @rt_decref}

// -----

// Comparisons: tagged words compare like their values; otherwise rt_int_cmp's -1/0/1 is
// compared with 0 using the same predicate.
"typed.func"() ({
^bb0(%a: !typed.int, %b: !typed.int):
  %0 = "typed.int.cmp"(%a, %b) {op = "ge"} : (!typed.int, !typed.int) -> !typed.bool
  "typed.return"(%0) : (!typed.bool) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.int, !typed.int) -> !typed.bool, locals = [], local_types = []} : () -> ()
// CHECK: "machine.icmp"(%arg1_0, %arg1_1) {pred = "sge"}
// CHECK: "machine.return"
// CHECK: {callee = @rt_int_cmp} : (i64, i64) -> i32
// CHECK-NEXT: "machine.const"() {value = 0 : i32}
// CHECK-NEXT: {pred = "sge"}
// CHECK: function_type = (i64, i64, i64) -> i1

// -----

// Constants: small ints are tagged immediates (and never reference counted); a big int is
// created once by rt_int_const and cached in a slot; truediv has a fast path for operands
// exactly representable as doubles; float(int) unboxes tagged ints inline; bools become 0/1.
"typed.global"() {sym_name = "x", type = !typed.int} : () -> ()
"typed.func"() ({
  %0 = "typed.const_int"() {value = "12345678901234567890"} : () -> !typed.int
  "typed.store_global"(%0) {name = "x"} : (!typed.int) -> ()
  %1 = "typed.const_int"() {value = -4611686018427387904 : i64} : () -> !typed.int
  %2 = "typed.const_int"() {value = 4611686018427387904 : i64} : () -> !typed.int
  %3 = "typed.int.truediv"(%1, %2) : (!typed.int, !typed.int) -> !typed.float
  %4 = "typed.const_bool"() {value = true} : () -> !typed.bool
  %5 = "typed.bool_to_int"(%4) : (!typed.bool) -> !typed.int
  %6 = "typed.int_to_float"(%5) : (!typed.int) -> !typed.float
  %7 = "typed.const_none"() : () -> !typed.none
  "typed.return"(%7) : (!typed.none) -> ()
}) {sym_name = "__main__", py_name = "__main__", function_type = () -> !typed.none, locals = [], local_types = []} : () -> ()
// CHECK: "machine.global"() {size = 8 : i64, sym_name = "int.0"}
// CHECK: "machine.data"() {bytes = "12345678901234567890"
// The constant is borrowed from its slot (read inline; rt_int_const fills the slot on first
// use, on a cold path): the global takes a new reference (an int: inline big-int check), and
// its old value is dropped.
// CHECK: {symbol = @int.0}
// CHECK-NEXT: "machine.load"
// CHECK: {symbol = @g.x}
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.band"
// CHECK: "machine.load"
// CHECK-NEXT: "machine.store"
// CHECK: "machine.band"
// -2**62 is the smallest small int; 2**62 is not small.
// CHECK: "machine.const"() {value = -9223372036854775807 : i64}
// truediv: |x|, |y| <= 2**53 and y != 0
// CHECK: "machine.const"() {value = 18014398509481984 : i64}
// CHECK: "machine.sitofp"
// CHECK: "machine.fdiv"
// CHECK: "machine.select"
// CHECK: "machine.sitofp"
// CHECK-COUNT-1: {callee = @rt_int_truediv}
// CHECK-COUNT-1: {callee = @rt_int_to_float}
// CHECK-COUNT-2: {callee = @rt_int_const}
