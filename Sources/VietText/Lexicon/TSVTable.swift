/// A parsed lexicon file: `#` comment lines, one header row, then tab-separated rows.
public struct TSVTable: Sendable {
    public struct Row: Sendable {
        /// 1-based line number in the file, for error messages.
        public let line: Int
        public let fields: [String]
    }

    public let source: String
    public let columns: [String]
    public let rows: [Row]

    /// Parses `text`; `source` names the file in errors. Every row must have exactly as many
    /// fields as the header (trailing empty fields may be omitted). Lines end with LF or CRLF;
    /// fields are separated by tabs and trimmed of spaces. Works on the UTF-8 bytes (start-up
    /// parses tens of thousands of rows).
    public init(parsing text: String, source: String) throws(LexiconError) {
        self.source = source
        var text = text
        let parsed = text.withUTF8 { Self.parse($0, source: source) }
        switch parsed {
        case .success(let (columns, rows)):
            self.columns = columns
            self.rows = rows
        case .failure(let error):
            throw error
        }
    }

    private static func parse(_ b: UnsafeBufferPointer<UInt8>, source: String) -> Result<([String], [Row]), LexiconError> {
        var columns: [String]? = nil
        var rows: [Row] = []
        var lineNumber = 0
        var fields: [String] = []
        var start = 0
        let n = b.count
        while start <= n {
            var end = start
            while end < n && b[end] != 0x0A { end += 1 }
            let next = end + 1
            lineNumber += 1
            if end > start && b[end - 1] == 0x0D { end -= 1 }
            defer { start = next }
            if end == start || b[start] == 0x23 { continue }  // empty or "#" comment
            fields.removeAll(keepingCapacity: true)
            var f = start
            while true {
                var e = f
                while e < end && b[e] != 0x09 { e += 1 }
                var x = f, y = e
                while x < y && b[x] == 0x20 { x += 1 }
                while y > x && b[y - 1] == 0x20 { y -= 1 }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: b[x..<y]), as: UTF8.self))
                if e == end { break }
                f = e + 1
            }
            guard let header = columns else {
                columns = fields
                continue
            }
            if fields.count > header.count {
                return .failure(LexiconError(source: source, line: lineNumber,
                                             message: "\(fields.count) fields where the header has \(header.count)"))
            }
            while fields.count < header.count { fields.append("") }
            if fields[0].isEmpty {
                return .failure(LexiconError(source: source, line: lineNumber, message: "empty first field"))
            }
            rows.append(Row(line: lineNumber, fields: fields))
        }
        guard let header = columns else {
            return .failure(LexiconError(source: source, line: lineNumber, message: "no header row"))
        }
        return .success((header, rows))
    }

    /// Index of a column by name; throws naming the file when it is missing.
    public func column(_ name: String) throws(LexiconError) -> Int {
        guard let i = columns.firstIndex(of: name) else {
            throw LexiconError(source: source, line: 0, message: "missing column '\(name)' (has: \(columns.joined(separator: ", ")))")
        }
        return i
    }

    /// Loads an embedded lexicon by file name ("roles.tsv").
    public static func embedded(_ fileName: String) throws(LexiconError) -> TSVTable {
        guard let text = EmbeddedResources.text("Lexicons/" + fileName) else {
            throw LexiconError(source: fileName, line: 0, message: "not embedded in this build")
        }
        return try TSVTable(parsing: text, source: fileName)
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}

/// A malformed lexicon, with the file and line at fault.
public struct LexiconError: Error, CustomStringConvertible, Sendable, Equatable {
    public let source: String
    /// 1-based line number; 0 when the error is about the whole file.
    public let line: Int
    public let message: String

    public init(source: String, line: Int, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(source):\(line): \(message)" : "\(source): \(message)"
    }
}
