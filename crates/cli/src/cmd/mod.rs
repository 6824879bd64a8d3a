//! One module per subcommand.

pub mod bench;
pub mod code;
pub mod eval;
pub mod events;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod network;
pub mod parse;
pub mod role;
pub mod series;
pub mod store_common;
pub mod train;
