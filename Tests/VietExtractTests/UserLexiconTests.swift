import Testing
@testable import VietExtract
import VietText

/// User lexicons (`--lexicon FILE` / `Configuration.userLexicons`) extend the bundled concept
/// of the same file name; malformed ones are reported with their line.
@Suite struct UserLexiconTests {
    func extractor(_ lexicons: [Extractor.UserLexicon], explain: Bool = false) throws -> Extractor {
        var c = Extractor.Configuration()
        c.userLexicons = lexicons
        c.includeTokens = false
        c.explain = explain
        return try Extractor(configuration: c)
    }

    @Test func userRoleMakesATitle() throws {
        let sentence = "Điều phối trưởng Nguyễn Văn Khoa báo cáo tiến độ."
        let plain = try extractor([]).extract(sentence)
        #expect(!plain.entities.contains { $0.type == .title })
        let roles = Extractor.UserLexicon(concept: "roles.tsv", source: "my/roles.tsv",
                                          text: "# my roles\nform\tcategory\ttakes_org\nĐiều phối trưởng\tother\tyes\n")
        let r = try extractor([roles]).extract(sentence)
        #expect(r.entities.contains { $0.type == .title && $0.text == "Điều phối trưởng" })
        #expect(r.facts.map { "\($0.person.text)>\($0.title.text)" } == ["Nguyễn Văn Khoa>Điều phối trưởng"])
    }

    @Test func userPlaceIsALocation() throws {
        let places = Extractor.UserLexicon(concept: "places.tsv", source: "places.tsv",
                                           text: "form\tkind\tunit\tperiod\talias\nXứ Mơ\tregion\t\t\t\n")
        let r = try extractor([places]).extract("Du khách đổ về Xứ Mơ dịp cuối tuần.")
        #expect(r.entities.contains { $0.type == .location && $0.text == "Xứ Mơ" })
    }

    @Test func malformedLexiconReportsItsLine() throws {
        let bad = Extractor.UserLexicon(concept: "roles.tsv", source: "bad-roles.tsv",
                                        text: "# comment\nform\tcategory\ttakes_org\nTrưởng trạm\tother\tyes\nA\tb\tc\td\n")
        #expect(throws: LexiconError.self) { try extractor([bad]) }
        do {
            _ = try extractor([bad])
        } catch let e as LexiconError {
            #expect(e.source == "bad-roles.tsv")
            #expect(e.line == 4)
        }
    }

    @Test func unknownConceptIsAnError() throws {
        let odd = Extractor.UserLexicon(concept: "colours.tsv", source: "colours.tsv", text: "form\nđỏ\n")
        #expect(throws: LexiconError.self) { try extractor([odd]) }
    }

    @Test func explainNamesRuleAndLexiconLines() throws {
        let r = try extractor([], explain: true).extract("Bí thư Thành ủy Hà Nội Bùi Văn Nam phát biểu.")
        let title = try #require(r.entities.first { $0.type == .title })
        #expect(title.text == "Bí thư Thành ủy Hà Nội")
        #expect(title.role == "Bí thư")
        #expect(title.organization == "Thành ủy")
        #expect(title.location == "Hà Nội")
        let why = try #require(title.explanation)
        #expect(why.hasPrefix("title: role 'Bí thư'(roles.tsv:"))
        #expect(why.contains("org_heads.tsv:"))
        #expect(why.contains("places.tsv:"))
    }

    @Test func normalizedExpandsAbbreviations() throws {
        let r = try extractor([]).extract("Chủ tịch UBND thành phố Trần Văn Bình dự lễ.")
        let title = try #require(r.entities.first { $0.type == .title })
        #expect(title.normalized == "Chủ tịch Ủy ban nhân dân thành phố")
    }
}
