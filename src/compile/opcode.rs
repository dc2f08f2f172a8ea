//! THE opcode table: every instruction is declared once here, with its operand,
//! its stack effect and a line in transfer notation. The `Instr` enum, its
//! names, stack effects and the disassembler's operand printing come from it.
//!
//! Stack notation: TOS is the top of the stack, TOS1 the one below.
//! Jump targets are absolute instruction indices.

use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident $( ( $arg:ident : $ty:ty ) )? => $effect:expr ; )*) => {
        /// One bytecode instruction with its typed operand.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Instr {
            $( $(#[doc = $doc])* $name $( ( $ty ) )? , )*
        }

        impl Instr {
            /// The instruction's name as the disassembler prints it.
            pub fn name(&self) -> &'static str {
                match self {
                    $( Instr::$name { .. } => stringify!($name), )*
                }
            }

            /// Net change of the stack depth when the instruction falls through.
            #[allow(unused_variables)]
            pub fn stack_effect(&self) -> i32 {
                match *self {
                    $( Instr::$name $( ( $arg ) )? => { $effect } )*
                }
            }

            /// Every instruction's name with whether it has an operand, in
            /// declaration order (the `dis` module numbers them from this).
            pub const TABLE: &'static [(&'static str, bool)] =
                &[ $( (stringify!($name), !stringify!($( $arg )?).is_empty()), )* ];

            /// The operand as the disassembler prints it, if any.
            #[allow(unused_variables)]
            pub fn operand(&self) -> Option<Operand> {
                match *self {
                    $( Instr::$name $( ( $arg ) )? => { None $( .or(Some(Operand::from($arg))) )? } )*
                }
            }
        }
    };
}

/// An operand, for printing.
#[derive(Clone, Copy, Debug)]
pub enum Operand {
    Index(u32),
    Bin(BinOp),
    Cmp(CmpOp),
    Unary(UnaryOp),
    CmpJump(CmpJump),
    AugFast(AugFast),
    FastConstJump(FastConstJump),
    IterStore(IterStore),
    InplaceStore(InplaceStore),
}

/// The operand of CompareJump: a comparison and where to go when it is false.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CmpJump {
    pub op: CmpOp,
    pub target: u32,
}
/// The operand of ForIterStore: where the loop ends and the local that
/// receives each item.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IterStore {
    pub target: u32,
    pub slot: u32,
}
impl From<IterStore> for Operand {
    fn from(s: IterStore) -> Operand {
        Operand::IterStore(s)
    }
}

/// The operand of InplaceStoreFast: `fast[slot] = TOS1 op= TOS`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InplaceStore {
    pub op: BinOp,
    pub slot: u32,
}
impl From<InplaceStore> for Operand {
    fn from(s: InplaceStore) -> Operand {
        Operand::InplaceStore(s)
    }
}

/// The operand of AugFastConst: `fast[slot] op= consts[konst]`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AugFast {
    pub slot: u16,
    pub konst: u16,
    pub op: BinOp,
}
impl From<AugFast> for Operand {
    fn from(a: AugFast) -> Operand {
        Operand::AugFast(a)
    }
}

/// The operand of CompareFastConstJump: compare `fast[slot]` with
/// `consts[konst]` and go to `target` when false. Byte-sized indices keep
/// the instruction at 12 bytes; larger functions just do not fuse.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FastConstJump {
    pub slot: u8,
    pub konst: u8,
    pub op: CmpOp,
    pub target: u32,
}
impl From<FastConstJump> for Operand {
    fn from(c: FastConstJump) -> Operand {
        Operand::FastConstJump(c)
    }
}

impl From<CmpJump> for Operand {
    fn from(c: CmpJump) -> Operand {
        Operand::CmpJump(c)
    }
}
impl From<u32> for Operand {
    fn from(i: u32) -> Operand {
        Operand::Index(i)
    }
}
impl From<BinOp> for Operand {
    fn from(o: BinOp) -> Operand {
        Operand::Bin(o)
    }
}
impl From<CmpOp> for Operand {
    fn from(o: CmpOp) -> Operand {
        Operand::Cmp(o)
    }
}
impl From<UnaryOp> for Operand {
    fn from(o: UnaryOp) -> Operand {
        Operand::Unary(o)
    }
}

opcodes! {
    /// (nothing)
    Nop => 0;
    /// push consts[i]
    LoadConst(i: u32) => 1;
    /// push fast[slot]; UnboundLocalError if unset
    LoadFast(slot: u32) => 1;
    /// push fast[p >> 16], consts[p & 0xffff] (LoadFast + LoadConst)
    LoadFastConst(p: u32) => 2;
    /// push fast[p >> 16], fast[p & 0xffff] (LoadFast + LoadFast)
    LoadFastFast(p: u32) => 2;
    /// push fast[p >> 16][consts[p & 0xffff]] (LoadFast + LoadConst + BinarySubscr)
    SubscrFastConst(p: u32) => 1;
    /// push getattr(fast[p >> 16], names[p & 0xffff]) (LoadFast + LoadAttr)
    LoadAttrFast(p: u32) => 1;
    /// push fast[p >> 16][fast[p & 0xffff]] (LoadFast + LoadFast + BinarySubscr)
    SubscrFastFast(p: u32) => 1;
    /// fast[p >> 16][fast[p & 0xffff]] = pop (LoadFast + LoadFast + StoreSubscr)
    StoreSubscrFastFast(p: u32) => -1;
    /// fast[p >> 16][consts[p & 0xffff]] = pop (LoadFast + LoadConst + StoreSubscr)
    StoreSubscrFastConst(p: u32) => -1;
    /// setattr(fast[p >> 16], names[p & 0xffff], pop) (LoadFast + StoreAttr)
    StoreAttrFast(p: u32) => -1;
    /// fast[slot] = pop
    StoreFast(slot: u32) => -1;
    /// fast[a.slot] op= consts[a.konst] (LoadFast + LoadConst + Inplace + StoreFast of the same local)
    AugFastConst(a: AugFast) => 0;
    /// fast[slot] = unset
    DeleteFast(slot: u32) => 0;
    /// push locals[names[i]] or globals[..] or builtins[..] (class bodies)
    LoadName(i: u32) => 1;
    /// locals[names[i]] = pop
    StoreName(i: u32) => -1;
    /// del locals[names[i]]
    DeleteName(i: u32) => 0;
    /// push globals[names[i]] or builtins[names[i]]
    LoadGlobal(i: u32) => 1;
    /// globals[names[i]] = pop
    StoreGlobal(i: u32) => -1;
    /// del globals[names[i]]
    DeleteGlobal(i: u32) => 0;
    /// push cells[i].value (cell and free variables)
    LoadDeref(i: u32) => 1;
    /// cells[i].value = pop
    StoreDeref(i: u32) => -1;
    /// TOS = getattr(TOS, names[i])
    LoadAttr(i: u32) => 0;
    /// setattr(TOS, names[i], TOS1); pop both
    StoreAttr(i: u32) => -2;
    /// delattr(pop, names[i])
    DeleteAttr(i: u32) => -1;
    /// TOS = obj -> push method, self (or attr, Null when not a plain method)
    LoadMethod(i: u32) => 1;
    /// [method, self|Null, args * n] -> result
    CallMethod(n: u32) => -(n as i32) - 1;
    /// TOS = TOS1[TOS]
    BinarySubscr => -1;
    /// TOS1[TOS] = TOS2; pop three
    StoreSubscr => -3;
    /// del TOS1[TOS]; pop two
    DeleteSubscr => -2;
    /// TOS = slice(TOS1, TOS) (n = 2) or slice(TOS2, TOS1, TOS) (n = 3)
    BuildSlice(n: u32) => 1 - n as i32;
    /// TOS = TOSn[slice(...)] of the n bounds above it (BuildSlice + BinarySubscr)
    SliceSubscr(n: u32) => -(n as i32);
    /// pop
    Pop => -1;
    /// push TOS
    Dup => 1;
    /// push TOS1, TOS
    DupTwo => 2;
    /// swap TOS and TOS1
    RotTwo => 0;
    /// TOS, TOS1, TOS2 = TOS1, TOS2, TOS
    RotThree => 0;
    /// TOS = TOS1 + TOS
    Add => -1;
    /// TOS = TOS1 - TOS
    Sub => -1;
    /// TOS = TOS1 * TOS
    Mul => -1;
    /// TOS = TOS1 op TOS (the other binary operators)
    Binary(op: BinOp) => -1;
    /// TOS = TOS1 / TOS with `from __future__ import division`
    TrueDiv => -1;
    /// TOS = TOS1 op= TOS (tries __iop__ first)
    Inplace(op: BinOp) => -1;
    /// TOS = TOS1 /= TOS with `from __future__ import division` (tries __itruediv__ first)
    InplaceTrueDiv => -1;
    /// fast[s.slot] = TOS1 op= TOS; pop both (Inplace + StoreFast)
    InplaceStoreFast(s: InplaceStore) => -2;
    /// TOS = TOS1 cmp TOS
    Compare(op: CmpOp) => -1;
    /// TOS = op TOS
    Unary(op: UnaryOp) => 0;
    /// TOS = repr(TOS) (backquotes)
    Repr => 0;
    /// pc = t
    Jump(t: u32) => 0;
    /// if not pop: pc = t
    PopJumpIfFalse(t: u32) => -1;
    /// if not (TOS1 cmp TOS): pc = t; pop both (Compare + PopJumpIfFalse)
    CompareJump(c: CmpJump) => -2;
    /// if not (fast[c.slot] cmp consts[c.konst]): pc = c.target (LoadFast + LoadConst + CompareJump)
    CompareFastConstJump(c: FastConstJump) => 0;
    /// the end of a while loop's body: if fast[c.slot] cmp consts[c.konst]: pc = c.target (the body)
    /// (a Jump back to a CompareFastConstJump)
    CompareFastConstLoop(c: FastConstJump) => 0;
    /// if pop: pc = t
    PopJumpIfTrue(t: u32) => -1;
    /// if not TOS: pc = t else pop
    JumpIfFalseOrPop(t: u32) => -1;
    /// if TOS: pc = t else pop
    JumpIfTrueOrPop(t: u32) => -1;
    /// TOS = iter(TOS)
    GetIter => 0;
    /// push next(TOS), or pop the iterator and pc = t when exhausted
    ForIter(t: u32) => 1;
    /// fast[s.slot] = next(TOS), or pop the iterator and pc = s.target when exhausted (ForIter + StoreFast)
    ForIterStore(s: IterStore) => 0;
    /// the end of a for loop's body: fast[s.slot] = next(TOS) and pc = s.target (the body),
    /// or pop the iterator and fall through when exhausted (Jump back to a ForIterStore)
    ForIterBack(s: IterStore) => -1;
    /// push (TOS_n-1, ..., TOS)
    BuildTuple(n: u32) => 1 - n as i32;
    /// push [TOS_n-1, ..., TOS]
    BuildList(n: u32) => 1 - n as i32;
    /// push {TOS_n-1, ..., TOS}
    BuildSet(n: u32) => 1 - n as i32;
    /// push {k0: v0, ...} from n value/key pairs (2.7 evaluates the value first)
    BuildMap(n: u32) => 1 - 2 * n as i32;
    /// stack[-d].append(pop) (comprehensions)
    ListAppend(d: u32) => -1;
    /// stack[-d].add(pop)
    SetAdd(d: u32) => -1;
    /// stack[-d][TOS] = TOS1; pop two
    MapAdd(d: u32) => -2;
    /// push the n items of pop, last item first
    UnpackSequence(n: u32) => n as i32 - 1;
    /// push a function of consts[i], its defaults popped, its closure taken from cells
    MakeFunction(i: u32) => 1;
    /// [func, args * n] -> func(*args)
    CallFunction(n: u32) => -(n as i32);
    /// [func, args * n, names] -> call with the last len(names) args as keywords
    CallFunctionKw(n: u32) => -(n as i32) - 1;
    /// [func, args tuple, kw dict|None, star|None, kwstar|None] -> func(*args, **kwargs)
    CallFunctionEx => -4;
    /// return pop
    ReturnValue => -1;
    /// yield TOS; TOS = the value sent in
    YieldValue => 0;
    /// push a handler: on an exception, unwind the stack to here, push it, pc = t
    SetupExcept(t: u32) => 0;
    /// pop the innermost handler
    PopBlock => 0;
    /// the handled exception is done: restore sys.exc_info() of before
    PopExcept => 0;
    /// raise: n = 0 re-raises, 1 raise TOS, 2 raise TOS1, TOS, 3 with traceback
    Raise(n: u32) => -(n as i32);
    /// re-raise pop, keeping its traceback (end of finally/unmatched except)
    Reraise => -1;
    /// first instruction of a `finally` run for an exception (no effect): the
    /// handler pushes the pending exception without making it the handled one
    FinallyExc => 0;
    /// [exc, cls] -> [exc, exc matches cls]
    ExcMatch => 0;
    /// [mgr] -> [exit, mgr.__enter__()] and push a handler to t
    SetupWith(t: u32) => 1;
    /// [exit] -> exit(None, None, None)
    WithExitNormal => -1;
    /// [exit, exc] -> exit(type, value, tb); re-raise unless it returned true
    WithExitExc => -2;
    /// print pop to sys.stdout (with softspace)
    PrintItem => -1;
    /// print TOS to the stream TOS1; pop the value, keep the stream
    PrintItemTo => -1;
    /// print a newline to sys.stdout
    PrintNewline => 0;
    /// print a newline to pop
    PrintNewlineTo => -1;
    /// REPL: print repr(pop) unless None, and store it in __builtin__._
    PrintExpr => -1;
    /// push the top-level module of `import names[i]`
    ImportName(i: u32) => 1;
    /// push the module names[i] itself (`import a.b as c`, `from a.b import x`)
    ImportModule(i: u32) => 1;
    /// push getattr(TOS, names[i]) (from-import)
    ImportFrom(i: u32) => 1;
    /// copy the public names of pop into the namespace
    ImportStar => -1;
    /// raise AssertionError (n = 1: with message pop)
    RaiseAssert(n: u32) => -(n as i32);
    /// push the locals dict (end of a class body)
    LoadLocals => 1;
    /// [name, bases, dict] -> class
    BuildClass => -2;
}
