import Foundation

/// Runs the built `extract` executable (next to the test bundle) and captures its output.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    }

    static var executable: URL {
        // `swift test` puts the test binary and `extract` in the same products folder.
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("extract")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.appendingPathComponent("extract")
    }

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Result {
        // Standard input and error go through temporary files and standard output through a
        // pipe read to its end here, so no buffer size can deadlock the exchange.
        let inputURL = try temporaryFile(stdin ?? Data(), name: "stdin-\(UUID().uuidString)")
        let errorURL = try temporaryFile(Data(), name: "stderr-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: inputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errorURL)
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = (try? Data(contentsOf: errorURL)) ?? Data()
        return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A file in Tests/CLITests/Snapshots.
    static func snapshot(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots").appendingPathComponent(name)
    }

    static func temporaryFile(_ data: Data, name: String = UUID().uuidString) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vietextract-\(name)")
        try data.write(to: url)
        return url
    }
}

/// Checks the contract on one JSON document: every span slices the original text exactly,
/// spans are within bounds and ordered. Returns the problems found.
func contractProblems(_ doc: [String: Any]) -> [String] {
    guard let text = doc["text"] as? String else { return ["no text"] }
    let scalars = Array(text.unicodeScalars)
    var problems: [String] = []
    /// The original scalars `a..<b` (compared scalar by scalar below: Swift's String `==`
    /// treats NFC and NFD as equal, which would hide a span over the wrong form).
    func slice(_ a: Int, _ b: Int) -> [Unicode.Scalar]? {
        guard a >= 0, b <= scalars.count, a <= b else { return nil }
        return Array(scalars[a..<b])
    }
    func scalarsOf(_ s: Any?) -> [Unicode.Scalar]? { (s as? String).map { Array($0.unicodeScalars) } }
    for key in ["tokens", "entities", "claims"] {
        guard let list = doc[key] as? [[String: Any]] else { problems.append("missing \(key)"); continue }
        var last = -1
        for s in list {
            let a = s["start"] as? Int ?? -1, b = s["end"] as? Int ?? -1
            if slice(a, b) != scalarsOf(s["text"]) { problems.append("\(key) span \(a)..<\(b) does not slice to \(s["text"] ?? "nil")") }
            if a < last && key != "claims" { problems.append("\(key) out of order at \(a)") }
            last = a
        }
    }
    for key in ["sentences"] {
        for s in doc[key] as? [[String: Any]] ?? [] {
            let a = s["start"] as? Int ?? -1, b = s["end"] as? Int ?? -1
            if slice(a, b) == nil { problems.append("sentence \(a)..<\(b) out of bounds") }
        }
    }
    for f in doc["facts"] as? [[String: Any]] ?? [] {
        for role in ["person", "title"] {
            let s = f[role] as? [String: Any] ?? [:]
            if slice(s["start"] as? Int ?? -1, s["end"] as? Int ?? -1) != scalarsOf(s["text"]) { problems.append("fact \(role) span bad") }
        }
    }
    return problems
}
