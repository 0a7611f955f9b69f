//! The `parlour` binary: everything happens in the library.

fn main() -> std::process::ExitCode {
    parlour::cli::run()
}
