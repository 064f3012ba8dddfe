// RUN: metal0 opt --passes=generator-frames
// A resumable function: its variable slot becomes frame slot `frame_base` (24), the value
// %3 defined in ^bb2 and used in ^bb3 gets the next slot (32), stored after its definition
// and loaded before its use; values of the entry block (the parameters, %0) stay as they
// are. The creator's frame size constant becomes 5 words.
"builtin.module"() ({
^bb0:
  "machine.func"() ({
  ^bb1(%g: i64, %frame: !machine.ptr, %sent: i64):
    %0 = "machine.const"() {value = 1 : i64} : () -> i64
    "machine.var_set"(%0) {var = 0 : i64} : (i64) -> ()
    "machine.br"() [^bb2] : () -> ()
  ^bb2:
    %1 = "machine.var_get"() {var = 0 : i64} : () -> i64
    %2 = "machine.const"() {value = 2 : i64} : () -> i64
    %3 = "machine.iadd"(%1, %2) : (i64, i64) -> i64
    "machine.br"() [^bb3] : () -> ()
  ^bb3:
    %4 = "machine.iadd"(%3, %0) : (i64, i64) -> i64
    "machine.return"(%4) : (i64) -> ()
  }) {frame_base = 24 : i64, frame_param = 1 : i64, function_type = (i64, !machine.ptr, i64) -> i64, hot_blocks = 3 : i64, sym_name = "g.resume", var_types = [i64]} : () -> ()
  "machine.func"() ({
  ^bb4:
    %5 = "machine.const"() {frame_words_of = "g.resume", value = 0 : i64} : () -> i64
    "machine.return"(%5) : (i64) -> ()
  }) {function_type = () -> i64, hot_blocks = 1 : i64, sym_name = "g", var_types = []} : () -> ()
}) : () -> ()
// CHECK: "machine.const"() {value = 1 : i64}
// CHECK: {offset = 24 : i64} : (i64, !machine.ptr) -> ()
// CHECK: {offset = 24 : i64} : (!machine.ptr) -> i64
// CHECK: "machine.iadd"
// CHECK: {offset = 32 : i64} : (i64, !machine.ptr) -> ()
// CHECK: "machine.br"
// CHECK: {offset = 32 : i64} : (!machine.ptr) -> i64
// CHECK: "machine.iadd"
// CHECK: var_types = []
// CHECK: {frame_words_of = "g.resume", value = 5 : i64}
// CHECK-NOT: machine.var_get
// CHECK-NOT: machine.var_set
