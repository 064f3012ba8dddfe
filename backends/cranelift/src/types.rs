//! Machine types as Cranelift sees them, and function signatures built from a
//! `machine.func`'s `function_type` or a runtime function's entry in [`runtime_abi`].
//!
//! `i1` is an `I8` holding 0 or 1 (Cranelift's comparison results are `I8` 0/1); every op that
//! produces an `i1` keeps that invariant, so widening an `i1` is a plain zero-extension.
//! `!machine.ptr` is an `I64` and interchangeable with `i64` wherever the Cranelift types agree.

use cranelift_codegen::ir::{self, AbiParam, Signature, types};
use cranelift_codegen::isa::CallConv;
use metal0_dialects::Type;
use metal0_dialects::runtime_abi::{Abi, RtFn};

/// A scalar type of the machine dialect.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum MTy {
    I1,
    I8,
    I16,
    I32,
    I64,
    Ptr,
    F64,
}

impl MTy {
    /// The machine type of an IR type, if it is one the backend supports.
    pub(crate) fn of(t: &Type) -> Result<MTy, String> {
        Ok(match t {
            Type::Int(1) => MTy::I1,
            Type::Int(8) => MTy::I8,
            Type::Int(16) => MTy::I16,
            Type::Int(32) => MTy::I32,
            Type::Int(64) => MTy::I64,
            Type::F64 => MTy::F64,
            t if t.is("machine", "ptr") => MTy::Ptr,
            t => return Err(format!("type {t} is not a machine scalar type (i1, i8, i16, i32, i64, f64, !machine.ptr)")),
        })
    }

    /// The Cranelift type that holds values of this type.
    pub(crate) fn clif(self) -> ir::Type {
        match self {
            MTy::I1 | MTy::I8 => types::I8,
            MTy::I16 => types::I16,
            MTy::I32 => types::I32,
            MTy::I64 | MTy::Ptr => types::I64,
            MTy::F64 => types::F64,
        }
    }

    /// Integer (or pointer) type, `i1` included.
    pub(crate) fn is_int(self) -> bool {
        self != MTy::F64
    }

    /// Logical width in bits (`i1` is 1, a pointer 64).
    pub(crate) fn bits(self) -> u32 {
        match self {
            MTy::I1 => 1,
            MTy::I8 => 8,
            MTy::I16 => 16,
            MTy::I32 => 32,
            MTy::I64 | MTy::Ptr | MTy::F64 => 64,
        }
    }

    /// True when a value of type `self` can be passed where `other` is expected: the same
    /// Cranelift type and the same "is a boolean" meaning (so `!machine.ptr` and `i64` mix,
    /// `i1` and `i8` do not).
    pub(crate) fn compatible(self, other: MTy) -> bool {
        self.clif() == other.clif() && (self == MTy::I1) == (other == MTy::I1)
    }

    /// The parameter/return slot of a C-ABI signature: narrow integers are extended by the
    /// caller as C compilers expect (`i1` like C's `bool`, zero-extended; `i8`/`i16` signed).
    pub(crate) fn abi_param(self) -> AbiParam {
        match self {
            MTy::I1 => AbiParam::new(types::I8).uext(),
            MTy::I8 | MTy::I16 => AbiParam::new(self.clif()).sext(),
            _ => AbiParam::new(self.clif()),
        }
    }

    /// The machine type a runtime ABI slot is passed as.
    pub(crate) fn of_abi(a: Abi) -> MTy {
        match a {
            Abi::W | Abi::I64 => MTy::I64,
            Abi::I32 => MTy::I32,
            Abi::F64 => MTy::F64,
            Abi::Ptr => MTy::Ptr,
        }
    }
}

/// A function's signature in machine types and in Cranelift form.
#[derive(Clone, Debug)]
pub(crate) struct Sig {
    pub params: Vec<MTy>,
    pub results: Vec<MTy>,
    pub clif: Signature,
}

impl Sig {
    fn new(params: Vec<MTy>, results: Vec<MTy>, call_conv: CallConv) -> Sig {
        let mut clif = Signature::new(call_conv);
        clif.params.extend(params.iter().map(|t| t.abi_param()));
        clif.returns.extend(results.iter().map(|t| t.abi_param()));
        Sig { params, results, clif }
    }

    /// The signature of a `machine.func` from its `function_type` (at most one result, since
    /// `machine.return` carries at most one operand).
    pub(crate) fn of_function_type(t: &Type, call_conv: CallConv) -> Result<Sig, String> {
        let Type::Function { inputs, results } = t else {
            return Err(format!("function_type {t} is not a function type"));
        };
        if results.len() > 1 {
            return Err(format!("function_type {t} has {} results; machine functions return at most one value", results.len()));
        }
        let params = inputs.iter().map(MTy::of).collect::<Result<Vec<_>, _>>()?;
        let results = results.iter().map(MTy::of).collect::<Result<Vec<_>, _>>()?;
        Ok(Sig::new(params, results, call_conv))
    }

    /// The signature of a runtime function (`extern "C"` in the runtime).
    pub(crate) fn of_runtime(f: &RtFn, call_conv: CallConv) -> Sig {
        let params = f.params.iter().map(|a| MTy::of_abi(*a)).collect();
        let results = f.ret.iter().map(|a| MTy::of_abi(*a)).collect();
        Sig::new(params, results, call_conv)
    }
}

impl std::fmt::Display for MTy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            MTy::I1 => "i1",
            MTy::I8 => "i8",
            MTy::I16 => "i16",
            MTy::I32 => "i32",
            MTy::I64 => "i64",
            MTy::Ptr => "!machine.ptr",
            MTy::F64 => "f64",
        })
    }
}
