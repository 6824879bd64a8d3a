//! Measurements shared by the benchmarks: CPU time of the calling thread and
//! peak resident memory, read from /proc (Linux; `None` elsewhere).

/// Time this thread has spent on a CPU, in seconds, from the scheduler's
/// own accounting (nanoseconds): on a shared machine throughput per
/// CPU-second is steadier than per wall-clock second.
pub fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// CPU time (user + system) this whole process has used, in seconds.
pub fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name, which may hold spaces, in parentheses.
    let fields: Vec<&str> = stat.rsplit_once(") ")?.1.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the full line (11 and 12 here).
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / USER_HZ)
}

/// Peak resident memory of this process (VmHWM), in MB.
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// The kernel's clock tick for /proc times: 100 on every mainstream Linux.
const USER_HZ: f64 = 100.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_are_plausible_on_linux() {
        if cfg!(target_os = "linux") {
            // The scheduler folds a running thread's time into schedstat at
            // ticks and switches, so the reading may lag a little: work
            // until it moves (bounded), then it must have grown.
            let before = thread_cpu_seconds().unwrap();
            let start = std::time::Instant::now();
            let mut x = 0u64;
            while thread_cpu_seconds().unwrap() <= before && start.elapsed().as_secs() < 5 {
                for i in 0..1_000_000u64 {
                    x = x.wrapping_mul(31).wrapping_add(i);
                }
            }
            assert!(x != 1);
            assert!(thread_cpu_seconds().unwrap() > before, "thread CPU time never advanced in 5 s of work");
            assert!(process_cpu_seconds().unwrap() >= 0.0);
            assert!(peak_rss_mb().unwrap() > 0.1);
        }
    }
}
