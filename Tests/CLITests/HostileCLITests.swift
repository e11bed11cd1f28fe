import Foundation
import Testing

/// Hostile input through the CLI (issue 7), scaled down for `swift test`; full sizes are in
/// scripts/hostile-inputs.sh.
@Suite(.serialized) struct HostileCLITests {
    func lines(_ data: Data) -> [Substring] {
        String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }

    @Test func hundredThousandTinyLinesThroughJSONL() throws {
        // Every tenth line has a tiny document, the others are empty: a debug build spends about
        // 100 µs on each non-empty document, and the line reading, batching and ordering are
        // the same either way (a million lines at full size: scripts/hostile-inputs.sh).
        let tiny = ["a", "1", "Hà", "Ủy ban", "30/34", ".", "\u{200B}", "e\u{301}", "9 tỷ"]
        func text(_ k: Int) -> String { k % 10 == 0 ? tiny[(k / 10) % tiny.count] : "" }
        var input = ""
        for k in 0..<100_000 { input += text(k); input += k % 7 == 0 ? "\r\n" : "\n" }
        let r = try CLIRunner.run(["--format", "jsonl", "--no-tokens"], stdin: Data(input.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let out = lines(r.stdout)
        #expect(out.count == 100_000)
        // One document object per line, in input order; parse every 10th (the non-empty ones)
        // for the text and the contract.
        for (k, line) in out.enumerated() {
            if !line.hasPrefix("{\"text\":\"") || !line.hasSuffix("}") { Issue.record("line \(k + 1): \(line.prefix(80))"); break }
            if k % 10 == 0 {
                let doc = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                #expect((doc["text"] as? String)?.unicodeScalars.elementsEqual(text(k).unicodeScalars) == true, "line \(k + 1)")
                #expect(contractProblems(doc).isEmpty, "line \(k + 1)")
            } else if !line.hasPrefix("{\"text\":\"\",") {
                Issue.record("line \(k + 1) should be empty: \(line.prefix(80))"); break
            }
        }
    }

    @Test func twoMegabyteLineCrossesTheReadBuffer() throws {
        // Longer than LineReader's 1 MiB buffer, with multi-byte letters across both buffer
        // boundaries. Mostly spaces, so that analysis stays cheap in a debug build.
        let chunk = " Hà Nội " + String(repeating: " ", count: 4_089)  // 4,100 bytes, 4,098 scalars
        var line = ""
        for k in 0..<512 { line += chunk; if k % 64 == 0 { line += "Nguyễn Văn A" } }
        line += String(repeating: "ễ", count: 10)
        #expect(line.utf8.count > 2 << 20)
        let input = "Dòng đầu.\n" + line + "\r\nDòng cuối."
        let r = try CLIRunner.run(["--format", "jsonl", "--no-tokens"], stdin: Data(input.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let out = lines(r.stdout)
        #expect(out.count == 3)
        guard out.count == 3 else { return }
        let doc = try JSONSerialization.jsonObject(with: Data(out[1].utf8)) as! [String: Any]
        #expect((doc["text"] as? String)?.unicodeScalars.elementsEqual(line.unicodeScalars) == true)
        #expect(contractProblems(doc).isEmpty)
        #expect((doc["entities"] as? [Any])?.isEmpty == false)
        let last = try JSONSerialization.jsonObject(with: Data(out[2].utf8)) as! [String: Any]
        #expect(last["text"] as? String == "Dòng cuối.")
    }

    @Test func fileThatStopsMidSequence() throws {
        let good = "Chủ tịch nước thăm Hà Nội.\n"
        let bytes = Array(good.utf8) + Array("Trần".utf8) + [0xE1, 0xBB]  // "ễ" cut after two bytes
        let file = try CLIRunner.temporaryFile(Data(bytes))
        defer { try? FileManager.default.removeItem(at: file) }

        // jsonl: the first line is a document, the second an error object at the cut; status 2.
        let r = try CLIRunner.run(["--format", "jsonl", file.path])
        #expect(r.status == 2)
        let out = lines(r.stdout)
        #expect(out.count == 2)
        if out.count == 2 {
            let error = try JSONSerialization.jsonObject(with: Data(out[1].utf8)) as! [String: Any]
            #expect(error["line"] as? Int == 2)
            #expect(error["byteOffset"] as? Int == good.utf8.count + "Trần".utf8.count)
        }

        // json: one clear message, no partial output.
        let whole = try CLIRunner.run([file.path])
        #expect(whole.status != 0)
        #expect(whole.stdout.isEmpty)
        #expect(whole.stderr.contains("byte offset \(good.utf8.count + "Trần".utf8.count)"))

        // --lenient: U+FFFD in place of the cut sequence, contract kept.
        let lenient = try CLIRunner.run(["--format", "jsonl", "--lenient", file.path])
        #expect(lenient.status == 0)
        let docs = try lines(lenient.stdout).map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(docs.count == 2)
        #expect(docs.last?["text"] as? String == "Trần\u{FFFD}")
        for d in docs { #expect(contractProblems(d).isEmpty) }
    }
}
