import Testing
import VietText
@testable import VietExtract

/// Properties that must hold for every input (issue 7).
@Suite struct InvariantTests {
    static let extractor = try! Extractor()

    @Test func randomDocumentsKeepTheContract() {
        var rng = SeededRandom(seed: 20261129)
        for k in 0..<400 {
            let text = TextGenerator.document(&rng, words: Int.random(in: 0..<60, using: &rng))
            let problems = ContractCheck.problems(Self.extractor.extract(text))
            #expect(problems.isEmpty, "document \(k): \(text.debugDescription): \(problems)")
        }
    }

    @Test func normalizingTwiceEqualsOnce() {
        var rng = SeededRandom(seed: 7)
        let normalizer = Normalizer()
        for _ in 0..<300 {
            let text = TextGenerator.document(&rng, words: 40)
            let once = normalizer.normalize(text).string
            #expect(normalizer.normalize(once).string == once)
        }
    }

    @Test func offsetMapIsMonotoneAndCoversTheOriginal() {
        var rng = SeededRandom(seed: 99)
        let normalizer = Normalizer()
        for _ in 0..<300 {
            let text = TextGenerator.document(&rng, words: 30)
            let n = normalizer.normalize(text)
            var lastStart = 0, lastEnd = 0
            for i in 0..<n.scalars.count {
                let a = n.offsets.originalStart(i), b = n.offsets.originalEnd(i)
                #expect(a < b && a >= lastStart && b >= lastEnd && b <= text.unicodeScalars.count)
                lastStart = a; lastEnd = b
            }
        }
    }

    /// The same sentences in NFC, NFD, and either tone style give the same analysis by key.
    @Test(arguments: Fixtures.sentences)
    func formsAndToneStylesAgree(_ sentence: String) {
        let variants = [sentence, UnicodeForms.nfd(sentence),
                        Normalizer(options: .init(toneStyle: .modern)).normalize(sentence).string,
                        Normalizer(options: .init(toneStyle: .traditional)).normalize(sentence).string,
                        UnicodeForms.nfd(Normalizer(options: .init(toneStyle: .modern)).normalize(sentence).string)]
        let reference = Signature(Self.extractor, sentence)
        for v in variants.dropFirst() {
            let s = Signature(Self.extractor, v)
            #expect(s == reference, "\(v.debugDescription)")
            #expect(ContractCheck.problems(Self.extractor.extract(v)).isEmpty)
        }
    }

    /// The analysis of a text, by key: independent of normalization form and tone placement.
    struct Signature: Equatable {
        var tokenKeys: [UInt64]
        var sentenceCount: Int
        var words: [Range<Int>]
        var entities: [String]
        var facts: Int
        var claims: [Double]

        init(_ extractor: Extractor, _ text: String) {
            let doc = extractor.analyze(text)
            tokenKeys = doc.tokens.map(\.key)
            sentenceCount = doc.sentences.count
            words = doc.words
            let x = extractor.extract(text)
            entities = x.entities.map { "\($0.type.rawValue):\(SyllableKeyText.key($0.text))" }
            facts = x.facts.count
            claims = x.claims.map(\.value)
        }
    }

    @Test func concurrentUseGivesSequentialResults() async {
        let docs = Fixtures.sentences
        let expected = docs.map { Self.extractor.extract($0) }
        let extractor = Self.extractor
        await withTaskGroup(of: Bool.self) { group in
            for t in 0..<8 {
                group.addTask {
                    var ok = true
                    for k in 0..<1000 {
                        let i = (k * 7 + t) % docs.count
                        if extractor.extract(docs[i]) != expected[i] { ok = false }
                    }
                    return ok
                }
            }
            for await ok in group { #expect(ok) }
        }
    }
}

/// The key form of a multi-token text, for comparing entity texts across forms.
enum SyllableKeyText {
    static func key(_ s: String) -> String {
        // Normalize first: `readable` folds precomposed letters only, so NFD input must be composed.
        Normalizer().normalize(s).string.split(whereSeparator: { $0 == " " }).map { SyllableKey.readable(String($0)) }.joined(separator: " ")
    }
}
