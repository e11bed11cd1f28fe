import Testing
@testable import VietText

/// The lexicon file format: comments, one header, tab-separated rows, LF or CRLF.
@Suite struct TSVTableTests {
    @Test func parsesCommentsHeaderRowsAndLineNumbers() throws {
        let text = "# a comment\nword\tdomain\n\nBộ Chính trị\tadmin\n# another\nthủ tướng  \t  people \n"
        let t = try TSVTable(parsing: text, source: "x.tsv")
        #expect(t.columns == ["word", "domain"])
        #expect(t.rows.map(\.fields) == [["Bộ Chính trị", "admin"], ["thủ tướng", "people"]])
        #expect(t.rows.map(\.line) == [4, 6])
    }

    @Test func crlfLinesAndMissingTrailingFields() throws {
        let t = try TSVTable(parsing: "form\tkind\tvalue\r\nsáng\tpart\r\ntrưa\tpart\t12", source: "x.tsv")
        #expect(t.rows.map(\.fields) == [["sáng", "part", ""], ["trưa", "part", "12"]])
    }

    @Test func errorsNameTheFileAndLine() {
        #expect(throws: LexiconError(source: "x.tsv", line: 3, message: "3 fields where the header has 2")) {
            try TSVTable(parsing: "a\tb\nx\ty\nx\ty\tz\n", source: "x.tsv")
        }
        #expect(throws: LexiconError(source: "x.tsv", line: 2, message: "empty first field")) {
            try TSVTable(parsing: "a\tb\n\ty\n", source: "x.tsv")
        }
        #expect(throws: LexiconError(source: "x.tsv", line: 3, message: "no header row")) {
            try TSVTable(parsing: "# only\n# comments\n", source: "x.tsv")
        }
    }
}
