import Foundation
import Testing

@Suite(.serialized) struct CLITests {
    func jsonLines(_ data: Data) throws -> [[String: Any]] {
        try String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast()  // the output ends with a newline
            .map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test func jsonlGivesOneDocumentPerLineIncludingEmptyOnes() throws {
        let input = "Bộ trưởng Bộ Nội vụ phát biểu.\n\nDòng ba có 30/34 đề án.\n"
        let r = try CLIRunner.run(["--format", "jsonl"], stdin: Data(input.utf8))
        #expect(r.status == 0)
        let docs = try jsonLines(r.stdout)
        #expect(docs.count == 3)
        #expect(docs[1]["text"] as? String == "")
        #expect((docs[1]["tokens"] as? [Any])?.isEmpty == true)
        for d in docs { #expect(contractProblems(d).isEmpty, "\(contractProblems(d))") }
    }

    @Test func snapshotsMatch() throws {
        // Each Snapshots/NAME.txt is run with --format jsonl --no-tokens and compared with
        // NAME.jsonl. Set VIETEXTRACT_RECORD=1 to rewrite the expectations after a reviewed change.
        let dir = CLIRunner.snapshot("")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!inputs.isEmpty)
        for name in inputs {
            let input = CLIRunner.snapshot(name)
            let expected = CLIRunner.snapshot(String(name.dropLast(4)) + ".jsonl")
            let r = try CLIRunner.run(["--format", "jsonl", "--no-tokens", input.path])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            for d in try jsonLines(r.stdout) { #expect(contractProblems(d).isEmpty, "\(name): \(contractProblems(d))") }
            if ProcessInfo.processInfo.environment["VIETEXTRACT_RECORD"] == "1" {
                try r.stdout.write(to: expected)
                continue
            }
            let want = try String(contentsOf: expected, encoding: .utf8)
            let got = r.stdoutText
            if want != got {
                let w = want.split(separator: "\n"), g = got.split(separator: "\n")
                let firstDiff = zip(w, g).enumerated().first { $0.element.0 != $0.element.1 }
                Issue.record("\(name): output differs from \(expected.lastPathComponent) at line \((firstDiff?.offset ?? min(w.count, g.count)) + 1)\nwant: \(firstDiff?.element.0 ?? "")\ngot:  \(firstDiff?.element.1 ?? "")")
            }
        }
    }

    @Test func invalidUTF8FailsWithByteOffset() throws {
        var bytes = Array("Hà Nội ".utf8)
        let offset = bytes.count
        bytes += [0xC3, 0x28] + Array(" tiếp".utf8)
        let file = try CLIRunner.temporaryFile(Data(bytes))
        let r = try CLIRunner.run([file.path])
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("byte offset \(offset)"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func jsonlBadLineBecomesErrorObjectAndOthersContinue() throws {
        var bytes = Array("Dòng một.\n".utf8)
        let lineTwo = bytes.count
        bytes += [0x41, 0xFF, 0x0A] + Array("Dòng ba.\n".utf8)
        let r = try CLIRunner.run(["--format", "jsonl"], stdin: Data(bytes))
        #expect(r.status == 2)
        let docs = try jsonLines(r.stdout)
        #expect(docs.count == 3)
        #expect(docs[1]["line"] as? Int == 2)
        #expect(docs[1]["byteOffset"] as? Int == lineTwo + 1)
        #expect(docs[1]["error"] is String)
        #expect(docs[2]["text"] as? String == "Dòng ba.")
        #expect(r.stderr.contains("1 line(s)"))
    }

    @Test func lenientReplacesAndWarns() throws {
        let r = try CLIRunner.run(["--lenient", "--format", "jsonl"], stdin: Data([0x41, 0xFF, 0x42]))
        #expect(r.status == 0)
        let docs = try jsonLines(r.stdout)
        #expect(docs.first?["text"] as? String == "A\u{FFFD}B")
        #expect(r.stderr.contains("warning"))
    }

    @Test func truncatedSequenceAtEndOfFileIsReported() throws {
        let bytes = Array("Hà Nội".utf8) + [0xE1, 0xBB]  // cut inside a three-byte letter
        let r = try CLIRunner.run([], stdin: Data(bytes))
        #expect(r.status != 0)
        #expect(r.stderr.contains("byte offset \(Array("Hà Nội".utf8).count)"))
    }

    @Test(arguments: ["", "\n", "\0\0 \0", "\u{200B}\u{FEFF}"])
    func degenerateInputsFollowTheContract(_ input: String) throws {
        let r = try CLIRunner.run(["--format", "jsonl"], stdin: Data(input.utf8))
        #expect(r.status == 0)
        for d in try jsonLines(r.stdout) { #expect(contractProblems(d).isEmpty) }
        let whole = try CLIRunner.run([], stdin: Data(input.utf8))
        #expect(whole.status == 0)
        let doc = try JSONSerialization.jsonObject(with: whole.stdout) as! [String: Any]
        #expect(doc["text"] as? String == input)
    }

    @Test func missingFileAndUnknownOptionFailClearly() throws {
        let missing = try CLIRunner.run(["/nonexistent/file.txt"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("/nonexistent/file.txt"))
        #expect(missing.stdout.isEmpty)
        let unknown = try CLIRunner.run(["--no-such-option"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no-such-option"))
    }

    @Test func textFormatShowsTheInput() throws {
        let r = try CLIRunner.run(["--format", "text"], stdin: Data("Thủ tướng Chính phủ phát biểu.".utf8))
        #expect(r.status == 0)
        #expect(r.stdoutText.contains("phát biểu"))
    }

    @Test func parallelJobsKeepInputOrderAndResults() throws {
        var lines: [String] = []
        for k in 0..<1500 { lines.append("Dòng \(k): Chủ tịch UBND tỉnh Nghệ An dự họp ngày \(k % 28 + 1)/5 với \(k) đại biểu.") }
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        let one = try CLIRunner.run(["--format", "jsonl", "--jobs", "1"], stdin: input)
        let four = try CLIRunner.run(["--format", "jsonl", "--jobs", "4"], stdin: input)
        #expect(one.status == 0 && four.status == 0)
        #expect(one.stdout == four.stdout)
        #expect(try jsonLines(four.stdout).count == 1500)
        let bad = try CLIRunner.run(["--jobs", "0"], stdin: input)
        #expect(bad.status != 0)
    }

    @Test func segFormatJoinsSyllables() throws {
        let r = try CLIRunner.run(["--format", "seg"], stdin: Data("Hà Nội\nmột hai\n".utf8))
        #expect(r.status == 0)
        #expect(r.stdoutText.split(separator: "\n").count == 2)
        #expect(!r.stdoutText.contains("  "))
    }
}
