#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file and line-by-line reading of files or standard input ("-"), with bounded memory
/// for line reading (one line plus a 1 MiB buffer).
enum InputFile {
    static func open(_ path: String) throws -> UnsafeMutablePointer<FILE> {
        if path == "-" {
            guard let f = fdopen(0, "rb") else { throw CLIError("standard input: cannot open") }
            return f
        }
        guard let f = fopen(path, "rb") else {
            let reason = String(cString: strerror(errno))
            throw CLIError("\(path): \(reason)")
        }
        return f
    }

    static func readAll(_ path: String) throws -> [UInt8] {
        let f = try open(path)
        defer { if path != "-" { fclose(f) } }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
            if n > 0 { out.append(contentsOf: buffer[0..<n]) }
            if n < buffer.count {
                if ferror(f) != 0 { throw CLIError("\(path): read error") }
                break
            }
        }
        return out
    }
}

/// One input line: its bytes without the line terminator ("\n" or "\r\n").
struct Line {
    /// 1-based line number.
    var number: Int
    /// Byte offset of the line's first byte in the input.
    var byteOffset: Int
    var bytes: [UInt8]
}

struct LineReader {
    private let file: UnsafeMutablePointer<FILE>
    private let path: String
    private var buffer = [UInt8](repeating: 0, count: 1 << 20)
    private var start = 0, end = 0
    private var eof = false
    private var closed = false
    private var lineNumber = 0
    private var offset = 0

    init(path: String) throws {
        self.path = path
        file = try InputFile.open(path)
    }

    /// The next line, or nil at the end of the input (and on every call after that).
    mutating func next() throws -> Line? {
        if closed { return nil }
        var line: [UInt8] = []
        while true {
            if start < end {
                let found: Int? = buffer.withUnsafeBufferPointer { b in
                    guard let p = memchr(b.baseAddress! + start, 0x0A, end - start) else { return nil }
                    return UnsafePointer<UInt8>(p.assumingMemoryBound(to: UInt8.self)) - b.baseAddress!
                }
                if let nl = found {
                    line.append(contentsOf: buffer[start..<nl])
                    start = nl + 1
                    return finish(line, consumed: line.count + 1)
                }
                line.append(contentsOf: buffer[start..<end])
                start = end
            }
            if eof {
                if line.isEmpty { close(); return nil }
                return finish(line, consumed: line.count)
            }
            let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n < buffer.count {
                if ferror(file) != 0 { throw CLIError("\(path): read error") }
                eof = true
            }
            start = 0
            end = n
        }
    }

    private mutating func finish(_ raw: [UInt8], consumed: Int) -> Line {
        lineNumber += 1
        var bytes = raw
        if bytes.last == 0x0D { bytes.removeLast() }
        let l = Line(number: lineNumber, byteOffset: offset, bytes: bytes)
        offset += consumed
        return l
    }

    private mutating func close() {
        closed = true
        if path != "-" { fclose(file) }
    }
}

/// Buffered standard output.
struct StandardOutput {
    private var buffer: [UInt8] = []

    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { FileDescriptor.writeAll(1, $0) }
        buffer.removeAll(keepingCapacity: true)
    }
}

enum StandardError {
    static func write(_ s: String) {
        var s = s
        s.withUTF8 { FileDescriptor.writeAll(2, UnsafeRawBufferPointer($0)) }
    }
}

enum FileDescriptor {
    /// Writes all bytes to `fd`, retrying short writes and EINTR; gives up silently on a closed
    /// pipe (the reader is gone, there is no one to tell).
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) {
        var done = 0
        while done < bytes.count {
            let n = systemWrite(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            done += n
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Musl)
private let systemWrite = Musl.write
#else
private let systemWrite = Darwin.write
#endif
