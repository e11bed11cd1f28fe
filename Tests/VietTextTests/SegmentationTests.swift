import Foundation
import Testing
@testable import VietText

/// The fixture: project-written sentences in the *.seg.txt form (UD_Vietnamese-VTB conventions).
private func fixtureLines() throws -> [Substring] {
    let path = #filePath.split(separator: "/").dropLast().joined(separator: "/")
    let text = try String(contentsOfFile: "/" + path + "/Fixtures/segmentation.seg.txt", encoding: .utf8)
    return text.split(separator: "\n").filter { !$0.isEmpty }
}

private let segmenter: WordSegmenter = try! WordSegmenter.bundled()

/// Segments `text` and returns it in the *.seg.txt form.
private func seg(_ text: String) -> String {
    let doc = AnalyzedText(text)
    return WordSegmenter.segmentedLine(doc, words: segmenter.segment(doc))
}

@Suite struct SegmentationTests {
    @Test func modelAndLexiconsLoad() throws {
        let s = try WordSegmenter.bundled()
        #expect(s.model != nil)
        #expect(s.model!.ngramCount > 1000)
        #expect(s.statistics.pairCount > 10000)
        #expect(s.lexicon.wordCount > 30000)  // the four bundled word lists (distinct words)
        #expect(s.model!.provenance.contains { $0.contains("CC BY-SA 4.0") })
    }

    @Test func lexiconFilesAreWellFormed() throws {
        for name in WordLexicon.bundledWordLists {
            let text = try #require(EmbeddedResources.text("Lexicons/" + name))
            #expect(text.hasPrefix("#"))
            let table = try TSVTable(parsing: text, source: name)
            #expect(table.columns.first == "word")
            for row in table.rows {
                let w = row.fields[0]
                #expect(!w.contains("_"), "\(name):\(row.line): '\(w)' uses '_'")
                #expect(w.split(separator: " ").count >= 2, "\(name):\(row.line): '\(w)' is one syllable")
                #expect(Normalizer().normalize(w).string == w, "\(name):\(row.line): '\(w)' is not NFC")
                #expect(w.unicodeScalars.allSatisfy { $0 == " " || $0.properties.isAlphabetic }, "\(name):\(row.line): '\(w)'")
            }
        }
    }

    /// The start-up loader (UTF-8 bytes straight into the table) reads the same words as the
    /// checked `TSVTable` path, for every bundled list and for awkward input.
    @Test func byteLoaderMatchesTableLoader() throws {
        func viaTable(_ text: String, _ source: WordLexicon.Source) throws -> WordLexicon {
            var lex = WordLexicon()
            lex.insert(table: try TSVTable(parsing: text, source: "test"), source: source)
            return lex
        }
        func viaBytes(_ bytes: [UInt8], _ source: WordLexicon.Source) -> WordLexicon {
            var lex = WordLexicon()
            bytes.withUnsafeBufferPointer { lex.insert(tsv: $0, source: source) }
            return lex
        }
        func expectSame(_ a: WordLexicon, _ b: WordLexicon, words: [String], _ label: String) {
            #expect(a.wordCount == b.wordCount, "\(label): word counts")
            #expect(a.maxLength == b.maxLength, "\(label): longest word")
            #expect(a.prefixPairs.count == b.prefixPairs.count, "\(label): two-syllable prefixes")
            for w in words {
                var h = SyllableKey.offsetBasis
                for k in WordLexicon.keys(of: w) {
                    h = SyllableKey.combine(h, k)
                    let x = a.entry(h), y = b.entry(h)
                    #expect(x?.sources == y?.sources && x?.continues == y?.continues, "\(label): '\(w)'")
                }
            }
        }
        for name in WordLexicon.bundledWordLists {
            let bytes = try #require(EmbeddedResources.bytes("Lexicons/" + name))
            let text = String(decoding: bytes, as: UTF8.self)
            let source = WordLexicon.Source.of(fileName: name)
            let table = try TSVTable(parsing: text, source: name)
            expectSame(try viaTable(text, source), viaBytes(Array(bytes), source),
                       words: table.rows.map { $0.fields[0] }, name)
        }
        // CRLF, a comment between rows, NFD, a one-syllable and a too-long row, extra columns.
        let awkward = "# comment\r\nword\tdomain\r\nchủ tịch\tadmin\r\n# more\r\nho\u{300}a bi\u{300}nh\tx\r\n"
            + "một\tx\r\na b c d e f g\tx\r\nhợp tác xã\r\n"
        let lex = viaBytes(Array(awkward.utf8), .general)
        expectSame(try viaTable(awkward, .general), lex, words: ["chủ tịch", "hòa bình", "hợp tác xã"], "awkward")
        #expect(lex.wordCount == 3)
        // A malformed UTF-8 byte does not stop the rows after it.
        let broken: [UInt8] = Array("word\nch\u{1EE7} ".utf8) + [0xFF] + Array("x\nkinh tế\n".utf8)
        let b = viaBytes(broken, .general)
        #expect(b.wordCount == 2)
        var h = SyllableKey.offsetBasis
        for k in WordLexicon.keys(of: "kinh tế") { h = SyllableKey.combine(h, k) }
        #expect(b.entry(h)?.sources == 1)
    }

    @Test func fixtureCorpusF1() throws {
        let lines = try fixtureLines()
        #expect(lines.count >= 100)
        var score = SegmentationScore()
        var wrong: [String] = []
        for line in lines {
            let pred = seg(String(line).replacingUnderscores())
            score.add(gold: line, predicted: Substring(pred))
            if pred != line { wrong.append("gold: \(line)\npred: \(pred)") }
        }
        #expect(score.misaligned == 0)
        #expect(score.f1 >= 0.95, "fixture \(score)\n\(wrong.joined(separator: "\n"))")
    }

    @Test(arguments: [
        "Bí_thư Thành_ủy Hà_Nội chủ_trì hội_nghị .",
        "Ông Bùi_Văn_Luyến là chủ_tịch xã .",
        "Thủ_tướng Chính_phủ yêu_cầu các bộ , ngành đẩy_mạnh cải_cách hành_chính .",
        "Năm 2024 , kim_ngạch xuất_khẩu tăng 8% .",
        "Công_ty đã xuất_khẩu 1.000 tấn gạo sang Nhật_Bản .",
        "Nghị_định 100/2019/NĐ-CP quy_định xử_phạt vi_phạm giao_thông .",
        "Tổng_bí_thư tiếp đoàn đại_biểu .",
    ])
    func mustPass(_ gold: String) {
        #expect(seg(gold.replacingUnderscores()) == gold)
    }

    @Test func numbersPunctuationAndCodesStandAlone() {
        let doc = AnalyzedText("tăng 5,2% , đạt 1.000 tỷ đồng theo 12/QĐ-UBND ngày 21/11/2024")
        let words = segmenter.segment(doc)
        for w in words where w.count > 1 {
            for t in w { #expect(doc.tokens[t].kind == .syllable, "\(doc.normalizedText(ofTokens: w))") }
        }
    }

    @Test func toneStyleNFDAndCaseDoNotMatter() {
        let base = "Hòa bình và hữu nghị là mong muốn của nhân dân hai nước ."
        let reference = segmenter.segment(AnalyzedText(base))
        let variants = [
            "Hoà bình và hữu nghị là mong muốn của nhân dân hai nước .",       // modern tone placement
            base.decomposedStringWithCanonicalMappingForTest(),                // NFD
            "HÒA BÌNH VÀ HỮU NGHỊ LÀ MONG MUỐN CỦA NHÂN DÂN HAI NƯỚC .",       // upper case
        ]
        for v in variants { #expect(segmenter.segment(AnalyzedText(v)) == reference, "\(v)") }
    }

    @Test func trainThenSegmentRoundTrip() throws {
        let corpus = """
        Chủ_tịch xã nói với nhân_dân .
        Nhân_dân tin chủ_tịch xã .
        Chủ_tịch tỉnh gặp nhân_dân .
        Nhân_dân xã gặp chủ_tịch .
        """
        let sentences = SegmentedSentence.parse(corpus)
        var config = SegmenterConfig()
        config.window = 2
        config.maxNgram = 2
        var trainer = SegmenterTrainer(config: config, training: sentences, baseLexicon: WordLexicon(), statistics: SyllableStatistics())
        for e in 0..<10 { _ = trainer.epoch(seed: UInt64(e)) }
        let (model, blocks) = trainer.model()
        // Save and load.
        let bytes = model.serialized(provenance: ["test"], blocks: blocks)
        let loaded = try bytes.withUnsafeBytes { try SegmenterModel(bytes: $0) }
        #expect(loaded.provenance == ["test"])
        let s = WordSegmenter(model: loaded, lexicon: trainer.lexicon, statistics: SyllableStatistics())
        let score = SegmenterTrainer.evaluate(s, on: sentences)
        #expect(score.f1 == 1.0, "\(score)")
        let doc = AnalyzedText("Nhân dân gặp chủ tịch tỉnh .")
        let out = WordSegmenter.segmentedLine(doc, words: s.segment(doc))
        #expect(out.hasPrefix("Nhân_dân gặp chủ_tịch"), "\(out)")
    }

    /// A tiny corpus for the feature round-trip tests below.
    static let smallCorpus = SegmentedSentence.parse("""
        Chủ_tịch xã nói với nhân_dân .
        Nhân_dân tin chủ_tịch xã .
        Chủ_tịch tỉnh gặp nhân_dân .
        Nhân_dân xã gặp chủ_tịch , 12 người .
        """)

    /// Trains 10 epochs on `smallCorpus`, saves and reloads the model, and checks that the
    /// compiled and generic scorers of the reloaded model both fit the corpus and agree on `texts`.
    /// Returns the trained and the reloaded model.
    func trainReloadAndCompare(_ config: SegmenterConfig, statistics: SyllableStatistics = SyllableStatistics(),
                               clusters: SyllableClusters? = nil, margin: Float = 0,
                               texts: [String]) throws -> (trained: SegmenterModel, loaded: SegmenterModel) {
        let sentences = Self.smallCorpus
        var trainer = SegmenterTrainer(config: config, training: sentences, baseLexicon: WordLexicon(), statistics: statistics, clusters: clusters)
        trainer.margin = margin
        for e in 0..<10 { _ = trainer.epoch(seed: UInt64(e)) }
        let (model, blocks) = trainer.model()
        let bytes = model.serialized(provenance: ["test"], blocks: blocks)
        let loaded = try bytes.withUnsafeBytes { try SegmenterModel(bytes: $0) }
        let compiled = WordSegmenter(model: loaded, lexicon: trainer.lexicon, statistics: statistics)
        let generic = WordSegmenter(model: loaded, lexicon: trainer.lexicon, statistics: statistics, compile: false)
        #expect(compiled.usesCompiledScorer && !generic.usesCompiledScorer)
        #expect(SegmenterTrainer.evaluate(compiled, on: sentences).f1 == 1.0)
        for text in texts {
            let doc = AnalyzedText(text)
            #expect(compiled.segment(doc) == generic.segment(doc), "\(text)")
        }
        return (model, loaded)
    }

    @Test func clusterFeaturesRoundTripAndCompiledMatchesGeneric() throws {
        let map: [(String, UInt16)] = [("chủ", 0), ("tịch", 1), ("nhân", 0), ("dân", 1), ("xã", 2), ("tỉnh", 2), ("gặp", 3), ("nói", 3)]
        let clusters = SyllableClusters(entries: map.map { (WordLexicon.keys(of: $0.0)[0], $0.1) }, clusterCount: 4)
        var config = SegmenterConfig()
        config.window = 2
        config.maxNgram = 2
        config.clusters = clusters.classCount
        let (model, loaded) = try trainReloadAndCompare(config, clusters: clusters, texts: [
            "Nhân dân gặp chủ tịch tỉnh .", "chủ tịch nói 3 xã , dân tin", "tịch chủ dân nhân xã gặp"])
        #expect(loaded.config.clusters == 6 && loaded.clusters?.syllableCount == map.count)
        #expect(loaded.weights == model.weights)
    }

    @Test func statisticsThresholdsAndMarginRoundTripAndCompiledMatchesGeneric() throws {
        let raw = ["chủ tịch xã nói với nhân dân", "nhân dân tin chủ tịch", "chủ tịch tỉnh gặp nhân dân", "nhân dân gặp chủ tịch tỉnh"]
        let statistics = SyllableStatistics.build(lines: raw, minCount: 1, pmiMin: -2, pmiStep: 0.75)
        #expect(statistics.pairCount > 0)
        var config = SegmenterConfig()
        config.window = 2
        config.maxNgram = 2
        config.statThresholds = true
        let (model, loaded) = try trainReloadAndCompare(config, statistics: statistics, margin: 5, texts: [
            "Nhân dân gặp chủ tịch tỉnh .", "chủ tịch nói 3 xã , dân tin", "tịch chủ dân nhân xã gặp", "xã nói với dân"])
        #expect(loaded.config.statThresholds && loaded.weights == model.weights)
        #expect(model.weights[model.layout.statThresholds..<model.layout.fixedCount].contains { $0 != 0 })
    }

    @Test func scoreMatchesWsEval() {
        var score = SegmentationScore()
        score.add(gold: "a_b c d", predicted: "a b c_d")
        #expect(score.truePositives == 0 && score.goldWords == 3 && score.predictedWords == 3)
        score.add(gold: "x_y z", predicted: "x_y z")
        #expect(score.truePositives == 2)
    }
}

extension String {
    /// NFD without Foundation: decompose through the project's normalizer is NFC-only, so
    /// spell out the decomposition for the test sentence's letters with combining marks.
    func decomposedStringWithCanonicalMappingForTest() -> String {
        var out = String.UnicodeScalarView()
        for u in unicodeScalars {
            switch u {
            case "ò": out.append("o"); out.append("\u{300}")
            case "ì": out.append("i"); out.append("\u{300}")
            case "ữ": out.append("u"); out.append("\u{31B}"); out.append("\u{303}")
            case "ị": out.append("i"); out.append("\u{323}")
            case "à": out.append("a"); out.append("\u{300}")
            case "ố": out.append("o"); out.append("\u{302}"); out.append("\u{301}")
            case "ủ": out.append("u"); out.append("\u{309}")
            case "â": out.append("a"); out.append("\u{302}")
            case "ớ": out.append("o"); out.append("\u{31B}"); out.append("\u{301}")
            default: out.append(u)
            }
        }
        return String(out)
    }
}
