//! The `parlour` binary: everything happens in the library.

/// mimalloc returns freed memory to the system; see the note on it in Cargo.toml.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    parlour::cli::run()
}
