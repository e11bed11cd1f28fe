/// The result of analysing one document, in the shape of the JSON contract
/// (`spec/OUTPUT.md`).
///
/// Units: every `start`/`end` in this file is a **Unicode scalar offset into the original
/// input** (`text`), end exclusive — the indices Python uses for `str`. For every span,
/// the scalars `start..<end` of `text` equal its `text` field.
public struct Extraction: Sendable, Codable, Equatable {
    /// The original input, unchanged.
    public var text: String
    public var sentences: [SentenceSpan]
    public var tokens: [TokenSpan]
    public var entities: [Entity]
    public var facts: [Fact]
    public var claims: [Claim]

    public init(text: String, sentences: [SentenceSpan] = [], tokens: [TokenSpan] = [],
                entities: [Entity] = [], facts: [Fact] = [], claims: [Claim] = []) {
        self.text = text
        self.sentences = sentences
        self.tokens = tokens
        self.entities = entities
        self.facts = facts
        self.claims = claims
    }
}

public struct SentenceSpan: Sendable, Codable, Equatable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = end }
}

/// A word after segmentation; a multi-syllable word keeps the original spaces in `text`.
public struct TokenSpan: Sendable, Codable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    /// `word`, `number`, `punct`, `symbol` or `other`.
    public var kind: String
    public init(text: String, start: Int, end: Int, kind: String) {
        self.text = text; self.start = start; self.end = end; self.kind = kind
    }
}

public enum EntityType: String, Sendable, Codable, CaseIterable {
    case person = "PERSON"
    case title = "TITLE"
    case organization = "ORGANIZATION"
    case location = "LOCATION"
    case date = "DATE"
    case event = "EVENT"
    case document = "DOCUMENT"
}

/// A named mention. Optional attributes are present only for the types that carry them and are
/// omitted from JSON when nil.
public struct Entity: Sendable, Codable, Equatable {
    public var type: EntityType
    public var text: String
    public var start: Int
    public var end: Int
    /// TITLE: the position itself ("Phó Bí thư Thường trực").
    public var role: String?
    /// TITLE: the organization it belongs to ("Thành ủy").
    public var organization: String?
    /// TITLE: the place of that organization ("Hà Nội"); LOCATION: not used.
    public var location: String?
    /// TITLE: "former" (nguyên) or "new" (tân).
    public var status: String?
    /// TITLE: the title with abbreviations expanded ("Chủ tịch Ủy ban nhân dân thành phố").
    public var normalized: String?
    /// DATE: ISO 8601 where possible ("2024", "--11-21", "2020/2025").
    public var value: String?
    /// EVENT: the ordinal written as a number, Arabic or Roman ("lần thứ XIV" → 14).
    public var ordinal: Int?
    /// TITLE: index (in `entities`) of the earlier title mention with a person that this
    /// title-only mention refers to.
    public var refersTo: Int?
    /// With `--explain`: the rule and lexicon entries that produced the entity.
    public var explanation: String?

    public init(type: EntityType, text: String, start: Int, end: Int) {
        self.type = type; self.text = text; self.start = start; self.end = end
    }
}

/// A span reference inside a fact.
public struct SpanRef: Sendable, Codable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    public init(text: String, start: Int, end: Int) { self.text = text; self.start = start; self.end = end }
}

public struct Fact: Sendable, Codable, Equatable {
    /// Always "HOLDS_TITLE" for now.
    public var type: String
    public var person: SpanRef
    public var title: SpanRef
    public init(person: SpanRef, title: SpanRef, type: String = "HOLDS_TITLE") {
        self.type = type; self.person = person; self.title = title
    }
}

public enum ClaimKind: String, Sendable, Codable, CaseIterable {
    case count, percent, money, duration, measure
}

public enum Qualifier: String, Sendable, Codable, CaseIterable {
    case moreThan = "more_than"
    case lessThan = "less_than"
    case about
    case nearly
    case atLeast = "at_least"
    case atMost = "at_most"
}

/// A number that counts or measures something.
public struct Claim: Sendable, Codable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    public var kind: ClaimKind
    /// The number with separators and magnitude words applied ("1,5 triệu" → 1500000).
    public var value: Double
    /// The whole of a part-of-whole claim ("30/34 đề án" → 34), else nil.
    public var total: Double?
    /// The upper end of a range ("từ 10 đến 15 ngày" → 15), else nil.
    public var max: Double?
    /// The counted noun or unit as written after the number ("đề án", "%", "đồng").
    public var unit: String?
    public var qualifier: Qualifier?
    /// "increase", "decrease", "reach", "account_for" where a change word is written.
    public var change: String?

    public init(text: String, start: Int, end: Int, kind: ClaimKind, value: Double) {
        self.text = text; self.start = start; self.end = end; self.kind = kind; self.value = value
    }
}
