//! metal0's passes and the pass manager that runs them.
//!
//! The compilation pipeline is `infer` (py -> typed), `egraph` (typed -> typed: constant and
//! string folding), `lower-machine` (typed -> machine), `generator-frames` (machine ->
//! machine: the state of generator bodies kept in their frames). Each pass is one file (or folder)
//! named after its transform; `metal0 opt --passes=a,b` runs any sequence of them on IR text.

pub mod egraph;
pub mod generator_frames;
pub mod infer;
pub mod lower_machine;
pub mod manager;

pub use manager::{PASS_NAMES, Pass, PassManager, pass_by_name, pipeline};
