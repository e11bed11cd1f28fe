import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Results of one batch, filled by several workers at distinct indices.
final class ResultBox: @unchecked Sendable {
    // Each index is written by exactly one worker before `values` is read (after the
    // concurrentPerform barrier), so slots need no lock; the buffer itself never moves.
    private let slots: UnsafeMutableBufferPointer<RunCommand.LineResult>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: RunCommand.LineResult())
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: RunCommand.LineResult) { slots[index] = value }

    var values: [RunCommand.LineResult] { Array(slots) }
}

/// Hands out 0, 1, 2, ... to concurrent workers.
final class LineCounter: Sendable {
    private let next = Atomic<Int>(0)
    func take() -> Int { next.wrappingAdd(1, ordering: .relaxed).oldValue }
}

enum ProcessorCount {
    /// Cores available to this process.
    static var online: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

/// A progress bar on standard error, shown only when standard error is a terminal and the
/// input is a regular file of known size.
struct Progress {
    private let total: Int
    private var done = 0
    private var lastDraw = 0.0
    private let start: Double
    private let enabled: Bool

    init(path: String) {
        var st = stat()
        let isFile = path != "-" && stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
        total = isFile ? Int(st.st_size) : 0
        enabled = isFile && total > 0 && isatty(2) == 1
        start = Progress.now()
    }

    mutating func advance(_ bytes: Int) {
        guard enabled else { return }
        done += bytes
        let t = Progress.now()
        if t - lastDraw < 0.2 { return }
        lastDraw = t
        draw(t)
    }

    mutating func finish() {
        guard enabled else { return }
        draw(Progress.now())
        StandardError.write("\n")
    }

    private func draw(_ t: Double) {
        let fraction = min(1.0, Double(done) / Double(total))
        let width = 30
        let filled = Int(fraction * Double(width))
        let rate = Double(done) / 1e6 / max(t - start, 1e-6)
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        StandardError.write("\r[\(bar)] \(Int(fraction * 100))% \(Int(rate)) MB/s")
    }

    private static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
