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
    /// fields as the header (trailing empty fields may be omitted).
    public init(parsing text: String, source: String) throws(LexiconError) {
        self.source = source
        var columns: [String]? = nil
        var rows: [Row] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: " ")
            }
            guard let header = columns else {
                columns = fields
                continue
            }
            if fields.count > header.count {
                throw LexiconError(source: source, line: lineNumber,
                                   message: "\(fields.count) fields where the header has \(header.count)")
            }
            while fields.count < header.count { fields.append("") }
            if fields[0].isEmpty {
                throw LexiconError(source: source, line: lineNumber, message: "empty first field")
            }
            rows.append(Row(line: lineNumber, fields: fields))
        }
        guard let header = columns else {
            throw LexiconError(source: source, line: lineNumber, message: "no header row")
        }
        self.columns = header
        self.rows = rows
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
