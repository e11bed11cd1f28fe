// Fuzz target: strict UTF-8 validation and the CLI's line reader.
//
// Checks, for any byte string:
// - `UTF8Validation.firstInvalidOffset` agrees with the standard library's
//   `String(validating:as:)` on whether the bytes are valid UTF-8, and when it reports an offset,
//   the bytes before it are valid and no sequence of 1–4 bytes starting there is one scalar;
// - the generic (non-contiguous) overload gives the same answer;
// - the CLI's `LineReader` (Sources/extract/InputOutput.swift, compiled into this target through
//   a symbolic link) splits the bytes into lines that, with their "\n" / "\r\n" terminators,
//   reassemble the input exactly, with consecutive line numbers and correct byte offsets.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VietText

/// `InputOutput.swift` throws the CLI's error type.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

@inline(never)
func fail(_ what: String, _ bytes: [UInt8]) -> Never {
    let hex = bytes.prefix(300).map { String($0, radix: 16) }.joined(separator: " ")
    fatalError("invariant violated: \(what) — bytes [\(hex)]")
}

let scratchPath = "/tmp/vietextract-fuzz-lines-\(getpid())"

func checkValidation(_ bytes: [UInt8]) {
    let ours = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
    let stdlib = String(validating: bytes, as: UTF8.self)
    if (ours == nil) != (stdlib != nil) {
        fail("firstInvalidOffset \(String(describing: ours)) but String(validating:) \(stdlib == nil ? "rejects" : "accepts")", bytes)
    }
    // Non-contiguous collection: the generic overload copies.
    let generic = UTF8Validation.firstInvalidOffset(bytes.lazy.map { $0 })
    if generic != ours { fail("generic overload \(String(describing: generic)) != \(String(describing: ours))", bytes) }
    guard let bad = ours else {
        if !stdlib!.utf8.elementsEqual(bytes) { fail("valid bytes do not round-trip", bytes) }
        return
    }
    if bad < 0 || bad >= bytes.count { fail("offset \(bad) out of bounds", bytes) }
    if String(validating: bytes[0..<bad], as: UTF8.self) == nil { fail("bytes before offset \(bad) are not valid", bytes) }
    for length in 1...4 where bad + length <= bytes.count {
        if let s = String(validating: bytes[bad..<(bad + length)], as: UTF8.self), s.unicodeScalars.count == 1 {
            fail("offset \(bad) starts a valid \(length)-byte sequence", bytes)
        }
    }
}

func checkLines(_ bytes: [UInt8]) {
    guard let f = fopen(scratchPath, "wb") else { fatalError("cannot write \(scratchPath)") }
    if !bytes.isEmpty { _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) } }
    fclose(f)
    var reader: LineReader
    do { reader = try LineReader(path: scratchPath) } catch { fatalError("\(error)") }
    var position = 0
    var number = 0
    let n = bytes.count
    while true {
        let next: Line?
        do { next = try reader.next() } catch { fail("read error \(error)", bytes) }
        guard let line = next else { break }
        number += 1
        if line.number != number { fail("line number \(line.number), expected \(number)", bytes) }
        if line.byteOffset != position { fail("line \(number) byte offset \(line.byteOffset), expected \(position)", bytes) }
        if position + line.bytes.count > n || !bytes[position..<(position + line.bytes.count)].elementsEqual(line.bytes) {
            fail("line \(number) bytes do not match the input at \(position)", bytes)
        }
        if line.bytes.contains(0x0A) { fail("line \(number) contains a line feed", bytes) }
        position += line.bytes.count
        // The terminator: "\n", "\r\n", or a final "\r" / nothing at the end of input.
        if position < n && bytes[position] == 0x0D && (position + 1 == n || bytes[position + 1] == 0x0A) { position += 1 }
        if position < n {
            if bytes[position] != 0x0A { fail("line \(number) ends at \(position) before a non-terminator", bytes) }
            position += 1
        }
        // What the CLI does next with the line.
        if let bad = UTF8Validation.firstInvalidOffset(line.bytes), bad >= line.bytes.count { fail("line offset out of bounds", bytes) }
    }
    if position != n { fail("lines cover \(position) of \(n) bytes", bytes) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    checkValidation(bytes)
    checkLines(bytes)
    return 0
}
